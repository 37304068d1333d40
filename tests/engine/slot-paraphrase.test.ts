import { describe, expect, it } from 'vitest';
import { ask, buildIndex } from '../../src/engine/index.ts';
import { conflictsBetween, storyArticles } from '../helpers/corpus.ts';

/** A made-up summit; each article opens with shared background, as real coverage does. */
const article = storyArticles('Leaders meet in Tarnby', [
  'The leaders of Oskland and Velmar met on Tuesday at a hotel on the island of Tarnby for their first talks.',
  'They signed a short joint statement after a working lunch and a walk in the hotel gardens.',
  'Tarnby spent heavily on security for the meeting, closing roads around the hotel for two days.',
]);

/** Two outlets telling one figure their own way (the second a day or two later), and a third telling neither. */
const twoTellings = (first: string, second: string, secondDay = '2031-06-13') =>
  buildIndex([
    article('Tarnby Wire', '2031-06-12', [first]),
    article('Oskby Courier', secondDay, [second]),
    article('Fenn Review', '2031-06-13', ['A new ferry service between Marr and Tarnby begins on Friday.']),
  ]);

const disagreements = (idx: ReturnType<typeof buildIndex>, x: number, y: number) => conflictsBetween(idx, x, y).map((c) => c.kind);

describe('one figure told in other words of the same meaning', () => {
  it('is one slot: "2,500 journalists were registered" against "more than 3,000 journalists have been accredited"', () => {
    const idx = twoTellings('About 2,500 journalists were registered to cover the event, the government said.', 'More than 3,000 journalists have been accredited for the summit, and the media centre is packed.', '2031-06-12');
    expect(disagreements(idx, 2500, 3000)).toEqual(['disagreement']);
    expect(ask(idx, 'How many journalists were registered for the summit?').status).toBe('disputed');
  });

  it('is one slot: what "that exercise alone costs" against what "the largest of the summer drills … costs"', () => {
    const idx = twoTellings(
      'The next major drill, Oskguard, is due in August; by one ministry estimate, that exercise alone costs about $11 million.',
      'Oskguard, the largest of the summer drills, involves about 17,500 personnel and costs about $14 million, according to defence officials.',
    );
    expect(disagreements(idx, 11_000_000, 14_000_000)).toEqual(['disagreement']);
  });

  it('is one slot: a length in kilometres written out against one in "km"', () => {
    const idx = twoTellings('The parade along the river, six kilometres of it, took about three hours to complete.', 'The parade covered 7 km of the river, from the Oskby bridge to the old harbour, and took about three hours.');
    expect(disagreements(idx, 6, 7)).toEqual(['disagreement']);
  });

  it('is one slot: a share of one whole told in the same words, one outlet naming it a share, the other dating the ratings', () => {
    const idx = twoTellings(
      'The talks drew an average audience of 12 million on Channel 1, a massive 81 per cent of everyone watching telly, figures from the ratings agency showed.',
      'That gave the public broadcaster a 77.3% share of everyone watching television during the four-hour broadcast, the best figure for any programme since the ratings system was overhauled in 2029.',
      '2031-06-14',
    );
    expect(disagreements(idx, 77.3, 81)).toEqual(['disagreement']);
  });
});

describe('a rate told before its figure', () => {
  it('is no rival of a length: "every day the canal stays shut adds roughly two days" against "within three and a half days"', () => {
    const idx = twoTellings(
      '"Every day the canal stays shut adds roughly two days to clearing the backlog at the other end," an analyst said.',
      'The canal authority said it expected the backlog to be cleared within about three and a half days.',
    );
    expect(conflictsBetween(idx, 2, 3.5)).toEqual([]);
  });
});
