import { describe, expect, it } from 'vitest';
import { ask, buildIndex } from '../../src/engine/index.ts';
import { makeArticle } from '../helpers/corpus.ts';

// A made-up election of a guild's new master: the moments of the day told by three outlets, one of them giving the
// time of another moment than the one asked about.
const index = buildIndex([
  makeArticle({
    file: 'a.txt',
    outlet: 'Tarnby Wire',
    published: '2031-05-08',
    text: 'Ivo Brandl appeared on the guildhall balcony at 7:23 p.m. on Thursday, an hour after the vote.\n\nThe bells of Oskby rang at noon, one peal for each year of the guild\'s history.\n\nThe guild\'s old master, Ann Roe, died on Feb. 6 after a long illness.',
  }),
  makeArticle({
    file: 'b.txt',
    outlet: 'Oskby Courier',
    published: '2031-05-08',
    text: 'Ivo Brandl was chosen as master of the guild after white banners were raised over the guildhall balcony at 6:12 p.m. on Thursday.\n\nThe guild\'s board, which controls the for-profit company, answers to the members, the guild said.',
  }),
  makeArticle({
    file: 'c.txt',
    outlet: 'Velco Gazette',
    published: '2031-05-09',
    text: 'Crowds filled the square below the guildhall balcony on Thursday evening to see Ivo Brandl, the new master.\n\nThe guild has 4,000 members in Oskby and Tarnby.',
  }),
  makeArticle({ file: 'd.txt', outlet: 'Roe Daily', published: '2031-05-09', text: 'Ferry services across the bay were cut back because of high winds.\n\nA new bakery opened on the harbour front.' }),
]);

describe('a time of day asked of an act', () => {
  it('is not disputed by the time of another act in a sentence without the asked verb', () => {
    const a = ask(index, 'At what time did Ivo Brandl appear on the balcony?');
    expect(a.status).toBe('answered');
    expect(a.answer).toBe('7:23 p.m.');
  });
});

describe('a count followed by "for each"', () => {
  it('is a rate, not how many there were', () => {
    expect(ask(index, 'How many peals did the bells of Oskby ring?').status).toBe('not_found');
  });
});

describe('an abbreviated month', () => {
  it('is no place', () => {
    expect(ask(index, 'Where did Ann Roe die?').status).toBe('not_found');
  });
});

describe('a body asked for', () => {
  it('is not answered by a common noun for a business', () => {
    expect(ask(index, "Which firm is advising the guild's board?").status).toBe('not_found');
  });
});
