import { describe, expect, it } from 'vitest';
import { ask, buildIndex } from '../../src/engine/index.ts';
import { makeArticle } from '../helpers/corpus.ts';

// A made-up blast: two hospitals' figures in one sentence, each said by its own hospital.
const index = buildIndex([
  makeArticle({
    file: 'a.txt',
    outlet: 'Tarnby Wire',
    published: '2031-04-18',
    text: 'Brellin General Hospital said it had treated more than 100 patients, and Oskby Medical Center said it had seen 40.\n\nThe blast levelled a plant on the edge of Velby.',
  }),
]);

describe('a count in a sentence reporting two sources', () => {
  it('is not the asked source\'s when the other source said it', () => {
    expect(ask(index, 'How many did Oskby Medical Center see?').answer).not.toContain('100');
  });
});
