import { describe, expect, it } from 'vitest';
import { termKey } from '../../src/engine/text/stem.ts';

describe('the paraphrase classes', () => {
  it('do not read "backing off" as a release, while "freed" and "returned" still are one', () => {
    expect(termKey('backing')).not.toBe(termKey('release'));
    expect(termKey('back')).not.toBe(termKey('released'));
    expect(termKey('freed')).toBe(termKey('released'));
    expect(termKey('returned')).toBe(termKey('released'));
  });
});
