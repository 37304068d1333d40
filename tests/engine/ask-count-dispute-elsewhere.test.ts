import { describe, expect, it } from 'vitest';
import { ask, buildIndex } from '../../src/engine/index.ts';
import { paragraphs } from '../helpers/corpus.ts';

// A made-up rescue: one outlet says the divers were "brought in"; the disagreement on how many is between two others.
const background = [
  'Forty workers were trapped for nine days in the flooded Oskby mine after a wall gave way.',
  'Relatives waited at the mine entrance through the night as pumps drained the lower galleries.',
  'Engineers said the rock above the galleries was unstable and the drilling had to stop twice.',
];
const index = buildIndex([
  paragraphs('a.txt', 'Harbour Wire', '2031-06-20', [...background,'The breakthrough came after a team of 12 cave divers, brought in on Monday once the pump had failed, cleared the last stretch of rock by hand.']),
  paragraphs('b.txt', 'Coast Review', '2031-06-20', [...background,'A team of 12 cave divers, the men who swim through flooded passages, were called in when the pump broke apart.']),
  paragraphs('c.txt', 'Valley News', '2031-06-21', [...background,'The workers were pulled out through a passage cleared by a team of 15 cave divers after the pump broke down on Friday.']),
]);

describe('a count whose disagreement quotes other sentences than the one answering', () => {
  it('is disputed when outlets disagree on the same figure of the same noun', () => {
    const divers = index.conflicts.filter((c) => c.kind === 'disagreement' && c.values.some((v) => v.value === 15));
    expect(divers.map((c) => c.values.map((v) => v.value))).toEqual([[12, 15]]);
    const a = ask(index, 'How many cave divers were brought in?');
    expect(a.status).toBe('disputed');
    expect(a.answer).toMatch(/12[^]*15/);
  });
});
