import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/engine/index.ts';
import { conflictsBetween, storyArticles } from '../helpers/corpus.ts';

/** A made-up shipping story; each article opens with shared background, as real coverage does. */
const background = [
  'The board of Oskco dismissed its chief executive on Friday, saying he had not been candid with directors.',
  'Staff at the Tarnby headquarters threatened to resign unless the board reversed its decision.',
  'Investors said they had been given no warning of the move and were seeking talks with the board.',
];
const article = storyArticles('Oskco board ousts chief', background);

describe('a share held, told days apart', () => {
  const idx = buildIndex([
    article('Tarnby Wire', '2031-03-01', ['Velco, which owns a 49% stake in the shipping arm of Oskco after investing some $2 billion in the company since 2024, said it remained committed to the partnership.']),
    article('Oskby Courier', '2031-03-03', ['Velco has put some $2 billion into Oskco since 2024 and owns a 49% stake in its shipping arm, with its returns capped.']),
    article('Brandl Post', '2031-03-04', ['Velco holds a 46 per cent stake in the shipping arm of Oskco, and its chief said the partnership would last.']),
    article('Fenn Review', '2031-03-04', ['A new ferry service between Oskby and Tarnby begins on Friday.']),
  ]);

  it('is a disagreement between the outlets, not an update ("a 49% stake" is a share; "since 2024" reaches the present)', () => {
    expect(conflictsBetween(idx, 49, 46).map((c) => c.kind)).toEqual(['disagreement']);
  });
});

describe('a share of a named noun', () => {
  const idx = buildIndex([
    article('Marr Daily', '2031-03-04', ['The dockers walked off the job at midnight after rejecting the contract offer by 94.6%, the union said.']),
    article('Roe Times', '2031-03-04', ['The rejected contract offer included a 25% pay rise over four years and a signing bonus, the union said.']),
    article('Fenn Review', '2031-03-04', ['A new ferry service between Oskby and Tarnby begins on Friday.']),
  ]);

  it('is no rival of a share its rival never names that noun for ("a 25% pay rise", "rejecting the offer by 94.6%")', () => {
    expect(conflictsBetween(idx, 25, 94.6)).toEqual([]);
  });
});

describe('shares of two parties', () => {
  const idx = buildIndex([
    article('Marr Daily', '2031-03-04', ['The Velco slate took about 14% of the shareholder vote nationally, eating into the Oskco vote.']),
    article('Roe Times', '2031-03-04', ['The Oskco slate won most seats on the board.', 'The slate took 34.7 per cent of the shareholder vote, and the Velco slate was left with two seats.']),
    article('Fenn Review', '2031-03-04', ['A new ferry service between Oskby and Tarnby begins on Friday.']),
  ]);

  it('are no disagreement when sizeable and more than twice apart', () => {
    expect(conflictsBetween(idx, 14, 34.7)).toEqual([]);
  });
});

describe('a share told as progress', () => {
  const idx = buildIndex([
    article('Tarnby Wire', '2031-03-01', ['Engineers said the repair of the Oskco shipping terminal was 10% complete on Sunday evening.']),
    article('Oskby Courier', '2031-03-03', ['The repair of the Oskco shipping terminal was 45% complete, engineers said, as cooler weather helped.']),
    article('Fenn Review', '2031-03-04', ['A new ferry service between Oskby and Tarnby begins on Friday.']),
  ]);

  it('changes from day to day: an update', () => {
    expect(conflictsBetween(idx, 10, 45).map((c) => c.kind)).toEqual(['update']);
  });
});

describe('one company\'s share move on one day', () => {
  it('is one slot wherever the market it traded on is said to be ("In Tarnby, Velco shares slid 9.8%", "closed down 11.4%")', () => {
    const idx = buildIndex([
      article('Marr Daily', '2031-03-04', ['In Tarnby, Velco shares slid 9.8% on Wednesday afternoon, while Oskco shares rose sharply after strong results.']),
      article('Roe Times', '2031-03-04', ['Velco shares closed down 11.4% on Wednesday, as investors weighed the board\'s decision.']),
      article('Fenn Review', '2031-03-04', ['A new ferry service between Oskby and Tarnby begins on Friday.']),
    ]);
    expect(conflictsBetween(idx, 9.8, 11.4).map((c) => c.kind)).toEqual(['disagreement']);
  });
});
