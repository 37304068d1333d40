import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkSnapshot, decodeSnapshot, encodeSnapshot, SnapshotFormatError } from '../../src/corpus/snapshot-codec.ts';
import { readSnapshot, writeSnapshot } from '../../src/corpus/index-snapshot.ts';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { buildGrowableIndex, buildIndex, readArticle } from '../../src/engine/index.ts';
import { QUAKE } from '../helpers/corpus.ts';

const text = 'Rescuers pulled 23 survivors from the rubble. Officials said 4 people died.';
const textOf = (file: string) => (file === 'a.txt' ? text : undefined);

describe('the snapshot codec', () => {
  it('given plain data, decodes what JSON would: same values, same key order, undefined fields left out', () => {
    const value = {
      z: 1,
      a: [0, -1, 2.5, 2 ** 40, -0, null, true, false, 'x', '', 'é ünïcødé 🦀', { b: undefined, c: [[]] }],
      nested: { '10': 'integer-like key', n: null, s: 'x' },
    };
    const back = decodeSnapshot(encodeSnapshot(value, textOf), textOf);
    expect(JSON.stringify(back)).toBe(JSON.stringify(value));
    expect(Object.keys(back as object)).toEqual(['z', 'a', 'nested']);
  });

  it('given a text that is its article span, stores the span and slices it back', () => {
    const value = [{ file: 'a.txt', text: 'Rescuers pulled 23 survivors', span: { start: 0, end: 28 } }, { file: 'a.txt', quote: 'not the span', span: { start: 0, end: 3 } }];
    const bytes = encodeSnapshot(value, textOf);
    expect(Buffer.from(bytes).includes('Rescuers pulled')).toBe(false);
    expect(decodeSnapshot(bytes, textOf)).toEqual(value);
    // Decoded against another article text, a span past its end is refused, not sliced short.
    expect(() => decodeSnapshot(bytes, () => 'short')).toThrow(SnapshotFormatError);
  });

  it('given many empty lists and repeated string-only objects, decodes each once and shares it, the values unchanged', () => {
    const source = { surface: 'police', key: 'o:police', display: 'Police', cue: 'said', kind: 'organization' };
    const value = Array.from({ length: 3 }, (_, i) => ({ id: i, places: [], names: [] as string[], claims: [{ attribution: { ...source }, terms: ['flood'] }], attribution: { ...source }, dates: [{ key: '05-23', surface: `23 May${i === 2 ? ' 2025' : ''}` }] }));
    const back = decodeSnapshot(encodeSnapshot(value, textOf), textOf) as typeof value;
    expect(back).toEqual(value);
    expect(back[0]!.places).toBe(back[1]!.names);
    expect(Object.isFrozen(back[0]!.places)).toBe(true);
    expect(back[0]!.attribution).toBe(back[2]!.claims[0]!.attribution);
    expect(back[0]!.dates[0]).toBe(back[1]!.dates[0]);
    expect(back[2]!.dates[0]).not.toBe(back[0]!.dates[0]);
  });

  it('given a list of strings equal to one decoded just before, shares that one, frozen; an equal list far back is its own', () => {
    const sentence = (i: number) => ({ claims: [{ terms: ['flood', 'toll', `t${i}`] }], terms: ['flood', 'toll', `t${i}`], names: ['oskby'] });
    const value = { near: [sentence(1), sentence(2)], far: Array.from({ length: 40 }, (_, i) => [`x${i}`]), again: ['oskby'] };
    const back = decodeSnapshot(encodeSnapshot(value, textOf), textOf) as typeof value;
    expect(back).toEqual(value);
    expect(back.near[0]!.terms).toBe(back.near[0]!.claims[0]!.terms);
    expect(Object.isFrozen(back.near[0]!.terms)).toBe(true);
    expect(back.near[1]!.terms).not.toBe(back.near[0]!.terms);
    expect(back.near[1]!.names).toBe(back.near[0]!.names);
    expect(back.again).not.toBe(back.near[0]!.names);
    expect(Object.isFrozen(back.again)).toBe(false);
  });

  it('given strings and objects the caller numbers, stores their numbers and decodes them to the caller\'s own values', () => {
    const span = { start: 0, end: 8 };
    const mine: unknown[] = ['Rescuers pulled 23 survivors', span];
    const value = [{ file: 'a.txt', quote: mine[0], span }, { text: mine[0], other: 'not numbered', at: { start: 0, end: 8 } }];
    const bytes = encodeSnapshot(value, textOf, (v) => (mine.includes(v) ? mine.indexOf(v) : undefined));
    expect(Buffer.from(bytes).includes('Rescuers pulled')).toBe(false);
    const back = decodeSnapshot(bytes, textOf, undefined, { external: (k) => mine[k] }) as typeof value;
    expect(back).toEqual(value);
    expect((back[0] as { span: unknown }).span).toBe(span);
    expect((back[1] as { at: unknown }).at).not.toBe(span);
    // Without the caller's values, or with a number it does not know, the body does not decode.
    expect(() => decodeSnapshot(bytes, textOf)).toThrow(SnapshotFormatError);
    expect(() => decodeSnapshot(bytes, textOf, undefined, { external: () => undefined })).toThrow(SnapshotFormatError);
    expect(() => checkSnapshot(bytes)).not.toThrow();
  });

  it('given fields held until asked for, over megabytes of them, gives each back as stored: words of every size, across the held blocks', () => {
    // Postings of large and negative ids (the widest words), strings, floats and nested lists, held for 60,000 objects.
    const rows = Array.from({ length: 60_000 }, (_, i) => ({
      id: i,
      held: { ids: Int32Array.from([i, -i - 1, 2 ** 31 - 1 - i, 2 ** 28 + i, 127, 128, 16_383, 16_384]), words: [`w${i % 977}`, 'crew'], share: i / 7, nested: [[i % 3], []] },
    }));
    const kept: { held: (n: number) => unknown }[] = [];
    const lazy = {
      plan: (keys: readonly string[]) =>
        keys.join() === 'id,held'
          ? {
              held: new Map([['held', 'any' as const]]),
              make: (d: Record<string, unknown>, values: { decodeNth(at: number, n: number): unknown }, at: number) => {
                const o = { id: d.id, held: (n: number) => values.decodeNth(at, n) };
                kept.push(o);
                return o;
              },
            }
          : null,
    };
    decodeSnapshot(encodeSnapshot(rows, textOf), textOf, undefined, { lazy });
    expect(kept).toHaveLength(rows.length);
    expect(kept.map((o) => o.held(0))).toEqual(rows.map((r) => r.held));
  });

  it('given a key named __proto__, keeps it as an own key as JSON.parse does', () => {
    const value = JSON.parse('{"__proto__": {"polluted": true}, "k": 1}');
    const back = decodeSnapshot(encodeSnapshot(value, textOf), textOf) as Record<string, unknown>;
    expect(Object.keys(back)).toEqual(['__proto__', 'k']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('given a whole index, decodes it equal to its JSON form', async () => {
    const r = await loadCorpus(QUAKE);
    if (!r.ok) throw new Error(r.error);
    const index = buildIndex(r.articles);
    const texts = new Map(r.articles.map((a) => [a.file, a.text]));
    const of = (f: string) => texts.get(f);
    const value = { sentences: index.sentences, facts: index.facts, conflicts: index.conflicts };
    expect(JSON.stringify(decodeSnapshot(encodeSnapshot(value, of), of))).toBe(JSON.stringify(value));
  });

  it('given a body read a few words at a time, as from a file, decodes and checks it as it does whole', async () => {
    const r = await loadCorpus(QUAKE);
    if (!r.ok) throw new Error(r.error);
    const index = buildIndex(r.articles);
    const texts = new Map(r.articles.map((a) => [a.file, a.text]));
    const of = (f: string) => texts.get(f);
    const value = { sentences: index.sentences, facts: index.facts, conflicts: index.conflicts };
    const bytes = encodeSnapshot(value, of);
    /** Pieces of their own, each read when taken, as the snapshot file hands them out; the body `cut` bytes short. */
    const source = (cut = 0) => {
      const body = bytes.subarray(0, bytes.length - cut);
      let p = 0;
      return {
        take: (n: number) => {
          const piece = new Uint8Array(body.subarray(p, p + n));
          p += piece.length;
          return piece;
        },
        readInto: (into: Uint8Array) => {
          const piece = body.subarray(p, p + into.length);
          into.set(piece);
          p += piece.length;
          return piece.length;
        },
        more: () => p < body.length,
      };
    };
    for (const atOnce of [1, 2, 3, 7, 1 << 20]) {
      expect(JSON.stringify(decodeSnapshot(source(), of, atOnce))).toBe(JSON.stringify(value));
      expect(() => checkSnapshot(source(), atOnce)).not.toThrow();
      expect(() => decodeSnapshot(source(4), of, atOnce)).toThrow(SnapshotFormatError);
      expect(() => checkSnapshot(source(4), atOnce)).toThrow(SnapshotFormatError);
    }
  });

  it('given a body inside a larger buffer, aligned or not, decodes what it decodes alone, short and long arrays alike', () => {
    const long = Array.from({ length: 1500 }, (_, i) => i);
    const value = { a: ['x', 2.5, { file: 'a.txt', text: 'Rescuers', span: { start: 0, end: 8 } }], b: [[1, 2], []], long, words: long.map((i) => `w${i}`) };
    const bytes = encodeSnapshot(value, textOf);
    for (const offset of [8, 3]) {
      const host = new Uint8Array(offset + bytes.length);
      host.set(bytes, offset);
      expect(decodeSnapshot(host.subarray(offset), textOf)).toEqual(value);
    }
  });

  it('given an index written to a file, starts its body on an 8-byte boundary and reads it back whole', async () => {
    const r = await loadCorpus(QUAKE);
    if (!r.ok) throw new Error(r.error);
    const { index, growth } = buildGrowableIndex(r.articles, r.articles.map(readArticle));
    const dir = mkdtempSync(join(tmpdir(), 'digestbot-snapshot-'));
    try {
      const path = join(dir, 'index.snapshot');
      await writeSnapshot(path, 'engine-x', 'key-y', index, growth);
      expect((readFileSync(path).indexOf(10) + 1) % 8).toBe(0);
      const back = await readSnapshot(path, 'engine-x', 'key-y', r.articles);
      expect(back.warning).toBeNull();
      expect(JSON.stringify(back.index!.sentences)).toBe(JSON.stringify(index.sentences));
      expect(JSON.stringify(back.index!.facts)).toBe(JSON.stringify(index.facts));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('given the file changed after the load, works the facts out from the index rather than read another index\'s', async () => {
    const r = await loadCorpus(QUAKE);
    if (!r.ok) throw new Error(r.error);
    const { index, growth } = buildGrowableIndex(r.articles, r.articles.map(readArticle));
    const dir = mkdtempSync(join(tmpdir(), 'digestbot-snapshot-'));
    try {
      const path = join(dir, 'index.snapshot');
      await writeSnapshot(path, 'engine-x', 'key-y', index, growth);
      for (const change of ['a byte changed', 'removed'] as const) {
        const back = await readSnapshot(path, 'engine-x', 'key-y', r.articles);
        const bytes = readFileSync(path);
        if (change === 'removed') rmSync(path);
        else {
          bytes[bytes.length - 9]! ^= 0x10;
          writeFileSync(path, bytes);
        }
        // The facts are read when first asked for, after the file changed.
        expect(JSON.stringify(back.index!.facts)).toBe(JSON.stringify(index.facts));
        await writeSnapshot(path, 'engine-x', 'key-y', index, growth);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    ['cut short', (b: Uint8Array) => b.subarray(0, b.length - 4)],
    ['with a word added', (b: Uint8Array) => Buffer.concat([b, Buffer.alloc(4)])],
    ['empty', () => new Uint8Array(0)],
    ['all ones', (b: Uint8Array) => new Uint8Array(b.length).fill(0xff)],
  ])('given a body %s, throws a format error', (_name, spoil) => {
    const bytes = encodeSnapshot({ a: ['x', 1, { file: 'a.txt', text: 'Rescuers', span: { start: 0, end: 8 } }] }, textOf);
    expect(() => decodeSnapshot(spoil(bytes), textOf)).toThrow(SnapshotFormatError);
    // The check that stands in for decoding a section read later tells the same bodies apart.
    expect(() => checkSnapshot(spoil(bytes))).toThrow(SnapshotFormatError);
    expect(() => checkSnapshot(bytes)).not.toThrow();
  });
});
