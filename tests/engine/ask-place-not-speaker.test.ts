import { describe, expect, it } from 'vitest';
import { ask, buildIndex } from '../../src/engine/index.ts';
import { makeArticle } from '../helpers/corpus.ts';

// A made-up wildfire: the residents of a town are quoted, and the question names the town as a place.
const index = buildIndex([
  makeArticle({
    file: 'a.txt',
    outlet: 'Tarnby Wire',
    published: '2031-08-11',
    text: [
      'Residents of Oskby said power and phone lines were down by the time the fire arrived, so alerts did not reach many of them.',
      'The fire around Oskby burned for two days before crews contained it.',
    ].join('\n\n'),
  }),
]);

describe('a name after a locative in the question', () => {
  it('is where something happened, not a source whose words answer it', () => {
    const a = ask(index, 'What kind of vegetation fuelled the fire around Oskby?');
    expect(a.answer).not.toContain('phone lines');
  });
});
