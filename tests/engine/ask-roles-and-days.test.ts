import { describe, expect, it } from 'vitest';
import { ask, buildIndex } from '../../src/engine/index.ts';
import { makeArticle } from '../helpers/corpus.ts';

// A made-up theft of a guild's silver, told by three outlets: the value given by a prosecutor named only by her
// office, and a moment told as "Sunday night" by one outlet and as "Sunday" by another.
const index = buildIndex([
  makeArticle({
    file: 'a.txt',
    outlet: 'Tarnby Wire',
    published: '2031-05-13',
    text: 'The stolen silver of the Oskby guild has been valued at 88 million crowns, the Oskby prosecutor said on Tuesday.\n\nThe guild announced the reward late on Sunday night, after the doors were sealed.',
  }),
  makeArticle({
    file: 'b.txt',
    outlet: 'Oskby Courier',
    published: '2031-05-13',
    text: 'The guild announced a reward on Sunday for information about the stolen silver.\n\nThe silver had been on show in the guildhall since 1840.\n\nThe silver\'s insurer, Velco, based in Tarnby, learned of the theft from the news. Oskco, the guild\'s bank, froze the reward account.',
  }),
  makeArticle({ file: 'c.txt', outlet: 'Velco Gazette', published: '2031-05-13', text: 'Police sealed the guildhall after the stolen silver was found missing.\n\nThe guild has 4,000 members.\n\n"We failed," Ann Roe told the guild council in her first remarks since Sunday\'s theft.' }),
  makeArticle({ file: 'd.txt', outlet: 'Roe Daily', published: '2031-05-13', text: 'Ferry services across the bay were cut back because of high winds.\n\nA new bakery opened on the harbour front.' }),
]);

describe('a role asked for by its name', () => {
  it('is not answered by the role alone', () => {
    expect(ask(index, 'Which prosecutor announced the value of the stolen silver?').status).toBe('not_found');
  });
});

describe('a day', () => {
  it('is shown with the part of it the coverage names', () => {
    expect(ask(index, 'When did the guild announce the reward?').answer).toBe('Sunday night');
  });
});

describe('a day owning a noun', () => {
  it('dates that noun, not the act asked about', () => {
    expect(ask(index, 'When did Ann Roe speak to the guild council?').answer).not.toMatch(/Sunday/);
  });
});

describe('a seat the coverage gives another body', () => {
  it('is not the asked body\'s', () => {
    expect(ask(index, 'In which city is Oskco based?').status).toBe('not_found');
  });
});
