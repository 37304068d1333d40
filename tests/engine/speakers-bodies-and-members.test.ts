import { describe, expect, it } from 'vitest';
import { ask, buildIndex } from '../../src/engine/index.ts';
import { paragraphs } from '../helpers/corpus.ts';

// A made-up lottery draw held up overnight: two state lotteries speak, and two outlets put the same words in the
// mouth of a body and of a person.
describe('a body named "the X Lottery" is a body, and may be one side of who said a quote', () => {
  const draw = buildIndex([
    paragraphs('a.txt', 'Tarn Post', '2030-11-08', [
      'The Velby Lottery has posted that the drawing is delayed.',
      'The Velby Lottery said later that tickets stay valid.',
      'The Velby Lottery said it would name the shop.',
      'The Oskby Lottery says its checks caused the delay. "At no time was the fairness of the draw put at risk," the Oskby Lottery said in a statement.',
    ]),
    paragraphs('b.txt', 'Oska Herald', '2030-11-08', ['Ivo Brandl, who chairs the draw group, said players had nothing to fear. "At no time was the fairness of the draw put at risk," said Brandl.']),
  ]);

  it('keeps "the Oskby Lottery" apart from "the Velby Lottery"', () => {
    const who = ask(draw, 'Which lottery said its checks caused the delay?');
    expect(who.answer).toContain('Oskby Lottery');
  });

  it('shows the body and the person as the two sides of who said the words', () => {
    const c = draw.conflicts.find((x) => x.topic.startsWith('who said'));
    expect(c?.values.map((v) => v.label).sort()).toEqual(['Ivo Brandl', 'Oskby Lottery']);
  });
});

// A made-up rail crash: two outlets give the same words to a minister and to a board member.
describe('"X, a member of the Y Board, told reporters, adding …" is X speaking', () => {
  const crash = buildIndex([
    paragraphs('a.txt', 'Tarn Post', '2030-06-04', ['Rail Minister Ivo Roe visited the site on Sunday.', '"The cause of the crash and the people behind it have been found," he told reporters at the site.']),
    paragraphs('b.txt', 'Oska Herald', '2030-06-04', ['"The cause of the crash and the people behind it have been found," Anna Marr Kell, a member of the Tarn Rail Board, told reporters, adding that the final word would come from the safety report.']),
  ]);

  it('names the member, not the board, and the words after "adding" stay hers', () => {
    const b = crash.sentences.find((s) => s.outlet === 'Oska Herald')!;
    expect(b.claims.map((c) => c.attribution.display)).toEqual(['Anna Marr Kell']);
  });

  it('shows the minister and the member as two sides of who said the words', () => {
    const c = crash.conflicts.find((x) => x.topic.startsWith('who said'));
    expect(c?.values.map((v) => v.label).sort()).toEqual(['Anna Marr Kell', 'Ivo Roe']);
  });
});

// A made-up marathon: race times written h:mm:ss are lengths of a run, not times of day.
describe('a race time "2:03:45" is no time of day', () => {
  const race = buildIndex([
    paragraphs('a.txt', 'Tarn Post', '2030-10-08', [
      'Ivo Roe won the Tarnby Marathon on Sunday in a course record.',
      'He collects a bonus for breaking the course record of 2:03:45, set by Piet Kell in 2026.',
    ]),
  ]);

  it('does not answer "when" with "2:03"', () => {
    const a = ask(race, 'At what time was the course record set?');
    expect(a.answer).not.toMatch(/2:03/);
  });
});

// A made-up rail crash: a toll revised by a government, which says why in a participle after figures.
describe('", saying …" after figures is said by the sentence\'s subject', () => {
  const crash = buildIndex([
    paragraphs('a.txt', 'Tarn Post', '2030-06-04', ['The Tarn government on Sunday lowered the number of people killed in the crash near Oskby Halt from 288 to 275, saying some bodies had been counted twice.']),
  ]);

  it('names the government, not the place before the comma', () => {
    expect(crash.sentences[0]!.claims.map((c) => c.attribution.display)).toEqual(['Tarn government']);
    expect(ask(crash, 'Who said some bodies had been counted twice?').answer).toContain('Tarn government');
  });
});

// A made-up marathon and trial: a quote standing alone right after another of the same paragraph.
describe('a quote standing alone after a quote goes on in the same mouth', () => {
  const race = buildIndex([
    paragraphs('a.txt', 'Tarn Post', '2030-10-08', ['Ivo Roe won the Tarnby Marathon in a world record.', '"The record has sat in Oskby for a long time," race director Anna Marr said. "It was time to bring it back to Tarnby."']),
    paragraphs('b.txt', 'Oska Herald', '2030-10-09', ['"It was time to bring it back to Tarnby," said Piet Kell, who manages Roe.']),
  ]);
  const trial = buildIndex([
    paragraphs('c.txt', 'Velby Times', '2030-04-21', ['In rebuttal, Jon Brandl, another prosecutor, turned the defense\'s argument around. "You were told his heart was too big," he said. "The reason Ivo Roe is dead is because the officer\'s heart was too small."']),
  ]);

  it('shows the director and the manager as two sides of who said the words', () => {
    const c = race.conflicts.find((x) => x.topic.startsWith('who said'));
    expect(c?.values.map((v) => v.label).sort()).toEqual(['Anna Marr', 'Piet Kell']);
  });

  it('answers with the speaker, not a name inside the quote', () => {
    expect(ask(trial, "Who told jurors in rebuttal that the officer's heart was too small?").answer).toBe('Jon Brandl');
  });
});
