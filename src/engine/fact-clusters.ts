/**
 * One fact across outlets: sentences that state the same thing in other words, grouped around the sentence most like
 * the others (a star, not a chain, so "A like B like C" never joins A to an unrelated C). Similarity is the IDF-weighted
 * cosine of content terms after folding spellings (Defence/Defense, organise/organize, accents), so rare shared names
 * and words carry the match and common ones barely count. Two sentences that give different values for the same kind
 * of counted thing are never one fact. Each fact keeps one sentence per outlet: the one closest to the fact.
 */
import type { Sentence } from './types.ts';
import { eventsCompatible } from './mentions.ts';
import { MONTHS, NUMBER_WORDS, WEEKDAYS } from './text/lexicon.ts';
import { termKey } from './text/stem.ts';
import { contentTerms } from './analyze.ts';

// Regular expressions with \p{…} outside brackets are rebuilt by tsx's transform wherever they are written, so the
// ones read per term live here, built once.
const MARKS = /\p{M}/gu;
const LETTER_FIRST = /^\p{L}/u;

/** A spelling-insensitive form of a term key: accents dropped, British and American endings met. */
export function foldTerm(t: string): string {
  let w = t.normalize('NFD').replace(MARKS, '');
  if (/^(?:[~#@%]|[dy]\d)/.test(w)) return w;
  w = w
    .replace(/enc(e?)$/, 'ens$1')
    .replace(/our$/, 'or')
    .replace(/is(e|ed|es|ing|at|ation)?$/, (m, e) => (w.length > 5 ? `iz${e ?? ''}` : m))
    .replace(/tre$/, 'ter')
    .replace(/ogue$/, 'og')
    .replace(/ll(ed|ing|er)$/, 'l$1');
  return w.replace(/-/g, '');
}

/**
 * Terms a sentence's similarity is computed over: its content terms, folded; two neighbouring words that another
 * sentence writes as one ("cyber security", "cybersecurity") also count as that one word.
 */
function factTerms(terms: FactInput['terms']): string[][] {
  // A large corpus repeats a much smaller vocabulary: each distinct term is folded once.
  const folds = new Map<string, string>();
  const fold = (t: string) => {
    let f = folds.get(t);
    if (f === undefined) folds.set(t, (f = foldTerm(t)));
    return f;
  };
  const folded = terms.map((t) => t.map(fold));
  const vocabulary = new Set(folded.flat());
  return folded.map((terms) => {
    const out = new Set(terms);
    for (let i = 0; i + 1 < terms.length; i++) {
      if (!LETTER_FIRST.test(terms[i]!)) continue;
      const joined = `${terms[i]}${terms[i + 1]}`;
      if (vocabulary.has(joined)) out.add(joined);
    }
    return [...out];
  });
}

/** What a sentence counts: each counted value with its class and event. */
type Counted = { value: number; unitClass: string; event: string | null }[];

function countedValues(s: Sentence): Counted {
  return s.quantities.filter((q) => q.unitClass).map((q) => ({ value: q.value, unitClass: q.unitClass!, event: q.event }));
}

/**
 * Whether two sentences give different values for the same counted thing and share none: "5,000 flights cancelled"
 * and "2,310 flights cancelled" are two claims (and a disagreement), not one fact in two words. A count with no verb
 * ("62 residents") is the same thing as one with a verb when the class matches.
 */
export function contradictsCounts(a: Counted, b: Counted): boolean {
  let sameKind = false;
  for (const x of a) {
    for (const y of b) {
      if (x.unitClass !== y.unitClass || !eventsCompatible(x.event, y.event)) continue;
      if (x.value === y.value) return false;
      sameKind = true;
    }
  }
  return sameKind;
}

const DURATION_TERMS = new Set(['day', 'hour', 'week', 'month', 'year', 'minut']);
const TIMES_OF_DAY = new Set(['morn', 'even', 'night', 'midnight', 'noon', 'midday', 'afternoon', 'today', 'yesterday', 'tonight']);
const MONTH_TERMS = new Set(Object.keys(MONTHS).map((m) => foldTerm(termKey(m))));

/** A term that can tell one claim from another: a word, a time of day, a code, or a number too large to be chance. */
function telling(t: string): boolean {
  // "seven days", "three hours": a small number and its unit are shared by chance, like digits below 20; so is the
  // day or the time of day ("on Sunday", "at midnight"), which a running story repeats in many claims; and so is a
  // date ("March 3, 2029" gives a month, a year and a day term), which background lines of many claims repeat.
  if (t in NUMBER_WORDS || DURATION_TERMS.has(t) || WEEKDAYS.has(t) || TIMES_OF_DAY.has(t) || MONTH_TERMS.has(t) || /^[dy]\d/.test(t)) return false;
  if (LETTER_FIRST.test(t) || t.startsWith('@') || t.startsWith('%')) return true;
  const v = t.startsWith('#') ? Number(t.slice(1)) : NaN;
  return v >= 20 || (v > 0 && !Number.isInteger(v));
}

/**
 * A time of day to the minute ("at 10.35pm", not "at 9pm"): two outlets that give the same one name the same moment,
 * a claim in itself, so it counts as two shared telling terms.
 */
const exactTime = (t: string) => /^@\d\d:\d\d$/.test(t) && !t.endsWith(':00');

export interface FactCluster {
  /** The sentence the fact is centred on. */
  seed: number;
  /** One sentence per publisher, the seed first. */
  members: number[];
  /** Each member's similarity to the seed (the seed's own is 1). */
  sims: Map<number, number>;
  /** Mean similarity of the members to the seed. */
  cohesion: number;
}

export interface ClusterOptions {
  /** Least similarity for another outlet's sentence to join a seed's fact. */
  threshold?: number;
  /**
   * Most sentences one sentence is compared with. Candidates come from its rarest telling terms first, so a
   * story-sized corpus (a few thousand sentences) never reaches the cap and a large one stays near-linear.
   */
  candidates?: number;
}

/** Compared sentences per sentence: above what one story's coverage gives (the eval stories never reach it), low enough to keep 10,000 articles linear in time and memory. */
export const CANDIDATES = 200;

/**
 * The fact terms of every sentence as interned ids, with what similarity needs per term and per sentence in typed
 * arrays. Similarity sums the same weights in the same order as TermStats.similarity, so every score is identical.
 */
class FactVectors {
  /** Each sentence's distinct term ids, in first-occurrence order, all in one array. */
  readonly terms: Int32Array;
  readonly offsets: Int32Array;
  readonly df: Int32Array;
  readonly weight: Float64Array;
  readonly norms: Float64Array;
  /**
   * The sentences holding each term, all in one array (term t's run from postingStart[t]): one typed array per term
   * made hundreds of thousands of buffers on a large corpus, and the full collections they cost.
   */
  readonly postings: Int32Array;
  readonly postingStart: Int32Array;
  readonly vocabulary: string[] = [];
  /** Each term's id. */
  readonly idOf = new Map<string, number>();
  private readonly mark: Int32Array;
  private stamp = 0;

  constructor(docs: string[][]) {
    const ids = this.idOf;
    const flat: number[] = [];
    this.offsets = new Int32Array(docs.length + 1);
    docs.forEach((doc, d) => {
      for (const t of new Set(doc)) {
        let id = ids.get(t);
        if (id === undefined) {
          id = this.vocabulary.length;
          ids.set(t, id);
          this.vocabulary.push(t);
        }
        flat.push(id);
      }
      this.offsets[d + 1] = flat.length;
    });
    this.terms = Int32Array.from(flat);
    const v = this.vocabulary.length;
    this.df = new Int32Array(v);
    for (const id of this.terms) this.df[id]!++;
    this.weight = new Float64Array(v);
    for (let t = 0; t < v; t++) this.weight[t] = Math.log(1 + docs.length / this.df[t]!) ** 2;
    this.postingStart = new Int32Array(v + 1);
    for (let t = 0; t < v; t++) this.postingStart[t + 1] = this.postingStart[t]! + this.df[t]!;
    const fill = this.postingStart.slice(0, v);
    this.postings = new Int32Array(this.terms.length);
    this.norms = new Float64Array(docs.length);
    for (let d = 0; d < docs.length; d++) {
      let sum = 0;
      for (let k = this.offsets[d]!; k < this.offsets[d + 1]!; k++) {
        const t = this.terms[k]!;
        this.postings[fill[t]!++] = d;
        sum += this.weight[t]!;
      }
      this.norms[d] = Math.sqrt(sum) || 1;
    }
    this.mark = new Int32Array(v);
    this.hit = new Int32Array(v);
  }

  size(d: number): number {
    return this.offsets[d + 1]! - this.offsets[d]!;
  }

  /** Whether term `t` is one of the focused sentence's. */
  inFocus(t: number): boolean {
    return this.mark[t] === this.stamp;
  }

  /** Whether term `t` is one of sentence `d`'s (a scan: for the few terms of a name). */
  holds(d: number, t: number): boolean {
    for (let k = this.offsets[d]!; k < this.offsets[d + 1]!; k++) if (this.terms[k] === t) return true;
    return false;
  }

  private focused = -1;
  /** The terms the last `compare` found shared, by term id (hit[t] === hitStamp): `refine` reads them in the focused sentence's order. */
  private readonly hit: Int32Array;
  private hitStamp = 0;
  private other = -1;
  /** Flagged terms the last `compare` found shared (the caller's rare telling terms). */
  shared = 0;
  /** Whether the last `compare` summed in the exact order; a rough one may be off in its last bits only. */
  exact = true;

  /** Marks a sentence's terms, so `compare` reads each other sentence's terms once. */
  focus(a: number): void {
    this.focused = a;
    const stamp = ++this.stamp;
    for (let k = this.offsets[a]!; k < this.offsets[a + 1]!; k++) this.mark[this.terms[k]!] = stamp;
  }

  /**
   * Cosine similarity of the focused sentence and `b`, summed over the smaller one's terms in its own order as
   * TermStats.similarity does, so the score is the same number; counts the shared terms `flags` marks. `rough` sums
   * in b's order whichever is smaller: the same terms added in another order, good for telling a score far from a
   * threshold (see `clearly`); `exact` says whether it is the same number anyway, and `refine` gives the exact one.
   */
  compare(b: number, flags?: Uint8Array, rough = false): number {
    const a = this.focused;
    const aFirst = this.size(a) <= this.size(b);
    this.exact = !aFirst;
    this.other = b;
    const stamp = this.stamp;
    const hitStamp = ++this.hitStamp;
    let dot = 0;
    let shared = 0;
    for (let k = this.offsets[b]!; k < this.offsets[b + 1]!; k++) {
      const t = this.terms[k]!;
      if (this.mark[t] !== stamp) continue;
      if (flags) shared += flags[t]!;
      dot += this.weight[t]!;
      if (aFirst) this.hit[t] = hitStamp;
    }
    this.shared = shared;
    return aFirst && !rough ? this.refine() : dot / (this.norms[a]! * this.norms[b]!);
  }

  /** The last `compare`'s score summed in the focused sentence's order, over the terms both sentences hold. */
  refine(): number {
    const a = this.focused;
    const b = this.other;
    let dot = 0;
    if (this.exact) {
      for (let k = this.offsets[b]!; k < this.offsets[b + 1]!; k++) if (this.mark[this.terms[k]!] === this.stamp) dot += this.weight[this.terms[k]!]!;
    } else {
      for (let k = this.offsets[a]!; k < this.offsets[a + 1]!; k++) if (this.hit[this.terms[k]!] === this.hitStamp) dot += this.weight[this.terms[k]!]!;
    }
    this.exact = true;
    return dot / (this.norms[a]! * this.norms[b]!);
  }
}

/**
 * Whether a rough score (see FactVectors.compare) is on the same side of `threshold` as the exact one: positive
 * weights summed in two orders differ by far less than a billionth of the sum.
 */
const clearly = (score: number, threshold: number) => Math.abs(score - threshold) > threshold * 1e-9;

/**
 * What clusterFacts reads of the sentences (by id), as plain arrays with repeated values interned: small to send to a
 * worker thread, which can then cluster the facts while this one works out the conflicts.
 */
export interface FactInput {
  terms: readonly (readonly string[])[];
  /** Each sentence's counts as an index into `countLists` (sentences giving the same counts share one), or -1. */
  countOf: Int32Array;
  countLists: Counted[];
  publisher: Int32Array;
  publishers: number;
  /** Each sentence's speaker's key as an id, or -1. */
  speaker: Int32Array;
  /** Each sentence's speaker as named and shown ("display surface") as an index into `speakerNames`, or -1. */
  nameOf: Int32Array;
  speakerNames: string[];
}

/** Interns `key(x)` to an id in first-met order. */
function interner<T>(into: T[], key: (x: T) => string): (x: T) => number {
  const ids = new Map<string, number>();
  return (x) => {
    const k = key(x);
    let id = ids.get(k);
    if (id === undefined) {
      ids.set(k, (id = into.length));
      into.push(x);
    }
    return id;
  };
}

export function factInput(sentences: readonly Sentence[]): FactInput {
  // Sentences giving the same counts share an id, and whether two ids contradict is worked out once: a large
  // corpus repeats a few thousand count lists across tens of millions of compared pairs.
  const countLists: Counted[] = [];
  const countId = interner(countLists, (c) => c.map((x) => `${x.value} ${JSON.stringify(x.unitClass)} ${JSON.stringify(x.event)}`).join(';'));
  const publishers: string[] = [];
  const publisherId = interner(publishers, (p) => p);
  const speakers: string[] = [];
  const speakerId = interner(speakers, (k) => k);
  const speakerNames: string[] = [];
  const nameId = interner(speakerNames, (n) => n);
  const countOf = new Int32Array(sentences.length);
  const publisher = new Int32Array(sentences.length);
  const speaker = new Int32Array(sentences.length);
  const nameOf = new Int32Array(sentences.length);
  sentences.forEach((s, id) => {
    const c = countedValues(s);
    countOf[id] = c.length === 0 ? -1 : countId(c);
    publisher[id] = publisherId(s.publisher);
    const a = s.attribution;
    speaker[id] = a?.key ? speakerId(a.key) : -1;
    nameOf[id] = a ? nameId(`${a.display} ${a.surface}`) : -1;
  });
  return { terms: sentences.map((s) => s.terms), countOf, countLists, publisher, publishers: publishers.length, speaker, nameOf, speakerNames };
}

/**
 * Groups sentences into facts across publishers. Every sentence proposes a fact: itself plus, from each other
 * publisher, its most similar sentence above the threshold. Proposals backed by more publishers and with closer
 * wording are taken first; one is dropped when its seed already sits in a taken fact or half its sentences do.
 */
export function clusterFacts(sentences: readonly Sentence[], opts: ClusterOptions = {}): FactCluster[] {
  return clusterFactInput(factInput(sentences), opts);
}

/** clusterFacts over the sentences as factInput gives them. */
export function clusterFactInput(input: FactInput, opts: ClusterOptions = {}): FactCluster[] {
  const threshold = opts.threshold ?? 0.2;
  const budget = opts.candidates ?? CANDIDATES;
  const strong = threshold * 1.75;
  const count = input.terms.length;
  const vectors = new FactVectors(factTerms(input.terms));
  const { countOf, countLists, publisher, speaker } = input;
  // A table when it is small (a few thousand lists: 1 byte a pair, 0 for not yet known), else a map.
  const lists = countLists.length;
  const table = lists * lists <= 1 << 24 ? new Uint8Array(lists * lists) : null;
  const contradictions = new Map<number, boolean>();
  const contradicts = (a: number, b: number): boolean => {
    const k = a * lists + b;
    if (table) {
      if (table[k] === 0) table[k] = contradictsCounts(countLists[a]!, countLists[b]!) ? 2 : 1;
      return table[k] === 2;
    }
    let r = contradictions.get(k);
    if (r === undefined) contradictions.set(k, (r = contradictsCounts(countLists[a]!, countLists[b]!)));
    return r;
  };
  // Two sentences are compared only when they share a rare telling term: one is a topic, two are a claim.
  const rare = Math.max(3, count * 0.08);
  const rareTelling = Uint8Array.from(vectors.vocabulary, (t, id) => (vectors.df[id]! <= rare && telling(t) ? (exactTime(t) ? 2 : 1) : 0));
  // Two outlets quoting one speaker with the same rare words (besides the speaker's name) report one claim even when
  // the rest of their sentences differ ("stressed again it had not been sabotage", "stressing it was not sabotage"),
  // so the bar for them is half the usual one, counting no word of the speaker's name or title as shared.
  /**
   * The distinct ids of the terms of a sentence's speaker's name and titles. Read once per way a source is named (many
   * pairs of a large corpus share one speaker) and kept per sentence too, as one sentence meets millions of pairs; a
   * name term no sentence holds cannot be shared and is left out.
   */
  const nameTerms: (Int32Array | undefined)[] = [];
  const namedByOf: (Int32Array | undefined)[] = [];
  const namedBy = (d: number): Int32Array => (namedByOf[d] ??= nameTermsOf(input.nameOf[d]!));
  const nameTermsOf = (name: number): Int32Array => {
    let ids = nameTerms[name];
    if (!ids) {
      const known = new Set<number>();
      for (const t of contentTerms(input.speakerNames[name]!.split(/\s+/)).map(foldTerm)) {
        const id = vectors.idOf.get(t);
        if (id !== undefined) known.add(id);
      }
      nameTerms[name] = ids = Int32Array.from(known);
    }
    return ids;
  };
  /**
   * How many terms of the speakers' names and titles both sentences hold (`a` is the focused one): a speaker shared
   * is not a claim shared. Counted over the few name terms rather than over sets of both sentences' terms.
   */
  const sharedNameTerms = (a: number, b: number): number => {
    const na = namedBy(a);
    const nb = namedBy(b);
    let n = 0;
    for (const t of na) if (vectors.inFocus(t) && vectors.holds(b, t)) n++;
    for (const t of nb) if (!na.includes(t) && vectors.inFocus(t) && vectors.holds(b, t)) n++;
    return n;
  };
  const seen = new Int32Array(count).fill(-1);
  // Each sentence's best match per publisher, kept flat (publisher, sentence, similarity; sorted by publisher) so
  // a large corpus holds no object per pair.
  const best = { publisher: new IntPool(), id: new IntPool(), sim: new FloatPool() };
  const bestStart = new Int32Array(count + 1);
  const bestId = new Int32Array(input.publishers);
  const bestSim = new Float64Array(input.publishers);
  const bestStamp = new Int32Array(input.publishers).fill(-1);
  // Scratch space reused for every sentence: a large corpus allocates nothing per sentence here.
  // Terms ranked once, rarest first (ties by id), so each sentence's terms sort as plain numbers.
  const rank = new Int32Array(vectors.vocabulary.length);
  Int32Array.from(vectors.vocabulary.keys())
    .sort((x, y) => vectors.df[x]! - vectors.df[y]! || x - y)
    .forEach((t, r) => (rank[t] = r));
  const byRank = Int32Array.from(rank.keys());
  for (let t = 0; t < rank.length; t++) byRank[rank[t]!] = t;
  let longest = 0;
  for (let id = 0; id < count; id++) longest = Math.max(longest, vectors.size(id));
  const own = new Int32Array(longest);
  const candidates = new Int32Array(Math.min(budget, count));
  const touched = new Int32Array(input.publishers);
  for (let id = 0; id < count; id++) {
    let touchedN = 0;
    let ownN = 0;
    vectors.focus(id);
    for (let k = vectors.offsets[id]!; k < vectors.offsets[id + 1]!; k++) if (rareTelling[vectors.terms[k]!]) own[ownN++] = rank[vectors.terms[k]!]!;
    // Rarest terms first: when the cap is reached, the sentences left out share only commoner words.
    own.subarray(0, ownN).sort();
    let candidatesN = 0;
    seen[id] = id;
    fill: for (let r = 0; r < ownN; r++) {
      const t = byRank[own[r]!]!;
      for (let k = vectors.postingStart[t]!; k < vectors.postingStart[t + 1]!; k++) {
        const o = vectors.postings[k]!;
        if (seen[o] === id) continue;
        if (candidatesN === budget) break fill;
        seen[o] = id;
        candidates[candidatesN++] = o;
      }
    }
    for (let c = 0; c < candidatesN; c++) {
      const o = candidates[c]!;
      if (publisher[o] === publisher[id]) continue;
      if (countOf[o]! >= 0 && countOf[id]! >= 0 && contradicts(countOf[id]!, countOf[o]!)) continue;
      // Most candidates fall well short of the threshold; only a score kept or near it needs the exact sum.
      let sim = vectors.compare(o, rareTelling, true);
      let shared = vectors.shared;
      const sameSpeaker = speaker[id]! >= 0 && speaker[id] === speaker[o];
      const bar = sameSpeaker ? threshold / 2 : threshold;
      if (sim < bar && clearly(sim, bar)) continue;
      if (!vectors.exact) sim = vectors.refine();
      if (sim < bar) continue;
      if (sameSpeaker && sim < threshold) shared -= sharedNameTerms(id, o);
      if (shared < 2 && !(shared === 1 && sim >= threshold * 1.75)) continue;
      const p = publisher[o]!;
      if (bestStamp[p] !== id) {
        bestStamp[p] = id;
        touched[touchedN++] = p;
      } else if (!(sim > bestSim[p]! || (sim === bestSim[p] && o < bestId[p]!))) continue;
      bestId[p] = o;
      bestSim[p] = sim;
    }
    for (const p of touched.subarray(0, touchedN).sort()) {
      best.publisher.push(p);
      best.id.push(bestId[p]!);
      best.sim.push(bestSim[p]!);
    }
    bestStart[id + 1] = best.id.length;
  }
  /** The sentence `of` matched best in publisher `p`, or -1. */
  const bestIn = (of: number, p: number): number => {
    let lo = bestStart[of]!;
    let hi = bestStart[of + 1]! - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const q = best.publisher.at(mid);
      if (q === p) return best.id.at(mid);
      if (q < p) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  };
  // Proposals kept flat too: their members and similarities in pools, a cluster object only for those taken.
  const proposal = { seed: [] as number[], start: [] as number[], cohesion: [] as number[] };
  const members = new IntPool();
  const sims = new FloatPool();
  /**
   * Whether `of` matches `other` on another part of `of` than its closest sentence in other's outlet does: a long
   * sentence states several things ("the jet from Tarnby, with 140 aboard, hit a wall"), and that outlet's sentence
   * sharing its count is no rival of one sharing its route. True when the two share at least two rare telling terms
   * besides their speakers' names (a speaker shared is not a part shared) and that closest sentence holds none of them.
   */
  // `other` is the focused sentence, and `rival` of's best match in other's outlet (-1: none). Millions of calls on
  // a large corpus: `of`'s terms are read against the focus rather than marked each time, which gives the same
  // answer, as it does not depend on the order the shared terms are met in.
  const anotherPart = (of: number, other: number, rival: number): boolean => {
    if (rival < 0) return false;
    const isName = (t: number) => (speaker[of]! >= 0 && namedBy(of).includes(t)) || (speaker[other]! >= 0 && namedBy(other).includes(t));
    let shared = 0;
    for (let k = vectors.offsets[of]!; k < vectors.offsets[of + 1]!; k++) {
      const t = vectors.terms[k]!;
      if (!rareTelling[t] || !vectors.inFocus(t) || isName(t)) continue;
      if (vectors.holds(rival, t)) return false;
      shared += rareTelling[t]!;
    }
    return shared >= 2;
  };
  const picked = new Int32Array(input.publishers);
  const keep = new Uint8Array(input.publishers);
  const simOf = new Float64Array(count);
  for (let seed = 0; seed < count; seed++) {
    // A weak match holds only when it is mutual (each is the other's closest sentence in its outlet), or when the
    // other's closest sentence here matches another part of it.
    let n = 0;
    vectors.focus(seed);
    for (let k = bestStart[seed]!; k < bestStart[seed + 1]!; k++) {
      const id = best.id.at(k);
      const sim = best.sim.at(k);
      if (sim >= strong) {
        picked[n++] = id;
        simOf[id] = sim;
        continue;
      }
      const rival = bestIn(id, publisher[seed]!);
      if (rival === seed || anotherPart(id, seed, rival)) {
        picked[n++] = id;
        simOf[id] = sim;
      }
    }
    picked.subarray(0, n).sort();
    // A long sentence states several things; its fact is the one the other outlets' sentences also share among
    // themselves, so a member like none of the others is matching another part of the seed.
    if (n >= 2) {
      keep.fill(0, 0, n);
      for (let i = 0; i < n; i++) {
        // Already known: a sentence of another size found this one close, and between sentences of different
        // sizes the score is the same number both ways (summed over the smaller one's terms in its order).
        if (keep[i]) continue;
        vectors.focus(picked[i]!);
        // Those after i first: one found close is then known too, and is not focused in turn. Whether a member is
        // kept does not depend on which close one is found first.
        for (let step = 1; step < n; step++) {
          const j = (i + step) % n;
          const sim = vectors.compare(picked[j]!, undefined, true);
          if ((vectors.exact || clearly(sim, threshold / 2) ? sim : vectors.refine()) >= threshold / 2) {
            keep[i] = 1;
            // Of the same size, j focused sums in j's order, as the rough score just did: the same number.
            if (vectors.size(picked[i]!) !== vectors.size(picked[j]!) || sim >= threshold / 2) keep[j] = 1;
            break;
          }
        }
      }
      let kept = 0;
      for (let i = 0; i < n; i++) if (keep[i]) picked[kept++] = picked[i]!;
      n = kept;
    }
    if (n === 0) continue;
    proposal.seed.push(seed);
    proposal.start.push(members.length);
    let total = 0;
    for (let i = 0; i < n; i++) total += simOf[picked[i]!]!;
    proposal.cohesion.push(total / n);
    members.push(seed);
    sims.push(1);
    for (let i = 0; i < n; i++) {
      members.push(picked[i]!);
      sims.push(simOf[picked[i]!]!);
    }
  }
  proposal.start.push(members.length);
  const size = (i: number) => proposal.start[i + 1]! - proposal.start[i]!;
  const order = proposal.seed.map((_, i) => i).sort((a, b) => size(b) - size(a) || proposal.cohesion[b]! - proposal.cohesion[a]! || proposal.seed[a]! - proposal.seed[b]!);
  const used = new Set<number>();
  const out: FactCluster[] = [];
  for (const i of order) {
    if (used.has(proposal.seed[i]!)) continue;
    const ids: number[] = [];
    for (let k = proposal.start[i]!; k < proposal.start[i + 1]!; k++) ids.push(members.at(k));
    const fresh = ids.filter((m) => !used.has(m)).length;
    if (fresh * 2 < ids.length) continue;
    const simOf = new Map<number, number>();
    for (let k = proposal.start[i]!; k < proposal.start[i + 1]!; k++) simOf.set(members.at(k), sims.at(k));
    out.push({ seed: proposal.seed[i]!, members: ids, sims: simOf, cohesion: proposal.cohesion[i]! });
    for (const m of ids) used.add(m);
  }
  return out;
}

/**
 * Growable typed arrays, one class per element type: one class serving both made every push and read a polymorphic
 * element access, a tenth of the clustering's time on a large corpus.
 */
class IntPool {
  private data = new Int32Array(1024);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
  at(i: number): number {
    return this.data[i]!;
  }
}

class FloatPool {
  private data = new Float64Array(1024);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Float64Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
  at(i: number): number {
    return this.data[i]!;
  }
}
