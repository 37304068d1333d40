import { describe, expect, it } from 'vitest';
import { ask, buildIndex } from '../../src/engine/index.ts';
import { paragraphs } from '../helpers/corpus.ts';

// A made-up software failure: one outlet gives the afternoon's share price, another the close.
const shared = [
  'A faulty update from the security firm Velco crashed millions of computers around the world on Friday.',
  'Velco said the fault had been found and fixed, and that it was not a cyberattack.',
];
const index = buildIndex([
  paragraphs('a.txt', 'Tarnby Post', '2031-07-19', [...shared, 'Velco shares fell sharply in New York.', 'The stock recovered part of the loss once trading began and by mid-afternoon on Friday was about 8% lower.']),
  paragraphs('b.txt', 'Oskby Wire', '2031-07-20', [...shared, "Velco's shares ended Friday 12% lower."]),
  paragraphs('c.txt', 'Valley Gazette', '2031-07-19', [...shared, 'Airlines grounded flights and hospitals cancelled appointments.']),
]);

describe('a share\'s move read in the afternoon and at the close', () => {
  it('is one day\'s move the digest shows as a disagreement', () => {
    const sides = index.conflicts.filter((c) => c.kind === 'disagreement').map((c) => c.values.map((v) => v.value).join(' vs '));
    expect(sides).toContain('8 vs 12');
  });

  it('answers a question about the close with the close, not the afternoon\'s figure', () => {
    const a = ask(index, "By how much were Velco shares down at Friday's close?");
    expect(a.status).not.toBe('disputed');
  });
});
