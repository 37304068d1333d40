/**
 * Where it happened: outlets that tell one event in the same words ("launched on 11 May from the … cosmodrome",
 * "flown on Wednesday by helicopter to …") but put it in different places disagree on the place, and a reader should
 * see both, as with a figure. A story names many places, and many of them for events of one kind (floods in one town
 * and in the next): two places are two sides only when each outlet's article never names the other's place at all,
 * the clauses share telling words beyond a common verb and name one thing besides, and the places lead from the same
 * kind of preposition.
 */
import type { Conflict, ConflictValue, Sentence } from './types.ts';
import type { TermStats } from './similarity.ts';
import { UnionFind, joinApart, stableId } from './similarity.ts';
import { dedupeRefs, toSourceRef } from './source-ref.ts';
import { contextOf, wordsOf } from './slot-values.ts';
import { placeKey } from './text/places.ts';
import { daysDiffer, onRoute } from './slot-conflicts.ts';
import { unitClassOf } from './text/numbers.ts';
import { isRoleWord } from './text/phrases.ts';

interface Told {
  s: Sentence;
  place: string;
  key: string;
  /** "from" for where something came from, "at" for where it was or went. */
  way: 'from' | 'at';
  context: Map<string, number>;
  weight: number;
}

/** How many words each side of a place its clause is read for. */
const REACH = 8;
/** Shared context over the smaller context, the rarest shared word's weight, and how many words are shared. */
const SAME_SLOT = 0.35;
const DISTINCTIVE = 1.5;
const SHARED_WORDS = 3;
/** Two shared words are enough when one of them is in no more sentences than this ("cosmodrome", named twice). */
const RARE = 3;
/** A place named in this share of the coverage's sentences is the story's setting, told everywhere, no side. */
const SETTING_SHARE = 1 / 20;

const PREPOSITION_BEFORE = /\b(from|in|at|to|into|near|inside|outside|across)\s+(?:the\s+|a\s+)?(?:[\p{Ll}-]+\s+){0,3}$/u;

export function findPlaceConflicts(sentences: Sentence[], stats: TermStats): Conflict[] {
  const idf = (t: string) => stats.idf(t);
  // Each article's text, lower-cased once: a side's outlet must never name the other side's place.
  const articleText = new Map<number, string>();
  for (const s of sentences) articleText.set(s.article, (articleText.get(s.article) ?? '') + '\n' + s.text.toLowerCase());
  const setting = Math.max(3, sentences.length * SETTING_SHARE);
  const told: Told[] = [];
  for (const s of sentences) {
    if (!s.places.length) continue;
    const words = wordsOf(s.text);
    for (const place of new Set(s.places)) {
      const at = s.text.indexOf(place);
      if (at < 0) continue;
      const first = place.split(/\s+/)[0]!.toLowerCase();
      if ((stats.df.get(first) ?? 0) >= setting) continue;
      const before = PREPOSITION_BEFORE.exec(s.text.slice(Math.max(0, at - 40), at));
      const lead = before?.[1]?.toLowerCase();
      if (!lead || !onePlace(s.text, at + place.length, before!.index + Math.max(0, at - 40)) || (lead !== 'from' && lead !== 'to' && onRoute(s.text, place))) continue;
      const context = contextOf(s, at, at + place.length, idf, REACH, false, words);
      for (const p of s.places) for (const w of p.toLowerCase().split(/\s+/)) context.delete(w);
      let weight = 0;
      for (const w of context.values()) weight += w;
      if (weight > 0) told.push({ s, place, key: placeKey(place), way: lead === 'from' ? 'from' : 'at', context, weight });
    }
  }
  const postings = new Map<string, number[]>();
  told.forEach((t, i) => {
    for (const w of t.context.keys()) (postings.get(w) ?? postings.set(w, []).get(w)!).push(i);
  });
  const otherDay = daysDiffer();
  const namedIn = new Map<string, boolean>();
  const named = (article: number, place: string) => {
    const k = `${article}\0${place}`;
    let r = namedIn.get(k);
    if (r === undefined) namedIn.set(k, (r = namesPlace(articleText.get(article)!, place)));
    return r;
  };
  const best: Map<string, number>[] = told.map(() => new Map());
  told.forEach((a, i) => {
    const near = new Set<number>();
    for (const w of a.context.keys()) {
      const p = postings.get(w)!;
      if (p.length <= 200) for (const j of p) near.add(j);
    }
    const scores = new Map<string, number>();
    for (const j of near) {
      const b = told[j]!;
      if (b.s.publisher === a.s.publisher || b.way !== a.way || b.key === a.key || a.key.includes(b.key) || b.key.includes(a.key)) continue;
      // The words in common first (a few map reads); each article's text is read for a place once.
      const o = overlap(a, b);
      if (o.score < SAME_SLOT || o.best < DISTINCTIVE || o.n < 2 || (o.n < SHARED_WORDS && (stats.df.get(o.rarest) ?? 0) > RARE)) continue;
      if (named(a.s.article, b.place) || named(b.s.article, a.place) || otherDay(a.s, b.s) || !shareAName(a, b)) continue;
      if (o.score > (scores.get(b.s.publisher) ?? 0)) {
        scores.set(b.s.publisher, o.score);
        best[i]!.set(b.s.publisher, j);
      }
    }
  });
  // A pair is one slot when each is the other's best match in the other's outlet.
  const edges: [number, number][] = [];
  told.forEach((a, i) => {
    for (const j of best[i]!.values()) if (j > i && best[j]!.get(a.s.publisher) === i) edges.push([i, j]);
  });
  const uf = new UnionFind(told.length);
  joinApart(uf, edges, (i) => new Set([told[i]!.s.id]));
  const groups = new Map<number, Set<number>>();
  for (const [i, j] of edges) if (uf.find(i) === uf.find(j)) groups.set(uf.find(i), (groups.get(uf.find(i)) ?? new Set()).add(i).add(j));
  const conflicts: Conflict[] = [];
  for (const members of groups.values()) {
    const byPlace = new Map<string, Told[]>();
    for (const i of members) (byPlace.get(told[i]!.key) ?? byPlace.set(told[i]!.key, []).get(told[i]!.key)!).push(told[i]!);
    if (byPlace.size < 2) continue;
    const values: ConflictValue[] = [...byPlace.values()]
      .map((g) => ({ value: 0, label: g[0]!.place, unit: null, sources: dedupeRefs(g.map((t) => toSourceRef(t.s))) }))
      .sort((p, r) => p.label.localeCompare(r.label))
      .map((v, k) => ({ ...v, value: k }));
    const shared = sharedWords([...members].map((i) => told[i]!));
    const topic = shared ? `place (${shared})` : 'place';
    conflicts.push({ id: stableId('conflict', `${topic}|${values.map((v) => v.label).join('|')}`), topic, kind: 'disagreement', values });
  }
  return conflicts;
}

/** A word for people or a role: "analysts at Tarn Bank" work there, "the Tarnby adviser" is someone's. */
const forPeople = (w: string | undefined) => !!w && (unitClassOf(w.toLowerCase()) === 'person' || isRoleWord(w.toLowerCase()));
const WORD_BEFORE = /([\p{L}-]+)\s*$/u;
const WORD_AFTER = /^\s*([\p{L}-]+)/u;
/** A place in a list of places: "in Tarnby, Oskby and Velby" tells of several, no one place. */
const LISTED_AFTER = /^\s*(?:,|and\b|or\b)\s*(?:the\s+)?\p{Lu}/u;

/**
 * Whether a place (ending at `end`, its preposition at `lead`) is where one thing happened: not a workplace ("analysts at
 * Tarn Bank"), not a name that modifies a person ("the Tarnby adviser") and not one of a list. (Nor a place on the way
 * of a journey, "from Tarnby in Oskland to Velby", read by onRoute: its ends are where it came from and went.)
 */
function onePlace(text: string, end: number, lead: number): boolean {
  if (forPeople(WORD_BEFORE.exec(text.slice(Math.max(0, lead - 30), lead))?.[1])) return false;
  const after = WORD_AFTER.exec(text.slice(end, end + 30))?.[1];
  if (after && /^\p{Ll}/u.test(after) && forPeople(after)) return false;
  return !LISTED_AFTER.test(text.slice(end, end + 8));
}

/**
 * Whether two sentences name one thing besides their places ("Marr-25", "Roe"): what happened where is one event
 * only when told of one named thing; "three killed in Tarnby when a roof collapsed" and "two killed in Oskby when a
 * roof collapsed" are two roofs.
 */
function shareAName(a: Told, b: Told): boolean {
  const own = (t: Told, n: string) => t.place.includes(n) || n.includes(t.place);
  const names = new Set(a.s.names.filter((n) => !own(a, n) && !own(b, n)).map((n) => n.toLowerCase()));
  return b.s.names.some((n) => names.has(n.toLowerCase()));
}

/** Whether an article's lower-cased text names a place (its first word as a whole word, for "the Tarn Valley"). */
function namesPlace(text: string, place: string): boolean {
  const word = place.split(/\s+/)[0]!.toLowerCase();
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    if (!/\p{L}/u.test(text[i - 1] ?? ' ') && !/\p{L}/u.test(text[i + word.length] ?? ' ')) return true;
  }
  return false;
}

function overlap(a: Told, b: Told): { score: number; best: number; n: number; rarest: string } {
  let shared = 0;
  let best = 0;
  let n = 0;
  let rarest = '';
  for (const [t, w] of a.context) {
    const o = b.context.get(t);
    if (o === undefined) continue;
    n++;
    shared += Math.min(w, o);
    if (Math.min(w, o) > best) [best, rarest] = [Math.min(w, o), t];
  }
  return { score: shared / Math.min(a.weight, b.weight), best, n, rarest };
}

/** The words every side's clause shares, rarest first, as written in the first side: what the place is the place of. */
function sharedWords(sides: Told[]): string {
  const [first, ...rest] = sides;
  const shared = [...first!.context.entries()].filter(([t]) => rest.every((o) => o.context.has(t))).sort((p, r) => r[1] - p[1]).slice(0, 3);
  const words = [...first!.s.text.matchAll(/[\p{L}][\p{L}'’-]*/gu)].map((m) => m[0]);
  // A word-meaning class ("~9") is no word of the text: only words as written are shown.
  return shared.map(([t]) => (t.startsWith('~') ? '' : (words.find((w) => w.toLowerCase().startsWith(t)) ?? ''))).filter(Boolean).join(' ');
}
