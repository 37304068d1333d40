/**
 * Whose and where a value is, read from its own clause: two outlets disagree only about the same slot of the same
 * subject in the same scope. "In Tarnby, the Larks won 23 seats" is one region's count, not the country's; "His party
 * won five seats" and "Velmar won 388 seats" are two parties' counts, not two counts of one party's.
 */
import type { Sentence } from './types.ts';
import { MONTHS, WEEKDAYS } from './text/lexicon.ts';
import { placeKey } from './text/places.ts';

/** A place that opens a sentence and scopes all of it: "In Tarnby, …", "Across the Oskby region, …". */
const FRONTED_PLACE = /^(?:In|Across|Throughout|Outside)\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’-]*)(?:\s+(?:\p{Lu}[\p{L}'’-]*|of|and))*)\s*,/u;

/** The place a sentence is scoped by from its first words, lower-cased, or "". Months and days are times, not places. */
export function frontedPlace(s: Sentence): string {
  let p = frontedOf.get(s);
  if (p === undefined) {
    const m = FRONTED_PLACE.exec(s.text);
    const words = m ? m[1]!.split(/\s+/) : [];
    p = m && !words.some((w) => w.toLowerCase() in MONTHS || WEEKDAYS.has(w.toLowerCase())) ? m[1]!.toLowerCase() : '';
    frontedOf.set(s, p);
  }
  return p;
}
const frontedOf = new WeakMap<Sentence, string>();

/** Whether a sentence names a word or one made from it ("Tarnbian" for "Tarnby"). */
function namesWord(s: Sentence, word: string): boolean {
  const stem = word.slice(0, Math.max(3, Math.min(word.length, 5)));
  // A people's name may part from its place's sooner ("Marrons" for "Marrain").
  const short = word.slice(0, 4);
  return wordsOf(s).some((w) => w === word || (word.length > 3 && w.startsWith(stem)) || (word.length > 5 && w.startsWith(short) && DEMONYM_END.test(w)));
}
const DEMONYM_END = /(?:ons?|ish|ians?|ans?|ese|is|ers?)$/;

/** A sentence's lower-cased words, read once. */
const words = new WeakMap<Sentence, string[]>();
function wordsOf(s: Sentence): string[] {
  let w = words.get(s);
  if (!w) words.set(s, (w = s.text.toLowerCase().split(/[^\p{L}'’-]+/u)));
  return w;
}

/**
 * Whether one sentence is scoped by a place it opens with that the other never names: a region's count against a
 * count with no such scope (or another region's) is two slots, not a disagreement.
 */
export function frontedScopesDiffer(a: Sentence, b: Sentence): boolean {
  const pa = frontedPlace(a);
  const pb = frontedPlace(b);
  if (pa === pb) return false;
  const unnamed = (p: string, s: Sentence) => p !== '' && !p.split(/\s+/).filter((w) => /^\p{L}/u.test(w) && w !== 'of' && w !== 'and').every((w) => namesWord(s, w));
  return unnamed(pa, b) || unnamed(pb, a);
}

/** Verbs of saying between a subject and a value: then the subject is a source, not whose the value is. */
const SAYING = /^(?:said|says|say|told|tells|reported|reports|estimated|estimates|put|puts|counted|confirmed|confirms|announced|stated|added|noted|claimed|claims)$/;
/** A pronoun that can stand for the one who said something: "X said it had …". */
const SUBJECT_PRONOUN = /^(?:it|they|he|she)$/;
/** Determiners of someone's thing: "his party", "their company". */
const POSSESSIVE_PRONOUN = /^(?:his|her|their|its)$/i;
/** Words that can open a sentence capitalised without being a name. */
const NOT_A_NAME = /^(?:The|A|An|This|That|These|Those|It|He|She|They|We|In|On|At|By|For|But|And|Yet|So|Then|After|Before|Of|Only|About|Some|All|Most|Many|Across|Overall|Nationally|Meanwhile|However)$/;

/**
 * The subject of the clause a value ends, lower-cased: a name ("Velmar", "the Larks") or a possessive pronoun with its
 * noun ("his party") standing right before a short verb chain that leads to the value ("won", "had won", "took
 * about"). "" when the clause has no such subject or its verb is one of saying ("officials said 12"): a source is
 * not whose the figure is.
 */
export function clauseSubject(text: string, at: number, isName: (word: string) => boolean = () => true): string {
  const before = text.slice(Math.max(0, at - 128), at);
  const words = [...before.matchAll(/[\p{L}][\p{L}'’.-]*|[,;:()—–"“”]/gu)].map((m) => m[0]);
  let k = words.length - 1;
  const chain: string[] = [];
  while (k >= 0 && chain.length < 4 && /^\p{Ll}/u.test(words[k]!) && !POSSESSIVE_PRONOUN.test(words[k - 1] ?? '')) {
    // "The WHO said it had released $3 million": the pronoun is the one who said it.
    if (chain.length && SUBJECT_PRONOUN.test(words[k]!) && SAYING.test(words[k - 1] ?? '') && /^\p{Lu}/u.test(words[k - 2] ?? '')) {
      k -= 2;
      break;
    }
    chain.unshift(words[k--]!);
  }
  if (!chain.length || chain.length >= 4 || chain.some((w) => SAYING.test(w))) return '';
  // "Velmar, with more than four million votes, won five": the subject stands before an aside set off by commas.
  if (words[k] === ',') {
    let j = k - 1;
    while (j >= 0 && k - j <= 14 && words[j] !== ',' && !/^[;:()—–"“”]$/.test(words[j]!)) j--;
    if (words[j] === ',') k = j - 1;
  }
  const last = words[k];
  if (!last) return '';
  // "his party won": a pronoun's thing, somebody's but not named.
  if (POSSESSIVE_PRONOUN.test(words[k - 1] ?? '') && /^\p{Ll}/u.test(last)) return `${words[k - 1]!.toLowerCase()} ${last}`;
  if (!/^\p{Lu}/u.test(last)) return '';
  const name: string[] = [];
  while (k >= 0 && /^\p{Lu}/u.test(words[k]!)) name.unshift(words[k--]!.replace(/['’]s$/, ''));
  // "a landslide in Oskby killed 12", "struck on Monday killed": the end of a phrase, not the subject's head.
  if (k >= 0 && PREPOSITION.test(words[k]!)) return '';
  if (name.some((w) => w.toLowerCase() in MONTHS || WEEKDAYS.has(w.toLowerCase()))) return '';
  // A capitalised word that opens the sentence is a name only when it is not a function word, and when the coverage
  // writes it capitalised elsewhere too: "Officials found 12" names no one.
  const opens = k < 0 && at <= 128;
  if (opens && name.length && NOT_A_NAME.test(name[0]!)) name.shift();
  else if (opens && name.length && !isName(name[0]!.toLowerCase())) name.shift();
  return name.join(' ').toLowerCase();
}

/** Words after which a name ends a phrase rather than heading a subject. */
const PREPOSITION = /^(?:of|in|on|at|from|by|for|with|to|into|near|across|under|over|since|during|after|before|than|between|against|via|per)$/i;

/** Whether two values' clauses name different subjects: "his party won five" and "Velmar won 388". */
export function subjectsDiffer(a: Sentence, atA: number, b: Sentence, atB: number, isName: (word: string) => boolean): boolean {
  const x = subjectAt(a, atA, isName);
  if (x === '') return false;
  const y = subjectAt(b, atB, isName);
  return y !== '' && x !== y;
}

/**
 * clauseSubject, read once per value: the pair loops of the conflict finders ask for the same value's subject once per
 * rival, and reading it each time made finding conflicts 2.5 times slower at 1,500 articles.
 */
// Keyed by the names' reader too: it is made from the whole corpus, so another corpus may read a subject otherwise.
const subjects = new WeakMap<(word: string) => boolean, WeakMap<Sentence, Map<number, string>>>();
function subjectAt(s: Sentence, at: number, isName: (word: string) => boolean): string {
  let bySentence = subjects.get(isName);
  if (!bySentence) subjects.set(isName, (bySentence = new WeakMap()));
  let byAt = bySentence.get(s);
  if (!byAt) bySentence.set(s, (byAt = new Map()));
  let x = byAt.get(at);
  if (x === undefined) byAt.set(at, (x = clauseSubject(s.text, at, isName)));
  return x;
}

/**
 * Words the coverage writes capitalised inside a sentence, lower-cased: names, as against words capitalised only
 * because they open a sentence ("Officials", "Rescuers").
 */
export function namesInside(sentences: readonly Sentence[]): (word: string) => boolean {
  const inside = new Set<string>();
  for (const s of sentences) {
    for (const m of s.text.slice(1).matchAll(/(?<=[\s(“"])\p{Lu}[\p{L}'’-]*/gu)) inside.add(m[0].replace(/['’]s$/, '').toLowerCase());
  }
  return (w) => inside.has(w);
}

/**
 * Where a clause ends: a semicolon, a dash, or a comma or word that opens another clause ("…, with 600 others killed
 * in Oskby", "…, while 12 died in Tarnby"). One sentence can give two places' figures, each in its own clause.
 */
const CLAUSE_BREAK = /;|\s[—–]\s|,\s+(?:with|while|whereas|but|and|as)\s|\s(?:while|whereas)\s/g;

/** Places listed after a place as one scope: "Oskby and Tarnby", "Oskby, Tarnby and Vell". */
const LISTED_AFTER = /^((?:,\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)*,?\s+(?:and|&)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)/u;

/**
 * The scopes a value's own clause names, lower-cased: each place the clause names, or one scope for places it adds up
 * ("in Oskby and Tarnby" is "oskby+tarnby", not Oskby's figure). A place the sentence opens with ("In Oskby, …")
 * scopes each of its clauses. Offsets are in the sentence's text.
 */
export function clausePlaces(s: Sentence, at: number, end: number): Set<string> {
  let byAt = clauseOf.get(s);
  if (!byAt) clauseOf.set(s, (byAt = new Map()));
  let out = byAt.get(at);
  if (out) return out;
  let from = 0;
  let to = s.text.length;
  for (const m of s.text.matchAll(CLAUSE_BREAK)) {
    if (m.index + m[0].length <= at) from = m.index + m[0].length;
    else if (m.index >= end) {
      to = m.index;
      break;
    }
  }
  const clause = s.text.slice(from, to);
  out = new Set();
  for (const p of s.places) {
    const i = clause.indexOf(p);
    if (i < 0) continue;
    const listed = LISTED_AFTER.exec(clause.slice(i + p.length));
    const all = listed ? [p, ...listed[1]!.split(/,\s+|\s+(?:and|&)\s+/).map((w) => w.trim()).filter(Boolean)] : [p];
    out.add(all.map(placeKey).sort().join('+'));
  }
  const fronted = frontedPlace(s);
  if (fronted) out.add(fronted);
  byAt.set(at, out);
  return out;
}
const clauseOf = new WeakMap<Sentence, Map<number, Set<string>>>();

/**
 * Whether two values' clauses set them in different places: each names a place and they share none ("2,700 dead in
 * Oskby" against "1,400 killed in Tarnby", or "12,000 in Oskby and Tarnby" against "8,500 in Oskby"). A sentence may
 * name both places; its clauses still keep its figures apart.
 */
export function placesApart(a: Set<string>, b: Set<string>): boolean {
  if (!a.size || !b.size) return false;
  for (const p of a) if (b.has(p)) return false;
  return true;
}

/** A name that opens a sentence ("Tarn Bank, a lender in Oskby, had …"); a pronoun that does ("It had …"). */
const OPENING_NAME = /^(\p{Lu}[\p{L}'’&.-]*(?:\s+\p{Lu}[\p{L}'’&.-]*)*)/u;
const OPENING_PRONOUN = /^(?:It|Its|They|Their)\b/;

/** What a sentence is about as it opens: its opening name, or for an opening pronoun the name the sentence before opens with. */
function openingSubject(sentences: readonly Sentence[], s: Sentence, isName: (word: string) => boolean): string {
  return OPENING_PRONOUN.test(s.text) ? nameOpeningSentenceBefore(sentences, s, isName) : openingNameOf(s.text, isName);
}

/** The name the sentence before opens with, in the same article: what "It", "They" or "The party" points back at. */
export function nameOpeningSentenceBefore(sentences: readonly Sentence[], s: Sentence, isName: (word: string) => boolean): string {
  const before = sentenceBefore(sentences, s);
  return before ? openingNameOf(before.text, isName) : '';
}

/** The sentence before `s` in its own article, or null when `s` opens it. */
export function sentenceBefore(sentences: readonly Sentence[], s: Sentence): Sentence | null {
  const before = sentences[s.id - 1];
  return before && before.article === s.article ? before : null;
}

/** The name a text opens with, when the coverage writes its first word capitalised inside sentences too ("Good morning" opens with none). */
function openingNameOf(text: string, isName: (word: string) => boolean): string {
  const name = OPENING_NAME.exec(text)?.[1] ?? '';
  const first = name.split(/\s+/)[0]!;
  return !name || NOT_A_NAME.test(first) || !isName(first.replace(/['’]s?$/, '').toLowerCase()) ? '' : name.replace(/['’]s?$/, '');
}

/**
 * Whether two sentences, one of which opens with a pronoun, are about two named things: "Tarn Bank, a lender in Oskby,
 * was closed on Sunday. It had deposits of $61.2 billion" against "Velby Bank … had deposits of about $140.7 billion"
 * are two banks' deposits.
 */
export function pronounSubjectsDiffer(sentences: readonly Sentence[], a: Sentence, b: Sentence, isName: (word: string) => boolean): boolean {
  if (!OPENING_PRONOUN.test(a.text) && !OPENING_PRONOUN.test(b.text)) return false;
  const x = openingSubject(sentences, a, isName);
  const y = openingSubject(sentences, b, isName);
  return x !== '' && y !== '' && !x.includes(y) && !y.includes(x);
}
