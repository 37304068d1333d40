/**
 * Numeric mentions across the corpus and their clusters: the same value, counting the same kind of thing, for the
 * same event. A cluster is one numeric claim however many outlets and sentences state it.
 */
import type { Quantity, Sentence } from './types.ts';
import { TermStats, UnionFind } from './similarity.ts';

export interface Mention {
  sentence: number;
  q: Quantity;
  unitClass: string;
}

const RELEASE_LIKE = new Set(['release', 'exchange']);

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
  const byKey = new Map<string, number[]>();
  mentions.forEach((m, i) => {
    const k = `${m.q.value}|${m.unitClass}`;
    const list = byKey.get(k);
    if (list) list.push(i);
    else byKey.set(k, [i]);
  });
  const uf = new UnionFind(mentions.length);
  const rare = new Map<number, Set<string>>();
  const rareOf = (id: number) => {
    let r = rare.get(id);
    if (!r) rare.set(id, (r = rareNames(sentences[id]!, nameFrequency, sentences.length)));
    return r;
  };
  for (const list of byKey.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const a = mentions[list[x]!]!;
        const b = mentions[list[y]!]!;
        if (!eventsCompatible(a.q.event, b.q.event)) continue;
        if (a.sentence === b.sentence) {
          uf.union(list[x]!, list[y]!);
          continue;
        }
        const big = a.q.value >= 50;
        if (big || sharesAny(rareOf(a.sentence), rareOf(b.sentence)) || stats.similarity(a.sentence, b.sentence) >= 0.35) uf.union(list[x]!, list[y]!);
      }
    }
  }
  return uf.groups().map((g) => g.map((i) => mentions[i]!));
}
