import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/engine/index.ts';
import { conflictsBetween, storyArticles } from '../helpers/corpus.ts';

/** A made-up market story; each article opens with shared background, as real coverage does. */
const background = [
  'Shares of Velco, a struggling games retailer, rose more than tenfold this month as small investors piled in.',
  'Hedge funds that had bet against the stock lost billions of dollars, according to analysts at Oskby Partners.',
  'Regulators in Tarnby said they were monitoring the trading closely.',
  'Several brokers restricted buying in the stock on Thursday, angering customers.',
];
const article = storyArticles('Velco shares soar', background);

describe('a time told far from its event', () => {
  it('is set against a close time of that event in another outlet, its zone written or not ("4:08 p.m. ET", "4:14 p.m.")', () => {
    const idx = buildIndex([
      article('Tarnby Wire', '2031-01-27', ['At 4:08 p.m. ET on Tuesday, minutes after the market closed, the carmaker\'s chief executive Ivo Brandl posted a one-word message, "Velcotastic!!", with a link to the forum.']),
      article('Oskby Courier', '2031-01-27', ['The rally picked up speed after Ivo Brandl, the carmaker\'s chief executive and the richest man in Tarnby, posted "Velcotastic!!" at 4:14 p.m. on Tuesday, linking to the forum.']),
      article('Fenn Review', '2031-01-27', ['A new ferry service between Marr and Tarnby begins on Friday.']),
    ]);
    expect(conflictsBetween(idx, 16.08, 16.14).map((c) => c.kind)).toEqual(['disagreement']);
  });

  it('is one moment on two clocks when whole hours apart ("8.01am BST", "12:01 a.m.")', () => {
    const idx = buildIndex([
      article('Tarnby Wire', '2031-01-27', ['About 30,000 dockers walked off the job at 12:01 a.m. on Friday after rejecting the contract offer.']),
      article('Oskby Courier', '2031-01-27', ['Some 30,000 dockers walked off the job at 8.01am BST on Friday after rejecting the contract offer.']),
      article('Fenn Review', '2031-01-27', ['A new ferry service between Marr and Tarnby begins on Friday.']),
    ]);
    expect(conflictsBetween(idx, 0.01, 8.01)).toEqual([]);
  });
});
