import { describe, expect, it } from 'vitest';
import { ask, buildIndex } from '../../src/engine/index.ts';
import { paragraphs } from '../helpers/corpus.ts';

// A made-up chemical spill: the town it happened in is named all through the coverage.
const index = buildIndex([
  paragraphs('a.txt', 'Valley Courier', '2031-03-02', [
    'A tanker train spilled solvent in Brenmoor on Friday night, officials said.',
    'Brenmoor residents were told to stay indoors.',
    'Schools in Brenmoor stayed shut on Monday.',
    'The spill in Brenmoor is being studied by federal investigators.',
    'Investigators are examining whether a cracked valve on one of the tanker cars caused the spill from a freight train in Brenmoor, after a video appeared to show a leak minutes before.',
    'Crews in Brenmoor finished the cleanup of the tanker cars on Tuesday.',
  ]),
  paragraphs('b.txt', 'Ridge Herald', '2031-03-03', [
    'Brenmoor families were offered hotel rooms by the rail company.',
    'The mayor of Brenmoor said the water was safe to drink.',
    'Shops in Brenmoor reopened on Wednesday.',
    'Farmers near Brenmoor worried about their wells.',
  ]),
]);

describe('the story\'s setting as an answer', () => {
  it('answers where the story\'s event happened with the place it happened in', () => {
    expect(ask(index, 'Where did the spill happen?').answer).toBe('Brenmoor');
  });

  it('does not give the setting for where some part of the story happened when no sentence ties it there', () => {
    expect(ask(index, 'Where were the tanker cars taken after the cleanup?').status).toBe('not_found');
  });
});
