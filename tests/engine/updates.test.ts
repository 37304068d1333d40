import { describe, expect, it } from 'vitest';
import { aboutAnEarlierYear, runningToll } from '../../src/engine/updates.ts';
import type { ConflictValue } from '../../src/engine/types.ts';

const figure = (value: number, published: string): ConflictValue => ({ value, unit: 'people', sources: [], published });
/** A made-up toll: 12 on Monday; on Tuesday 64 across the country and at least 61 in one region; 90 on Wednesday. */
const toll = [figure(12, '2031-02-03'), figure(61, '2031-02-04'), figure(64, '2031-02-04'), figure(90, '2031-02-05')];
const pairs = (...ps: [number, number][]) => (a: number, b: number) => ps.some(([x, y]) => (x === a && y === b) || (x === b && y === a));

describe('a running toll', () => {
  it('tells how it rose from each day\'s highest figure when two figures of one day were each matched only to other days\' figures', () => {
    const c = runningToll('people killed', toll, pairs([12, 64], [12, 61], [64, 90], [61, 90]));
    expect(c?.kind).toBe('update');
    expect(c?.values.map((v) => v.value)).toEqual([12, 64, 90]);
  });

  it('sets two figures of one day against each other when they were matched to each other', () => {
    const c = runningToll('people killed', toll, pairs([12, 64], [61, 64], [64, 90]));
    expect(c?.kind).toBe('disagreement');
    expect(c?.values.map((v) => v.value)).toEqual([61, 64]);
  });
});

describe('a past year that dates a sentence', () => {
  const sentence = (text: string) => ({ text, published: '2031-06-14' }) as Parameters<typeof aboutAnEarlierYear>[0];
  it('is not one a span reaching now began in', () => {
    expect(aboutAnEarlierYear(sentence('It was the best figure for any programme since the ratings system was overhauled in 2029.'))).toBe(false);
    expect(aboutAnEarlierYear(sentence('The firm has invested $6 billion since 2029.'))).toBe(false);
  });
  it('is one an earlier event the sentence tells of took place in', () => {
    expect(aboutAnEarlierYear(sentence('No crash has hit the country this hard since a jet went down off Tarnby in 1997 that killed 228 people.'))).toBe(true);
    expect(aboutAnEarlierYear(sentence('The deadliest disaster since it became a province in 1959 was a flood in 1960 that killed 61 people.'))).toBe(true);
  });
});
