import { describe, expect, it } from 'vitest';
import { ask, buildIndex } from '../../src/engine/index.ts';
import { makeArticle } from '../helpers/corpus.ts';

// A made-up derailment: a count among the derailed cars, asked of the train's cars.
const index = buildIndex([
  makeArticle({
    file: 'a.txt',
    outlet: 'Tarnby Wire',
    published: '2031-02-04',
    text: 'Oskline said 10 of the derailed cars had been carrying hazardous materials.\n\nThe train had left Brellin on Friday morning.',
  }),
]);

describe('a count taken among a group', () => {
  it('does not answer a question that does not ask of that group', () => {
    expect(ask(index, "How many of the train's cars were carrying hazardous materials?").answer).not.toContain('10');
  });

  it('answers the question that does', () => {
    expect(ask(index, 'How many of the derailed cars were carrying hazardous materials?').answer).toContain('10');
  });
});
