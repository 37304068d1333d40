import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/eval/score.ts';
import { checkDigest } from '../../src/eval/digest-checks.ts';
import type { GoldFile } from '../../src/eval/gold.ts';
import type { Digest } from '../../src/engine/types.ts';

describe('how eval compares an answer with gold', () => {
  it('reads number words as digits, drops thousands separators and folds curly quotes', () => {
    expect(normalise('About Twelve thousand, said “Roe”')).toBe('about 12 thousand, said "roe"');
    expect(normalise('8,105 votes')).toBe('8105 votes');
  });

  it('reads a hyphenated number word as one number ("Forty-six" is 46), and leaves other hyphenated words alone', () => {
    expect(normalise('Forty-six stations')).toBe('46 stations');
    expect(normalise('twenty-one')).toBe('21');
    expect(normalise('a well-known one-off')).toBe('a well-known 1-off');
  });

  it('reads an abbreviated month before a day as the month ("Nov. 2" is November 2)', () => {
    expect(normalise('Nov. 2 (Harbour Post) vs November 3')).toBe('november 2 (harbour post) vs november 3');
    expect(normalise('Sept. 30, 2031')).toBe('september 30, 2031');
    // A full stop after a month that no day follows is left as written.
    expect(normalise('in Dec. when')).toBe('in dec. when');
  });
});

describe('a digest check for a disagreement', () => {
  const src = (quote: string) => ({ outlet: 'Harbour Post', file: 'a.txt', quote, speaker: null, span: { start: 0, end: quote.length } });
  const digest = (values: { value: number; label: string; quote: string }[]): Digest => ({
    title: 't', summary: '', date: '2031-01-01', facts: [], sources: [], dropped: [],
    conflicts: [{ id: 'c', kind: 'disagreement', topic: 'amount (unfunded cuts)', values: values.map((v) => ({ value: v.value, unit: '£', label: v.label, sources: [src(v.quote)] })) }],
  });
  const gold = (values: string[]): GoldFile => ({ questions: [], digest_must_flag_conflict: [{ slot: 'cuts', all_of: ['unfunded'], values }] });

  it('is met when each value stands on some side and two on two sides, though one side\'s quote holds both values\' digits', () => {
    const d = digest([
      { value: 43e9, label: '£43bn', quote: 'He set out £43bn of unfunded cuts, including the end of the 45p rate.' },
      { value: 45e9, label: '£45bn', quote: 'About £45bn of unfunded cuts rattled markets.' },
    ]);
    expect(checkDigest(gold(['45', '43']), d).every((c) => c.passed)).toBe(true);
  });

  it('is not met when every value stands on one side alone', () => {
    const d = digest([
      { value: 43e9, label: '£43bn', quote: 'He set out £43bn of unfunded cuts, including the end of the 45p rate.' },
      { value: 50e9, label: '£50bn', quote: 'About £50bn of unfunded cuts rattled markets.' },
    ]);
    expect(checkDigest(gold(['45', '43']), d).every((c) => c.passed)).toBe(false);
  });
});
