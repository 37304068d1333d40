import { describe, expect, it } from 'vitest';
import { ask, buildIndex } from '../../src/engine/index.ts';
import { makeArticle } from '../helpers/corpus.ts';

// A made-up leadership race: a tally of public backers that grows from day to day, told by three outlets.
const index = buildIndex([
  makeArticle({ file: 'a.txt', outlet: 'Tarnby Post', published: '2031-10-22', text: 'By Saturday evening 113 councillors had declared publicly for Ms Brandl, according to a tally kept by the Post.' }),
  makeArticle({ file: 'b.txt', outlet: 'Oskby Wire', published: '2031-10-23', text: 'Only 57 councillors had declared for him by Sunday night, according to the Wire, against at least 155 for Brandl.' }),
  makeArticle({ file: 'c.txt', outlet: 'Valley Gazette', published: '2031-10-25', text: 'By the time nominations closed, 193 of the 357 councillors had publicly declared for Brandl, according to the Gazette.' }),
]);

describe('a running tally asked at a named moment', () => {
  it('answers with the figure of the day the question names, not a disagreement with other days', () => {
    const a = ask(index, 'How many councillors had publicly declared for Brandl by Saturday evening?');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('113');
  });

  it('never gives the figure for someone else, nor a disagreement with another day, for a day that has it', () => {
    const a = ask(index, 'How many councillors had declared for Brandl by Sunday night?');
    expect(a.status).not.toBe('disputed');
    expect(a.answer).not.toContain('57');
  });
});
