import { describe, expect, it } from 'vitest';
import { ask, buildIndex } from '../../src/engine/index.ts';
import { makeArticle } from '../helpers/corpus.ts';

// A made-up air incident and market day told by two outlets, written for these tests: where something came from,
// two subjects in one sentence, and a participle that only says which flight is meant.
const index = buildIndex([
  makeArticle({
    file: 'a.txt',
    outlet: 'Harbour Post',
    published: '2031-05-02',
    text: [
      'A charter flight from Oskby overran the runway at Tarnby on Thursday, and all 96 people aboard walked away.',
      'One passenger, who came from Westmark, said the cabin filled with smoke.',
      'Tarnsoft shares slid by more than 8% in premarket trade, while Velmar Air was down by more than 2%.',
    ].join('\n\n'),
  }),
  makeArticle({
    file: 'b.txt',
    outlet: 'Coastal Wire',
    published: '2031-05-02',
    text: ['The stricken jet had left Oskby two hours earlier.', 'Investigators reached Tarnby on Thursday evening.'].join('\n\n'),
  }),
]);

describe('questions whose words sit in clauses and phrases', () => {
  it('answers "where … coming from" with the place the asked thing came from, not where someone else came from', () => {
    expect(ask(index, 'Where was the crashed flight coming from?')).toMatchObject({ status: 'answered', answer: 'Oskby' });
  });

  it('takes the value from the clause that names what the question names', () => {
    expect(ask(index, "How much did Velmar Air's shares drop in premarket trading?")).toMatchObject({ status: 'answered', answer: 'more than 2%' });
    expect(ask(index, "How much did Tarnsoft's shares drop in premarket trading?")).toMatchObject({ status: 'answered', answer: 'more than 8%' });
  });
});
