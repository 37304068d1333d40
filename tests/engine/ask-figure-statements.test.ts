import { describe, expect, it } from 'vitest';
import { ask, buildIndex } from '../../src/engine/index.ts';
import { makeArticle } from '../helpers/corpus.ts';

// A made-up currency slide, told only in words.
const index = buildIndex([
  makeArticle({
    file: 'a.txt',
    outlet: 'Tarnby Wire',
    published: '2031-10-20',
    text: 'Her downfall came four weeks after her disastrous budget, which sent the crown to a record low and mortgage rates soaring.',
  }),
]);

describe('a what-question asking for a figure', () => {
  it('is not answered by a whole sentence that gives no number', () => {
    expect(ask(index, 'What record low did the crown hit after the budget?').status).toBe('not_found');
  });
});

describe('a what-question asking for a figure by its noun', () => {
  it('is not answered by a whole sentence, even one that holds some number', () => {
    const idx = buildIndex([
      makeArticle({ file: 'a.txt', outlet: 'Tarnby Wire', published: '2031-11-15', text: "Welcome to our live coverage of tonight's evening sale at the Oskby rooms, where the star lot is a portrait painted around 1500.\n\nThe room is full." }),
    ]);
    expect(ask(idx, 'What lot number did the portrait have?').status).toBe('not_found');
  });
});
