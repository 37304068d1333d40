/**
 * Reprints and off-topic articles. A wire story reprinted by another outlet is kept but counted once for
 * corroboration (SimHash over word shingles, Hamming distance ≤ 3 of 64 bits, Manku et al. 2007). An article that
 * shares almost no vocabulary with the rest of the coverage is about another story and is set aside.
 */

/** FNV-1a over `s`, from state `h`. */
function fnvOn(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

const SPACE = 32;
const fnvSpace = (h: number) => Math.imul(h ^ SPACE, 0x01000193) >>> 0;

/**
 * A 64-bit SimHash as two 32-bit halves, over 3-word shingles of the text's words. Each shingle ("a b c") is hashed
 * word by word rather than built as a string, and each bit's vote is kept as a count of the shingles that set it
 * (the bit is set when more than half did), walking set bits only: the set phase hashes every word of the corpus.
 */
export function simhash(words: string[]): [number, number] {
  const ones = new Int32Array(64);
  let shingles = 0;
  for (let i = 0; i + 2 < words.length; i++) {
    let hi = fnvOn(0x811c9dc5 >>> 0, words[i]!);
    let lo = fnvOn(0x01000193, words[i]!);
    hi = fnvOn(fnvSpace(hi), words[i + 1]!);
    lo = fnvOn(fnvSpace(lo), words[i + 1]!);
    hi = fnvOn(fnvSpace(hi), words[i + 2]!);
    lo = fnvOn(fnvSpace(lo), words[i + 2]!);
    shingles++;
    for (let x = hi; x !== 0; x &= x - 1) ones[31 - Math.clz32(x & -x)]!++;
    for (let x = lo; x !== 0; x &= x - 1) ones[63 - Math.clz32(x & -x)]!++;
  }
  let hi = 0;
  let lo = 0;
  for (let b = 0; b < 32; b++) if (ones[b]! * 2 > shingles) hi |= 1 << b;
  for (let b = 0; b < 32; b++) if (ones[b + 32]! * 2 > shingles) lo |= 1 << b;
  return [hi >>> 0, lo >>> 0];
}

const NOT_WORD = /[^\p{L}\p{N}]+/u;

/** A text's words: its runs of letters and digits. */
export function textWords(text: string): string[] {
  return text.split(NOT_WORD).filter(Boolean);
}

const popcount = (x: number) => {
  let n = 0;
  for (let y = x >>> 0; y; y &= y - 1) n++;
  return n;
};

export const hamming = (a: [number, number], b: [number, number]) => popcount(a[0] ^ b[0]) + popcount(a[1] ^ b[1]);

/**
 * For each article that reprints an earlier one from another outlet, the index of the original. Candidates come from
 * four 16-bit bands (two hashes within distance 3 agree on at least one band), so this stays near-linear.
 */
export function findReprints(hashes: [number, number][], outlets: string[], order: number[]): Map<number, number> {
  const bands = new Map<string, number[]>();
  hashes.forEach(([hi, lo], i) => {
    [hi & 0xffff, hi >>> 16, lo & 0xffff, lo >>> 16].forEach((band, k) => {
      const key = `${k}:${band}`;
      (bands.get(key) ?? bands.set(key, []).get(key)!).push(i);
    });
  });
  const reprintOf = new Map<number, number>();
  const rank = new Map(order.map((a, r) => [a, r]));
  for (const group of bands.values()) {
    for (const a of group) {
      for (const b of group) {
        if (a === b || outlets[a] === outlets[b] || hamming(hashes[a]!, hashes[b]!) > 3) continue;
        const [first, later] = rank.get(a)! < rank.get(b)! ? [a, b] : [b, a];
        if (!reprintOf.has(later) && !reprintOf.has(first)) reprintOf.set(later, first);
      }
    }
  }
  return reprintOf;
}

/** Each term's count over all the documents, and the sum of the counts' squares. */
export interface TermTotals {
  total: Map<string, number>;
  totalSq: number;
}

export function termTotals(docs: Map<string, number>[]): TermTotals {
  const total = new Map<string, number>();
  for (const d of docs) for (const [t, n] of d) total.set(t, (total.get(t) ?? 0) + n);
  let totalSq = 0;
  for (const n of total.values()) totalSq += n * n;
  return { total, totalSq };
}

/**
 * Cosine of one document's term counts with the sum of all the others' (`totals` includes the document), and the
 * length of that sum. Linear: |rest|² comes from |total|². The sums are of whole numbers, exact in any order.
 */
export function similarityToOthers(d: Map<string, number>, { total, totalSq }: { total: Pick<Map<string, number>, 'get'>; totalSq: number }): { sim: number; rest: number } {
  let dotTotal = 0;
  let na = 0;
  for (const [t, n] of d) {
    dotTotal += n * total.get(t)!;
    na += n * n;
  }
  const dot = dotTotal - na; // d · (total − d)
  const nb = totalSq - 2 * dotTotal + na; // |total − d|²
  return { sim: na && nb > 0 ? dot / Math.sqrt(na * nb) : 0, rest: Math.sqrt(Math.max(nb, 0)) };
}
