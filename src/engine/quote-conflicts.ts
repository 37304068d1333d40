/**
 * Who said it: outlets that print the same quoted words (five words in a row or more) but put them in different named
 * people's mouths disagree on the speaker, and a reader should see both names, as with any other slot. A role alone
 * ("the governor") or a pronoun names no one, and two names sharing a name word ("Marr", "Gov. Ada Marr") are one
 * person.
 */
import type { Conflict, ConflictValue, Sentence } from './types.ts';
import { dedupeRefs, toSourceRef } from './source-ref.ts';
import { stableId } from './similarity.ts';
import { isOrgHead, isTitleWord } from './text/phrases.ts';

/** How many words in a row two quotes must share to be the same words. */
const SHARED = 5;

interface Said {
  speaker: string;
  s: Sentence;
  quote: string;
  /** Named by one word the attribution could not tell is a person's ("Marr said"): it joins a person, never stands alone. */
  weak: boolean;
}

/** A quote's words, lower-cased, letters and digits only. */
const wordsOf = (quote: string) => quote.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Whether a speaker is named, not only given a role: a capitalised word that is no title and no initials ("PM"). */
export const namesSomeone = (display: string) => (display.match(/\p{Lu}[\p{L}'’-]*/gu) ?? []).some((w) => !isTitleWord(w) && !/^\p{Lu}{1,4}$/u.test(w));

/** Whether two names share a name word: then they name one person. */
const HONORIFIC = /^(?:Sir|Dame|Lord|Lady|Baroness|Baron|Rev|Reverend|Mr|Mrs|Ms|Miss|Dr|Prof)\.?$/;

export function samePerson(a: string, b: string): boolean {
  // "Sir Tomas Hale" and "Sir Piet Walker" share an honorific, not a name.
  const words = (x: string) => new Set((x.match(/\p{Lu}[\p{L}'’-]+/gu) ?? []).filter((w) => !isTitleWord(w) && !HONORIFIC.test(w)).map((w) => w.toLowerCase()));
  const wa = words(a);
  return [...words(b)].some((w) => wa.has(w));
}

export function findQuoteConflicts(sentences: Sentence[]): Conflict[] {
  // Each quote of a named person, found by every run of SHARED words in it.
  const said: Said[] = [];
  const byRun = new Map<string, number[]>();
  const fullNames = fullNamesByArticle(sentences);
  for (const s of sentences) {
    for (const quote of s.quoted) {
      const a = speakerOf(s, quote);
      if (!a || !namesSomeone(a.display)) continue;
      const words = wordsOf(quote);
      if (words.length < SHARED) continue;
      const full = a.kind === 'other' ? fullNames.get(s.article)?.get(a.display) : undefined;
      const at = said.push(full ? { speaker: full, s, quote, weak: false } : { speaker: a.display, s, quote, weak: a.kind === 'other' }) - 1;
      for (let k = 0; k + SHARED <= words.length; k++) {
        const run = words.slice(k, k + SHARED).join(' ');
        const list = byRun.get(run) ?? byRun.set(run, []).get(run)!;
        if (list[list.length - 1] !== at) list.push(at);
      }
    }
  }
  const conflicts: Conflict[] = [];
  const seen = new Set<string>();
  for (const [run, ids] of byRun) {
    if (ids.length < 2) continue;
    // The speakers of these words, one side per person, each with the outlets that name them.
    const sides: Said[][] = [];
    for (const id of [...ids].sort((p, r) => Number(said[p]!.weak) - Number(said[r]!.weak))) {
      const x = said[id]!;
      const side = sides.find((g) => samePerson(g[0]!.speaker, x.speaker));
      if (side) side.push(x);
      else if (!x.weak) sides.push([x]);
    }
    if (sides.length < 2) continue;
    // Only outlets apart disagree: one outlet naming two speakers of one phrase quotes two people.
    const outlets = sides.map((g) => new Set(g.map((x) => x.s.publisher)));
    if (outlets.some((o, i) => outlets.some((p, j) => i !== j && [...o].some((x) => p.has(x))))) continue;
    const key = sides.map((g) => g[0]!.speaker).sort().join('|');
    if (seen.has(key)) continue;
    seen.add(key);
    const values: ConflictValue[] = sides
      .map((g) => ({ value: 0, label: longest(g.map((x) => x.speaker)), unit: null, sources: dedupeRefs(g.map((x) => toSourceRef(x.s))) }))
      .sort((p, r) => p.label.localeCompare(r.label))
      .map((v, i) => ({ ...v, value: i }));
    // The words as the shortest quote gives them, when short enough to read as a slot: "who said 'a matter of …'".
    const shortest = ids.map((id) => said[id]!.quote.trim().replace(/^["“'‘]+|["”'’,.;:!?]+$/g, '')).reduce((a, b) => (b.length < a.length ? b : a));
    const topic = `who said "${wordsOf(shortest).length <= 12 ? shortest : `${run} …`}"`;
    conflicts.push({ id: stableId('conflict', `${topic}|${key}`), topic, kind: 'disagreement', values });
  }
  return conflicts;
}

/**
 * Per article, each one-word name the article also writes in full as a person's ("Prime Minister Ivo Roe" → "Roe":
 * "Ivo Roe"): "Roe told reporters" then names that person, not a word the attribution could not place. A surname two
 * full names of the article share is left unplaced.
 */
function fullNamesByArticle(sentences: Sentence[]): Map<number, Map<string, string>> {
  const out = new Map<number, Map<string, string>>();
  for (const s of sentences) {
    for (const e of s.entities) {
      const words = e.split(/\s+/);
      let from = words.length;
      while (from > 0 && /^\p{Lu}\p{Ll}+$/u.test(words[from - 1]!) && !isTitleWord(words[from - 1]!) && !isOrgHead(words[from - 1]!) && !HONORIFIC.test(words[from - 1]!)) from--;
      if (words.length - from !== 2) continue;
      const full = words.slice(from).join(' ');
      const byLast = out.get(s.article) ?? out.set(s.article, new Map()).get(s.article)!;
      const last = words[words.length - 1]!;
      const had = byLast.get(last);
      byLast.set(last, had === undefined || had === full ? full : '');
    }
  }
  for (const m of out.values()) for (const [k, v] of m) if (!v) m.delete(k);
  return out;
}

/**
 * Whose words a quote of a sentence is: the sentence's one source; of several sources, the one named in the quote's
 * own clause between semicolons ("Marr said it was \"…\"; Roe called it \"…\"") when only one is; else none, as whose
 * it is cannot be told. (One source with two cues, "Roe said as she declared …", is one speaker.)
 */
function speakerOf(s: Sentence, quote: string): Sentence['attribution'] {
  const a = s.attribution;
  if (!a) return a;
  if (s.claims.every((c) => c.attribution.key === a.key)) return contrasted(s.text, quote, a.surface) ? null : a;
  // "Brandl said the market came \"…\", according to press reports": the body that passes the words on did not say them.
  // Nor does a source left unnamed ("according to a source close to him, it was Roe who told him \"…\"").
  const own = s.claims.filter((c) => (c.attribution.cue !== 'according to' || c.attribution.kind === 'person') && namesSomeone(c.attribution.display));
  if (own.length && own.every((c) => c.attribution.key === own[0]!.attribution.key)) return own[0]!.attribution;
  const at = s.text.indexOf(quote);
  if (at < 0) return null;
  // "he said Ivo Roe had warned him that \"…\"": the source named just before the quote's opening, in its clause,
  // is whose words they are.
  const lead = s.claims.filter((c) => {
    const n = s.text.lastIndexOf(c.attribution.surface, at);
    if (n < 0) return false;
    const gap = s.text.slice(n + c.attribution.surface.length, at);
    return !/[.;!?"“”]/.test(gap) && gap.split(/\s+/).filter(Boolean).length <= 6;
  });
  if (lead.length === 1) return lead[0]!.attribution;
  const start = s.text.lastIndexOf(';', at) + 1;
  const stop = s.text.indexOf(';', at + quote.length);
  const clause = s.text.slice(start, stop < 0 ? undefined : stop);
  const named = s.claims.filter((c) => clause.includes(c.attribution.surface));
  return named.length === 1 ? named[0]!.attribution : null;
}

/**
 * "Abe welcomed the statement as \"…\", but his defence minister, Ivo Roe, said the drills mattered": a clause of
 * contrast between the quote and its sentence's one source sets the quote in another clause, someone else's words.
 */
function contrasted(text: string, quote: string, surface: string): boolean {
  const q = text.indexOf(quote);
  const n = text.indexOf(surface);
  if (q < 0 || n < 0) return false;
  const between = q < n ? text.slice(q + quote.length, n) : text.slice(n + surface.length, q);
  return /[,;]\s*(?:but|while|whereas|although|though|yet)\s/i.test(between) && !/\b(?:but|yet)\s+that\b/i.test(between);
}

/** The fullest way the outlets name one person ("Gov. Ada Marr" over "Marr"). */
const longest = (names: string[]) => names.reduce((a, b) => (b.length > a.length ? b : a));
