import { describe, expect, it } from 'vitest';
import { ask, buildIndex } from '../../src/engine/index.ts';
import { paragraphs } from '../helpers/corpus.ts';

// A made-up mine rescue: "the flooded mine" and "the rescued divers" describe things; they do not say when or where.
// The mine's town is named all through the coverage.
const index = buildIndex([
  paragraphs('a.txt', 'Valley Courier', '2031-03-20', [
    'All 12 divers trapped inside the flooded Brenmoor mine were rescued on Tuesday night, pulled out one by one.',
    'Families in Brenmoor had waited at the pithead for days.',
    'Brenmoor miners cheered as each diver came out.',
  ]),
  paragraphs('b.txt', 'Ridge Herald', '2031-03-20', [
    'The 12 divers trapped in the flooded Brenmoor mine were brought out alive on Tuesday night.',
    'The flood on March 3 happened as the night shift was ending.',
    'Schools in Brenmoor stayed shut during the rescue.',
  ]),
  paragraphs('c.txt', 'Harbour Wire', '2031-03-21', [
    'The rescue of 12 divers from the flooded Brenmoor mine on Tuesday night drew crowds.',
    'The divers rescued from the Brenmoor mine were seen by doctors on Wednesday.',
    'Brenmoor shops reopened on Wednesday.',
    'The mayor of Brenmoor thanked the rescuers.',
  ]),
]);

describe('participles that describe a thing', () => {
  it('does not date an event by sentences that only call a thing by it ("the flooded mine … rescued on Tuesday")', () => {
    expect(ask(index, 'When did the mine flood?').answer).toBe('March 3');
  });

  it('does not tie a place to the question by a word the question uses to describe ("the rescued divers")', () => {
    expect(ask(index, 'Where were the rescued divers taken on Wednesday?').answer).not.toBe('Brenmoor');
  });
});
