import { describe, expect, it } from 'vitest';
import { ask, buildIndex } from '../../src/engine/index.ts';
import { makeArticle } from '../helpers/corpus.ts';

// A made-up wildfire: how much of it is contained, and what share of what it destroyed were homes.
const index = buildIndex([
  makeArticle({
    file: 'a.txt',
    outlet: 'Tarnby Wire',
    published: '2031-08-12',
    text: 'The county said on Friday that the Fenwick fire, which had destroyed about 2,100 acres, was 85% contained.',
  }),
  makeArticle({
    file: 'b.txt',
    outlet: 'Oskby Courier',
    published: '2031-08-12',
    text: 'An estimate put the number of structures destroyed in Fenwick at 2,300, about 86% of them residential.',
  }),
]);

describe('shares of different states', () => {
  it('are no disagreement, however close the figures', () => {
    const shares = index.conflicts.filter((c) => c.kind === 'disagreement' && c.values.some((v) => v.value === 85));
    expect(shares).toEqual([]);
  });

  it('leave the asked share answered', () => {
    const a = ask(index, 'What share of the destroyed structures were homes?');
    expect(a.status).not.toBe('disputed');
  });
});
