import { describe, expect, it } from 'vitest';
import { runningToll } from '../../src/engine/updates.ts';
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
