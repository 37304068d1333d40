import { describe, expect, it } from 'vitest';
import { ask, buildIndex } from '../../src/engine/index.ts';
import { paragraphs } from '../helpers/corpus.ts';

// A made-up awards night: the winner of "best actress" is told in a sentence naming two winners, the winner of
// "best supporting actress" in a short one of her own.
describe('a question\'s phrase kept whole or split by the evidence', () => {
  const night = buildIndex([
    paragraphs('a.txt', 'Tarn Post', '2030-03-02', [
      'Velco wins best picture.',
      "Anna Brandl wins best actress for 'The Oska', and Ivo Roe is named best director for 'The River'.",
      "Maja Marr wins best supporting actress for 'Tarnby Story'.",
    ]),
  ]);

  it('answers "who won best actress?" from the sentence saying "best actress", not "best supporting actress"', () => {
    expect(ask(night, 'Who won best actress?').answer).toBe('Anna Brandl');
    expect(ask(night, 'Who won best supporting actress?').answer).toBe('Maja Marr');
  });
});

// A made-up plane maker: its fuselages are built by a supplier in one town and assembled in another.
describe('where a passive verb with its agent happened', () => {
  const plane = buildIndex([
    paragraphs('a.txt', 'Tarn Post', '2030-03-02', [
      'A panel blew out of a Velco Tarnjet on Friday.',
      "The fuselages of all Tarnjets, including the panels, are built by Oskaero in Velby and shipped by rail to Velco's assembly line in Tarnby.",
      "At Velco's Tarnjet factory in Tarnby on Tuesday, the chief executive told staff the company would own up to what had happened.",
    ]),
    paragraphs('b.txt', 'Oska Herald', '2030-03-03', ['Velco, which builds the Tarnjet in Tarnby, said it regretted the delays.', 'Inspectors found loose bolts on several planes.']),
  ]);

  it('is the place after "built by Oskaero in": the verb before the agent leads to it', () => {
    expect(ask(plane, "Where are the Tarnjet's fuselages built?").answer).toBe('Velby');
  });
});

// A made-up awards night: one man slaps another on stage.
describe('a passive question asks the one it was done to', () => {
  const night = buildIndex([
    paragraphs('a.txt', 'Tarn Post', '2030-03-02', ['Ivo Roe slaps Piet Kell at the Tarn Awards.', 'That moment, Ivo Roe walking on stage and slapping presenter Piet Kell after a joke about his wife, continued to dominate the talk in Tarnby on Tuesday.', 'The show went on.']),
    paragraphs('b.txt', 'Oska Herald', '2030-03-03', ['In Tarnby, the broadcaster cut the sound as Roe, back in his seat after slapping Kell across the face, twice yelled at the comedian.', 'Kell did not press charges.']),
  ]);

  it('is answered with the one slapped, not the one who slapped', () => {
    expect(ask(night, 'Which comedian was slapped?').answer).toBe('Piet Kell');
    expect(ask(night, 'Who slapped the comedian?').answer).toContain('Roe');
  });
});
