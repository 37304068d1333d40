/**
 * One name per source across the corpus: "Norway's Ministry of Defence", "Norway's Defense Ministry" and "the Norwegian
 * Defense Ministry" share a key; "Kowalsky" and "Kowalskyy" too. The display name is the spelling outlets use most.
 */
import { bare, isCapitalised } from './text/tokens.ts';
import { nationKey } from './text/stem.ts';
import { isOrgHead, isTitleWord } from './text/phrases.ts';
import type { RawAttribution } from './attribution.ts';

const SPELLING: Record<string, string> = { defence: 'defense', organisation: 'organization', programme: 'program', centre: 'center', labour: 'labor' };
const DROP = new Set(['the', 'a', 'an', 'of', 'for', 'and', 'on']);

const normaliseApostrophes = (s: string) => s.replace(/[’‘]/g, "'");

/** Strips a leading "the" for display ("the Norwegian Defense Ministry"); "an official" keeps its article. */
export function displaySurface(surface: string): string {
  return surface.replace(/^the\s+/i, '').replace(/\s+/g, ' ').trim();
}

function surname(words: string[]): string | null {
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!;
    if (isCapitalised(w) && !isTitleWord(w) && !isOrgHead(w) && !/\./.test(w)) return bare(w);
  }
  return null;
}

/** The key of one spelling of a source, before corpus-wide merging. */
export function speakerKey(surface: string, kind: RawAttribution['kind']): string {
  const words = displaySurface(normaliseApostrophes(surface)).split(/\s+/);
  if (kind === 'person') {
    const last = surname(words);
    if (last && isCapitalised(words[words.length - 1]!)) return `p:${last}`;
  }
  const parts = new Set<string>();
  for (const w of words) {
    const b = bare(w).replace(/\.$/, '');
    if (DROP.has(b)) continue;
    const spelled = SPELLING[b] ?? b;
    parts.add(isCapitalised(w) ? nationKey(spelled) : spelled);
  }
  return `${kind === 'person' ? 't' : kind === 'organization' ? 'o' : 'x'}:${[...parts].sort().join('|')}`;
}

export function editDistanceAtMost1(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** The trailing run of two or more capitalised name words of a surface, or null. */
function nameRun(surface: string): string | null {
  const words = surface.split(/\s+/);
  let from = words.length;
  while (from > 0) {
    const w = words[from - 1]!;
    if (!isCapitalised(w) || isTitleWord(w) || isOrgHead(w) || /['’]s$/.test(w) || /\.$/.test(w)) break;
    from--;
  }
  return words.length - from >= 2 ? words.slice(from).join(' ') : null;
}

export interface SpeakerTable {
  /** Raw key → canonical key. */
  canonical: Map<string, string>;
  /** Canonical key → display name and kind. */
  info: Map<string, { display: string; kind: RawAttribution['kind'] }>;
}

/** Merges the keys of every attribution found in the corpus and picks each source's display name. */
export function buildSpeakerTable(all: { key: string; surface: string; kind: RawAttribution['kind'] }[]): SpeakerTable {
  const canonical = new Map<string, string>();
  const keys = [...new Set(all.map((a) => a.key))];
  const persons = keys.filter((k) => k.startsWith('p:'));

  // Surnames one letter apart ("Kowalsky", "Kowalskyy") are one person; a lone name ("x:kowalsky") joins them.
  // Two names one edit apart share their first two or their last two letters, so buckets by both find every pair.
  const byEnds = new Map<string, number[]>();
  persons.forEach((p, i) => {
    const n = p.slice(2);
    if (n.length < 5) return;
    for (const b of [`<${n.slice(0, 2)}`, `>${n.slice(-2)}`]) (byEnds.get(b) ?? byEnds.set(b, []).get(b)!).push(i);
  });
  const personSet = new Set(persons);
  // "Dr Tamas", named by that name alone, is the "Tamas Orvel Brennik" of the one person whose given names hold it:
  // the name a person is called by need not be the last.
  const givenIn = new Map<string, Set<string>>();
  const loneOnly = new Map<string, boolean>();
  for (const a of all) {
    if (!a.key.startsWith('p:')) continue;
    const words = displaySurface(normaliseApostrophes(a.surface)).split(/\s+/).filter((w) => isCapitalised(w) && !isTitleWord(w) && !isOrgHead(w) && !/\./.test(w)).map((w) => bare(w));
    loneOnly.set(a.key, (loneOnly.get(a.key) ?? true) && words.length <= 1);
    for (const w of words.slice(0, -1)) (givenIn.get(w) ?? givenIn.set(w, new Set()).get(w)!).add(a.key);
  }
  for (const k of keys) {
    canonical.set(k, k);
    const name = k.slice(2);
    // "Vix said" with no first name is the Arnold Vix another sentence names, however short the name.
    if (k.startsWith('x:') && personSet.has(`p:${name}`)) {
      canonical.set(k, `p:${name}`);
      continue;
    }
    const holders = k.startsWith('p:') && loneOnly.get(k) ? [...(givenIn.get(name) ?? [])].filter((p) => p !== k) : [];
    if (holders.length === 1) {
      canonical.set(k, holders[0]!);
      continue;
    }
    if (!(k.startsWith('p:') || k.startsWith('x:')) || name.length < 5) continue;
    // The lowest-numbered match in either bucket: each bucket is in ascending order, so its first match is its
    // lowest, and no merged, sorted copy of two buckets is made per name (they hold thousands on a large corpus).
    const matches = (i: number) => {
      const p = persons[i]!;
      return p !== k && editDistanceAtMost1(p.slice(2), name) && (k.startsWith('x:') || p < k);
    };
    let found = -1;
    for (const bucket of [byEnds.get(`<${name.slice(0, 2)}`), byEnds.get(`>${name.slice(-2)}`)]) {
      for (const i of bucket ?? []) {
        if (found >= 0 && i >= found) break;
        if (matches(i)) {
          found = i;
          break;
        }
      }
    }
    if (found >= 0) canonical.set(k, persons[found]!);
  }
  // A lone name joined to a person joined in turn to another spelling ("Roe" → "Ann Roe" → "Anne Roe") ends where they do.
  for (const [k, c] of canonical) {
    let root = c;
    for (let n = 0; n < 4 && canonical.get(root) !== root; n++) root = canonical.get(root)!;
    canonical.set(k, root);
  }
  // An organisation named without its country ("Defense Ministry") joins the one fuller name it is part of.
  const orgs = keys.filter((k) => k.startsWith('o:'));
  const parts = new Map(orgs.map((o) => [o, o.slice(2).split('|')]));
  const withPart = new Map<string, string[]>();
  for (const [o, ps] of parts) for (const x of ps) (withPart.get(x) ?? withPart.set(x, []).get(x)!).push(o);
  for (const k of orgs) {
    const mine = parts.get(k)!;
    // Only organisations sharing this name's rarest part can contain all of it.
    const rarest = mine.reduce((a, b) => ((withPart.get(a)?.length ?? 0) <= (withPart.get(b)?.length ?? 0) ? a : b));
    const supersets = (withPart.get(rarest) ?? []).filter((o) => o !== k && mine.every((m) => parts.get(o)!.includes(m)));
    if (supersets.length === 1) canonical.set(k, supersets[0]!);
  }
  // "the SEALs said" after "the Thai Navy SEALs have confirmed": a capitalised plural that is part of one body's name,
  // and of no person's, is that body.
  for (const k of keys) {
    if (!k.startsWith('x:') || canonical.get(k) !== k) continue;
    const name = k.slice(2);
    const bodies = withPart.get(name);
    if (name.length >= 4 && name.endsWith('s') && bodies?.length === 1) canonical.set(k, canonical.get(bodies[0]!) ?? bodies[0]!);
  }

  const counts = new Map<string, Map<string, number>>();
  const kinds = new Map<string, RawAttribution['kind']>();
  for (const a of all) {
    const c = canonical.get(a.key) ?? a.key;
    const m = counts.get(c) ?? new Map<string, number>();
    const norm = countedSurface(a.surface);
    m.set(norm, (m.get(norm) ?? 0) + 1);
    counts.set(c, m);
    if (c.startsWith('p:')) kinds.set(c, 'person');
    else if (!kinds.has(c) || a.kind !== 'other') kinds.set(c, c.startsWith('o:') ? 'organization' : a.kind);
  }
  const info = new Map<string, { display: string; kind: RawAttribution['kind'] }>();
  for (const [c, m] of counts) info.set(c, { display: displayOf(c, m), kind: kinds.get(c) ?? 'other' });
  return { canonical, info };
}

/** A spelling of a source as counted toward its display name. */
export const countedSurface = (surface: string): string => normaliseApostrophes(displaySurface(surface));

/** The name shown for source `c` from how often each spelling (`countedSurface`) is used; the counts' order does not matter. */
export function displayOf(c: string, m: Map<string, number>): string {
  let candidates = m;
  if (c.startsWith('p:')) {
    // A person reads best by full name without the role: "government spokesman John Doe" → "John Doe".
    const names = new Map<string, number>();
    for (const [surface, n] of m) {
      const run = nameRun(surface);
      if (run) names.set(run, (names.get(run) ?? 0) + n);
    }
    if (names.size) candidates = names;
  }
  // "the SEALs", written after "the Thai Navy SEALs": a one-word short form of a body's fuller name gives way to it.
  if (c.startsWith('o:') && m.size > 1) {
    const full = [...m.keys()].filter((x) => /\s/.test(x));
    const kept = new Map([...m].filter(([x]) => /\s/.test(x) || !full.some((f) => f.split(/\s+/).includes(x))));
    if (kept.size) candidates = kept;
  }
  // A body's own name ("Transport Ministry") reads better than how an article refers back to it ("the ministry").
  const named = (x: string) => (/^\p{Lu}/u.test(x) ? 1 : 0);
  return [...candidates.entries()].sort((x, y) => named(y[0]) - named(x[0]) || y[1] - x[1] || y[0].length - x[0].length || (x[0] < y[0] ? -1 : 1))[0]![0];
}
