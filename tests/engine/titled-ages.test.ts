import { describe, expect, it } from 'vitest';
import { ask, buildIndex } from '../../src/engine/index.ts';
import { storyArticles } from '../helpers/corpus.ts';

/** A made-up succession; each article opens with shared background, as real coverage does. */
const background = [
  'Queen Alma of Tarnland died peacefully at Roe Castle on Thursday afternoon, the palace said.',
  'Crowds gathered outside the palace gates in Oskby as the news spread.',
  'Flags on public buildings were lowered to half-mast across the country.',
];
const article = storyArticles('Queen Alma dies', background);

describe('an age held by a title ("The King, 74")', () => {
  const idx = buildIndex([
    article('Tarnby Wire', '2031-09-08', ['Her eldest son, Ivo, 73, immediately became king, ending a reign of 70 years.']),
    article('Oskby Courier', '2031-09-11', ['Earlier on Sunday, Ivo was proclaimed King in the capitals of the other provinces.', 'The King, 74, is due to fly to Marrholm on Monday to walk behind the coffin.']),
    article('Fenn Review', '2031-09-10', ['A new ferry service between Marr and Tarnby begins on Friday.']),
  ]);

  it('is the age of the one its article names with that title, set against the other outlet\'s', () => {
    const ages = idx.conflicts.filter((c) => c.values.some((v) => v.value === 73) && c.values.some((v) => v.value === 74));
    expect(ages.map((c) => c.kind)).toEqual(['disagreement']);
    expect(ask(idx, 'How old is King Ivo?').status).toBe('disputed');
  });
});

describe('an age written before a role another name owns ("Ivo Roe, Velco\'s 52-year-old founder")', () => {
  it('is the age of the name the phrase stands beside, set against the other outlet\'s', () => {
    const launch = storyArticles('Velco rocket explodes', [
      'A rocket built by Velco exploded minutes after lifting off from the coast near Tarnby on Thursday.',
      'The company had said before the flight that clearing the launch tower would count as a success.',
      'Debris fell into the sea and on a beach south of the launch site.',
    ]);
    const idx = buildIndex([
      launch('Tarnby Wire', '2031-04-20', ['Ivo Roe, the company\'s 51-year-old chief executive, said before the launch that the company\'s goal was to clear the tower, and that the company\'s first flight was always likely to end early.']),
      launch('Oskby Courier', '2031-04-21', ['Ivo Roe, Velco\'s 52-year-old founder, called the test "exciting".']),
      launch('Fenn Review', '2031-04-21', ['A new ferry service between Marr and Tarnby begins on Friday.']),
    ]);
    const ages = idx.conflicts.filter((c) => c.values.some((v) => v.value === 51) && c.values.some((v) => v.value === 52));
    expect(ages.map((c) => c.of)).toEqual(['Roe']);
    expect(ask(idx, 'How old is Ivo Roe?').status).toBe('disputed');
  });
});
