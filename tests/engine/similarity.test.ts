import { describe, expect, it } from 'vitest';
import { TermStats } from '../../src/engine/similarity.ts';

/** The similarity as first written, over sets of strings: the typed arrays must give the very same numbers. */
function reference(docs: string[][], a: number, b: number): number {
  const idf = (t: string) => Math.log(1 + docs.length / docs.filter((d) => d.includes(t)).length);
  const norm = (d: number) => Math.sqrt([...new Set(docs[d])].reduce((s, t) => s + idf(t) ** 2, 0)) || 1;
  const [sa, sb] = [new Set(docs[a]), new Set(docs[b])];
  const [small, large] = sa.size <= sb.size ? [sa, sb] : [sb, sa];
  let dot = 0;
  for (const t of small) if (large.has(t)) dot += idf(t) ** 2;
  return dot / (norm(a) * norm(b));
}

describe('TermStats', () => {
  // A made-up vocabulary with repeats inside documents, so first-occurrence order and duplicates both matter.
  const words = ['ferry', 'harbour', 'crew', 'rescued', 'storm', 'coast', 'guard', '#12', 'd05-03', 'pier', 'wind', 'boat'];
  let seed = 7;
  const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  const docs = Array.from({ length: 40 }, () => Array.from({ length: 1 + rnd(14) }, () => words[rnd(words.length)]!));

  it('gives the same similarity, to the last bit, as sets of strings do', () => {
    const stats = new TermStats(docs);
    for (let a = 0; a < docs.length; a++) for (let b = 0; b < docs.length; b++) expect(stats.similarity(a, b)).toBe(reference(docs, a, b));
  });

  it('finds as neighbours the documents sharing a term no more frequent than the cap', () => {
    const stats = new TermStats(docs);
    for (let a = 0; a < docs.length; a++) {
      const expected = new Set<number>();
      for (const t of new Set(docs[a])) {
        const with_ = docs.map((d, i) => (d.includes(t) ? i : -1)).filter((i) => i >= 0);
        if (with_.length <= 10) for (const o of with_) if (o !== a) expected.add(o);
      }
      expect(stats.neighbours(a, 10)).toEqual(expected);
    }
  });

  it('given documents added after the build, holds the postings, frequencies, idfs and neighbours a fresh build over all of them holds', () => {
    const more = [['ferry', 'lifeboat', 'ferry'], ['lifeboat', 'storm'], ['pier']];
    const grown = new TermStats(docs.map((d) => d.slice()));
    grown.similarity(0, 1);
    grown.extend(more);
    const fresh = new TermStats([...docs, ...more]);
    expect([...grown.df]).toEqual([...fresh.df]);
    for (const t of [...words, 'lifeboat', 'unheard']) {
      expect(grown.postings.get(t) && [...grown.postings.get(t)!]).toEqual(fresh.postings.get(t) && [...fresh.postings.get(t)!]);
      expect(grown.idf(t)).toBe(fresh.idf(t));
    }
    expect([...grown.postings.get('lifeboat')!]).toEqual([40, 41]);
    for (let a = 0; a < 43; a++) expect(grown.neighbours(a, 10)).toEqual(fresh.neighbours(a, 10));
    expect(grown.similarity(40, 41)).toBe(fresh.similarity(40, 41));
  });

  it('given its postings as stored, and documents asked for one by one, holds what the built statistics hold and grows alike', () => {
    const built = new TermStats(docs.map((d) => d.slice()));
    const asked = new Set<number>();
    const back = new TermStats({ stored: built.stored(), count: docs.length, termsOf: (id) => (asked.add(id), docs[id]!) });
    expect([...back.df]).toEqual([...built.df]);
    for (const t of [...words, 'unheard']) {
      expect(back.postings.get(t) && [...back.postings.get(t)!]).toEqual(built.postings.get(t) && [...built.postings.get(t)!]);
      expect(back.idf(t)).toBe(built.idf(t));
    }
    expect(asked.size).toBe(0);
    expect(back.similarityTo(['ferry', 'storm'], 3)).toBe(built.similarityTo(['ferry', 'storm'], 3));
    expect([...asked]).toEqual([3]);
    const more = [['ferry', 'lifeboat'], ['pier']];
    back.extend(more.map((d) => d.slice()));
    built.extend(more.map((d) => d.slice()));
    expect([...back.df]).toEqual([...built.df]);
    expect([...back.stored().ids]).toEqual([...built.stored().ids]);
    for (let a = 0; a < docs.length + more.length; a++) expect(back.similarity(a, 0)).toBe(built.similarity(a, 0));
  });
});
