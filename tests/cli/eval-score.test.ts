import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/eval/score.ts';

describe('how eval compares an answer with gold', () => {
  it('reads number words as digits, drops thousands separators and folds curly quotes', () => {
    expect(normalise('About Twelve thousand, said “Roe”')).toBe('about 12 thousand, said "roe"');
    expect(normalise('8,105 votes')).toBe('8105 votes');
  });

  it('reads an abbreviated month before a day as the month ("Nov. 2" is November 2)', () => {
    expect(normalise('Nov. 2 (Harbour Post) vs November 3')).toBe('november 2 (harbour post) vs november 3');
    expect(normalise('Sept. 30, 2031')).toBe('september 30, 2031');
    // A full stop after a month that no day follows is left as written.
    expect(normalise('in Dec. when')).toBe('in dec. when');
  });
});
