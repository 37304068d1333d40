import { describe, expect, it } from 'vitest';
import { ask, buildIndex } from '../../src/engine/index.ts';
import { paragraphs } from '../helpers/corpus.ts';
import { parseQuestion } from '../../src/engine/ask/question.ts';

// A made-up launch and a made-up sailing: where each came from is told with "from" or with a verb of leaving.
const index = buildIndex([
  paragraphs('a.txt', 'Harbour Wire', '2031-06-20', [
    'Tarnsat-4, which means "sky boat" in Velmish, was launched on July 14 from the Brellin Space Centre at Oskby in the north.',
    'Launch firms are in talks with customers about flights on the TR9 rocket that carried Tarnsat-4.',
  ]),
  paragraphs('b.txt', 'Coast Review', '2031-06-21', ['Two Tarnish navy ships, the Marrow and the Velmar, left Fenport Naval Base on Tuesday afternoon and are due in Oskby on Friday.']),
]);

describe('"from where": the place something came from', () => {
  it('reads "From where was it launched?" as asking where it came from, as "Where was it launched from?" is', () => {
    expect(parseQuestion('From where was Tarnsat-4 launched?').type).toMatchObject({ want: 'place', origin: true });
    expect(parseQuestion('Where was Tarnsat-4 launched from?').type).toMatchObject({ want: 'place', origin: true });
    expect(ask(index, 'From where was Tarnsat-4 launched?').answer).not.toMatch(/Velmish|TR9/);
  });

  it('takes the place a verb of leaving leads to as where they came from', () => {
    expect(ask(index, 'From where did the two Tarnish navy ships sail?').answer).toBe('Fenport Naval Base');
  });
});

describe('where a named person was', () => {
  const idx = buildIndex([
    paragraphs('c.txt', 'Valley News', '2031-06-22', [
      'The first readings came from an instrument on the Tarnsat lander, which touched down on Wednesday.',
      'Prime Minister Ivo Brandl praised the team on Thursday.',
    ]),
  ]);

  it('is told only where the person is named', () => {
    expect(ask(idx, 'Where was Brandl when the lander touched down?').status).toBe('not_found');
  });
});
