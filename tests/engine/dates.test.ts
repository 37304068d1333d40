import { describe, expect, it } from 'vitest';
import { extractDates } from '../../src/engine/text/dates.ts';
import { tokenize } from '../../src/engine/text/tokens.ts';

const keys = (text: string) => extractDates(tokenize(text), text).map((d) => [d.key, d.surface]);

describe('dates written in a sentence', () => {
  it('dates a sentence by the weekday its subject is owned by ("Monday\'s operation began …"), not by one owning an object', () => {
    expect(keys("Monday's operation began at 11am and went faster than the first.")).toEqual([['rel:monday', 'Monday']]);
    expect(keys("The shares soon returned to around Thursday's close.")).toEqual([]);
  });
});
