import { describe, expect, it } from 'vitest';
import { ask, buildIndex } from '../../src/engine/index.ts';
import { paragraphs } from '../helpers/corpus.ts';

// A made-up barge fire at the river town of Varrow told by three outlets: officials and a titled sheriff both speak,
// a farmer is named before an aside, one barge is pointed at ("the hull of one barge"), and the town's population is
// given twice, differently, beside counts of what happened.
const art = paragraphs;
const index = buildIndex([
  art('a.txt', 'Harbour Wire', '2031-03-04', [
    'About 30 barges of a Kelso Line tow broke loose and caught fire late on Friday near Varrow, a town of about 3,100 people, and officials told people living near the river to leave their homes.',
    'Investigators are looking at a cracked weld on the hull of one damaged barge, according to the river authority.',
  ]),
  art('b.txt', 'Evening Lantern', '2031-03-05', [
    'Dunmore County Sheriff Ada Kell said deputies had gone door to door and that some residents were refusing to leave their homes.',
    'The river authority said 24 barges had burned and six more had sunk.',
    'The town of about 3,300 people sits on the county line.',
  ]),
  art('c.txt', 'Valley Echo', '2031-03-06', [
    'Farmers downstream said their worry now is the water.',
    'Tom Arden, who keeps about 40 dairy cows on land that runs down to the river, said he had moved his herd to a higher pasture.',
    'The river authority said 24 barges had burned in the fire near Varrow.',
  ]),
]);

describe('people asked for by their title or their trade', () => {
  it('answers "which sheriff said …" with the titled person, never with "officials"', () => {
    expect(ask(index, 'Which sheriff said some people would not leave their homes?')).toMatchObject({ status: 'answered', answer: 'Ada Kell' });
  });

  it('answers "which farmer moved his herd" with the person named before an aside who said he had', () => {
    expect(ask(index, 'Which dairy farmer moved his herd to higher ground?')).toMatchObject({ status: 'answered', answer: 'Tom Arden' });
  });
});

describe('counts that are no answer', () => {
  it('never counts "one damaged barge", pointed at by a preposition, as how many were damaged', () => {
    expect(ask(index, 'According to investigators, how many barges were damaged?').answer).not.toMatch(/\bone\b/);
  });

  it('never answers how many were on a barge with how many live in the town', () => {
    expect(ask(index, 'How many people were in the tow\'s crew?').answer).not.toMatch(/3,[13]00/);
  });
});

describe('the same quoted words in two mouths', () => {
  const quotes = buildIndex([
    art('a.txt', 'Harbour Wire', '2031-03-06', ['Governor Ada Marr urged holdouts to leave, calling it "a matter of life and death" for anyone still in the zone.', 'Crews prepared the controlled burn.']),
    art('b.txt', 'Evening Lantern', '2031-03-06', ['"This is a matter of life and death," Fire Chief Tom Keel told residents still in the zone.', 'The burn began in the afternoon.']),
    art('c.txt', 'Valley Echo', '2031-03-06', ['"It is a matter of life and death," the governor told reporters.', 'Schools stayed shut.']),
  ]);

  it('shows both speakers when outlets put the words in different mouths', () => {
    const a = ask(quotes, 'Who told people still in the zone that leaving was "a matter of life and death"?');
    expect(a.status).toBe('disputed');
    expect(a.answer).toContain('Ada Marr');
    expect(a.answer).toContain('Tom Keel');
  });

  it('takes a role alone ("the governor") for no other speaker', () => {
    const a = ask(quotes, 'Who told people still in the zone that leaving was "a matter of life and death"?');
    expect(a.answer).not.toMatch(/\bgovernor\b/);
  });
});

describe('what a count counts', () => {
  const team = buildIndex([
    art('a.txt', 'Harbour Wire', '2031-03-04', ['Britain is sending a team of 60 search and rescue specialists to Varrow, the Foreign Office said.', 'Crews searched the river banks.']),
    art('b.txt', 'Evening Lantern', '2031-03-05', ['The UK search and rescue team, which has 62 specialists and four dogs, landed on Monday night.', 'Volunteers brought food.']),
  ]);

  it('counts "60 search and rescue specialists" as specialists, so outlets giving 60 and 62 disagree', () => {
    const a = ask(team, 'How many specialists are in the UK search and rescue team?');
    expect(a.status).toBe('disputed');
    expect(a.answer).toContain('60');
    expect(a.answer).toContain('62');
  });
});
