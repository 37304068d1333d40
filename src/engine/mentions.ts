/**
 * Numeric mentions across the corpus and their clusters: the same value, counting the same kind of thing, for the
 * same event. A cluster is one numeric claim however many outlets and sentences state it.
 */
import type { Quantity, Sentence } from './types.ts';
import { TermStats, UnionFind } from './similarity.ts';
import { lemma } from './text/tokens.ts';
import { MONTHS, WEEKDAYS } from './text/lexicon.ts';

export interface Mention {
  sentence: number;
  q: Quantity;
  unitClass: string;
}

const RELEASE_LIKE = new Set(['release', 'exchange']);
const GENERIC_NOUNS = new Set(['people', 'person', 'persons', 'others', 'individuals', 'times', 'time', 'ones']);

/** Whether two event classes can describe the same happening ("released" and "swapped" can; "killed" and "freed" not). */
export function eventsCompatible(a: string | null, b: string | null): boolean {
  return a === null || b === null || a === b || (RELEASE_LIKE.has(a) && RELEASE_LIKE.has(b));
}

/** Capitalised words rare enough in the corpus to pin down one place or actor ("Port Alder", not "France"). */
export function rareNames(s: Sentence, nameFrequency: Map<string, number>, total: number): Set<string> {
  const limit = Math.max(3, Math.ceil(total * 0.04));
  const out = new Set<string>();
  s.names.forEach((n, i) => {
    // The first word of a sentence is capitalised by grammar, not because it is a name.
    if (i === 0 && s.text.trimStart().toLowerCase().startsWith(n)) return;
    // A month or a weekday dates a claim; it does not pin down a place or an actor.
    if (n in MONTHS || WEEKDAYS.has(n)) return;
    if ((nameFrequency.get(n) ?? 0) <= limit) out.add(n.replace(/['’]s$/, ''));
  });
  return out;
}

export function sharesAny(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

export function numericMentions(sentences: Sentence[]): Mention[] {
  const out: Mention[] = [];
  const classesByValue = new Map<number, Map<string, number>>();
  for (const s of sentences) {
    for (const q of s.quantities) {
      if (q.unitClass) {
        const m = classesByValue.get(q.value) ?? new Map<string, number>();
        m.set(q.unitClass, (m.get(q.unitClass) ?? 0) + 1);
        classesByValue.set(q.value, m);
      }
    }
  }
  const dominantClass = (value: number): string | null => {
    const m = classesByValue.get(value);
    if (!m) return null;
    const [first, second] = [...m.entries()].sort((a, b) => b[1] - a[1]);
    return !second || first![1] >= 2 * second[1] ? first![0] : null;
  };
  for (const s of sentences) {
    for (const q of s.quantities) {
      let unitClass = q.unitClass;
      // "the 50-for-50 deal" names no counted noun: it counts what that number counts elsewhere, if that is one thing.
      if (!unitClass) unitClass = dominantClass(q.value);
      if (unitClass) out.push({ sentence: s.id, q, unitClass });
    }
  }
  return out;
}

/** Groups mentions into claims. Large values are distinctive on their own; small ones need a shared context. */
export function clusterMentions(mentions: Mention[], sentences: Sentence[], stats: TermStats, nameFrequency: Map<string, number>): Mention[][] {
  const uf = new UnionFind(mentions.length);
  const rare = new Map<number, Set<string>>();
  const rareOf = (id: number) => {
    let r = rare.get(id);
    if (!r) rare.set(id, (r = rareNames(sentences[id]!, nameFrequency, sentences.length)));
    return r;
  };
  // Buckets of one value, one counted class and one event; a mention with no event joins its value's main event.
  const buckets = new Map<string, number[]>();
  const byValue = new Map<string, number[]>();
  mentions.forEach((m, i) => {
    const k = `${m.q.value}|${m.unitClass}`;
    (byValue.get(k) ?? byValue.set(k, []).get(k)!).push(i);
  });
  for (const [k, list] of byValue) {
    const events = new Map<string, number>();
    for (const i of list) {
      const e = eventGroup(mentions[i]!.q.event);
      if (e) events.set(e, (events.get(e) ?? 0) + 1);
    }
    const main = [...events.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
    for (const i of list) {
      const bk = `${k}|${eventGroup(mentions[i]!.q.event) ?? main}`;
      (buckets.get(bk) ?? buckets.set(bk, []).get(bk)!).push(i);
    }
  }
  for (const list of buckets.values()) {
    const big = mentions[list[0]!]!.q.value >= 50;
    // A small number of a specific kind ("three firefighters injured") is distinctive too; "two people" is not.
    const byNoun = new Map<string, number>();
    for (const i of list) {
      const unit = mentions[i]!.q.unit?.toLowerCase();
      if (!unit || mentions[i]!.q.inherited || GENERIC_NOUNS.has(unit) || !mentions[i]!.q.event) continue;
      const k = lemma(unit);
      const first = byNoun.get(k);
      if (first === undefined) byNoun.set(k, i);
      else uf.union(first, i);
    }
    const firstBySentence = new Map<number, number>();
    const firstByName = new Map<string, number>();
    list.forEach((i, n) => {
      const m = mentions[i]!;
      const same = firstBySentence.get(m.sentence);
      if (same !== undefined) uf.union(same, i);
      else firstBySentence.set(m.sentence, i);
      for (const name of rareOf(m.sentence)) {
        const other = firstByName.get(name);
        if (other !== undefined) uf.union(other, i);
        else firstByName.set(name, i);
      }
      // Similar wording links small numbers too; a bounded look-back keeps this linear.
      for (let p = Math.max(0, n - 30); p < n; p++) {
        const o = mentions[list[p]!]!;
        // A large value is distinctive: any shared context will do, but some is needed ("100 injured" in one
        // sentence and "100 injured" in an unrelated one are not the same claim).
        if (o.sentence !== m.sentence && stats.similarity(o.sentence, m.sentence) >= (big ? 0.1 : 0.35)) uf.union(list[p]!, i);
      }
    });
  }
  return uf.groups().map((g) => g.map((i) => mentions[i]!));
}

/** Event classes that describe the same happening share a group ("released" and "swapped"). */
function eventGroup(e: string | null): string | null {
  return e === null ? null : RELEASE_LIKE.has(e) ? 'release' : e;
}
