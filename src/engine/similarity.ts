/** IDF-weighted cosine over sentence term sets, and a small union-find for clustering. */

/** Each term's document frequency, read like a Map (get, has, entries in the order terms were first met). */
export interface DocFrequencies {
  get(term: string): number | undefined;
  has(term: string): boolean;
  [Symbol.iterator](): IterableIterator<[string, number]>;
}

/** Each term's postings, ascending document ids, read like a Map. */
export interface Postings {
  get(term: string): Int32Array | undefined;
}

/**
 * A TermStats as stored: its terms in id order and their postings (term t's documents at ids[offsets[t]] up to
 * ids[offsets[t + 1]]), documents added since the build included.
 */
export interface StoredTermStats {
  terms: string[];
  offsets: Int32Array;
  ids: Int32Array;
  /** The term ids in the order of their terms (as strings compare), so that reading them back builds no map. */
  byTerm: Int32Array;
}

/** Each term's id, as TermStats reads it: a map, or the stored terms looked up by binary search. */
interface TermIds {
  readonly size: number;
  get(term: string): number | undefined;
  has(term: string): boolean;
  set(term: string, id: number): unknown;
  keys(): Iterable<string>;
  [Symbol.iterator](): Iterator<[string, number]>;
}

/**
 * Term ids read back from a snapshot: the terms in id order and their ids in term order, looked up by binary search,
 * terms added since in a map. A map of every term (170,000 at 10,000 articles) was 7 MB made at every restart.
 */
class SortedTermIds implements TermIds {
  private readonly added = new Map<string, number>();
  constructor(
    private readonly terms: readonly string[],
    private readonly byTerm: Int32Array,
  ) {}

  get size(): number {
    return this.terms.length + this.added.size;
  }

  get(term: string): number | undefined {
    let lo = 0;
    let hi = this.byTerm.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const t = this.byTerm[mid]!;
      const x = this.terms[t]!;
      if (x === term) return t;
      if (x < term) lo = mid + 1;
      else hi = mid - 1;
    }
    return this.added.get(term);
  }

  has(term: string): boolean {
    return this.get(term) !== undefined;
  }

  set(term: string, id: number): this {
    this.added.set(term, id);
    return this;
  }

  *[Symbol.iterator](): IterableIterator<[string, number]> {
    for (let t = 0; t < this.terms.length; t++) yield [this.terms[t]!, t];
    yield* this.added;
  }

  *keys(): IterableIterator<string> {
    for (const [term] of this) yield term;
  }
}

/** Each document's terms by id: the lists themselves, or a function giving one when asked (an index read back). */
class DocTerms {
  private readonly added: string[][] = [];
  constructor(
    private readonly base: (id: number) => readonly string[],
    private readonly baseCount: number,
  ) {}

  get length(): number {
    return this.baseCount + this.added.length;
  }

  at(id: number): readonly string[] {
    return id < this.baseCount ? this.base(id) : this.added[id - this.baseCount]!;
  }

  push(terms: string[]): void {
    this.added.push(terms);
  }
}

export class TermStats {
  /**
   * Term ids in the order terms were first met, and the postings of all of them in one typed array (term t's ids at
   * ids[offsets[t]] up to ids[offsets[t + 1]]): a list per term was 27 MB at 10,000 articles, this is under half.
   * Documents added after the first build (extend) go to short lists of their own, appended to the term's postings.
   */
  private readonly termIds: TermIds;
  private offsets: Int32Array;
  private ids: Int32Array;
  private readonly more = new Map<number, number[]>();
  private idfs: Float64Array;

  readonly df: DocFrequencies = {
    get: (term) => {
      const t = this.termIds.get(term);
      return t === undefined ? undefined : this.dfOf(t);
    },
    has: (term) => this.termIds.has(term),
    [Symbol.iterator]: () => this.dfEntries(),
  };

  readonly postings: Postings = {
    get: (term) => {
      const t = this.termIds.get(term);
      return t === undefined ? undefined : this.postingsOf(t);
    },
  };

  /**
   * Each document's distinct terms and its norm, built on first use: building the index compares most documents,
   * but an index read back from its snapshot touches only those a question or the digest reaches.
   */
  private sets: (Set<string> | undefined)[];
  private norms: Float64Array;
  private readonly docs: DocTerms;
  /**
   * Over documents' term lists; or, read back from a snapshot, over the postings as stored with `count` documents
   * whose terms `termsOf` gives when asked (only documents a question or the digest reaches are asked for).
   */
  constructor(source: string[][] | { stored: StoredTermStats; count: number; termsOf: (id: number) => readonly string[] }) {
    if (!Array.isArray(source)) {
      const { stored, count, termsOf } = source;
      this.docs = new DocTerms(termsOf, count);
      this.sets = new Array(count).fill(undefined);
      this.norms = new Float64Array(count).fill(-1);
      this.termIds = new SortedTermIds(stored.terms, stored.byTerm);
      this.offsets = stored.offsets;
      this.ids = stored.ids;
      this.idfs = new Float64Array(stored.terms.length).fill(NaN);
      return;
    }
    const docs = source;
    this.termIds = new Map();
    this.docs = new DocTerms((id) => docs[id]!, docs.length);
    this.sets = new Array(docs.length).fill(undefined);
    this.norms = new Float64Array(docs.length).fill(-1);
    // Two passes: each term's count of documents, then its documents in order (a term repeated in a document once).
    const { termIds } = this;
    let last = new Int32Array(1024).fill(-1);
    let counts = new Int32Array(1024);
    for (let d = 0; d < docs.length; d++) {
      for (const term of docs[d]!) {
        let t = termIds.get(term);
        if (t === undefined) {
          termIds.set(term, (t = termIds.size));
          if (t === last.length) {
            const grown = new Int32Array(t * 2).fill(-1);
            grown.set(last);
            last = grown;
            const c = new Int32Array(t * 2);
            c.set(counts);
            counts = c;
          }
        }
        if (last[t] !== d) {
          last[t] = d;
          counts[t]!++;
        }
      }
    }
    const n = termIds.size;
    this.offsets = new Int32Array(n + 1);
    for (let t = 0; t < n; t++) this.offsets[t + 1] = this.offsets[t]! + counts[t]!;
    this.ids = new Int32Array(this.offsets[n]!);
    const fill = this.offsets.slice(0, n);
    last.fill(-1);
    for (let d = 0; d < docs.length; d++) {
      for (const term of docs[d]!) {
        const t = termIds.get(term)!;
        if (last[t] === d) continue;
        last[t] = d;
        this.ids[fill[t]!++] = d;
      }
    }
    this.idfs = new Float64Array(n).fill(NaN);
  }

  private dfOf(t: number): number {
    return this.offsets[t + 1]! - this.offsets[t]! + (this.more.get(t)?.length ?? 0);
  }

  private *dfEntries(): IterableIterator<[string, number]> {
    for (const [term, t] of this.termIds) yield [term, this.dfOf(t)];
  }

  /** Postings of terms documents were added to, joined when first asked for after the addition. */
  private joined = new Map<number, Int32Array>();

  /** Term t's postings: a view of the shared array, joined with the documents added since when there are any. */
  private postingsOf(t: number): Int32Array {
    const base = this.ids.subarray(this.offsets[t]!, this.offsets[t + 1]!);
    const added = this.more.get(t);
    if (!added) return base;
    let both = this.joined.get(t);
    if (!both) {
      both = new Int32Array(base.length + added.length);
      both.set(base);
      both.set(added, base.length);
      this.joined.set(t, both);
    }
    return both;
  }

  /** The statistics as stored: every term's postings in one array, documents added since the build joined in. */
  stored(): StoredTermStats {
    const terms = [...this.termIds.keys()];
    const offsets = new Int32Array(terms.length + 1);
    terms.forEach((_, t) => (offsets[t + 1] = offsets[t]! + this.dfOf(t)));
    const ids = new Int32Array(offsets[terms.length]!);
    terms.forEach((_, t) => ids.set(this.postingsOf(t), offsets[t]!));
    const byTerm = Int32Array.from(terms.keys()).sort((a, b) => (terms[a]! < terms[b]! ? -1 : terms[a]! > terms[b]! ? 1 : 0));
    return { terms, offsets, ids, byTerm };
  }

  /**
   * Adds documents after the last one, as a fresh TermStats over all of them would hold them: every idf and norm
   * changes with the count of documents, so those are forgotten and computed again as asked for. Takes the
   * statistics over: whoever held them before sees the new documents too.
   */
  extend(docs: string[][]): void {
    const from = this.docs.length;
    for (const d of docs) this.docs.push(d);
    for (let id = from; id < this.docs.length; id++) {
      for (const term of this.docs.at(id)) {
        let t = this.termIds.get(term);
        if (t === undefined) this.termIds.set(term, (t = this.termIds.size));
        const list = this.more.get(t);
        // Documents come in order, so a repeated term of this document is the list's last entry.
        if (!list) this.more.set(t, [id]);
        else if (list[list.length - 1] !== id) list.push(id);
      }
    }
    // New terms have no postings in the shared array: their offsets repeat its end.
    const n = this.termIds.size;
    if (this.offsets.length < n + 1) {
      const grown = new Int32Array(n + 1).fill(this.offsets[this.offsets.length - 1]!);
      grown.set(this.offsets);
      this.offsets = grown;
    }
    this.idfs = new Float64Array(n).fill(NaN);
    this.joined.clear();
    for (let i = 0; i < docs.length; i++) this.sets.push(undefined);
    this.norms = new Float64Array(this.docs.length).fill(-1);
    this.vectors = undefined;
  }

  /** A document's distinct terms. */
  terms(id: number): Set<string> {
    return (this.sets[id] ??= new Set(this.docs.at(id)));
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
    const t = this.termIds.get(term);
    // Only the corpus's own terms are kept; a question's unknown words are computed each time.
    if (t === undefined) return Math.log(1 + this.docs.length / 0.5);
    let v = this.idfs[t]!;
    if (Number.isNaN(v)) this.idfs[t] = v = Math.log(1 + this.docs.length / this.dfOf(t));
    return v;
  }

  /**
   * Every document's distinct terms as ids in first-occurrence order (the order of `terms(id)`), with each term's
   * squared idf: built on the first similarity asked for, which building the index asks millions of times and a
   * question never does.
   */
  private vectors?: { ids: Int32Array; offsets: Int32Array; weight: Float64Array; mark: Int32Array; stamp: number };

  private vectorsBuilt() {
    if (this.vectors) return this.vectors;
    const idOf = this.termIds;
    const weight = new Float64Array(idOf.size);
    for (const [term, t] of idOf) weight[t] = this.idf(term) ** 2;
    const offsets = new Int32Array(this.docs.length + 1);
    const seen = new Int32Array(idOf.size).fill(-1);
    let total = 0;
    for (let d = 0; d < this.docs.length; d++) total += this.docs.at(d).length;
    const ids = new Int32Array(total);
    let n = 0;
    for (let d = 0; d < this.docs.length; d++) {
      for (const t of this.docs.at(d)) {
        const id = idOf.get(t)!;
        if (seen[id] === d) continue;
        seen[id] = d;
        ids[n++] = id;
      }
      offsets[d + 1] = n;
    }
    return (this.vectors = { ids: ids.slice(0, n), offsets, weight, mark: new Int32Array(idOf.size), stamp: 0 });
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
    return this.similaritiesTo(terms, [doc])[0]!;
  }

  /**
   * similarityTo of one term list against each of `docs`, in order: the list's set and weights made once, not once per
   * document (the digest scores thousands of headlines against the same few sentences).
   */
  similaritiesTo(terms: readonly string[], docs: readonly number[]): number[] {
    const set = [...new Set(terms)];
    const weights = set.map((t) => this.idf(t) ** 2);
    let norm = 0;
    for (const w of weights) norm += w;
    return docs.map((doc) => {
      const td = this.terms(doc);
      let dot = 0;
      for (let i = 0; i < set.length; i++) if (td.has(set[i]!)) dot += weights[i]!;
      return norm === 0 ? 0 : dot / (Math.sqrt(norm) * this.norm(doc));
    });
  }

  /**
   * Documents sharing at least one reasonably rare term with `id`: the candidates worth comparing, so clustering
   * stays near-linear instead of comparing every pair.
   */
  neighbours(id: number, maxDf = 60): Set<number> {
    const v = this.vectorsBuilt();
    const out = new Set<number>();
    for (let k = v.offsets[id]!; k < v.offsets[id + 1]!; k++) {
      const t = v.ids[k]!;
      if (this.dfOf(t) > maxDf) continue;
      for (let j = this.offsets[t]!; j < this.offsets[t + 1]!; j++) if (this.ids[j] !== id) out.add(this.ids[j]!);
      for (const o of this.more.get(t) ?? []) if (o !== id) out.add(o);
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
 * a disagreement), or where each group has scopes (`scopesOf`: the places its figures are of) and they share none:
 * one place's toll and another's are not one figure, however a third figure with no place ties them. `itemsOf` and
 * `scopesOf` give a lone node's. Whether each pair stood in one group once it was met.
 */
export function joinApart(uf: UnionFind, pairs: readonly (readonly [number, number])[], itemsOf: (node: number) => Set<number>, scopesOf: (node: number) => Set<string> = () => NO_SCOPES): boolean[] {
  const held = new Map<number, Set<number>>();
  const scoped = new Map<number, Set<string>>();
  const items = (root: number) => held.get(root) ?? itemsOf(root);
  const scopes = (root: number) => scoped.get(root) ?? scopesOf(root);
  return pairs.map(([a, b]) => {
    const [ra, rb] = [uf.find(a), uf.find(b)];
    if (ra === rb) return true;
    const [sa, sb] = [items(ra), items(rb)];
    for (const x of sa) if (sb.has(x)) return false;
    const [pa, pb] = [scopes(ra), scopes(rb)];
    if (pa.size && pb.size && ![...pa].some((p) => pb.has(p))) return false;
    uf.union(ra, rb);
    held.set(uf.find(ra), new Set([...sa, ...sb]));
    scoped.set(uf.find(ra), new Set([...pa, ...pb]));
    return true;
  });
}
const NO_SCOPES: Set<string> = new Set();

/** A short stable id for a key (FNV-1a, 32 bits, base 36). */
export function stableId(prefix: string, key: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${prefix}-${h.toString(36).padStart(7, '0')}`;
}
