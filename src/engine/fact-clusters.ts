/**
 * One fact across outlets: sentences that state the same thing in other words, grouped around the sentence most like
 * the others (a star, not a chain, so "A like B like C" never joins A to an unrelated C). Similarity is the IDF-weighted
 * cosine of content terms after folding spellings (Defence/Defense, organise/organize, accents), so rare shared names
 * and words carry the match and common ones barely count. Two sentences that give different values for the same kind
 * of counted thing are never one fact. Each fact keeps one sentence per outlet: the one closest to the fact.
 */
import type { Sentence } from './types.ts';
import { TermStats } from './similarity.ts';
import { eventsCompatible } from './mentions.ts';

/** A spelling-insensitive form of a term key: accents dropped, British and American endings met. */
export function foldTerm(t: string): string {
  let w = t.normalize('NFD').replace(/\p{M}/gu, '');
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
function factTerms(sentences: Sentence[]): string[][] {
  const folded = sentences.map((s) => s.terms.map(foldTerm));
  const vocabulary = new Set(folded.flat());
  return folded.map((terms) => {
    const out = new Set(terms);
    for (let i = 0; i + 1 < terms.length; i++) {
      const joined = `${terms[i]}${terms[i + 1]}`;
      if (/^\p{L}/u.test(terms[i]!) && vocabulary.has(joined)) out.add(joined);
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
 * and "1,390 flights cancelled" are two claims (and a disagreement), not one fact in two words. A count with no verb
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

/** A term that can tell one claim from another: a word, a time of day, a code, or a number too large to be chance. */
function telling(t: string): boolean {
  if (/^\p{L}/u.test(t) || t.startsWith('@') || t.startsWith('%')) return true;
  const v = t.startsWith('#') ? Number(t.slice(1)) : NaN;
  return v >= 20 || (v > 0 && !Number.isInteger(v));
}

/** Rare telling terms two sentences share: one is a topic, two are a claim. */
function sharedRare(stats: TermStats, a: number, b: number, rare: number): number {
  let n = 0;
  for (const t of stats.sets[a]!) if (telling(t) && stats.sets[b]!.has(t) && (stats.df.get(t) ?? 0) <= rare) n++;
  return n;
}

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
}

/**
 * Groups sentences into facts across publishers. Every sentence proposes a fact: itself plus, from each other
 * publisher, its most similar sentence above the threshold. Proposals backed by more publishers and with closer
 * wording are taken first; one is dropped when its seed already sits in a taken fact or half its sentences do.
 */
export function clusterFacts(sentences: Sentence[], opts: ClusterOptions = {}): FactCluster[] {
  const threshold = opts.threshold ?? 0.2;
  const strong = threshold * 1.75;
  const stats = new TermStats(factTerms(sentences));
  const counts = sentences.map(countedValues);
  const rare = Math.max(3, sentences.length * 0.08);
  const bestOf: Map<string, { id: number; sim: number }>[] = [];
  for (const s of sentences) {
    const best = new Map<string, { id: number; sim: number }>();
    for (const o of stats.neighbours(s.id, Math.max(60, Math.ceil(sentences.length * 0.15)))) {
      const other = sentences[o]!;
      if (other.publisher === s.publisher) continue;
      if (contradictsCounts(counts[s.id]!, counts[o]!)) continue;
      const sim = stats.similarity(s.id, o);
      if (sim < threshold) continue;
      const shared = sharedRare(stats, s.id, o, rare);
      if (shared < 2 && !(shared === 1 && sim >= threshold * 1.75)) continue;
      const cur = best.get(other.publisher);
      if (!cur || sim > cur.sim || (sim === cur.sim && o < cur.id)) best.set(other.publisher, { id: o, sim });
    }
    bestOf.push(best);
  }
  const proposals: FactCluster[] = [];
  for (const s of sentences) {
    // A weak match holds only when it is mutual: each is the other's closest sentence in its outlet.
    let picked = [...bestOf[s.id]!.values()].filter((b) => b.sim >= strong || bestOf[b.id]!.get(s.publisher)?.id === s.id).sort((a, b) => a.id - b.id);
    // A long sentence states several things; its fact is the one the other outlets' sentences also share among
    // themselves, so a member like none of the others is matching another part of the seed.
    if (picked.length >= 2) picked = picked.filter((b) => picked.some((o) => o.id !== b.id && stats.similarity(b.id, o.id) >= threshold / 2));
    if (picked.length === 0) continue;
    proposals.push({ seed: s.id, members: [s.id, ...picked.map((p) => p.id)], sims: new Map([[s.id, 1], ...picked.map((p): [number, number] => [p.id, p.sim])]), cohesion: picked.reduce((a, p) => a + p.sim, 0) / picked.length });
  }
  proposals.sort((a, b) => b.members.length - a.members.length || b.cohesion - a.cohesion || a.seed - b.seed);
  const used = new Set<number>();
  const out: FactCluster[] = [];
  for (const p of proposals) {
    if (used.has(p.seed)) continue;
    const fresh = p.members.filter((m) => !used.has(m)).length;
    if (fresh * 2 < p.members.length) continue;
    out.push(p);
    for (const m of p.members) used.add(m);
  }
  return out;
}
