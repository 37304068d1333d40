import { describe, expect, it } from 'vitest';
import { ask, buildIndex } from '../../src/engine/index.ts';
import { makeArticle } from '../helpers/corpus.ts';

// A made-up search at sea, a takeover with a break fee, and a father and son aboard: figures of other things beside
// the asked one.
const index = buildIndex([
  makeArticle({
    file: 'a.txt',
    outlet: 'Tarnby Wire',
    published: '2031-06-20',
    text: [
      'Ivo Brandl, 48, is vice-chairman of Oskco and a trustee of a sailing trust.',
      'He was travelling with his son, Marek, 19, a student in Brellin.',
      'The search had so far covered about 7,600 square miles of open sea.',
      'By Thursday the Fenwick fire had burned an estimated 1,900 acres, the county said.',
      'If the deal collapses, Velmar will have to pay Oskby Games a $2billion break-up fee.',
    ].join('\n\n'),
  }),
  makeArticle({
    file: 'b.txt',
    outlet: 'Oskby Courier',
    published: '2031-06-21',
    text: [
      'Among the dead was Marek Brandl, the 19-year-old who had joined his father, Ivo, on the trip.',
      'The search, now covering an area about 2.5 miles deep, remained a rescue mission.',
      'The county said the Fenwick fire, which had burned about 2,170 acres, was 85% contained.',
    ].join('\n\n'),
  }),
]);

describe('measures of the asked thing, not of something beside it', () => {
  it('gives the named person\'s age, not a relative\'s as a rival', () => {
    const a = ask(index, 'How old was Ivo Brandl?');
    expect(a.status).toBe('answered');
    expect(a.answer).toBe('48');
    expect(ask(index, 'How old was Marek Brandl?').answer).toContain('19');
  });

  it('does not set an area against a depth', () => {
    const a = ask(index, 'How big did the search area become?');
    expect(a.answer).not.toContain('2.5 miles');
  });

  it('reads acres as an area, and two of them as a disagreement', () => {
    const a = ask(index, 'How big an area did the Fenwick fire burn?');
    expect(a.status).toBe('disputed');
    expect(a.answer).toContain('1,900 acres');
    expect(a.answer).toContain('2,170 acres');
  });

  it('does not answer what was paid for a company with a fee named by its noun', () => {
    const a = ask(index, 'How much was Velmar paying for Oskby Games?');
    expect(a.status).toBe('not_found');
  });
});
