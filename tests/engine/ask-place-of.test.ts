import { describe, expect, it } from 'vitest';
import { ask, buildIndex } from '../../src/engine/index.ts';
import { makeArticle } from '../helpers/corpus.ts';

// A made-up fire season: a place named after its kind's noun and "of", and a death two outlets put in two places.
const index = buildIndex([
  makeArticle({
    file: 'a.txt',
    outlet: 'Tarnby Wire',
    published: '2031-08-09',
    text: [
      'Other fires were burning in the Highland area of Oskby, on the slopes of Mount Fen, where residents were also ordered to evacuate, and on the Long Island.',
      'Among the dead was an 88-year-old woman in the city of Marrow.',
    ].join('\n\n'),
  }),
  makeArticle({
    file: 'b.txt',
    outlet: 'Oskby Courier',
    published: '2031-08-10',
    text: 'In the Velby town of Brenholt, five or more people remain missing, and the body of a woman aged 88 was recovered there on Wednesday afternoon.',
  }),
]);

describe('a place named after its kind', () => {
  it('is "the X area of Oskby": Oskby answers "which X area"', () => {
    expect(ask(index, 'In which Highland area was another fire burning?').answer).toBe('Oskby');
  });

  it('answers "which town or city" from a town and from a city alike', () => {
    const a = ask(index, 'In which town or city did an 88-year-old woman die?');
    expect(a.status).toBe('disputed');
    expect(a.answer).toContain('Marrow');
    expect(a.answer).toContain('Brenholt');
  });
});

describe('a place named as another kind than the one asked for', () => {
  const found = buildIndex([
    makeArticle({
      file: 'a.txt',
      outlet: 'Tarnby Wire',
      published: '2031-08-09',
      text: ['Door panel found in Tarnby', 'The door panel was found on Sunday in a back garden on Oskby Road.', 'Investigators collected the panel on Monday.'].join('\n\n'),
    }),
    makeArticle({
      file: 'b.txt',
      outlet: 'Oskby Courier',
      published: '2031-08-10',
      text: ['Door panel found', 'A teacher in the Velby Hills neighbourhood found the panel.', 'The cave lies in the Marrow district, near the border with Tarnland.'].join('\n\n'),
    }),
  ]);

  it('is no answer: "which neighbourhood" is the neighbourhood, not the road', () => {
    expect(ask(found, 'In which neighbourhood was the door panel found?')).toMatchObject({ status: 'answered', answer: 'Velby Hills' });
  });

  it('is no answer: "which country" is not a district', () => {
    expect(ask(found, 'Near the border with which country does the cave lie?').answer).not.toMatch(/Marrow/);
  });
});
