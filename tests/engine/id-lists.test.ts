import { describe, expect, it } from 'vitest';
import { IdListsBuilder } from '../../src/engine/id-lists.ts';

describe('IdListsBuilder', () => {
  it('gives each key its ids in the order added, as a map of growing lists would', () => {
    // Keys interleaved and more ids than the builder's first room, so growing and the counting sort both matter.
    const reference = new Map<string, number[]>();
    const builder = new IdListsBuilder<string>();
    for (let id = 0; id < 5000; id++) {
      for (const key of [`k${id % 7}`, `k${(id * 13) % 11}`, id % 3 ? 'often' : null]) {
        if (!key) continue;
        builder.add(key, id);
        (reference.get(key) ?? reference.set(key, []).get(key)!).push(id);
      }
    }
    const lists = builder.done();
    for (const [key, ids] of reference) expect([...lists.get(key)!]).toEqual(ids);
  });

  it('knows no key it was not given, keeps a repeated id, and gives one list the same view at every read', () => {
    const builder = new IdListsBuilder<number>();
    builder.add(4, 1);
    builder.add(4, 1);
    const lists = builder.done();
    expect([...lists.get(4)!]).toEqual([1, 1]);
    expect(lists.get(4)).toBe(lists.get(4));
    expect(lists.get(5)).toBeUndefined();
  });
});
