import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/engine/index.ts';
import { paragraphs } from '../helpers/corpus.ts';

// A made-up health emergency: people named in full once, then by one name, and one quote put in two mouths.
const index = buildIndex([
  paragraphs('a.txt', 'Harbour Wire', '2031-06-20', [
    'Tunnel expert Arnold Vix told reporters the drilling would resume on Friday.',
    'Tamas Orvel Brennik, the agency\'s chief, said the outbreak was spreading.',
    '"The fever does not stop at any frontier," Dr Ilse Marrow said as she declared a regional emergency.',
  ]),
  paragraphs('b.txt', 'Coast Review', '2031-06-21', [
    '"The drill is finished," Vix said after the last worker was out.',
    '"The fever does not stop at any frontier," Dr Tamas warned, as he urged rich countries to send vaccines.',
  ]),
]);
const speakerOf = (needle: string) => index.sentences.find((s) => s.text.includes(needle))!.attribution!;

describe('one person, however the outlets name them', () => {
  it('takes a lone name ("Vix said") for the person another sentence names in full, however short', () => {
    expect(speakerOf('The drill is finished').key).toBe(speakerOf('drilling would resume').key);
    expect(speakerOf('The drill is finished').display).toBe('Arnold Vix');
  });

  it('takes a name never given with another ("Dr Tamas") for the one person whose given names hold it', () => {
    expect(speakerOf('Dr Tamas warned').key).toBe(speakerOf('outbreak was spreading').key);
  });

  it('sets two speakers of one quote apart, a speaker with two cues in one sentence included', () => {
    const who = index.conflicts.filter((c) => c.kind === 'disagreement' && c.topic.startsWith('who said'));
    expect(who.map((c) => c.values.map((v) => v.label).sort())).toEqual([['Ilse Marrow', 'Tamas Orvel Brennik']]);
  });
});

describe('"he said" after a sentence naming a person by surname alone', () => {
  const idx = buildIndex([
    paragraphs('c.txt', 'Valley News', '2031-06-22', [
      'Coach Ivo Brandl had made two changes before half-time.',
      'Tarnish President Ann Roe went down to the pitch to console the players.',
      'Brandl, whose contract ends in December, declined to discuss his future.',
      '"We can have regrets, but not about the effort," he said.',
    ]),
  ]);

  it('is the person the article named in full before, not an earlier speaker', () => {
    expect(idx.sentences.find((s) => s.text.includes('not about the effort'))!.attribution!.display).toMatch(/Brandl/);
  });
});

describe('a body called by a short form of its name', () => {
  it('takes "the Divers said" for the Tarnby Navy Divers another article names, and shows the fuller name', () => {
    const idx = buildIndex([
      paragraphs('a.txt', 'Harbour Wire', '2031-06-20', [
        'The Tarnby Navy Divers have confirmed that all twelve walkers are off the mountain.',
        'Relatives cheered at the foot of the ridge.',
      ]),
      paragraphs('b.txt', 'Coast Review', '2031-06-21', [
        'The last four rescuers have come down from the ridge, the Divers said.',
        '"We are not sure if this is luck or skill," the Divers said in a post.',
      ]),
    ]);
    const said = idx.sentences.filter((s) => s.attribution).map((s) => s.attribution!);
    expect(new Set(said.map((a) => a.key)).size).toBe(1);
    expect(said.every((a) => a.display === 'Tarnby Navy Divers')).toBe(true);
  });
});
