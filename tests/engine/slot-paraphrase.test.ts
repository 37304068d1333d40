import { describe, expect, it } from 'vitest';
import { ask, buildIndex } from '../../src/engine/index.ts';
import { conflictsBetween, storyArticles } from '../helpers/corpus.ts';

/** A made-up summit; each article opens with shared background, as real coverage does. */
const article = storyArticles('Leaders meet in Tarnby', [
  'The leaders of Oskland and Velmar met on Tuesday at a hotel on the island of Tarnby for their first talks.',
  'They signed a short joint statement after a working lunch and a walk in the hotel gardens.',
  'Tarnby spent heavily on security for the meeting, closing roads around the hotel for two days.',
]);

describe('one count told with another verb of the same meaning', () => {
  it('is one slot: "2,500 journalists were registered" against "more than 3,000 journalists have been accredited"', () => {
    const idx = buildIndex([
      article('Tarnby Wire', '2031-06-12', ['About 2,500 journalists were registered to cover the event, the government said.']),
      article('Oskby Courier', '2031-06-12', ['More than 3,000 journalists have been accredited for the summit, and the media centre is packed.']),
      article('Fenn Review', '2031-06-13', ['A new ferry service between Marr and Tarnby begins on Friday.']),
    ]);
    expect(conflictsBetween(idx, 2500, 3000).map((c) => c.kind)).toEqual(['disagreement']);
    expect(ask(idx, 'How many journalists were registered for the summit?').status).toBe('disputed');
  });

  it('is one slot: what "that exercise alone costs" against what "the largest of the summer drills … costs"', () => {
    const idx = buildIndex([
      article('Tarnby Wire', '2031-06-12', ['The next major drill, Oskguard, is due in August; by one ministry estimate, that exercise alone costs about $11 million.']),
      article('Oskby Courier', '2031-06-13', ['Oskguard, the largest of the summer drills, involves about 17,500 personnel and costs about $14 million, according to defence officials.']),
      article('Fenn Review', '2031-06-13', ['A new ferry service between Marr and Tarnby begins on Friday.']),
    ]);
    expect(conflictsBetween(idx, 11_000_000, 14_000_000).map((c) => c.kind)).toEqual(['disagreement']);
  });

  it('is one slot: a length in kilometres written out against one in "km"', () => {
    const idx = buildIndex([
      article('Tarnby Wire', '2031-06-12', ['The parade along the river, six kilometres of it, took about three hours to complete.']),
      article('Oskby Courier', '2031-06-13', ['The parade covered 7 km of the river, from the Oskby bridge to the old harbour, and took about three hours.']),
      article('Fenn Review', '2031-06-13', ['A new ferry service between Marr and Tarnby begins on Friday.']),
    ]);
    expect(conflictsBetween(idx, 6, 7).map((c) => c.kind)).toEqual(['disagreement']);
  });

  it('is one slot: a share of one whole told in the same words, one outlet naming it a share, the other dating the ratings', () => {
    const idx = buildIndex([
      article('Tarnby Wire', '2031-06-12', ['The talks drew an average audience of 12 million on Channel 1, a massive 81 per cent of everyone watching telly, figures from the ratings agency showed.']),
      article('Oskby Courier', '2031-06-14', ['That gave the public broadcaster a 77.3% share of everyone watching television during the four-hour broadcast, the best figure for any programme since the ratings system was overhauled in 2029.']),
      article('Fenn Review', '2031-06-13', ['A new ferry service between Marr and Tarnby begins on Friday.']),
    ]);
    expect(conflictsBetween(idx, 77.3, 81).map((c) => c.kind)).toEqual(['disagreement']);
  });
});
