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

describe('a disagreement over the same figure of the same noun, told in other words', () => {
  it('disputes "the 25 crew members aboard" when outlets disagree whether the crew was 25 or 23', () => {
    const idx = buildIndex([
      paragraphs('a.txt', 'Harbour Wire', '2031-03-28', ['The Velmar Star, stuck across the Tarn canal since Tuesday, was freed by tugs and dredgers.', 'Its technical manager, Brandl Shipmanagement, said on Saturday that its 25 crew were safe and well and that there had been no pollution or injuries.']),
      paragraphs('b.txt', 'Coast Review', '2031-03-28', ['Tugs and dredgers freed the Velmar Star, stuck across the Tarn canal since Tuesday.', 'Its technical manager, Brandl Shipmanagement, said on Saturday that its 23 crew were safe and well and that there had been no pollution or injuries.']),
      paragraphs('c.txt', 'Valley Courier', '2031-03-29', ['Families of the 25 Oskbyan crew members aboard the Velmar Star breathed a sigh of relief after the ship, stuck across the Tarn canal since Tuesday, was freed by tugs.', 'Traffic resumed on the Tarn canal.']),
      paragraphs('d.txt', 'Evening Lantern', '2031-03-29', ['Ships queued at both ends of the Tarn canal while the Velmar Star was stuck.', 'Insurers put the cost of the delay at millions a day.']),
      paragraphs('e.txt', 'Daily Foghorn', '2031-03-29', ['Dredgers removed sand from around the bow of the Velmar Star in the Tarn canal.', 'The canal authority said traffic would resume within days.']),
    ]);
    const a = ask(idx, 'How many crew were aboard the ship?');
    expect(a.status).toBe('disputed');
    expect(a.answer).toContain('23');
    expect(a.answer).toContain('25');
  });
});
