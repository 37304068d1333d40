import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/engine/index.ts';
import { conflictsBetween, storyArticles } from '../helpers/corpus.ts';

/** A made-up story; each article opens with shared background, as real coverage does. */
const background = [
  'The cardinals elected Ivo Brandl as the new head of the order on Thursday after four rounds of voting.',
  'Crowds in the square cheered as the bells rang out across the old city of Tarnby.',
  'Brandl, a canon lawyer, is the first member of the order from the western provinces to lead it.',
];
const article = storyArticles('Order elects Brandl', background);

describe('how far one place lies from another', () => {
  it('is no year\'s: a sentence recalling a past year still gives the distance, and two distances disagree', () => {
    const idx = buildIndex([
      article('Tarnby Wire', '2031-05-09', ['He spent much of his career in Oskby, a port city on the northern coast some 900 kilometres north of Velmar.']),
      article('Oskby Courier', '2031-05-10', ['In Oskby, the city on the northern coast some 770 kilometres north of Velmar where Brandl served as bishop from 2015 to 2023, the cathedral held a Mass.']),
      article('Fenn Review', '2031-05-10', ['A new ferry service between Marr and Tarnby begins on Friday.']),
    ]);
    expect(conflictsBetween(idx, 900, 770).map((c) => c.kind)).toEqual(['disagreement']);
  });

  it('is one road\'s, planned or travelled: "will travel 190 miles by road to" against "cover the 175 miles to"', () => {
    const idx = buildIndex([
      article('Tarnby Wire', '2031-05-09', ['On Sunday the coffin will leave Roe Castle and travel 190 miles by road to the Palace of Marrholm in Oskby.']),
      article('Oskby Courier', '2031-05-12', ['The cortege of seven cars took about six hours to cover the 175 miles to the Palace of Marrholm, where it arrived shortly after dusk.']),
      article('Fenn Review', '2031-05-10', ['A new ferry service between Marr and Tarnby begins on Friday.']),
    ]);
    const road = conflictsBetween(idx, 305.7, 281.6);
    expect(road.map((c) => c.kind)).toEqual(['disagreement']);
  });

  it('sets no capability of one craft against another\'s ("able to reach depths of 4,000 metres", "can dive to about 6,000 metres")', () => {
    const idx = buildIndex([
      article('Tarnby Wire', '2031-05-09', ['The company describes its craft as able to reach depths of 4,000 metres.']),
      article('Oskby Courier', '2031-05-10', ['The research ship carries a robot called Velco 9 that can dive to about 6,000 metres, and was expected at the site on Friday.']),
      article('Fenn Review', '2031-05-10', ['A new ferry service between Marr and Tarnby begins on Friday.']),
    ]);
    expect(conflictsBetween(idx, 4, 6)).toEqual([]);
  });
});

describe('a count of a thing\'s own parts written before it ("a 151-car train")', () => {
  it('is a value, set against another outlet\'s count of those parts', () => {
    const idx = buildIndex([
      article('Tarnby Wire', '2031-05-09', ['The freight train, designated 32N, had three locomotives and 149 cars when it left Oskby, the safety board said.']),
      article('Oskby Courier', '2031-05-10', ['The 151-car freight train had left Oskby for Tarnby when an axle overheated, the safety board said.']),
      article('Fenn Review', '2031-05-10', ['A new ferry service between Marr and Tarnby begins on Friday.']),
    ]);
    expect(conflictsBetween(idx, 149, 151).map((c) => c.kind)).toEqual(['disagreement']);
  });
});
