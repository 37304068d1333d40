/** IDF-weighted cosine over sentence term sets, and a small union-find for clustering. */

export class TermStats {
  readonly df = new Map<string, number>();
  readonly postings = new Map<string, number[]>();
  private readonly norms: number[] = [];
  private readonly idfs = new Map<string, number>();
  /** Each document's distinct terms, built once: similarity and answer scoring look terms up many times. */
  readonly sets: Set<string>[];
  constructor(private readonly docs: string[][]) {
    this.sets = docs.map((terms) => new Set(terms));
    this.sets.forEach((terms, id) => {
      for (const t of terms) {
        const p = this.postings.get(t);
        if (p) p.push(id);
        else this.postings.set(t, [id]);
      }
    });
    // Document frequencies and idfs once per distinct term rather than once per occurrence (the same values idf() gives).
    for (const [t, p] of this.postings) {
      this.df.set(t, p.length);
      this.idfs.set(t, Math.log(1 + docs.length / p.length));
    }
    for (const terms of this.sets) {
      let sum = 0;
      for (const t of terms) sum += this.idfs.get(t)! ** 2;
      this.norms.push(Math.sqrt(sum) || 1);
    }
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

  /** Cosine similarity of two documents by id. */
  similarity(a: number, b: number): number {
    const [small, large] = this.sets[a]!.size <= this.sets[b]!.size ? [this.sets[a]!, this.sets[b]!] : [this.sets[b]!, this.sets[a]!];
    let dot = 0;
    for (const t of small) if (large.has(t)) dot += this.idf(t) ** 2;
    return dot / (this.norms[a]! * this.norms[b]!);
  }

  /** Cosine similarity of an arbitrary term list against a document. */
  similarityTo(terms: string[], doc: number): number {
    const td = this.sets[doc]!;
    let dot = 0;
    let norm = 0;
    for (const t of new Set(terms)) {
      const w = this.idf(t) ** 2;
      norm += w;
      if (td.has(t)) dot += w;
    }
    return norm === 0 ? 0 : dot / (Math.sqrt(norm) * this.norms[doc]!);
  }

  /**
   * Documents sharing at least one reasonably rare term with `id`: the candidates worth comparing, so clustering
   * stays near-linear instead of comparing every pair.
   */
  neighbours(id: number, maxDf = 60): Set<number> {
    const out = new Set<number>();
    for (const t of this.sets[id]!) {
      const p = this.postings.get(t)!;
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

/** A short stable id for a key (FNV-1a, 32 bits, base 36). */
export function stableId(prefix: string, key: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${prefix}-${h.toString(36).padStart(7, '0')}`;
}
