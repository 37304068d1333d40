import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jsonPieces } from '../../src/corpus/json-pieces.ts';
import { writeAtomicPieces } from '../../src/corpus/write-atomic.ts';

describe('jsonPieces', () => {
  it('given plain data at any depth, joins to what JSON.stringify with an indent of 2 writes', () => {
    const values: unknown[] = [
      { title: 'T', facts: [{ id: 'f-1', text: 'line\nbreak "quoted"', sources: [{ span: { start: 0, end: 3 } }], none: undefined }, { id: 'f-2', numbers: [] }], conflicts: [], empty: {} },
      [1, 'two', null, undefined, () => 1, [[], [{}]], { at: new Date(0), deep: { deeper: { deepest: ['x'] } } }],
      'just a string',
      42,
      null,
      [],
      {},
      { a: { b: [1, { c: 'é 🦀' }] } },
      { facts: [{ id: 'f', sources: Array.from({ length: 200 }, (_, i) => ({ quote: `q${i}`, span: { start: i, end: i + 1 }, none: undefined })), ids: Array.from({ length: 300 }, (_, i) => i) }] },
      // Long lists of small elements, written in runs, broken by elements that are not small.
      { facts: [{ id: 'f', sources: Array.from({ length: 150 }, (_, i) => (i % 50 === 7 ? new Date(i) : i % 30 === 3 ? undefined : i % 40 === 5 ? { list: [i] } : { quote: `q${i}`, span: { start: i, end: i + 1 } })) }] },
      Array.from({ length: 130 }, (_, i) => (i % 9 === 0 ? [i] : i % 11 === 0 ? () => i : `s${i}`)),
    ];
    for (const v of values) expect([...jsonPieces(v)].join('')).toBe(JSON.stringify(v, null, 2));
  });

  it('given a long list of small elements, writes them a run at a time, not a piece each', () => {
    const list = { ids: Array.from({ length: 1000 }, (_, i) => i), passages: Array.from({ length: 1000 }, (_, i) => ({ file: `f${i}`, text: 't' })) };
    expect([...jsonPieces(list)].length).toBeLessThan(100);
  });

  it('given pieces to write, writes them joined, whole, and leaves no temporary file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'digestbot-pieces-'));
    try {
      const path = join(dir, 'big.json');
      // Over two buffers' worth, with a piece longer than a buffer holds and characters of two to four bytes.
      const pieces = Array.from({ length: 5000 }, (_, i) => (i === 2500 ? `${'€🦀'.repeat(200_000)}\n` : `${'x'.repeat(i % 700)}é${i}\n`));
      await writeAtomicPieces(path, pieces);
      expect(readFileSync(path, 'utf8')).toBe(pieces.join(''));
      expect(readdirSync(dir)).toEqual(['big.json']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
