import { describe, expect, it } from 'vitest';
import { ask, buildIndex } from '../../src/engine/index.ts';
import { givenNames } from '../../src/engine/ask/given-names.ts';
import { parseQuestion } from '../../src/engine/ask/question.ts';
import { paragraphs as art } from '../helpers/corpus.ts';

// A made-up rally told by two outlets: the candidate is named in full once and by surname after, as articles do.
const index = buildIndex([
  art('a.txt', 'Harbour Wire', '2031-07-14', [
    'Three days after a 23-year-old climbed onto the roof of a factory and fired on Ivo Brandl, the questions have narrowed to one.',
    'Brandl, 81, was treated at a local hospital and flew home overnight.',
    'Senator Cruz Marr flew to Oskby with his family on Wednesday as the town froze.',
  ]),
  art('b.txt', 'Evening Lantern', '2031-07-14', [
    'Brandl, 81, was hit in the right ear and bundled away by agents.',
    "Marr's office did not say where the family had stayed in Velmaria.",
  ]),
]);

describe('a person asked about by full name, written by surname', () => {
  it('gives the age told with the surname, not the age of someone unnamed in the sentence naming the person whole', () => {
    expect(ask(index, 'How old is Ivo Brandl?')).toMatchObject({ status: 'answered', answer: '81' });
  });

  it('weighs the given name lightly only where no one else in the coverage bears the surname', () => {
    expect(givenNames(parseQuestion('How old is Ivo Brandl?'), index)).toEqual(new Set(['Ivo']));
    const family = buildIndex([
      art('a.txt', 'Harbour Wire', '2031-07-14', ['Ivo Brandl and his son, Suleman Brandl, were aboard.', 'Brandl, 48, had studied in Tarnby.']),
    ]);
    expect(givenNames(parseQuestion('How old is Suleman Brandl?'), family).size).toBe(0);
    // "Camp Fire": a surname the coverage writes in lower case is a word, not a name.
    const fire = buildIndex([art('a.txt', 'Harbour Wire', '2031-07-14', ['The Camp Fire burned Paradise.', 'The fire spread fast.'])]);
    expect(givenNames(parseQuestion('Where did the Camp Fire burn?'), fire).size).toBe(0);
  });
});

describe('a sentence saying the coverage does not know where', () => {
  it('answers no "at which" question, which asks where', () => {
    expect(ask(index, "At which hotel did Cruz Marr's family stay in Oskby?").status).toBe('not_found');
  });
});

describe('an age that ends its sentence', () => {
  it('is read as an age ("Two other men were badly hurt: Ivo Marr, 57, and Jon Tarr, 71.")', () => {
    const idx = buildIndex([
      art('a.txt', 'Harbour Wire', '2031-07-15', ['Two other spectators, Ivo Marr, 57, of Oskby, and Jon Tarr, 73, of Velby, were wounded.']),
      art('b.txt', 'Evening Lantern', '2031-07-16', ['Two other men were badly hurt: Ivo Marr, 57, and Jon Tarr, 71.']),
    ]);
    const a = ask(idx, 'How old is Jon Tarr?');
    expect(a.status).toBe('disputed');
    expect(a.answer).toBe('73 (Harbour Wire) vs 71 (Evening Lantern)');
  });
});

describe('a past year the asked verb leads to', () => {
  it('answers when something was done long before the story ("was completed in 2003")', () => {
    const idx = buildIndex([
      art('a.txt', 'Harbour Wire', '2031-12-13', [
        'Scientists at the Tarnby Laser Facility achieved ignition in an experiment on Dec. 4.',
        'The Tarnby Laser Facility, which cost about $2.1 billion, was completed in 2003.',
      ]),
    ]);
    expect(ask(idx, 'When was the Tarnby Laser Facility completed?')).toMatchObject({ status: 'answered', answer: '2003' });
  });
});

describe('an age written before the name', () => {
  it('is read ("five-year-old Ann Marr"), and the age of someone else named beside her is not hers', () => {
    const idx = buildIndex([
      art('a.txt', 'Harbour Wire', '2031-01-15', [
        'Among the missing are five-year-old Ann Marr and her father Ivo, 36, from Tarnby, and two pensioners from Oskby.',
        'Divers searched the flooded decks of the liner through the night.',
      ]),
      art('b.txt', 'Evening Lantern', '2031-01-16', [
        'The captain was placed under house arrest on Tuesday.',
        'Fuel was pumped from the tanks as the weather held.',
        'The company said it would compensate every passenger.',
      ]),
    ]);
    const a = ask(idx, 'How old is Ann Marr?');
    expect(a.status).toBe('answered');
    expect(a.answer).toMatch(/five/);
  });
});

describe('a year asked of a verb', () => {
  it('comes from a sentence that ties a year to the verb ("launched in 2019"), not from one that covers the names better', () => {
    const idx = buildIndex([
      art('a.txt', 'Harbour Wire', '2031-01-14', [
        'The Oskby Star, launched in 2019, is 290 metres long and has 1,500 cabins.',
        'Rescuers searched the hull through the night.',
      ]),
      art('b.txt', 'Evening Lantern', '2031-01-16', [
        'In a statement, the group said it expected the loss of the Oskby Star to cut its earnings for the 2031 financial year by $85m.',
        'The captain was placed under house arrest on Tuesday.',
      ]),
    ]);
    expect(ask(idx, 'In what year was the Oskby Star launched?')).toMatchObject({ status: 'answered', answer: '2019' });
  });
});
