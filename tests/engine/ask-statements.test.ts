import { describe, expect, it } from 'vitest';
import { ask, buildIndex } from '../../src/engine/index.ts';
import { makeArticle } from '../helpers/corpus.ts';

// A made-up tunnel rescue: sentences about the asked thing that do not say what is asked.
const index = buildIndex([
  makeArticle({
    file: 'a.txt',
    outlet: 'Tarnby Wire',
    published: '2031-11-28',
    text: [
      'Ivo Brandl, 22, told the Wire how the men had survived the first days in the tunnel before food could be sent in.',
      'The workers were given puffed rice and dry fruit through a narrow pipe in the first days.',
      'On the day of the collapse, the men were working a night shift.',
      'The collapse happened about 200 metres from the tunnel mouth.',
    ].join('\n\n'),
  }),
]);

describe('a whole sentence as the answer', () => {
  it('is offered when it holds every word the question asks about', () => {
    const a = ask(index, 'What were the workers given in the first days?');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('puffed rice');
  });

  it('is not offered when it holds only some of them', () => {
    // "festival" is nowhere: the sentence about the day of the collapse is about the asked day, not the answer.
    expect(ask(index, 'Which festival fell on the day of the collapse?').status).toBe('not_found');
  });
});
