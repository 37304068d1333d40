import { describe, expect, it } from 'vitest';
import { ask, buildIndex } from '../../src/engine/index.ts';
import { makeArticle, paragraphs, storyArticles } from '../helpers/corpus.ts';
import { focusFits } from '../../src/engine/ask/typed-candidates.ts';
import { parseQuestion } from '../../src/engine/ask/question.ts';

// A made-up flood relief effort in Marrland, told by three outlets: the country is named everywhere, its cities
// rarely, and a crossing is named by apposition ("Fen Gate, the only crossing …").
const art = paragraphs;
const index = buildIndex([
  art('a.txt', 'Harbour Wire', '2031-05-12', [
    'Floods swept across Marrland on Monday, and Marrland officials said the water was still rising.',
    'The UN said aid convoys through Fen Gate, the only crossing it is allowed to use from Marrland into the northern valleys, had been halted.',
    'In the city of Tollbridge, whole streets were under water.',
    'Marrland has asked its neighbours for boats and pumps.',
    'Marrland police said no one was allowed near the river banks.',
    'Marrland last saw floods on this scale in the 1950s.',
  ]),
  art('b.txt', 'Evening Lantern', '2031-05-12', [
    'The regional union said 14 rescue teams with more than 300 rescuers were already working in Marrland.',
    'Marrland declared a state of emergency in four provinces.',
    'Rail lines across Marrland were closed.',
    'Banks in Marrland waived fees for flood victims.',
  ]),
  art('c.txt', 'Valley Echo', '2031-05-13', [
    'Two firefighters from Westby are among the Norran rescue team working in the ruins of Tollbridge, where a dam wall gave way.',
    'Schools across Marrland stayed shut on Tuesday.',
    'Marrland television showed families on rooftops.',
    'Insurers said claims in Marrland would run into billions.',
  ]),
]);

describe('places of the asked kind', () => {
  it('takes a name set beside the asked noun by a comma ("Fen Gate, the only crossing") over a place the sentence only passes through', () => {
    expect(ask(index, 'Which crossing is the only one the UN may use into the northern valleys?')).toMatchObject({ status: 'answered', answer: 'Fen Gate' });
  });

  it('reads the place in "working in the ruins of Tollbridge" and prefers the city to the country it is in', () => {
    expect(ask(index, 'Which city are the Norran rescuers working in?')).toMatchObject({ status: 'answered', answer: 'Tollbridge' });
  });
});

describe('where something was going, and who is no place', () => {
  const trip = buildIndex([
    art('a.txt', 'Harbour Wire', '2031-06-02', [
      'The freight train left the rails near Tollbridge late on Friday.',
      'It was running from Marrow, in the west, to Kestle, on the coast, according to the rail company.',
      'Investigators are looking at a broken wheel, according to Ivo Renn.',
      'Ivo Renn, who leads the inquiry, said the crew had braked hard.',
    ]),
    art('b.txt', 'Evening Lantern', '2031-06-02', [
      'The container ship Arla, bound for Fenport in the south, lost power before it struck the pier near Tollbridge.',
      'Dead fish were found in Mill Run and Otter Run, two small streams that flow through Tollbridge.',
      'Crews cleared the wreck over the weekend.',
    ]),
  ]);

  it('answers "where was it bound for" and "where was it headed" with where it was going, not where it was', () => {
    expect(ask(trip, 'Where was the train bound for?')).toMatchObject({ status: 'answered', answer: 'Kestle' });
    expect(ask(trip, 'Where was the Arla headed?')).toMatchObject({ status: 'answered', answer: 'Fenport' });
  });

  it('reads streams as places asked for by their kind', () => {
    expect(ask(trip, 'In which streams were dead fish found?').answer).toMatch(/^(?:Mill|Otter) Run$/);
  });

  it('never gives a quoted person as where something was done', () => {
    expect(ask(trip, 'Where were the wheels taken after the inquiry?').answer).not.toMatch(/Renn/);
  });
});

describe('a court as where a case goes', () => {
  const appeal = buildIndex([
    art('a.txt', 'Harbour Wire', '2031-04-27', ['Corven will take its appeal against the decision to the Marrland Appeal Tribunal in Tollbridge, its lawyers said.', 'The regulator blocked the deal on Wednesday.']),
    art('b.txt', 'Evening Lantern', '2031-04-27', ['Corven said it would appeal the regulator\'s decision.', 'Shares in Tarnsoft fell after the ruling.']),
  ]);

  it('answers "where will X appeal" with the court it takes the case to, not the city the court sits in', () => {
    expect(ask(appeal, 'Where will Corven appeal the decision?')).toMatchObject({ status: 'answered', answer: 'Marrland Appeal Tribunal' });
  });
});

describe('the body a sentence is attributed to', () => {
  const index3 = buildIndex([
    makeArticle({ file: 'a.txt', outlet: 'Tarnby Wire', published: '2031-02-04', text: 'Residents were told to leave, and an emergency shelter was set up at Tarnby High School.' }),
    makeArticle({ file: 'b.txt', outlet: 'Oskby Courier', published: '2031-02-05', text: 'Oskby County Emergency Services said 34 households had registered during the evacuation, and the Red Cross sheltered some of them overnight.' }),
  ]);
  it('is no place where people were sheltered, nor a rival to one', () => {
    const a = ask(index3, 'Where did evacuees find an emergency shelter?');
    expect(a.status).not.toBe('disputed');
    expect(a.answer).not.toContain('Emergency Services');
  });
});

describe('the kind of road asked', () => {
  it('is named by any word for a road: "the A9 motorway" is a road, asked "which road"', () => {
    const idx = buildIndex([makeArticle({ text: 'A convoy moved north through the Velm region along the A9 motorway, which links Tarnby with the south.' })]);
    const s = idx.sentences[0]!;
    const at = s.text.indexOf('A9');
    expect(focusFits(s, { text: 'A9', start: at, end: at + 2, key: 'A9' }, parseQuestion('Along which road did the column head for Tarnby?'))).toBe('adjacent');
  });
});

describe('a place named with the lower-case noun of its kind', () => {
  it('is answered whole: "the Formula Tarn pit building", not "Formula Tarn"', () => {
    const idx = buildIndex([
      makeArticle({ text: 'About 2,500 journalists from around the world had descended on the Formula Tarn pit building, which was turned into a media centre.\n\nThe talks ended on Tuesday.' }),
    ]);
    expect(ask(idx, 'Where was the media centre set up?').answer).toBe('Formula Tarn pit building');
  });
});

describe('a building or institution asked for by its kind', () => {
  const story = storyArticles('Fireworks blast at Oskby warehouse', [
    'A blast ripped through a fireworks warehouse on the edge of Oskby on Saturday night, shaking houses across the valley.',
    'Fire crews from three towns fought the flames until dawn, and the cause is still being investigated.',
    'The warehouse owner said he had stored fireworks there for twenty years without trouble.',
  ]);
  const index = buildIndex([
    story('Harbour Wire', '2031-06-01', ['Eleven workers were injured and flown by helicopter to hospitals in Velby and in the Tarnby area.', 'The regional governor landed at Marrow field on Sunday morning.']),
    story('Evening Lantern', '2031-06-01', ['Doctors in Velby said two of the injured were in a critical condition.', 'Residents of Velby gave blood on Sunday.']),
    story('Valley Echo', '2031-06-02', ['The governor arrived at Marrow on Sunday to meet families.', 'Schools in Velby stayed open.']),
  ]);

  it('is not answered with the town the hospitals are in, which the coverage writes as a town ("in Velby")', () => {
    expect(ask(index, 'Which hospital treated the injured workers?').status).toBe('not_found');
  });

  it('is answered with a name the coverage writes as a site ("at Marrow")', () => {
    expect(ask(index, 'At which airfield did the governor land?')).toMatchObject({ status: 'answered', answer: 'Marrow' });
  });
});
