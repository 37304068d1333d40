/**
 * The speaker table when articles are added at the end of the corpus, worked out from their attributions alone, as
 * buildSpeakerTable would give it over every attribution. A key first met in the new articles comes last in the
 * order keys are met in, so the merges it can take part in are few and can be checked one by one.
 */
import type { RawAttribution } from './attribution.ts';
import { countedSurface, displayOf, editDistanceAtMost1, speakerKey, type SpeakerTable } from './speakers.ts';

type Info = { display: string; kind: RawAttribution['kind'] };

export interface SpeakerGrowth {
  /** Keys first met in the new articles, in the order met, with their canonical key. */
  canonical: [string, string][];
  /** Sources whose display name or kind is new or changed. */
  info: [string, Info][];
  /** Sources already in the table whose display name or kind changed: their attributions must be shown anew. */
  changed: string[];
}

const P = 'p'.charCodeAt(0);
const X = 'x'.charCodeAt(0);
const O = 'o'.charCodeAt(0);
/** A key's name's first two and last two letters, as one number each. */
const startCode = (k: string) => k.charCodeAt(2) * 65536 + k.charCodeAt(3);
const endCode = (k: string) => k.charCodeAt(k.length - 2) * 65536 + k.charCodeAt(k.length - 1);
const isPersonish = (k: string) => (k.startsWith('p:') || k.startsWith('x:')) && k.length - 2 >= 5;
const partsOf = (k: string) => k.slice(2).split('|');

/**
 * Whether two keys' names (past their "p:" or "x:") are one edit apart. Two such names of five letters or more share
 * their first two or their last two letters, which rules out most pairs before any string is cut.
 */
function near(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  const sameStart = a.charCodeAt(2) === b.charCodeAt(2) && a.charCodeAt(3) === b.charCodeAt(3);
  const sameEnd = a.charCodeAt(a.length - 1) === b.charCodeAt(b.length - 1) && a.charCodeAt(a.length - 2) === b.charCodeAt(b.length - 2);
  return (sameStart || sameEnd) && editDistanceAtMost1(a.slice(2), b.slice(2));
}

/** The kind buildSpeakerTable gives a source, which its canonical key's prefix decides (the raw keys merged into it share it or are people's). */
const kindOf = (c: string): RawAttribution['kind'] => (c.startsWith('p:') || c.startsWith('t:') ? 'person' : c.startsWith('o:') ? 'organization' : 'other');

/**
 * What adding `added` (the new articles' attributions, in order) changes in `table`; null when a source already in
 * the table would merge differently (a new surname one letter from a lone one, a new body's name holding an old
 * one's), which only a full build settles. `countsOf(c)` counts the spellings (countedSurface) of the attributions
 * already made to source `c`, in a map of its own.
 */
export function growSpeakerTable(table: SpeakerTable, added: RawAttribution[], countsOf: (c: string) => Map<string, number>): SpeakerGrowth | null {
  const keys = added.map((a) => speakerKey(a.surface, a.kind));
  const fresh = [...new Set(keys)].filter((k) => !table.canonical.has(k));
  // One pass over the old keys (tens of thousands on a large corpus), keeping only those a new key can meet: a name
  // one letter from another shares its first two or its last two letters (see near), and a body's name containing or
  // contained in another shares a word with it.
  const personish = fresh.filter(isPersonish);
  const starts = new Set(personish.map(startCode));
  const ends = new Set(personish.map(endCode));
  const words = new Set(fresh.filter((k) => k.startsWith('o:')).flatMap(partsOf));
  const lone: string[] = [];
  const persons: string[] = [];
  const orgs: { key: string; parts: string[] }[] = [];
  table.canonical.forEach((c, o) => {
    const kind = o.charCodeAt(0);
    if ((kind === P || kind === X) && o.length - 2 >= 5 && (starts.has(startCode(o)) || ends.has(endCode(o)))) {
      if (c === o) lone.push(o);
      if (kind === P) persons.push(o);
    } else if (kind === O && words.size) {
      const parts = partsOf(o);
      if (parts.some((w) => words.has(w))) orgs.push({ key: o, parts });
    }
  });
  for (const k of fresh) {
    // An old key with no match of its own would take a new person's surname as its match.
    if (k.startsWith('p:') && isPersonish(k) && lone.some((o) => near(k, o) && (o.startsWith('x:') || k < o))) return null;
    // An old body's name contained in a new one gains a superset, and with it maybe a canonical key or its loss.
    if (k.startsWith('o:')) {
      const mine = partsOf(k);
      if (orgs.some((o) => o.parts.every((p) => mine.includes(p)))) return null;
    }
  }
  for (const k of fresh) {
    if (k.startsWith('p:') && k.length - 2 >= 5) persons.push(k);
    if (k.startsWith('o:')) orgs.push({ key: k, parts: partsOf(k) });
  }
  const canonical = new Map<string, string>();
  for (const k of fresh) {
    let c = k;
    if (isPersonish(k)) {
      // The first person met whose surname is one letter away, as buildSpeakerTable's buckets find it.
      c = persons.find((p) => p !== k && near(p, k) && (k.startsWith('x:') || p < k)) ?? k;
    } else if (k.startsWith('o:')) {
      const mine = partsOf(k);
      const supersets = orgs.filter((o) => o.key !== k && mine.every((m) => o.parts.includes(m)));
      if (supersets.length === 1) c = supersets[0]!.key;
    }
    canonical.set(k, c);
  }
  const counts = new Map<string, Map<string, number>>();
  added.forEach((a, i) => {
    const c = table.canonical.get(keys[i]!) ?? canonical.get(keys[i]!)!;
    let m = counts.get(c);
    if (!m) counts.set(c, (m = table.info.has(c) ? countsOf(c) : new Map<string, number>()));
    const s = countedSurface(a.surface);
    m.set(s, (m.get(s) ?? 0) + 1);
  });
  const info: [string, Info][] = [];
  const changed: string[] = [];
  for (const [c, m] of counts) {
    const next = { display: displayOf(c, m), kind: kindOf(c) };
    const before = table.info.get(c);
    if (before && before.display === next.display && before.kind === next.kind) continue;
    info.push([c, next]);
    if (before) changed.push(c);
  }
  return { canonical: [...canonical], info, changed };
}
