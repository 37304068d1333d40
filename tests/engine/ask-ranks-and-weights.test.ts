import { describe, expect, it } from 'vitest';
import { ask, buildIndex } from '../../src/engine/index.ts';
import { makeArticle } from '../helpers/corpus.ts';
import { parseQuestion } from '../../src/engine/ask/question.ts';

// A made-up probe landing: a prime minister and a chief minister, a lander's weight beside a rover's journey.
const index = buildIndex([
  makeArticle({
    file: 'a.txt',
    outlet: 'Tarnby Wire',
    published: '2031-08-24',
    text: [
      'Prime Minister Ivo Brandl, who was abroad at a summit, was absent from the control room when the probe landed.',
      'The Brellin lander weighs about 1,750 kg and carries four instruments.',
      'By Saturday the rover had travelled about 8 metres from the lander.',
    ].join('\n\n'),
  }),
]);

describe('ranks and weights', () => {
  it('does not answer "which chief minister" with a prime minister', () => {
    const a = ask(index, 'Which chief minister was absent when the probe landed?');
    expect(a.status).toBe('not_found');
  });

  it('reads "how heavy" as a weight, never a distance', () => {
    expect(parseQuestion('How heavy is the lander?').type).toMatchObject({ want: 'size', head: 'weight' });
    const a = ask(index, 'How heavy is the Brellin lander?');
    expect(a.answer).toBe('about 1,750 kg');
  });
});

describe('a role given in apposition after a name', () => {
  const roles = buildIndex([
    makeArticle({
      file: 'a.txt',
      outlet: 'Tarnby Wire',
      published: '2031-08-24',
      text: 'P. Brandl, the project director of Tarnsat-2, who has worked on the mission since 2019, said the team had tested everything.\n\nThe rover moved on Friday.',
    }),
  ]);
  it('answers "who is X\'s project director" with the name an initial opens', () => {
    expect(roles.sentences).toHaveLength(2);
    expect(ask(roles, "Who is Tarnsat-2's project director?").answer).toBe('P. Brandl');
  });
});

describe('the thing a which-question asks about, named in the evidence', () => {
  const bank = buildIndex([
    makeArticle({
      file: 'a.txt',
      outlet: 'Tarnby Wire',
      published: '2031-03-13',
      text: [
        'Oskby Holdings has bought the British arm of collapsed Tarn Valley Bank for just £1.',
        'Oskby Holdings said it had put £2 billion into Tarn Valley Bank UK, the British arm it bought on Monday.',
        "TVB's customers had pulled $42 billion on Thursday.",
        'Brellinco, the company that operated the ferry, said it was cooperating.',
      ].join('\n\n'),
    }),
  ]);
  it('is not the answer, whether spelled out from its initials or set beside the question\'s words', () => {
    expect(ask(bank, "Which company bought TVB's British arm?").answer).toBe('Oskby Holdings');
  });
  it('is the answer when the description holds the asked noun', () => {
    expect(ask(bank, 'Which company operated the ferry?').answer).toBe('Brellinco');
  });
});
