import { describe, expect, it } from 'vitest';
import { ask, buildIndex } from '../../src/engine/index.ts';
import { paragraphs } from '../helpers/corpus.ts';

// A made-up city marathon: the winner breaks a course record someone else set, and a trial where a judge speaks of
// remarks a lawmaker made.
describe('"whose …" asks for the owner of the asked noun, not for whoever did the asked act', () => {
  const race = buildIndex([
    paragraphs('a.txt', 'Tarn Wire', '2030-10-08', [
      'TARNBY, Oct 8 (Tarn Wire) - Ivo Roe won the Tarnby Marathon on Sunday.',
      'Roe collects a bonus for breaking the course record of 2:05:12, set by Piet Kell in 2026.',
    ]),
    paragraphs('b.txt', 'Oska Herald', '2030-10-09', ['Roe, who wore new shoes, had said before the race that he was aiming only for Piet Kell\'s course record.', 'No one had run under 2:05 on the course before.']),
  ]);
  const trial = buildIndex([
    paragraphs('c.txt', 'Velby Times', '2030-04-21', [
      'The defense has named several possible grounds for appeal, among them the remarks by Senator Anna Marr that the judge himself said might be raised on appeal.',
      'Judge Ivo Brandl denied the motion.',
    ]),
  ]);

  it('names the one who set the record, not the one who broke it nor the wire in the dateline', () => {
    expect(ask(race, 'Whose course record did Roe break?').answer).toBe('Piet Kell');
  });

  it('reads "the remarks by Senator Anna Marr" as hers', () => {
    expect(ask(trial, 'Whose remarks did the judge say might give the defense grounds for appeal?').answer).toContain('Anna Marr');
  });

  it('does not read "under 2:05" as a time of day', () => {
    expect(ask(race, 'At what time did anyone run on the course?').answer).not.toMatch(/2:05/);
  });
});
