import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/engine/index.ts';
import { makeArticle } from '../helpers/corpus.ts';
import { forTheAsked } from '../../src/engine/ask/digest-disputes.ts';
import { forOthers } from '../../src/engine/ask/beneficiary.ts';
import { toSourceRef } from '../../src/engine/source-ref.ts';
import type { Conflict } from '../../src/engine/types.ts';

// A made-up leadership race: one outlet gives the rival's backers "for him" beside Roe's, another Roe's own count.
const index = buildIndex([
  makeArticle({
    file: 'a.txt',
    outlet: 'Tarnby Wire',
    published: '2033-10-23',
    text: "Only 57 MPs had publicly declared for him by Sunday night, according to the Wire's tracker, against at least 155 for Roe.",
  }),
  makeArticle({
    file: 'b.txt',
    outlet: 'Oskby Courier',
    published: '2033-10-25',
    text: "By the time nominations closed, 193 of the party's 357 MPs had publicly backed Roe, according to the Courier's count.",
  }),
]);
const [rival, roe] = index.sentences;
// The digest's pairing of the two counts, as the slot reader made it on a larger story.
const conflict: Conflict = {
  kind: 'disagreement',
  topic: 'MPs (publicly)',
  values: [
    { value: 57, unit: 'MPs', sources: [toSourceRef(rival!)] },
    { value: 193, unit: 'MPs', sources: [toSourceRef(roe!)] },
  ],
} as Conflict;

describe('a figure for someone else', () => {
  it('is told apart in a sentence that gives the asked person\'s figure too', () => {
    expect(forOthers(rival!, new Set(['roe']))).toEqual([true, false]);
    expect(forOthers(rival!, new Set(['brandl']))).toEqual([false, false]);
  });

  it('is no side of a disagreement over the asked person\'s figure', () => {
    expect(forTheAsked(index, conflict, new Set(['roe']))).toBe(false);
    expect(forTheAsked(index, conflict, new Set())).toBe(true);
  });
});
