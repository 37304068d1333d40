/** IDF-weighted cosine over sentence term sets, and a small union-find for clustering. */

export class TermStats {
  readonly df = new Map<string, number>();
  readonly postings = new Map<string, number[]>();
  private readonly idfs = new Map<string, number>();
  /**
   * Each document's distinct terms and its norm, built on first use: building the index compares most documents,
   * but an index read back from its snapshot touches only those a question or the digest reaches.
   */
  private sets: (Set<string> | undefined)[];
  private norms: Float64Array;
  constructor(private readonly docs: string[][]) {
    this.sets = new Array(docs.length).fill(undefined);
    this.norms = new Float64Array(docs.length).fill(-1);
    this.post(0);
    // Document frequencies once per distinct term rather than once per occurrence; idfs are computed as asked for.
    // Each list is copied to its own length: grown by push, the many short lists of rare terms keep room for 17 ids.
    for (const [t, p] of this.postings) {
      if (p.length < 64) this.postings.set(t, p.slice());
      this.df.set(t, p.length);
    }
  }

  /** Posts the documents from `from` on. */
  private post(from: number): void {
    for (let id = from; id < this.docs.length; id++) {
      for (const t of this.docs[id]!) {
        const p = this.postings.get(t);
        // Documents come in order, so a repeated term of this document is the list's last entry.
        if (!p) this.postings.set(t, [id]);
        else if (p[p.length - 1] !== id) p.push(id);
      }
    }
  }

  /**
   * Adds documents after the last one, as a fresh TermStats over all of them would hold them: every idf and norm
   * changes with the count of documents, so those are forgotten and computed again as asked for. Takes the
   * statistics over: whoever held them before sees the new documents too.
   */
  extend(docs: string[][]): void {
    const from = this.docs.length;
    for (const d of docs) this.docs.push(d);
    this.post(from);
    for (let id = from; id < this.docs.length; id++) for (const t of this.docs[id]!) this.df.set(t, this.postings.get(t)!.length);
    this.idfs.clear();
    for (let i = 0; i < docs.length; i++) this.sets.push(undefined);
    this.norms = new Float64Array(this.docs.length).fill(-1);
    this.vectors = undefined;
  }

  /** A document's distinct terms. */
  terms(id: number): Set<string> {
    return (this.sets[id] ??= new Set(this.docs[id]));
  }

  private norm(id: number): number {
    let n = this.norms[id]!;
    if (n < 0) {
      let sum = 0;
      const v = this.vectors;
      // The same squares in the same order either way; the ids spare a set per document while the index is built.
      if (v) for (let k = v.offsets[id]!; k < v.offsets[id + 1]!; k++) sum += v.weight[v.ids[k]!]!;
      else for (const t of this.terms(id)) sum += this.idf(t) ** 2;
      this.norms[id] = n = Math.sqrt(sum) || 1;
    }
    return n;
  }

  get size(): number {
    return this.docs.length;
  }

  idf(term: string): number {
    let v = this.idfs.get(term);
    if (v === undefined) {
      v = Math.log(1 + this.docs.length / (this.df.get(term) ?? 0.5));
      // Only the corpus's own terms are kept; a question's unknown words are computed each time.
      if (this.df.has(term)) this.idfs.set(term, v);
    }
    return v;
  }

  /**
   * Every document's distinct terms as ids in first-occurrence order (the order of `terms(id)`), with each term's
   * squared idf: built on the first similarity asked for, which building the index asks millions of times and a
   * question never does.
   */
  private vectors?: { ids: Int32Array; offsets: Int32Array; weight: Float64Array; postings: number[][]; mark: Int32Array; stamp: number };

  private vectorsBuilt() {
    if (this.vectors) return this.vectors;
    const idOf = new Map<string, number>();
    const weight = new Float64Array(this.postings.size);
    const postings: number[][] = [];
    for (const [t, p] of this.postings) {
      weight[idOf.size] = this.idf(t) ** 2;
      idOf.set(t, idOf.size);
      postings.push(p);
    }
    const offsets = new Int32Array(this.docs.length + 1);
    const seen = new Int32Array(idOf.size).fill(-1);
    let total = 0;
    for (const terms of this.docs) total += terms.length;
    const ids = new Int32Array(total);
    let n = 0;
    this.docs.forEach((terms, d) => {
      for (const t of terms) {
        const id = idOf.get(t)!;
        if (seen[id] === d) continue;
        seen[id] = d;
        ids[n++] = id;
      }
      offsets[d + 1] = n;
    });
    return (this.vectors = { ids: ids.slice(0, n), offsets, weight, postings, mark: new Int32Array(idOf.size), stamp: 0 });
  }

  /**
   * Cosine similarity of two documents by id: the smaller document's shared terms' squared idfs, summed in its own
   * order, as `terms(id)` lists them.
   */
  similarity(a: number, b: number): number {
    const v = this.vectorsBuilt();
    const sizeA = v.offsets[a + 1]! - v.offsets[a]!;
    const sizeB = v.offsets[b + 1]! - v.offsets[b]!;
    // Two plain variables, not a destructured pair: this runs millions of times while the index is built.
    const small = sizeA <= sizeB ? a : b;
    const large = sizeA <= sizeB ? b : a;
    const stamp = ++v.stamp;
    for (let k = v.offsets[large]!; k < v.offsets[large + 1]!; k++) v.mark[v.ids[k]!] = stamp;
    let dot = 0;
    for (let k = v.offsets[small]!; k < v.offsets[small + 1]!; k++) if (v.mark[v.ids[k]!] === stamp) dot += v.weight[v.ids[k]!]!;
    return dot / (this.norm(a) * this.norm(b));
  }

  /** Cosine similarity of an arbitrary term list against a document. */
  similarityTo(terms: string[], doc: number): number {
    const td = this.terms(doc);
    let dot = 0;
    let norm = 0;
    for (const t of new Set(terms)) {
      const w = this.idf(t) ** 2;
      norm += w;
      if (td.has(t)) dot += w;
    }
    return norm === 0 ? 0 : dot / (Math.sqrt(norm) * this.norm(doc));
  }

  /**
   * Documents sharing at least one reasonably rare term with `id`: the candidates worth comparing, so clustering
   * stays near-linear instead of comparing every pair.
   */
  neighbours(id: number, maxDf = 60): Set<number> {
    const v = this.vectorsBuilt();
    const out = new Set<number>();
    for (let k = v.offsets[id]!; k < v.offsets[id + 1]!; k++) {
      const p = v.postings[v.ids[k]!]!;
      if (p.length > maxDf) continue;
      for (const o of p) if (o !== id) out.add(o);
    }
    return out;
  }
}

export class UnionFind {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(x: number): number {
    while (this.parent[x] !== x) {
      this.parent[x] = this.parent[this.parent[x]!]!;
      x = this.parent[x]!;
    }
    return x;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  groups(): number[][] {
    const m = new Map<number, number[]>();
    for (let i = 0; i < this.parent.length; i++) {
      const r = this.find(i);
      const g = m.get(r);
      if (g) g.push(i);
      else m.set(r, [i]);
    }
    return [...m.values()];
  }
}

/**
 * Joins the pairs in order, except where the two groups would then hold one item twice (one sentence on two sides of
 * a disagreement); `itemsOf` gives a lone node's items. Whether each pair stood in one group once it was met.
 */
export function joinApart(uf: UnionFind, pairs: readonly (readonly [number, number])[], itemsOf: (node: number) => Set<number>): boolean[] {
  const held = new Map<number, Set<number>>();
  const items = (root: number) => held.get(root) ?? itemsOf(root);
  return pairs.map(([a, b]) => {
    const [ra, rb] = [uf.find(a), uf.find(b)];
    if (ra === rb) return true;
    const [sa, sb] = [items(ra), items(rb)];
    for (const x of sa) if (sb.has(x)) return false;
    uf.union(ra, rb);
    held.set(uf.find(ra), new Set([...sa, ...sb]));
    return true;
  });
}

/** A short stable id for a key (FNV-1a, 32 bits, base 36). */
export function stableId(prefix: string, key: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${prefix}-${h.toString(36).padStart(7, '0')}`;
}
