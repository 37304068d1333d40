import { describe, expect, it } from 'vitest';
import { ask, buildIndex } from '../../src/engine/index.ts';
import { makeArticle, paragraphs, storyArticles } from '../helpers/corpus.ts';

// A made-up fire season: a place named after its kind's noun and "of", and a death two outlets put in two places.
const index = buildIndex([
  paragraphs('a.txt', 'Tarnby Wire', '2031-08-09', [
    'Other fires were burning in the Highland area of Oskby, on the slopes of Mount Fen, where residents were also ordered to evacuate, and on the Long Island.',
    'Among the dead was an 88-year-old woman in the city of Marrow.',
  ]),
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
    paragraphs('a.txt', 'Tarnby Wire', '2031-08-09', ['Door panel found in Tarnby', 'The door panel was found on Sunday in a back garden on Oskby Road.', 'Investigators collected the panel on Monday.']),
    paragraphs('b.txt', 'Oskby Courier', '2031-08-10', ['Door panel found', 'A teacher in the Velby Hills neighbourhood found the panel.', 'The cave lies in the Marrow district, near the border with Tarnland.']),
  ]);

  it('is no answer: "which neighbourhood" is the neighbourhood, not the road', () => {
    expect(ask(found, 'In which neighbourhood was the door panel found?')).toMatchObject({ status: 'answered', answer: 'Velby Hills' });
  });

  it('is no answer: "which country" is not a district', () => {
    expect(ask(found, 'Near the border with which country does the cave lie?').answer).not.toMatch(/Marrow/);
  });
});

describe('a place whose name opens with its kind', () => {
  const vigil = buildIndex([
    paragraphs('a.txt', 'Tarnby Wire', '2031-08-09', ['Blast levels part of Tarnby', "Hundreds of people gathered at St. Anne's Church of the Rood on Thursday night for a prayer vigil, filling the pews.", 'Bishop Ivo Roe celebrated a funeral Mass on Friday in the Velby Chapel, telling mourners that the town would rebuild.']),
    paragraphs('b.txt', 'Oskby Courier', '2031-08-10', ['Blast in Tarnby', 'Firefighters were among the dead.', 'The plant had stored fertilizer for years.']),
  ]);

  it('is named with the possessive before it ("St. Anne\'s Church of the Rood")', () => {
    expect(ask(vigil, 'Where did the town hold its prayer vigil?')).toMatchObject({ status: 'answered', answer: "St. Anne's Church of the Rood" });
  });

  it('is a place where a participle after it is said by the sentence\'s subject ("in the Velby Chapel, telling …")', () => {
    expect(ask(vigil, 'Where did Ivo Roe celebrate the funeral Mass?')).toMatchObject({ status: 'answered', answer: 'Velby Chapel' });
  });
});

describe('a name between "a" and a common noun', () => {
  const summit = buildIndex([
    paragraphs('a.txt', 'Tarnby Wire', '2031-06-24', ['Court ends the old ruling', 'Prime Minister Ann Roe, speaking at a Velco summit in Oskby, called the ruling "a big step backwards."', 'The court ruled on Friday.']),
    paragraphs('b.txt', 'Oskby Courier', '2031-06-24', ['Court ruling', 'The ruling drew protests in Tarnby.', 'An A9 motorway viaduct partly collapsed in the floods.']),
  ]);

  it('says what kind the thing is, not where ("at a Velco summit in Oskby")', () => {
    expect(ask(summit, 'Where was Ann Roe when she commented on the ruling?')).toMatchObject({ status: 'answered', answer: 'Oskby' });
  });

  it('is the answer when the noun is the asked one ("an A9 motorway viaduct", asked "which motorway")', () => {
    expect(ask(summit, 'On which motorway did a viaduct partly collapse?')).toMatchObject({ status: 'answered', answer: 'A9' });
  });
});

describe('an address', () => {
  it('answers with the house number and the street, as written ("4120 Tarn Avenue")', () => {
    const idx = buildIndex([
      paragraphs('a.txt', 'Tarnby Post', '2031-06-25', ['Part of an apartment tower in Oskby collapsed overnight.', 'Families gathered through the day at 4120 Tarn Avenue, which the county set up as a reunification center.']),
      paragraphs('b.txt', 'Oskby Wire', '2031-06-25', ['Rescuers searched the rubble of the Oskby tower through the night.']),
    ]);
    const a = ask(idx, 'Where did the county set up the family reunification center?');
    expect(a).toMatchObject({ status: 'answered', answer: '4120 Tarn Avenue' });
  });
});

describe('a place asked of what came before the story', () => {
  const article = storyArticles('Roe breaks the marathon world record in Tarnby', ['TARNBY, Oct 8 (Harbour) - Ivo Roe broke the marathon world record at the Tarnby Marathon on Sunday, taking 34 seconds off the mark set by Piet Kell.', 'Crowds lined the Tarnby streets.']);
  const idx = buildIndex([
    article('Harbour Wire', '2031-10-08', ['Piet Kell, a two-time champion, set the previous record of 2:02:10 in Velby in September 2030.', 'The Tarnby course is flat.']),
    article('Coast Review', '2031-10-08', ['Roe thanked the Tarnby crowd.', 'Tarnby last saw a world record in 1999.']),
    article('Valley Post', '2031-10-08', ['The weather in Tarnby was cool.', 'Roe is 23.']),
  ]);

  it('is not the place the story happens in ("where had the previous record been set")', () => {
    expect(ask(idx, 'In which city had the previous world record been set?')).toMatchObject({ status: 'answered', answer: 'Velby' });
  });

  it('still is, asked of the story itself', () => {
    expect(ask(idx, 'In which city did Roe break the world record?').answer).toMatch(/Tarnby/);
  });
});

describe('a place a superlative ranges over', () => {
  it('is not where the asked thing happened ("the highest temperature ever recorded in Tarnland")', () => {
    const article = storyArticles('Tarnland records its hottest day', ['Tarnland recorded a temperature above 41C for the first time on Tuesday.', 'Trains were slowed across the country.']);
    const idx = buildIndex([
      article('Harbour Wire', '2031-07-22', ["The weather office confirmed on Friday that the 41.2C measured at the village's weather station on Tuesday was the highest temperature ever recorded in Tarnland."]),
      article('Coast Review', '2031-07-20', ['Schools closed early.', 'Roads melted in the heat.']),
      article('Valley Post', '2031-07-20', ['Farmers moved their herds indoors.', 'Rivers ran low.']),
    ]);
    expect(ask(idx, 'Where was the record 41.2C measured?').answer).not.toMatch(/Tarnland/);
  });
});

describe('a place in a clause a past year opens', () => {
  const article = storyArticles('Three trains crash in Tarnland', ['Three trains crashed in eastern Tarnland on Friday evening.', 'Rescuers worked through the night.']);
  const idx = buildIndex([
    article('Harbour Wire', '2031-06-03', ["Tarnland's worst rail accident before Friday's was in 2019, when two trains collided near Oskby, in the north, killing more than 350 people."]),
    article('Coast Review', '2031-06-03', ['Hospitals in the region were full.', 'The railway minister visited the site.']),
    article('Valley Post', '2031-06-03', ['Relatives waited outside the hospital.', 'Trains were diverted.']),
  ]);

  it('is of that year\'s event, no answer to where the story\'s trains collided', () => {
    expect(ask(idx, 'Near which town did the trains collide?').answer).not.toMatch(/Oskby/);
  });

  it('answers a question that names that year', () => {
    expect(ask(idx, 'Where did the trains collide in 2019?').answer).toBe('Oskby');
  });
});
