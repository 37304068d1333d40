/**
 * The spans of the wanted type a sentence offers as answers, and how well each fits the question: near the asked
 * words, beside the asked noun, in the asked relation to the asked verb.
 */
import { minusSignLength } from '../text/numbers.ts';
import { calledABody } from './body-names.ts';
import type { CorpusIndex } from '../corpus-index.ts';
import type { Sentence } from '../types.ts';
import type { Question } from './question.ts';
import { ageSpans, dateSpans, looksLikePerson, nameSpans, timeSpans, yearSpans, type TypedSpan } from './spans.ts';
import { eventsCompatible } from '../mentions.ts';
import { RecentReads, tokensOf } from './token-cache.ts';
import { DURATION_UNITS, EVERY_BEFORE, lengthBefore, lengthGoesOn } from '../text/durations.ts';
import { termKey } from '../text/stem.ts';
import { metresPer } from '../text/units.ts';
import { isCapitalised } from '../text/tokens.ts';
import { isOrgHead, isTitleWord } from '../text/phrases.ts';
import { CUE_FORMS, STOPWORDS, TITLE_MODIFIERS, WRITTEN_QUALIFIER } from '../text/lexicon.ts';
import { lowerWords } from './corpus-words.ts';
import { invertedVerb } from './main-verb.ts';
import { CONVERTED, populationAt, slotValues } from '../slot-values.ts';
import { ASKS_POPULATION, POSSIBLE_ASKED, POSSIBLE_BEFORE } from './answer-common.ts';
import { forOthers } from './beneficiary.ts';
import { amongOtherGroup } from './count-scope.ts';

// Regular expressions with \p{…} outside brackets are rebuilt wherever tsx meets them written inline, so the ones read per
// sentence or per candidate are built once here.
const NON_LETTERS = /[^\p{L}]+/u;
const NON_WORD = /[^\p{L}'’]+/u;
const NOT_NAME_CHAR = /[^\p{L}'’-]/gu;
const NEXT_WORD = /^\s*([\p{L}'’-]+)/u;
const NATIONALITY = /^\p{Lu}\p{L}+(?:ian|ean|ese|ish|ic|i)$/u;
const NAME_AFTER_FIRST = /(?<=\s)\p{Lu}[\p{L}'’-]*/gu;

const LOCATIVES = new Set(['in', 'at', 'from', 'to', 'near', 'into', 'outside', 'inside', 'on', 'towards', 'toward', 'across', 'through', 'off', 'onto', 'via', 'around', 'between']);

/** Lower-cased content words of the question, to tell a candidate that merely repeats the question. */
export function questionWords(q: Question): Set<string> {
  const focus = new Set(q.type.focus);
  // A hyphenated name counts by its parts too, as candidates are read ("Van-Oskar" in "Piet Van-Oskar").
  const words = q.words.map((w) => w.replace(/['’]s$/, '')).flatMap((w) => (w.includes('-') ? [w, ...w.split('-')] : [w]));
  const out = new Set(words.filter((w) => !STOPWORDS.has(w) && !focus.has(w) && w.length > 1).map((w) => termKey(w)));
  // A surname the question writes after a first name ("Jane Roe"), marked so another first name is another person.
  // "Dr Roe", "President Roe": a title is no first name.
  for (const m of q.text.matchAll(FIRST_AND_SURNAME)) if (!STOPWORDS.has(m[1]!.toLowerCase()) && !isTitleWord(m[1]!)) for (const w of m[2]!.split('-')) out.add(`${WITH_FIRST}${termKey(w.toLowerCase())}`);
  return out;
}

const FIRST_AND_SURNAME = /(\p{Lu}[\p{L}'’]+)\s+(?=(\p{Lu}[\p{L}'’-]+))/gu;
const WITH_FIRST = 'first-name:';

interface Sought {
  /** Match keys of the question's words, its focus noun and numbers aside. */
  keys: Set<string>;
  /** One pattern per number the question gives. */
  numbers: RegExp[];
}
const soughtOf = new WeakMap<Question, Sought>();

/** What matchedAt looks for, read once per question rather than once per evidence sentence. */
function sought(q: Question): Sought {
  let x = soughtOf.get(q);
  if (!x) {
    const keys = new Set(q.terms.filter((t) => !t.key.startsWith('#') && !q.type.focus.includes(t.word.toLowerCase())).map((t) => t.key));
    soughtOf.set(q, (x = { keys, numbers: q.numbers.map((n) => new RegExp(`(?<![\\d,.])${String(n)}(?![\\d])`, 'g')) }));
  }
  return x;
}

/** Character ranges of the question's terms inside a sentence, for nearness. */
export function matchedAt(s: Sentence, q: Question): [number, number][] {
  const { keys, numbers } = sought(q);
  const out: [number, number][] = [];
  if (keys.size) {
    const { tokens, keys: termKeys } = tokensOf(s.text);
    for (let i = 0; i < tokens.length; i++) if (keys.has(termKeys[i]!)) out.push([tokens[i]!.start, tokens[i]!.end]);
  }
  for (const re of numbers) for (const m of s.text.matchAll(re)) out.push([m.index!, m.index! + m[0].length]);
  return out;
}

/** A bonus for a span standing among the matched words: in "alert at 7am …, but 8.03pm before the message reached
 * phones", the time amid the asked words wins, not the one beside a single shared word. */
export function nearness(span: TypedSpan, at: [number, number][], text: string, name = false): number {
  if (!at.length) return 0;
  let sum = 0;
  let n = 0;
  for (const [a, b] of at) {
    // A question word inside a name ("Kellmoor" in "Kellmoor Flour Co.", asked "what county is Kellmoor in") is the
    // question repeated, not a sign that the name stands near what is asked; inside a count ("80 residents", asked
    // how many residents) it is the counted noun.
    if (name && a >= span.start && b <= span.end) continue;
    n++;
    const between = a >= span.end ? text.slice(span.end, a) : span.start >= b ? text.slice(b, span.start) : '';
    // "a boy of three and the oldest a man of 78": a word past a clause boundary belongs to the other clause.
    const d = between.length * (/\b(?:and|but|while|whereas)\b|[;,]/.test(between) ? 2 : 1);
    sum += 1 / (1 + d / 25);
  }
  return n ? (0.5 * sum) / n : 0;
}

/** What repeatsQuestion reads from a name whatever the question: its words' match keys and whether its first word is a given name. */
interface NameWords {
  /** Match keys of its words of two letters or more that are not stopwords, in order. */
  keys: string[];
  /** Two or more words reading as a person's name whose first is no title ("Mara Roe", not "President Roe"). */
  givenName: boolean;
}

/** Per name, its words as repeatsQuestion reads them: a name recurs across the evidence and across questions. */
const nameWordsRead = new RecentReads<NameWords>();

function nameWords(text: string): NameWords {
  let words = nameWordsRead.get(text);
  if (!words) {
    const ws = text.split(/[\s-]+/).filter((w) => w.length > 1 && !STOPWORDS.has(w.toLowerCase()));
    const first = ws[0];
    words = nameWordsRead.set(text, { keys: ws.map((w) => termKey(w)), givenName: !!first && ws.length >= 2 && looksLikePerson(text) && !isTitleWord(first) });
  }
  return words;
}

/** Per question's words (a set made once per question asked), what repeatsQuestion found for each name. */
const repeatsRead = new WeakMap<Set<string>, Map<string, boolean>>();

/**
 * Whether a candidate mostly repeats the question ("Who met the mayor?" is not "the mayor"): read once per name and
 * question, as the hundreds of evidence sentences of one question name the same places and people over and over.
 */
export function repeatsQuestion(text: string, qw: Set<string>): boolean {
  let known = repeatsRead.get(qw);
  if (!known) repeatsRead.set(qw, (known = new Map()));
  let repeats = known.get(text);
  if (repeats === undefined) known.set(text, (repeats = repeatsQuestionRead(text, qw)));
  return repeats;
}

function repeatsQuestionRead(text: string, qw: Set<string>): boolean {
  const { keys, givenName } = nameWords(text);
  // "Mara Roe" when the question names "Jane Roe": another first name is another person (a relative, often). When
  // the question gives the surname alone ("Roe"), "Mara Roe" is the person it names.
  if (givenName && !qw.has(keys[0]!) && keys.slice(1).some((k) => qw.has(`${WITH_FIRST}${k}`))) return false;
  let repeated = 0;
  for (const k of keys) if (qw.has(k)) repeated++;
  // "Tarn Cruises", asked of the "Tarn Star": half the name is the question's, and the other half names another
  // thing (not "Tarn Ministry", a body's head word after the question's name; a person's surname asked alone is
  // that person's).
  if (!givenName && keys.length > 1 && repeated * 2 === keys.length && text.split(/[\s-]+/).some((w, i) => !qw.has(keys[i]!) && /^\p{Lu}/u.test(w) && !isOrgHead(w) && !isTitleWord(w))) return false;
  return keys.length > 0 && repeated * 2 >= keys.length;
}

/**
 * Kinds one name may be called by either, each to its family's first: outlets call one place a town, a village or a
 * city, one road a road, a motorway or a highway, as they see it; "which hospital" is answered by "Tarn Medical Center".
 */
export const KIND_FAMILY = new Map(
  [
    ['city', 'town', 'village', 'township', 'borough', 'hamlet', 'municipality'],
    ['road', 'street', 'avenue', 'boulevard', 'lane', 'highway', 'motorway', 'freeway', 'expressway', 'autobahn', 'interstate'],
    ['hospital', 'centre', 'center'],
    ['chapel', 'church', 'cathedral'],
    ['country', 'nation'],
    ['port', 'harbour', 'harbor'],
  ].flatMap((kinds) => kinds.map((k) => [k, kinds[0]!] as const)),
);
/** Each kind's match key to the match keys of its whole family. */
const FAMILY_KEYS = new Map<string, string[]>();
for (const [kind, first] of KIND_FAMILY) {
  const members = [...KIND_FAMILY].filter(([, f]) => f === first).map(([k]) => termKey(k));
  FAMILY_KEYS.set(termKey(kind), members);
}

/**
 * The focus noun of the question ("newspaper", "province") right next to or inside the candidate ("the Thai
 * newspaper Dagbladet", "Sligo county"): 'adjacent'; a few words away: 'near'.
 */
export function focusFits(s: Sentence, span: TypedSpan, q: Question): 'adjacent' | 'near' | null {
  const head = q.type.head;
  if (!head || head === 'when' || head === 'where') return null;
  // "which town or city": either noun names the kind asked for.
  const f = q.type.focus;
  const or = f.indexOf('or');
  const heads = new Set([termKey(head), ...(or > 0 && f[or + 1] === head ? [termKey(f[or - 1]!)] : [])]);
  // Outlets call one place a town, a village or a city as they see it: asked one, any of them names the kind.
  for (const k of [...heads]) for (const m of FAMILY_KEYS.get(k) ?? []) heads.add(m);
  const is = (w: string | undefined) => !!w && heads.has(termKey(w));
  const inside = s.text.slice(span.start, span.end).split(NON_LETTERS);
  const before = s.text.slice(Math.max(0, span.start - 30), span.start).split(NON_WORD).filter(Boolean);
  const after = s.text.slice(span.end, span.end + 30).split(NON_WORD).filter(Boolean);
  if (inside.some(is) || is(before[before.length - 1]) || is(after[0]) || (is(after[1]) && after[0] && /^[a-z]/.test(after[0]))) return 'adjacent';
  // "the Upcountry area of Kula", "the town of Oskby": a place named after its kind's noun and "of" (not "the mayor of
  // Oskby", whose name is not the place's).
  if (q.type.want === 'place' && before[before.length - 1] === 'of' && is(before[before.length - 2])) return 'adjacent';
  // "Fen Gate, the only crossing it may use": a name set beside the asked noun by a comma is one.
  const apposed = APPOSED_NOUN.exec(s.text.slice(span.end, span.end + 40));
  if (apposed && apposed[1]!.split(/\s+/).some(is)) return 'adjacent';
  const window = s.text.slice(Math.max(0, span.start - 40), Math.min(s.text.length, span.end + 40));
  return window.split(NON_LETTERS).some(is) ? 'near' : null;
}

/** The noun of a phrase in apposition after a name: ", the only crossing", ", a port town". */
const APPOSED_NOUN = /^,\s+(?:the|a|an)\s+((?:[a-z-]+\s+){0,2}[a-z-]+)/;

/** "Since when …", "when did X last …", "before this week, when …": the question asks about an earlier time. */
const LOOKS_BACK = /\bsince when\b|^before this\b|\b(?:previous|previously)\b|\b(?!(?:the|a|his|her|its|their)\s)\w+\s+last\s+(?!week|year|month|night|time)[a-z]+/i;
/** "When was the old Tarnish record set?": a record, a bridge or a rule the story replaces was made before it. */
export const OLD_ASKED = /\b(?:the|its|their|his|her)\s+(?:old|original)\s+[a-z]/i;

/** Spans as candidates, each shown as written. */
function asCandidates(spans: TypedSpan[]): { span: TypedSpan; display: string }[] {
  const out: { span: TypedSpan; display: string }[] = [];
  for (const span of spans) out.push({ span, display: span.text });
  return out;
}

/** A year the sentence does not look back to ("the worst since 1973"), unless the question names a year or looks back. */
function isCurrent(y: TypedSpan, s: Sentence, q: Question): boolean {
  // A day of a past year ("Oct. 3, 2023: the trial opens") dates an event; only a year alone is looked back to.
  if (/^date:\d{4}-\d{2}-\d{2}$/.test(y.key)) return true;
  const year = /\b(?:19|20)\d{2}\b/.exec(y.text)?.[0];
  // "Since when …" asks when something began, often years before.
  return !year || !s.published || year >= s.published.slice(0, 4) || q.terms.some((t) => /^y\d{4}$/.test(t.key)) || LOOKS_BACK.test(q.text) || OLD_ASKED.test(q.text) || askedVerbLeadsTo(s.text, y.start, q);
}

const VERB_IN_BEFORE = /\b(\p{L}+)\s+in\s+(?:(?:early|late|mid-?)\s*)?(?:\p{Lu}\p{Ll}+\s+)?$/u;

/** "was completed in 2009", asked when it was completed: a past year the asked verb leads to is when it happened. */
function askedVerbLeadsTo(text: string, at: number, q: Question): boolean {
  const verb = VERB_IN_BEFORE.exec(text.slice(Math.max(0, at - 40), at))?.[1];
  if (!verb || !/(?:ed|en|t)$/i.test(verb)) return false;
  const key = termKey(verb.toLowerCase());
  return q.terms.some((t) => t.key === key && !isCapitalised(t.word));
}

/** "Ann Roe's outgoing cabinet": a possessive name that owns the question's focus noun (`owned`, a match key). */
function owns(text: string, n: TypedSpan, owned: string | null): boolean {
  return !!owned && /^['’]s\s/.test(text.slice(n.end)) && text.slice(n.end + 2).trim().split(/\s+/).slice(0, 3).some((w) => termKey(w.replace(NOT_NAME_CHAR, '')) === owned);
}

/** "Whose record fell?": the match key of the noun whose owner is asked for, or null. */
export const ownedNoun = (q: Question): string | null => (q.type.role === 'possessor' && q.type.focus.length ? termKey(q.type.focus[q.type.focus.length - 1]!) : null);

/**
 * "the record set by Ivo Roe", "the crown of Empress Anna", "a penalty from Kell", "the Roe administration": the asked
 * noun a few words before the name, tied to it by "of", "from" or a participle with "by"; or the name right before it.
 */
export function ownerOf(text: string, n: TypedSpan, owned: string): boolean {
  if (owns(text, n, owned)) return true;
  if (termKey((/^\s+([\p{L}'’-]+)/u.exec(text.slice(n.end, n.end + 30))?.[1] ?? '').replace(NOT_NAME_CHAR, '')) === owned) return true;
  const before = text.slice(Math.max(0, n.start - 80), n.start);
  // "the remarks by Rep. Ann Roe": the noun itself, then "by" (not "the record was broken by", the one who broke it).
  const by = NOUN_BY.exec(before);
  if (by && termKey(by[1]!) === owned) return true;
  const m = OWNER_AFTER.exec(before);
  return !!m && m[1]!.split(/\s+/).some((w) => termKey(w.replace(NOT_NAME_CHAR, '')) === owned);
}
const NOUN_BY = /([\p{L}'’-]+)\s+by\s+(?:(?:the|his|her|its|their|a)\s+)?(?:[\p{L}.]+,?\s+){0,2}$/u;
const OWNER_AFTER = /((?:[\p{L}'’-]+\s+){1,3})(?:of\s+[\d:.,]+,?\s+)?(?:(?:set|held|owned|run|led|made|taken|kept)\s+(?:\p{Ll}+\s+){0,4}?by|of|from|belonging\s+to)\s+(?:(?:the|his|her|its|their|a)\s+)?(?:[\p{L}.]+,?\s+){0,2}$/u;

/** "the flight from Tarnby": a place the question's own noun (one of `things`) came from, a few words before it. */
function comesFrom(text: string, p: TypedSpan, things: Set<string>): boolean {
  // "Two ships left Oskby Naval Base on Tuesday": a place a departure verb leads to is where they came from.
  if (LEFT_BEFORE.test(text.slice(Math.max(0, p.start - 20), p.start))) return true;
  const m = /((?:\S+\s+){0,3})from\s+(?:the\s+)?$/i.exec(text.slice(Math.max(0, p.start - 60), p.start));
  return !!m && m[1]!.split(/\s+/).some((w) => things.has(termKey(w.replace(NOT_NAME_CHAR, ''))));
}

const LEFT_BEFORE = /\b(?:left|leaving|departed|departing)\s+(?:the\s+)?$/i;

/** A court's name: "the Competition Appeal Tribunal", "the High Court". */
const COURT = /\b(?:Court|Tribunal)$/;

/** What leads to where something was going: "from Tarnby to", "bound for", "headed to", "en route to". */
const GOES_TO = /(?:\bfrom\s+[^.;]{1,60}?\s+to|\b(?:bound|headed|heading|destined|sailing|flying|travelling|traveling|en route|on its way|going)\s+(?:for|to|towards?))\s+(?:the\s+)?$/i;

/** "Where was it bound for?": a place the sentence says it was going to, when the question asks so. */
const going = (span: TypedSpan, q: Question, text: string) => !q.type.destination || GOES_TO.test(text.slice(Math.max(0, span.start - 80), span.start));

/** A person the coverage quotes, a source ("according to …") or the body a sentence's words are attributed to: no place. */
const quoted = (span: TypedSpan, text: string, s: Sentence, q: Question, index: CorpusIndex) => /\baccording to\s+$/i.test(text.slice(Math.max(0, span.start - 14), span.start)) || (looksLikePerson(span.text) && /\s/.test(span.text) && index.speakers.info.has(`p:${span.text.split(/\s+/).pop()!.toLowerCase()}`)) || SPOKEN_TO.test(text.slice(Math.max(0, span.start - 30), span.start)) || (q.type.head === 'where' && s.claims.some((c) => c.attribution.kind === 'organization' && c.attribution.surface.includes(span.text)));

/** "spoke to Roe", "wrote to Roe": whoever these lead to is someone spoken to, not a place gone to. */
const SPOKEN_TO = /\b(?:spoke|speaking|talked|talking|wrote|writing|sent|sending|said|saying|reached out|called|calling|turned|listened|waved|lied|apologised|apologized)\s+to\s+$/i;

const WEEKDAY_NAME = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

/** The question's things, for comesFrom: its content words, "-ing" words aside. Once per question. */
const thingsOf = new WeakMap<Question, Set<string>>();
function questionThings(q: Question): Set<string> {
  let t = thingsOf.get(q);
  if (!t) thingsOf.set(q, (t = new Set(q.terms.filter((x) => !x.generic && !/ing$/.test(x.word)).map((x) => x.key))));
  return t;
}

/** A place candidate: a place's head noun in it, or a name that does not read as a body's (an initialism a locative leads to is a place's code). */
/** "from the Green party", "the Tarn council": a name a body's noun follows names that body, not a place. */
const BODY_AFTER = /^\s+(?:party|company|corporation|group|union|council|government|administration|ministry|agency|police|army|coalition|firm|team|board|committee|commission|campaign|movement|club)\b/;

function placeLike(p: TypedSpan, text: string): boolean {
  if (BODY_AFTER.test(text.slice(p.end, p.end + 16))) return false;
  // "two Americans", "five Iranians": people of a country, not a place.
  if (DEMONYM_PLURAL.test(p.text)) return false;
  return !isOrgLike(p.text) || p.text.split(/\s+/).some((w) => PLACE_NOUN.test(w)) || (/^[A-Z]{3}$/.test(p.text) && LOCATIVES.has(p.before ?? ''));
}

/** A name of a sentence with what candidatesIn asks of it whatever the question. */
interface NameRead {
  span: TypedSpan;
  /** "Ukrainian official", "Ukraine's region": used as a modifier. */
  adjectival: boolean;
  /** A place's head noun in it ("Lakeside General Hospital") or a locative before it ("held at the Old Fort"). */
  placeWord: boolean;
  placeLike: boolean;
  /** The name lower-cased, for the asked head noun in it. */
  lower: string;
}

/** A place the index read after a locative, placed in the sentence. */
interface PlaceRead {
  span: TypedSpan;
  /** Found in the text, not a modifier nor a weekday. */
  usable: boolean;
  placeLike: boolean;
}

/**
 * A sentence's names and places with the tests that depend on them alone, read once per sentence for every question
 * that takes candidates from it (each where-question reads hundreds of sentences, and the next asks of the same).
 * The spans are shared, frozen: a caller that rekeys one copies it.
 */
const namesRead = new RecentReads<{ names: NameRead[]; places: PlaceRead[] }, Sentence>();

function namesOf(s: Sentence, index: CorpusIndex): { names: NameRead[]; places: PlaceRead[] } {
  let read = namesRead.get(s);
  if (!read) {
    const text = s.text;
    const names = nameSpans(text, lowerWords(index))
      .filter((n) => n.text.length > 1)
      .map((span) => ({ span: Object.freeze(span), lower: span.text.toLowerCase(), adjectival: adjectival(text, span), placeWord: span.text.split(/\s+/).some((w) => PLACE_NOUN.test(w)) || LOCATIVES.has(span.before ?? ''), placeLike: placeLike(span, text) }));
    const places = s.places.map((p) => {
      const start = text.indexOf(p);
      const span = Object.freeze({ text: p, start, end: start + p.length, key: p.toLowerCase() });
      return { span, usable: start >= 0 && !adjectival(text, span) && !WEEKDAY_NAME.test(p), placeLike: placeLike(span, text) };
    });
    read = namesRead.set(s, { names, places });
  }
  return read;
}

/** Per sentence list, by sentence id: 0 not read yet, 1 offers a where-question no place, 2 may offer one. */
const placeOffers = new WeakMap<readonly Sentence[], Uint8Array>();

const offersPlace = (read: { names: NameRead[]; places: PlaceRead[] }) =>
  read.places.some((p) => p.usable && p.placeLike) || read.names.some((n) => !n.adjectival && n.placeLike && (n.placeWord || n.lower.includes('where')));

/**
 * Whether candidatesIn may find a place in the sentence for a question asking "where" (or for a place with no head
 * noun): a place the index read after a locative, or a name with a place's word in it. Most of the hundreds of
 * sentences a where-question reads name none; this is read once per sentence, into a byte, so those are passed over
 * without reading their names again (the names' cache holds only the sentences read last).
 */
export function mayOfferPlace(s: Sentence, index: CorpusIndex): boolean {
  const all = index.sentences;
  if (all[s.id] !== s) return offersPlace(namesOf(s, index));
  let flags = placeOffers.get(all);
  if (!flags || flags.length < all.length) placeOffers.set(all, (flags = new Uint8Array(all.length)));
  if (!flags[s.id]) flags[s.id] = offersPlace(namesOf(s, index)) ? 2 : 1;
  return flags[s.id] === 2;
}

export function candidatesIn(s: Sentence, q: Question, index: CorpusIndex, qw: Set<string>): { span: TypedSpan; display: string }[] {
  const want = q.type.want;
  const text = s.text;
  if (want === 'time') return asCandidates(timeSpans(text));
  // A bare "when" takes whatever the sentence gives: a calendar date, a weekday, a time or a year.
  // …but not an earlier year the sentence looks back to ("the worst since 1973"), unless the question names a year.
  if (want === 'date') {
    // "TARNBY, Sept. 12 (Palisade) - …": the dateline's date is when the article was filed, not when anything in it
    // happened.
    const dateline = DATELINE.exec(text)?.[0].length ?? 0;
    const spans = dateSpans(text).filter((d) => d.start >= dateline && !datesAnother(text, d, q));
    if (q.type.head !== 'when') return asCandidates(spans);
    const dates = withTimeOfDay(text, spans.filter((d) => isCurrent(d, s, q)), timeSpans(text));
    return asCandidates([...dates, ...yearSpans(text).filter((y) => !q.words.includes(y.text) && isCurrent(y, s, q))]);
  }
  if (want === 'year') return asCandidates(yearSpans(text).filter((y) => !q.words.includes(y.text)));
  if (want === 'age') return asCandidates(ageSpans(text).filter((a) => !q.numbers.includes(+a.key)));
  if (MEASURES.has(want) || (want === 'count' && q.unitWord)) return measureSpans(s, q);
  const read = namesOf(s, index);
  if (want === 'place') {
    // Places after a locative as the index read them ("in Ukraine's northeastern Kharkiv region"), and names that
    // carry a place's head noun ("Lakeside General Hospital", "the Old Fort").
    const places = read.places.filter((p) => p.usable && !repeatsQuestion(p.span.text, qw));
    // "the Harbor Fire Department" is a body, not a place.
    // …though an initialism a locative leads to ("at BER") is a place's code.
    // "Where was it coming from?": only a place the sentence says it came from ("the flight from Tarnby").
    // What came from there is the question's own noun, just before ("the flight from Tarnby"), not whoever "came from" it.
    const things = q.type.origin ? questionThings(q) : null;
    const out: { span: TypedSpan; display: string }[] = [];
    // "Where was it bound for?": only a place the sentence says it was going to ("from Tarnby to Oskby", "bound for Oskby").
    // (going and quoted are functions of the module, not made per sentence: each named function made costs a property
    // write under tsx's keepNames, twice for every one of a where-question's hundreds of sentences.)
    // A person the coverage quotes is no place, whatever locative stands before the name; nor is a source ("according
    // to Graham").
    // …nor the body a sentence's words are attributed to ("Tarn County Emergency Services said …").
    for (const p of places) if (p.placeLike && !modifiesNoun(p.span, text, q) && (!things || comesFrom(text, p.span, things)) && going(p.span, q, text) && !quoted(p.span, text, s, q, index) && !numbered(p.span, text, index)) out.push({ span: p.span, display: p.span.text });
    // A name (not a modifier, not the question's own, not a wire's code) with the asked head noun in it, beside it, or
    // a place's word: the cheap tests first, as most of a where-question's hundreds of sentences' names fail them.
    for (const n of read.names) {
      // "bound for Fenport": what something was going to is a place, whatever word names it.
      const goesThere = !!q.type.destination && going(n.span, q, text);
      // "to the Tarn Appeal Tribunal in Oskby": a court a case goes to is where it is heard.
      if (q.type.head === 'where' && COURT.test(n.span.text) && /\b(?:to|at|in|before)\s+the\s+$/i.test(text.slice(Math.max(0, n.span.start - 12), n.span.start)) && !repeatsQuestion(n.span.text, qw)) {
        out.push({ span: n.span, display: n.span.text });
        continue;
      }
      if (n.adjectival || !n.placeLike || modifiesNoun(n.span, text, q) || !(goesThere || n.placeWord || (q.type.head && n.lower.includes(q.type.head)) || focusFits(s, n.span, q) === 'adjacent')) continue;
      if (repeatsQuestion(n.span.text, qw) || WIRE_CODE.test(text.slice(Math.max(0, n.span.start - 1), n.span.end + 4))) continue;
      if (places.some((p) => p.span.start <= n.span.start && n.span.end <= p.span.end) || (things && !comesFrom(text, n.span, things)) || !going(n.span, q, text) || quoted(n.span, text, s, q, index)) continue;
      out.push({ span: n.span, display: n.span.text });
    }
    return out.map((c) => withKindNoun(withHouseNumber(withPossessiveName(c, text, read.names), text), text));
  }
  // "Whose outgoing cabinet …" is answered by the possessive that owns it ("Ann Roe's outgoing cabinet").
  const owned = ownedNoun(q);
  // "OSKBY, April 26 (BW) - …": a wire's code after the dateline names the outlet, not anything in the story.
  // "its grounded Velco 700-9 Max aircraft": a word after a model's number names the model, not anyone.
  const named = read.names.filter((n) => !repeatsQuestion(n.span.text, qw) && (!n.adjectival || owns(text, n.span, owned)) && !WIRE_CODE.test(text.slice(Math.max(0, n.span.start - 1), n.span.end + 4)) && !MODEL_NUMBER_BEFORE.test(text.slice(Math.max(0, n.span.start - 12), n.span.start)));
  // "Civil District Court Judge Ann Roe": asked for a person, the name after the title, not the court's.
  const names = want === 'person' ? named.map((n) => personAfterTitle(n.span)) : named.map((n) => n.span);
  if (want === 'person' || want === 'group') {
    // A plain "who" may be answered by a person or a body ("the union blamed …"); "which official" by a person.
    // "Whose record fell?": only a name told as the owner of the asked noun answers; any other name in the sentence
    // did something else ("Roe broke the record set by Kell": Kell's).
    // (A sentence without the noun, "according to Tarnbank", is read as any other.)
    if (owned && s.terms.includes(owned)) return asCandidates(names.filter((n) => ownerOf(text, n, owned)));
    if (want === 'person' && !q.type.head) return asCandidates(q.type.role === 'recipient' && !names.length ? objectAfterVerb(s, q) : names);
    const people = want === 'person';
    // "his Tarn Forward party": a name the asked noun follows is of that kind, though it reads like a person's.
    // "vaccine maker Tarnby Nordic", "Tarnby Nordic said it …": a name shaped like a person's that the coverage
    // calls a body is one.
    // "the Roe family pledged …": a family is people, not the body asked for.
    // "two Americans": people of a country are no body.
    return asCandidates(names.filter((n) => (people ? looksLikePerson(n.text) && !calledABody(index, n.text) : FAMILY_AFTER.test(text.slice(n.end, n.end + 12)) || DEMONYM_PLURAL.test(n.text) ? false : !looksLikePerson(n.text) || (!!q.type.head && termKey(NEXT_WORD.exec(text.slice(n.end))?.[1] ?? '') === termKey(q.type.head)) || calledABody(index, n.text))));
  }
  return [];
}

const INITIALISM = /^[A-Z]{2,}$/;

/**
 * "at a Tarnby summit": a name between "a" and a common noun says what kind of thing that is, not where; unless the
 * noun is the asked one ("an A9 motorway viaduct", asked "which motorway").
 */
function modifiesNoun(span: TypedSpan, text: string, q: Question): boolean {
  if (!/\ban?\s+$/i.test(text.slice(Math.max(0, span.start - 4), span.start))) return false;
  const noun = NOUN_AFTER.exec(text.slice(span.end, span.end + 24))?.[1];
  return !!noun && (!q.type.head || termKey(noun) !== termKey(q.type.head));
}
const NOUN_AFTER = /^\s+(\p{Ll}{3,})/u;

const OWNER_GAP = /^['’]s\s+$/;

/**
 * "St. Mary's Church of the Assumption", "St Peter's Basilica": a place whose name opens with its kind's noun is named
 * by the possessive before it, which the name reading splits off as a modifier.
 */
function withPossessiveName(c: { span: TypedSpan; display: string }, text: string, names: NameRead[]): { span: TypedSpan; display: string } {
  if (!PLACE_NOUN.test(c.span.text.split(/\s+/, 1)[0]!)) return c;
  const owner = names.find((n) => n.span.end < c.span.start && OWNER_GAP.test(text.slice(n.span.end, c.span.start)));
  if (!owner) return c;
  const whole = text.slice(owner.span.start, c.span.end);
  return { span: { ...c.span, text: whole, start: owner.span.start, key: whole.toLowerCase() }, display: whole };
}

/** A street's name after its house number: "at 4120 Tarn Avenue" is the address, number and all. */
const HOUSE_NUMBER_BEFORE = /\b\d{1,5}[A-Za-z]?\s+$/;
const STREET_WORD = /\s(?:Avenue|Street|Road|Boulevard|Lane|Drive|Way|Place|Court|Terrace|Parkway|Highway|Ave\.?|St\.?|Rd\.?|Blvd\.?)$/;

/**
 * "the Formula Tarn pit building", "the Oska river": a name followed by the lower-case noun of its kind is named with
 * it, where the noun ends the phrase (punctuation or a word that opens the next one follows).
 */
function withKindNoun(c: { span: TypedSpan; display: string }, text: string): { span: TypedSpan; display: string } {
  const kind = KIND_NOUN_AFTER.exec(text.slice(c.span.end, c.span.end + 40));
  if (!kind) return c;
  const end = c.span.end + kind[1]!.length;
  const whole = text.slice(c.span.start, end);
  return { span: { ...c.span, text: whole, end, key: whole.toLowerCase() }, display: whole };
}
const KIND_NOUN_AFTER = /^(\s+(?:\p{Ll}+\s+)?(?:building|centre|center|terminal|complex|stadium|hall|bridge|river|square|park|tower|arena|palace|museum|theatre|theater|cathedral|canal|lake))(?=\s*[,.;:)]|\s+(?:in|on|at|of|to|and|which|that|where|was|is|near|beside|by|from)\b)/u;

function withHouseNumber(c: { span: TypedSpan; display: string }, text: string): { span: TypedSpan; display: string } {
  const number = STREET_WORD.test(c.span.text) ? HOUSE_NUMBER_BEFORE.exec(text.slice(Math.max(0, c.span.start - 8), c.span.start)) : null;
  if (!number) return c;
  const start = c.span.start - number[0].length;
  const whole = text.slice(start, c.span.end);
  return { span: { ...c.span, text: whole, start, key: whole.toLowerCase() }, display: whole };
}

/** The person a name holds after a title, when the name begins with a body's words ("Tarn Court Judge Ann Roe"). */
function personAfterTitle(n: TypedSpan): TypedSpan {
  if (looksLikePerson(n.text)) return n;
  const words = n.text.split(' ');
  let title = words.length - 1;
  while (title >= 0 && !isTitleWord(words[title]!)) title--;
  // "TSA Administrator Ivo Roe": an initialism before the title is a body's, as a body's head word is.
  if (title < 1 || words.length - title - 1 < 2 || !words.slice(0, title).some((w) => isOrgHead(w) || INITIALISM.test(w))) return n;
  const person = words.slice(title + 1).join(' ');
  if (!looksLikePerson(person)) return n;
  return { ...n, text: person, start: n.end - person.length, key: person.toLowerCase() };
}

/**
 * "from Flight 310": a common noun capitalised before its number names a flight, a route or a unit, not a place
 * ("Highway 101" keeps its place: "highway" is a place's word).
 */
function numbered(p: TypedSpan, text: string, index: CorpusIndex): boolean {
  if (/\s/.test(p.text) || !/^\s+\d/.test(text.slice(p.end, p.end + 3))) return false;
  return !lowerWords(index)(p.text, true) && !PLACE_NOUN.test(p.text);
}

const VERB_FOR = /\b(\p{Ll}+(?:ed|ing))\s+for\s+$/u;

/** Whether a duration hangs on a verb of its own ("chased for"), one the question does not use. */
function otherVerbFor(before: string, q: Question): boolean {
  const verb = VERB_FOR.exec(before)?.[1];
  return !!verb && !q.terms.some((t) => t.key === termKey(verb));
}

/** The first number of a range and its "to", right before the second: "60% to", "1,500 -", "four to". */
/** A change that leaves from a value ("rocketed from", "fell from"), right before it. */
const CHANGE_FROM = /\b(?:rose|risen|rising|rises|climbed|climbing|jumped|jumping|soared|soaring|rocketed|surged|increased|grew|fell|fallen|falling|dropped|dropping|slid|declined|decreased|plunged|tumbled|went|gone|shot up|up|down)\s+from\s+$/i;
/** "up from the", ", from": a change's earlier value comes next. */
const PRIOR_FROM = /(?:\b(?:up|down)\s+from|,\s*from)\s+(?:the\s+)?$/i;
/** A question of the time before a change: "before it was raised", "before Monday's increase", "at first". */
const CHANGE_ASKED = /\bbefore\b[^?]*\b(?:rais|increas|cut|ris|rose|fall|fell|drop|jump|climb|lower|revis|boost|hik|chang)\w*|\b(?:previously|at first|originally|initially)\b/i;
/** "raised it to", "climbed to", "was cut to": the value a change came to comes next. */
const CHANGED_TO = /\b(?:raised|increased|lifted|boosted|cut|lowered|reduced|revised|climbed|rose|risen|jumped|fell|fallen|dropped|grew|soared|slid)\s+(?:(?:it|them|this|that)\s+)?(?:(?:up|down)(?:wards?)?\s+)?to\s+(?:an?\s+(?:estimated\s+|record\s+)?)?$/i;
/** ", up from $3.8 billion", ", from $580.2 million": the value before a change follows this one. */
const PRIOR_AFTER = /^[^.;]{0,12}?(?:\b(?:up|down)\s+from|,\s*from)\s+(?:the\s+)?[$€£¥]?\d/i;
/** A question asking of the time before a change: "before the slap", "at first", "previously". */
const BEFORE_ASKED = /\b(?:before|previously|prior to|at first|originally|initially|had been|used to)\b/i;

const RANGE_FROM = /(?:[$€£¥]?[\d,.]+(?:\s*(?:bn|m|million|billion|trillion)\b)?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty))\s*%?\s*(?:to|-|–)\s*$/i;

/** A model's number right before a word ("700-9 Max", "the A380 Plus"), not a year ("in 2019 Roe …"). */
const MODEL_NUMBER_BEFORE = /(?:^|\s)(?!(?:19|20)\d\d\s)[A-Z]{0,2}\d{2,4}(?:-\d{1,3})?\s+$/;
const WIRE_CODE = /^\([A-Z]{2,5}\)\s+[-–—]/;
/** A dateline: a place in capitals, a date, perhaps a wire's name in brackets, and a dash ("TARNBY, Sept. 12 (Palisade) -"). */
const DATELINE = /^\p{Lu}[\p{Lu} .'’-]*\p{Lu},(?:(?:\s+[\p{L}.]+){1,3},?)?\s+(?:\p{Lu}[\p{Ll}]+\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}[\p{Ll}]+\.?)(?:,\s+\d{4})?\s*(?:\([^)]{1,30}\))?\s*[-–—]\s/u;

/** Where a sentence's clauses meet: "X fell 12% in early trade, while Y was down 1%" tells two subjects apart. */
// A colon between digits is a time or a score ("2:07:31"), not a break.
const CLAUSE_BREAK = /;|(?<!\d):|:(?!\d)|,\s+(?:while|whereas|but|and|against)\b|\s+while\s/g;

/** The names a question gives after its first word ("How far did Acme's shares fall"), lower-cased, without "'s". */
export function namesInQuestion(question: string): Set<string> {
  return new Set((question.match(NAME_AFTER_FIRST) ?? []).map((w) => w.replace(/['’]s?$/, '').toLowerCase()));
}

const nameKeys = new WeakMap<Question, string[]>();

/** The keys of the names a question gives (not its wh-phrase's, nor its opening word), read once per question. */
export function nameKeysOf(q: Question): string[] {
  let keys = nameKeys.get(q);
  if (!keys) nameKeys.set(q, (keys = q.terms.filter((t) => isCapitalised(t.word) && !q.text.startsWith(t.word) && !q.type.focus.includes(t.word.toLowerCase())).map((t) => t.key)));
  return keys;
}

/** Whether the sentence holds a name the question gives. */
export function namesAskedIn(s: Sentence, q: Question): boolean {
  return nameKeysOf(q).some((k) => s.terms.includes(k));
}

/**
 * Of several values in one sentence, those in a clause that names what the question names: "How much did Y's shares
 * drop?" is answered by "while Y was down 1%", not by the 12% of the clause about X. Unchanged when no clause, or
 * every clause, names it.
 */
export function inNamedClause<T extends { span: TypedSpan }>(s: Sentence, cands: T[], q: Question): T[] {
  if (cands.length < 2) return cands;
  const names = nameKeysOf(q);
  if (!names.length) return cands;
  const cuts = [0, ...[...s.text.matchAll(CLAUSE_BREAK)].map((m) => m.index!), s.text.length];
  if (cuts.length < 3) return cands;
  const { tokens, keys } = tokensOf(s.text);
  const named = (start: number) => {
    const k = cuts.findIndex((c, i) => i > 0 && start < c);
    const [from, to] = [cuts[k - 1]!, cuts[k]!];
    return tokens.some((t, i) => t.start >= from && t.end <= to && names.includes(keys[i]!));
  };
  const kept = cands.filter((c) => named(c.span.start));
  return kept.length && kept.length < cands.length ? kept : cands;
}

const OFFSET_CLAUSE = /,\s+(?:a|an|one|two|three|four|five|six|seven|\d+)\s+(?:day|days|week|weeks|hour|hours|month|months)\s+(?:after|before)\b/i;

/**
 * "The Tarn agency declared it on Wednesday, a day after the Oskby office declared its own": asked when the office
 * declared, the day given is of the other event; the asked one is only told relative to it. Values before the offset
 * go, when the question's names stand only after it.
 */
export function notOffset<T extends { span: TypedSpan }>(s: Sentence, cands: T[], q: Question): T[] {
  if (!cands.length) return cands;
  const m = OFFSET_CLAUSE.exec(s.text);
  if (!m) return cands;
  const names = nameKeysOf(q);
  if (!names.length) return cands;
  const { tokens, keys } = tokensOf(s.text);
  const before = tokens.some((t, i) => t.start < m.index && names.includes(keys[i]!));
  const after = tokens.some((t, i) => t.start > m.index && names.includes(keys[i]!));
  return after && !before ? cands.filter((c) => c.span.start > m.index) : cands;
}

// A comma or colon between digits ("5,000m", "2:07:31") stays inside the clause.
const RELATIVE_CLAUSE = /,\s+(?:which|who|whose)\s+(?:[^,;:]|(?<=\d)[,:](?=\d))*,/g;

/**
 * "The fire, which began at about 6.50 p.m. in the attic, brought down its spire": a time or date inside a relative
 * clause is of that clause's verb. Asked when the spire came down, a value there is no answer when none of the
 * question's words stands in the clause and some stand outside it.
 */
export function outsideAsides<T extends { span: TypedSpan }>(s: Sentence, cands: T[], q: Question): T[] {
  if (!cands.length || !s.text.includes(', wh')) return cands;
  const asides = [...s.text.matchAll(RELATIVE_CLAUSE)].map((m) => [m.index!, m.index! + m[0].length] as const);
  if (!asides.length) return cands;
  const keys = new Set(q.terms.filter((t) => !q.type.focus.includes(t.word.toLowerCase()) && !/^[#%@]/.test(t.key)).map((t) => t.key));
  const { tokens, keys: tk } = tokensOf(s.text);
  const inside = (at: number) => asides.find(([a, b]) => at >= a && at < b);
  const outsideHolds = tokens.some((t, i) => keys.has(tk[i]!) && !inside(t.start));
  if (!outsideHolds) return cands;
  return cands.filter((c) => {
    const aside = inside(c.span.start);
    return !aside || tokens.some((t, i) => keys.has(tk[i]!) && t.start >= aside[0] && t.start < aside[1]);
  });
}

/**
 * "customers lost $8 billion, investors $1.7 billion and lenders to Velmar $1.3 billion": in a list of values each
 * value is said of the words written since the one before it. Of several values so listed, only the one whose item
 * holds the most of the question's words answers it, when one holds more than every other. Unchanged otherwise.
 */
export function inOwnListItem<T extends { span: TypedSpan }>(s: Sentence, cands: T[], q: Question): T[] {
  if (cands.length < 2) return cands;
  const asked = new Set(q.terms.filter((t) => !t.generic).map((t) => t.key));
  if (!asked.size) return cands;
  const sorted = [...cands].sort((a, b) => a.span.start - b.span.start);
  // A list: each value after the first follows a comma or "and" since the one before.
  // ("$5m from its fund and that it would need $9m to …" is two clauses, each value told before its own words.)
  for (let i = 1; i < sorted.length; i++) {
    const gap = s.text.slice(sorted[i - 1]!.span.end, sorted[i]!.span.start);
    if (!/,|\band\b/.test(gap) || /\b(?:that|would|will|said|says)\b/.test(gap)) return cands;
  }
  const { tokens, keys } = tokensOf(s.text);
  const held = sorted.map((c, i) => {
    const from = i ? sorted[i - 1]!.span.end : 0;
    return new Set(tokens.flatMap((t, k) => (t.start >= from && t.end <= c.span.start && asked.has(keys[k]!) ? [keys[k]!] : []))).size;
  });
  const most = Math.max(...held);
  if (held.filter((h) => h === most).length > 1) return cands;
  const owner = sorted[held.indexOf(most)]!;
  return cands.filter((c) => c === owner);
}

/** "until midnight on Saturday": a time of day told with its day is one answer, the day's (compared as the day). */
function withTimeOfDay(text: string, dates: TypedSpan[], times: TypedSpan[]): TypedSpan[] {
  const joined = new Set<TypedSpan>();
  const out: TypedSpan[] = [];
  for (const t of times) {
    const d = dates.find((d) => /^\s+(?:on\s+)?$/.test(text.slice(t.end, d.start)) && d.start > t.end);
    if (!d) continue;
    joined.add(t).add(d);
    out.push({ ...d, text: text.slice(t.start, d.end), start: t.start });
  }
  return [...dates.filter((d) => !joined.has(d)), ...out, ...times.filter((t) => !joined.has(t))];
}

export const MEASURES = new Set(['duration', 'distance', 'size', 'percent', 'money']);
const DISTANCE = /^(?:km|kms|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|m|feet|foot|ft|yards?|nautical)$/i;
/** The size words a sum is written with ("$3 billion", "£55bn"): part of the figure, not what it is of. */
const MAGNITUDE = /^(?:thousand|million|billion|trillion|bn|m|mn|k|tn)$/i;
const MONEY = /^(?:dollars?|euros?|pounds?|yen|won|yuan|rupees?|francs?|rubles?|roubles?|lira|liras|lire|pesos?|rand|naira|shekels?|rupiah|ringgit|baht|dinars?|dirhams?|riyals?|kronor|krona|kroner|zloty|forints?|hryvnias?|reais|real)$/i;

/** Areas, compared in square metres: "2,000 acres" and "8.1 square kilometres" are one area told twice. */
const AREA_UNIT = /^(?:acres?|hectares?|ha)$/i;
const AREAS: [RegExp, number][] = [
  [/^acres?$/i, 4046.86],
  [/^(?:hectares?|ha)$/i, 10000],
];
const SQUARE_BEFORE = /\b(?:square|sq\.?)\s+\S+$/i;
const WEIGHT_UNIT = /^(?:kg|kgs|kilo(?:gram(?:me)?)?s?|tonnes?|tons?|t|lbs?|pounds?|grams?|g|ounces?|oz)$/i;
const SPEED_UNIT = /^(?:knots?|mph|kph|kmh)$/i;
const PER_HOUR = /^\s*(?:per|an|a)\s+hour\b|^\/h\b/i;
/** A speed's unit in km/h, so "67 miles per hour (108 km per hour)" is one speed. */
const KMH: [RegExp, number][] = [
  [/^knots?$/i, 1.852],
  [/^(?:mph|miles?)$/i, 1.609],
  [/^(?:kph|kmh|km|kms|kilomet)/i, 1],
];

/** Words that follow a measure without naming what it measures ("1.6 miles long", "3 km away"). */
const MEASURE_AFTER = /^(?:long|wide|high|deep|tall|away|across|high|thick|in|at|on|to|from|and|or|but|by|with|below|above|under|over|into|off|north|south|east|west|upstream|downstream)$/i;

/**
 * Whether the words right after a measure name another thing it measures than the question's: "a 951ft container
 * vessel" asked how long the bridge was, "25 feet of water". A parenthesis ("1.4-mile (2.3 km) Oskar Bridge") is passed.
 */
function measuresOther(after: string, q: Question): boolean {
  const rest = after.replace(/^\s*\)?\s*(?:\([^)]*\)\s*)?/, '');
  const m = /^((?:of\s+)?(?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+)/u.exec(rest);
  if (!m) return false;
  const words = m[1]!.split(/\s+/);
  if (MEASURE_AFTER.test(words[0]!) || (words[0]!.toLowerCase() !== 'of' && STOPWORDS.has(words[0]!.toLowerCase()))) return false;
  const asked = new Set(q.terms.map((t) => t.key));
  if (words.some((w) => asked.has(termKey(w)))) return false;
  // Only what surely is something else: a thing "of" ("25 feet of water") or one named ("the 951ft vessel Velma");
  // a common noun may be the asked thing in other words ("the 1.6-mile span", asked of the bridge).
  return words[0]!.toLowerCase() === 'of' || words.some((w) => /^\p{Lu}/u.test(w));
}

const MONEY_OF_AFTER = /^\s*(?:of|in)\s+(?:(?:new|fresh|extra|additional|unrealized|unrealised|total)\s+)?(\p{Ll}+)/u;
const MONEY_NOUN_BEFORE = /\b(\p{Ll}+)\s+of\s+(?:(?:about|around|roughly|some|nearly|almost|just|over|under|more than|less than|up to)\s+)?[$€£¥]?\s*$/u;
const MONEY_AFTER_ARTICLE = /\b(?:a|an)\s+[$€£¥]?\s*$/;
const MONEY_NOUN_NEXT = /^\s+(\p{Ll}+)/u;

/**
 * Whether a sum is told as the sum of a thing the question does not ask about: "$91 billion of securities" or "loans
 * of £5bn" asked about deposits, "a $1.8 billion loss" asked about new capital. Only a noun the sentence ties to the
 * sum by "of", "in" or "a … loss" counts, or the noun the sum is read with (`unit`: "a $2bn break-up fee"): a bare
 * sum may be the asked one in other words.
 */
function moneyOfOther(text: string, start: number, end: number, q: Question, unit: string): boolean {
  const asked = new Set(q.terms.map((t) => t.key));
  // The sum's own noun, every word of it ("break-up fee"): none of them asked, it is a sum of something else.
  if (unit && !unit.toLowerCase().split(/[\s-]+/).some((w) => asked.has(termKey(w)))) return true;
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 40);
  const nouns: string[] = [];
  const of = MONEY_OF_AFTER.exec(after);
  if (of && !STOPWORDS.has(of[1]!)) nouns.push(of[1]!);
  const owner = MONEY_NOUN_BEFORE.exec(before);
  if (owner && !STOPWORDS.has(owner[1]!)) nouns.push(owner[1]!);
  const next = MONEY_AFTER_ARTICLE.test(before) ? MONEY_NOUN_NEXT.exec(after) : null;
  if (next && !STOPWORDS.has(next[1]!)) nouns.push(next[1]!);
  if (!nouns.length) return false;
  return !nouns.some((n) => asked.has(termKey(n)));
}

const POSSESSED = /^['’]s\s+(?:[\p{Ll}-]+\s+)?([\p{Ll}-]+)/u;

/**
 * "in her first remarks since Sunday's theft": a day owning a noun dates that noun, and answers when it happened only
 * where the question asks about it.
 */
function datesAnother(text: string, d: TypedSpan, q: Question): boolean {
  const owned = POSSESSED.exec(text.slice(d.end, d.end + 40));
  return !!owned && !q.terms.some((t) => t.key === termKey(owned[1]!));
}

/** A preposition right before "one": "the axle of one rail car". */
export const ONE_AFTER_PREPOSITION = /\b(?:of|on|in|at|with|from|to|by|for|into|onto|under|inside)\s+$/i;

const RATE_AFTER = /^\s+(?:for\s+(?:each|every)|per|apiece)\b/i;
const ASKS_RATE = /\b(?:each|every|per|apiece)\b/i;

/** "one round for each year of her life" (the count ending at `end`) is a rate, no answer to how many were fired. */
export function rateNotAsked(q: Question, text: string, end: number): boolean {
  return !ASKS_RATE.test(q.text) && RATE_AFTER.test(text.slice(end, end + 20));
}

const ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'last', 'final', 'latest']);
const ORDINAL_WORD = /\b(?:first|second|third|fourth|fifth|last|final|latest)\b/g;

/** Quantities of the measure asked for: "about 250 metres", "$1 billion", "15.7%", "six weeks". */
/** Scales a figure is read on: "magnitude 7.6", "category 4", "level 3". */
const SCALES = new Set(['magnitude', 'category', 'level', 'force']);

function measureSpans(s: Sentence, q: Question): { span: TypedSpan; display: string }[] {
  const want = q.type.want;
  const out: { span: TypedSpan; display: string }[] = [];
  // "What magnitude …": a figure on that scale as the sentence writes it ("magnitude 7.6", "a 7.8-magnitude quake");
  // "how big / how strong was the quake": any scale's figure the sentence gives.
  if (want === 'size' && (SCALES.has(q.type.head ?? '') || !q.type.head)) {
    const asked = q.words.find((w) => ORDINALS.has(w));
    for (const v of slotValues(s)) {
      // "the first quake" is not answered by "a second tremor of magnitude 7.5".
      const ordinal = asked ? [...s.text.slice(Math.max(0, v.at - 80), v.at).toLowerCase().matchAll(ORDINAL_WORD)].pop()?.[0] : undefined;
      if (ordinal && ordinal !== asked) continue;
      if (v.kind !== 'measure' || (v.unit !== q.type.head && q.type.head)) continue;
      // The span runs from the scale's word, wherever the sentence puts it ("the magnitude of the second quake … at 7.6").
      const word = s.text.toLowerCase().lastIndexOf(v.unit!, v.at);
      const start = word >= 0 && v.at - word <= 80 ? word : v.at;
      out.push({ span: { text: s.text.slice(start, v.end), start, end: v.end, key: `${v.value}|${v.unit}` }, display: v.label });
    }
    if (out.length || q.type.head) return out;
  }
  const unitKey = q.unitWord ? termKey(q.unitWord) : null;
  // Read once per sentence, not once per figure.
  const beforeAsked = BEFORE_ASKED.test(q.text);
  const changeAsked = CHANGE_ASKED.test(q.text);
  // "Only 51 had declared for him, against at least 130 for Roe", asked of Roe: the figure for the one asked about.
  const others = want === 'count' ? forOthers(s, namesInQuestion(q.text)) : [];
  for (const [n, qq] of s.quantities.entries()) {
    if (q.numbers.includes(qq.value) || qq.whole || others[n]) continue;
    const unit = qq.unit ?? '';
    const start = qq.span.start - s.span.start;
    let end = qq.span.end - s.span.start;
    const sign = /[$€£¥]\s*$/.test(s.text.slice(Math.max(0, start - 2), start));
    let ok: boolean;
    // "10 bird strikes" counts strikes, not birds: a modifier names what is counted only before a word for people ("Canadian citizens" are Canadians).
    if (want === 'count') ok = unitKey !== null && (termKey(unit) === unitKey || (qq.unitClass === 'person' && qq.modifiers.some((m) => termKey(m) === unitKey)));
    else if (want === 'percent') {
      // "59.7 per cent": the words are the share's sign, shown with it.
      const perCent = /^\s*per\s*cent\b/i.exec(s.text.slice(end, end + 10));
      ok = unit === 'percent' || !!perCent;
      if (perCent && unit !== 'percent') end += perCent[0].length;
    }
    else if (want === 'money') ok = sign || MONEY.test(unit);
    else if (want === 'duration') ok = DURATION_UNITS.test(unit) || (q.type.lengthOrDuration && DISTANCE.test(unit));
    else if (want === 'size' && q.type.head === 'speed') {
      // "8 knots", "81 mph", "67 miles per hour": a distance counts as a speed only with its "per hour".
      const perHour = DISTANCE.test(unit) ? PER_HOUR.exec(s.text.slice(end, end + 16)) : null;
      ok = SPEED_UNIT.test(unit) || !!perHour;
      if (perHour) end += perHour[0].length;
    }
    else if (want === 'size' && q.type.head === 'weight') ok = WEIGHT_UNIT.test(unit);
    // "To what temperature …": degrees, not "ten times hotter".
    else if (want === 'size' && /^temperatures?$/.test(q.type.head ?? '')) ok = /^(?:degrees?|°?[CF]|celsius|fahrenheit)$/i.test(unit);
    // "how much rain": any measured amount (491mm, 25 tonnes), never a count of people or a time.
    else if (want === 'size' && q.type.head && q.type.head !== 'how') ok = !!qq.unit && qq.unitClass !== 'person' && !DURATION_UNITS.test(unit) && !MONEY.test(unit);
    // "How big an area …": an area's measure ("2,000 acres", "three square miles"); "how big" alone, any extent.
    else if (want === 'size' && q.words.includes('area')) ok = AREA_UNIT.test(unit) || (DISTANCE.test(unit) && SQUARE_BEFORE.test(s.text.slice(Math.max(0, start), end)));
    else ok = DISTANCE.test(unit) || (want === 'size' && AREA_UNIT.test(unit));
    // "10 of the derailed cars" counts among a group the question may not ask of.
    if (want === 'count' && amongOtherGroup(s.text.slice(start, end + 40), q)) ok = false;
    // "the axle of one rail car" points at a car; it counts nothing.
    if (want === 'count' && qq.value === 1 && ONE_AFTER_PREPOSITION.test(s.text.slice(Math.max(0, start - 12), start))) ok = false;
    if (want === 'count' && rateNotAsked(q, s.text, end)) ok = false;
    // "a town of about 3,100 people" is how many live there.
    if (want === 'count' && populationAt(s.text, start) && !ASKS_POPULATION.test(q.text)) ok = false;
    // "How many were wounded" is not answered by the number killed in the same breath.
    // "How many had died?" is not answered by "1,400 people spent the night in shelters", a figure of no event.
    // (A toll of the dead is read only from a figure of deaths; other events may be told in words the reader misses.)
    if (want === 'count' && q.event && (qq.event ? !eventsCompatible(q.event, qq.event) : q.event === 'kill')) ok = false;
    // "6,000 km/h", "81 miles per hour" are speeds: no distance, length or altitude.
    if (ok && DISTANCE.test(unit) && q.type.head !== 'speed' && PER_HOUR.test(s.text.slice(end, end + 16))) ok = false;
    // "faces up to 40 years", asked what he was sentenced to: what could be is not what was.
    if (ok && !POSSIBLE_ASKED.test(q.text) && POSSIBLE_BEFORE.test(s.text.slice(Math.max(0, start - 48), start).replace(/[$€£¥]\s*$/, ''))) ok = false;
    if (!ok) continue;
    // "about 20 yards (18 metres)", "£85m ($108m)": a figure in brackets after another is the same figure converted.
    if (CONVERTED.test(s.text.slice(Math.max(0, start - 40), start))) continue;
    // "How much new capital …": "$91 billion of securities", "loans of £5bn", "a $1.8 billion loss", "a $2bn break-up
    // fee" are sums of another thing.
    if (want === 'money' && moneyOfOther(s.text, start, end, q, sign && !MONEY.test(unit) && !MAGNITUDE.test(unit) ? unit : '')) continue;
    // "How much is the deal worth in pounds?": a sum in another currency is not the one asked for.
    // ("US$57,000", "A$5m": the sign with the letters that say whose currency it is.)
    const signed = sign ? (SIGN_BEFORE.exec(s.text.slice(Math.max(0, start - 6), start))?.[0] ?? '') : '';
    if (want === 'money' && otherCurrency(q, signed.trim().slice(-1), unit)) continue;
    // "How long was the bridge?": "the 951ft container vessel", "25 feet of water" measure another thing.
    // (An area is of whatever it covers: "7,600 square miles of ocean" is the area asked.)
    const asksArea = want === 'size' && q.words.includes('area');
    if ((want === 'distance' || want === 'size' || DISTANCE.test(unit)) && !asksArea && measuresOther(s.text.slice(end), q)) continue;
    // "How long is the first phase?" asks how long something lasts: "freed in seven days", "every seven days" and
    // "two hours later" measure the time until or between things, not that length.
    if (want === 'duration' && q.type.lasting && (/\b(?:in|every|within|after)\s+$/i.test(s.text.slice(Math.max(0, start - 8), start)) || /^\s+(?:later|ago|after|before|earlier)\b/i.test(s.text.slice(end)))) continue;
    // "How far in advance …" asks for a lead time: "24 hours before the handover", not "lasts six weeks".
    if (want === 'duration' && q.type.leadTime && !/^\s+(?:before|ahead|earlier|in advance|prior)\b/i.test(s.text.slice(end))) continue;
    // "every 30 minutes" is how often something happened, not how long anything took.
    if (want === 'duration' && EVERY_BEFORE.test(s.text.slice(Math.max(0, start - 16), start))) continue;
    // "an hour and 45 minutes": one length in two parts, read whole from its last part, not from its first.
    if (want === 'duration' && lengthGoesOn(s.text, end, unit)) continue;
    const whole = want === 'duration' ? lengthBefore(s.text, start, qq.value, unit) : null;
    // "1,500 to 1,600 metres": a range is one answer, read from its second number with the first in front.
    const range = /^\s*(?:to|-|–)\s*[$€£¥]?[\d,.]+\s*/.exec(s.text.slice(end));
    // "60% to 70%" is one range; "fell 15.7% to 6,920 won" is a share and a price.
    const upTo = /^\s*(?:to|-|–)\s*[\d,.]+/.exec(s.text.slice(end));
    const shareRange = !!upTo && /^\s*(?:%|per\s*cent)/i.test(s.text.slice(end + upTo[0].length));
    // "$6bn to $10bn" is one sum too, read from its second figure.
    const moneyRange = want === 'money' && sign && !!range && /[$€£¥]/.test(range[0]);
    // "the average price rocketed from $52 to $377": what a change leaves from and what it reaches are two values, the
    // first asked only of the time before ("before the slap"), the second otherwise.
    const lead = s.text.slice(Math.max(0, start - signed.length - 40), start - signed.length);
    const leftFrom = CHANGE_FROM.test(lead.slice(-30));
    // "now stands at $4.1 billion, up from the $3.8 billion", "climbed to $612.4 million, from $580.2 million": the
    // figure after "from" is what it was before, and the one leading up to it what it came to.
    const wasBefore = !leftFrom && PRIOR_FROM.test(lead);
    // ("officials raised it to $4.1 billion": what a change came to is no answer to what it was before.)
    // (Only a question of the time before the change itself asks it: "before it was raised", not "before the ship
    // came free", which asks what it had come to by then. A range a change runs across, "jumped from $52 to $377",
    // is read against any "before": "before the slap" asks its first end.)
    if (wasBefore ? !changeAsked : changeAsked && (PRIOR_AFTER.test(s.text.slice(end, end + 40)) || CHANGED_TO.test(lead))) continue;
    if (leftFrom && range) {
      if (!beforeAsked) continue;
    } else if (range && (qq.unit === null || (want === 'percent' && shareRange) || moneyRange)) continue;
    // "60% to 70%": the first number may carry the sign too.
    // ("four to eight hours": in words too.)
    let from = leftFrom ? null : RANGE_FROM.exec(s.text.slice(Math.max(0, start - signed.length - 16), start - signed.length));
    if (from && CHANGE_FROM.test(s.text.slice(Math.max(0, start - signed.length - from[0].length - 30), start - signed.length - from[0].length))) {
      if (beforeAsked) continue;
      from = null;
    }
    let rawStart = whole ? whole.start : start - signed.length;
    // "about 3 km", "at least 50": the qualifier is part of the answer.
    if (from) rawStart -= from[0].length;
    // "minus 45C": a reading below zero, its sign written as a word.
    const below = minusSignLength(s.text, rawStart, unit);
    rawStart -= below;
    const qualifier = WRITTEN_QUALIFIER.exec(s.text.slice(Math.max(0, rawStart - 24), rawStart));
    if (qualifier) rawStart -= qualifier[0].length;
    // "How long did the reaction last?": "a goal physicists have chased for 40 years" is how long something else went on.
    if (want === 'duration' && q.type.lasting && otherVerbFor(s.text.slice(Math.max(0, rawStart - 48), rawStart), q)) continue;
    const text = s.text.slice(Math.max(0, rawStart), end).trim();
    const per = want === 'duration' ? `|${(qq.unit ?? '').toLowerCase().replace(/s$/, '').replace(/^.*-/, '')}` : '';
    // "5km" and "five miles" are different distances: compared in metres.
    const kmh = q.type.head === 'speed' ? KMH.find(([re]) => re.test(unit))?.[1] : undefined;
    const metres = DISTANCE.test(unit) ? metresPer(unit) : undefined;
    // "7,600 square miles" is an area, no length: compared in square metres.
    const square = !!metres && SQUARE_BEFORE.test(text);
    const area = AREA_UNIT.test(unit) ? AREAS.find(([re]) => re.test(unit))![1] : square ? metres! * metres! : undefined;
    const key = kmh ? `${Math.round(qq.value * kmh)}|km/h` : area ? `${Math.round(qq.value * area)}|m2` : metres ? `${Math.round(qq.value * metres)}|m` : `${below ? '-' : ''}${whole ? whole.value : qq.value}|${want}${per}`;
    out.push({ span: { text, start: rawStart, end, key, event: qq.event }, display: text });
  }
  return out;
}

/** The currency a question asks a sum in ("in pounds"), as its sign. */
const ASKED_CURRENCY = /\bin\s+(pounds?|sterling|euros?|dollars?|yen)\b/i;
const SIGN_OF: Record<string, string> = { pound: '£', pounds: '£', sterling: '£', euro: '€', euros: '€', dollar: '$', dollars: '$', yen: '¥' };

/** Whether a sum, by its sign or its currency word, is in another currency than the question asks for. */
function otherCurrency(q: Question, sign: string, unit: string): boolean {
  const asked = ASKED_CURRENCY.exec(q.text)?.[1]?.toLowerCase();
  if (!asked) return false;
  const own = sign || SIGN_OF[unit.toLowerCase()];
  return !!own && own !== SIGN_OF[asked];
}

const SIGN_BEFORE = /(?:\b[A-Z]{1,3})?[$€£¥]\s*$/;

const WEEKDAY_NUMBER: Record<string, number> = { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 };
const DAYS_IN: Record<string, number> = { second: 1 / 86400, minute: 1 / 1440, hour: 1 / 24, day: 1, week: 7, month: 30, year: 365, decade: 3650 };

/**
 * One key per value whatever the wording: a weekday becomes the date it fell on before the article's publication
 * ("Friday" in a Saturday paper), "six weeks" and "42-day" the same number of days, a full date its month and day.
 */
export function normaliseKey(key: string, s: Sentence): string {
  if (key.startsWith('weekday:')) {
    if (!s.published) return key;
    const d = new Date(`${s.published}T12:00:00Z`);
    const back = (d.getUTCDay() - WEEKDAY_NUMBER[key.slice(8)]! + 7) % 7;
    d.setUTCDate(d.getUTCDate() - back);
    return `date:${d.toISOString().slice(5, 10)}`;
  }
  const full = /^date:\d{4}-(\d{2}-\d{2})$/.exec(key);
  if (full) return `date:${full[1]}`;
  const dur = /^([\d.]+)\|duration\|(\w+)$/.exec(key);
  if (dur && DAYS_IN[dur[2]!]) return `${+dur[1]! * DAYS_IN[dur[2]!]!}|duration`;
  return key;
}

const FAMILY_AFTER = /^\s+famil(?:y|ies)\b/;
const DEMONYM_PLURAL = /^\p{Lu}\p{Ll}+(?:ians|eans|ans)$/u;
const ROLE_AFTER = /^\s+([a-z]+)\b/;

const PLACE_NOUN = /^(?:Airport|Hospital|Square|Prison|Park|Compound|Base|Station|Street|Road|Bridge|Stadium|Centre|Center|Camp|Motorway|Highway|Avenue|Port|Harbour|Harbor|Island|Valley|Province|Region|County|District|Chapel|Church|Cathedral|Basilica|Abbey|Palace|Castle|Hotel|Museum|Hall|Arena|Theatre|Theater|Terminal|Plaza|Boulevard|Township)$/;

/** "Ukrainian official", "Ukraine's northeastern region": a name used as a modifier of the noun after it. */
export function adjectival(text: string, n: TypedSpan): boolean {
  if (/['’]s$/.test(text.slice(n.start, n.end + 2))) return true;
  // A demonym before a noun ("Ukrainian official") describes; a place name before a verb ("Lisbon rose") does not.
  if (NATIONALITY.test(n.text) && /^\s+[a-z][a-z-]{2,}/.test(text.slice(n.end))) return true;
  // "Ivo Roe, the Tarnco chief executive, said …": a name between an article and a title says whose title it is.
  // ("the Tarn presidential residence" is a place: "presidential" only modifies a title that must follow.)
  // With no article before it, only when the title's holder is named right after it ("Tarn senator Ivo Roe").
  if (!/\b(?:the|a|an)\s+$/i.test(text.slice(Math.max(0, n.start - 5), n.start))) {
    const run = TITLED_NAME_AFTER.exec(text.slice(n.end, n.end + 60));
    const words = run ? run[1]!.trim().split(/\s+/) : [];
    return !!run && titleAt(words) === words.length - 1;
  }
  // "the Tarnish salvage company Oskco", "the Tarn island of Oskby": a name between an article and a noun of a
  // body's or a place's kind that another name follows says what kind it is, not which.
  const kind = KIND_THEN_NAME.exec(text.slice(n.end, n.end + 50));
  if (kind && (isOrgHead(kind[1]!) || PLACE_KINDS.has(kind[1]!))) return true;
  return titleAt(text.slice(n.end, n.end + 40).match(/[a-z]+/g) ?? []) >= 0 && ROLE_AFTER.test(text.slice(n.end));
}

const KIND_THEN_NAME = /^\s+(?:[a-z][a-z-]*\s+){0,2}(?!of\s)([a-z]+)\s+(?:of\s+)?\p{Lu}/u;
const PLACE_KINDS = new Set(['island', 'islands', 'town', 'city', 'village', 'port', 'region', 'province', 'county', 'state', 'resort', 'capital', 'district', 'suburb', 'peninsula']);

/** "Tarn senator Ivo Roe": lower-case words after a name, then a name. */
const TITLED_NAME_AFTER = /^\s+((?:[a-z]+\s+){1,3})\p{Lu}/u;

/** Where a title stands in words read after a name, past its modifiers ("deputy chief executive"), or -1. */
function titleAt(words: string[]): number {
  let k = 0;
  while (k < words.length - 1 && TITLE_MODIFIERS.has(words[k]!)) k++;
  return !!words[k] && isTitleWord(words[k]!) && !TITLE_MODIFIERS.has(words[k]!) ? k : -1;
}

export const SAID_BEFORE = new RegExp(`\\b(?:${[...CUE_FORMS.keys()].join('|')})\\s+(?:on\\s+)?$`, 'i');
const PREPOSITION = /^(?:from|of|in|with|to|at|on|for|by|into|about|against|between|among|under|over|through|without|like|than|inside|outside|near|behind|within)$/;
const OPENS_PHRASE = /^(?:the|a|an|that|to|on|in|at|with|for|his|her|their|its|about|of|after|before|by|from|over|during|as|this|these|those)$/;
const CAUSED_PARTICIPLE = /^(?:\w{3,}ed|taken|given|broken|chosen|stolen|driven|written|shaken|frozen|spoken|shown|thrown|drawn|flown|built|made|done|sent|brought|bought|cut|set|put|shut)$/;
const AUX = /^(?:did|does|do|is|was|were|are|has|have|had|will|would|can|could|should|may|might|being|been|be)$/;

/** The verb a question asks about: the first after the wh-phrase, or for "whom did the mayor ask" the one after its subject. */
function askedVerb(q: Question): string | undefined {
  let v = q.type.to;
  while (v < q.words.length && AUX.test(q.words[v]!)) v++;
  // "Who had a submarine built?", "who got the pumps fixed?": what was had done is the participle that ends it.
  const last = q.words[q.words.length - 1];
  if (v > q.type.to && DETERMINER.test(q.words[v] ?? '') && last && CAUSED_PARTICIPLE.test(last)) return last;
  // The verb is the word that ends the subject: the next word opens its object or a phrase ("tell that …", "thank
  // on Friday", "ask to …"), or the question ends.
  // ("Which comedian was slapped?": in the passive the participle after the auxiliary is the verb, with no subject.)
  if (q.type.role === 'recipient' && !(v > q.type.to && /^(?:was|were|is|are|been|being)$/.test(q.words[v - 1]!))) {
    let k = v + 1;
    while (k < q.words.length && (STOPWORDS.has(q.words[k]!) || !(k + 1 === q.words.length || OPENS_PHRASE.test(q.words[k + 1]!)))) k++;
    v = k;
  }
  return q.words[v];
}

/**
 * "Whom did the mayor thank?" answered by "the mayor thanked the volunteers": the plain noun phrase right after the
 * asked verb, when no name stands there.
 */
function objectAfterVerb(s: Sentence, q: Question): TypedSpan[] {
  const verb = askedVerb(q);
  if (!verb) return [];
  const key = termKey(verb);
  const { tokens, keys } = tokensOf(s.text);
  const out: TypedSpan[] = [];
  keys.forEach((k0, i) => {
    if (k0 !== key) return;
    let k = i + 1;
    if (/^(?:the|his|her|their|its|all)$/i.test(tokens[k]?.text ?? '')) k++;
    const from = k;
    while (k < tokens.length && k < from + 3 && tokens[k]!.kind === 'word' && /^[a-z]/.test(tokens[k]!.text) && !STOPWORDS.has(tokens[k]!.text)) k++;
    if (k === from || !/[^s]s$/.test(tokens[k - 1]!.text)) return;
    const start = tokens[i + 1]!.start;
    const end = tokens[k - 1]!.end;
    out.push({ text: s.text.slice(start, end), start, end, key: s.text.slice(tokens[from]!.start, end).toLowerCase() });
  });
  return out;
}

/**
 * Whether a name stands where the asked verb puts its answer: "who ordered a review" is answered by the subject
 * of "ordered" (named before it in the same clause, or after "by"); "whom did X blame" by the object after it.
 */
/** Verbs of beating someone, told from the loser's side as "lost to". */
// "lost the seat to Jane Birk", "to the Forward party's Jane Birk".
const LOST_TO = /\blos(?:t|es|ing)\b[^.;:]{0,60}\bto\s+(?:the\s+)?(?:(?:[\p{L}-]+\s+)?[\p{L}-]+['’]s\s+)?$/iu;
const BEATING = /^(?:beat|beats|beaten|defeat|defeats|defeated|unseat|unseats|unseated|oust|ousts|ousted)$/i;

/** A passive auxiliary just before a verb ("has been", "was", "were being"). */
const DETERMINER = /^(?:the|a|an|its|their|his|her|this|these|those)$/i;

const PASSIVE_BEFORE = /\b(?:was|were|is|are|been|being|be|got|gets|get)\s+(?:\p{Ll}+ly\s+)?$/u;

export function relatesToVerb(s: Sentence, span: TypedSpan, q: Question, coverage: number, others: { span: TypedSpan }[] = []): boolean {
  const verb = askedVerb(q);
  if (!verb) return true;
  if (relatesTo(verb, s, span, q, coverage, others)) return true;
  // "Ann Roe, the chair of the board", "the clinic's owner, Ann Roe", "Tarn Lines, the ferry's operator": the one
  // the asked verb's role or agent noun names holds it, however the sentence words the verb.
  if (holdsAskedRole(s.text, span, q)) return true;
  // "Who did the King make Prince of Wales?": the verb read past a subject written as a name, before the next name,
  // where reading to the first phrase took a name for the verb ("prince").
  const inverted = q.type.role === 'recipient' ? invertedVerb(q) : undefined;
  return !!inverted && inverted !== verb && relatesTo(inverted, s, span, q, coverage, others);
}

function relatesTo(verb: string, s: Sentence, span: TypedSpan, q: Question, coverage: number, others: { span: TypedSpan }[]): boolean {
  const key = termKey(verb);
  const at: number[] = [];
  const { tokens, keys } = tokensOf(s.text);
  // "led the operation", asked "which company operates it": a determiner makes the word a noun, not the asked verb.
  let asNoun = false;
  tokens.forEach((t, i) => keys[i] === key && (DETERMINER.test(tokens[i - 1]?.text ?? '') ? (asNoun = true) : at.push(t.start)));
  // Said only as a noun, the verb is not in other words either: no subject is told to have done it.
  if (!at.length && asNoun) return false;
  // "Which agency did the chief speak to?" answered by "the chief told Radio Tarn": whoever was told, in any words.
  if (q.type.role === 'recipient' && (CUE_FORMS.has(verb) || /^(?:speak|talk)/.test(verb)) && /\b(?:told|telling|tells|(?:spoke|speaking|talked|talking|said)\s+to|interview\s+with)\s+(?:the\s+)?$/i.test(s.text.slice(Math.max(0, span.start - 30), span.start))) return true;
  // "Who beat Roe?" answered by "Roe lost the seat to Jane Birk": the one something was lost to won it.
  if (!at.length && BEATING.test(verb) && LOST_TO.test(s.text.slice(Math.max(0, span.start - 80), span.start))) return true;
  // The verb in other words: only the sentence's own subject, in a sentence that covers the question well.
  // ("At the factory in Tarnby, …": a name a preposition leads to is no subject.)
  if (!at.length) return span.start < 40 && !/[,;:]/.test(s.text.slice(0, span.start)) && !PREPOSITION.test(span.before ?? '') && coverage >= 0.75;
  const askedInPassive = new RegExp(`${PASSIVE_BEFORE.source.slice(0, -1)}${verb}\\b`, 'iu').test(q.text);
  return at.some((p) => {
    if (q.type.role === 'recipient') {
      // "Who did the police identify as the gunman?": "identified the gunman who … as Ivo Roe", however far apart.
      if (q.words.includes('as') && span.start > p && /\bas\s+$/.test(s.text.slice(Math.max(0, span.start - 4), span.start)) && !/[.;:]/.test(s.text.slice(p, span.start))) return true;
      // "Speaking to Ivo Brandl, …, he asked him to tell …": a pronoun object stands for the person named before it.
      const pronoun = /^\S+\s+(?:him|her)\b/i.test(s.text.slice(p)) && span.end <= p && looksLikePerson(span.text) && !others.some((o) => o.span.start > span.end && o.span.end <= p && looksLikePerson(o.span.text));
      // "Ivo Roe was slapped …", asked "who was slapped": the subject of the passive had it done to him.
      const passive = span.end <= p && p - span.end <= 40 && PASSIVE_BEFORE.test(s.text.slice(span.end, p)) && !/[.;:,]/.test(s.text.slice(span.end, p));
      return pronoun || passive || (span.start > p && span.start - p <= 40 && !/[.;:]/.test(s.text.slice(p, span.start)));
    }
    // A subject is not the object of a preposition ("pressure from the US to broker talks"), nor is an infinitive its verb.
    // …and the name nearest the verb: in "T'way has 27 and Jin 19, while Eastar operates 10" only Eastar operates.
    if (span.end <= p && ownVerbAfterAside(s.text.slice(span.end, p)) && looksLikePerson(span.text)) return true;
    // "Tarnco has been blocked from buying it", asked "which regulator blocked the deal": the subject of the asked verb
    // in the passive had it done to it.
    if (span.end <= p && PASSIVE_BEFORE.test(s.text.slice(span.end, p)) && !askedInPassive) return false;
    // "Oskvax, made by Brellin Bio, is …": a name the asked participle and its "by" describe had it done to it.
    // "… is operated by Tarnco and owned by Oskline": nor one the asked participle's "by" follows in the same clause.
    if (span.end <= p && /^\S+\s+by\b/i.test(s.text.slice(p)) && !askedInPassive) return false;
    // "The Tarn Authority dealt a blow to Brellin's plan to buy Oskco on Wednesday, blocking the deal": a participle
    // after a comma is done by its clause's subject, not by the name nearest it.
    if (span.end <= p && /,\s*$/.test(s.text.slice(span.end, p)) && /ing$/i.test(s.text.slice(p, p + 24).split(/\s/, 1)[0]!)) return !others.some((o) => o.span.start < span.start) && !/[,;:]/.test(s.text.slice(0, span.start));
    // ("Judge Ann Roe in Tarnby temporarily blocked …": a place a locative leads to between them is where she is.)
    if (span.end <= p) return p - span.end <= 60 && !/[.;:]|\bwhile\b|\bwhereas\b/.test(s.text.slice(span.end, p)) && !PREPOSITION.test(span.before ?? '') && !/\bto\s+$/.test(s.text.slice(0, p)) && !others.some((o) => o.span.start >= span.end && o.span.end <= p && !LOCATED_BEFORE.test(s.text.slice(span.end, o.span.start)));
    // "managed by Tarvik-based Oskline": an adjective made of a name may stand between.
    // "operated by Oskby's Velmar Marine": so may a place owning it.
    return /\bby\s+(?:the\s+)?(?:\p{Lu}[\p{L}.]*-\p{Ll}+\s+|\p{Lu}[\p{L}]*['’]s\s+)?$/u.test(s.text.slice(p, span.start)) && span.start - p <= 40;
  });
}

const LOCATED_BEFORE = /^\s+(?:in|at|of)\s+(?:the\s+)?$/;

const ROLE_APPOSED = /^,\s+(?:the|its|their)\s+(?:[\p{L}-]+\s+)?(\p{Ll}+)\s+(?:of|at|for)\s+([^,;:()]{1,60})/u;
/** ", the ship's Italian operator,": a role owned by what it is of, set after the name. */
const OWNED_ROLE_APPOSED = /^,\s+(?:(?:the|its|their)\s+([\p{L}-]+['’]s)|(\p{Lu}[\p{L}-]*['’]s))\s+(?:[\p{L}-]+\s+)?(\p{Ll}+)\s*[,.;]/u;
const ROLE_BEFORE = /((?:\p{Lu}[\p{L}.]*\s+){1,5})(\p{L}+)\s+$/u;

/**
 * Whether a name holds the role the asked verb names over what the question names: "Ann Roe, the chair of the Tarn
 * Board", "Tarn Board Chair Ann Roe", asked "who chairs the Tarn Board" (not "the chair of the Oskby Guard").
 */
export function holdsAskedRole(text: string, span: TypedSpan, q: Question): boolean {
  const verb = askedVerb(q);
  if (!verb) return false;
  const apposed = ROLE_APPOSED.exec(text.slice(span.end, span.end + 100));
  const before = apposed ? null : ROLE_BEFORE.exec(text.slice(Math.max(0, span.start - 60), span.start));
  // "The clinic's owner, Ann Roe, …": the role owned by what it is of, set before the name.
  const owned = apposed || before ? null : (OWNED_ROLE_BEFORE.exec(text.slice(Math.max(0, span.start - 60), span.start)) ?? OWNED_ROLE_APPOSED.exec(text.slice(span.end, span.end + 80)));
  // "apologized to the Academy, the show's producers, the Williams family and the cast": items of a list, no apposition.
  if ((apposed || owned) && LIST_GOES_ON.test(text.slice(span.end, span.end + 140))) return false;
  const [role, over] = apposed ? [apposed[1]!, apposed[2]!] : before ? [before[2]!, before[1]!] : owned ? (owned.length > 3 ? [owned[3]!, owned[1] ?? owned[2]!] : [owned[2]!, owned[1]!]) : [];
  // "owner" for "owns", "founder" for "founded": the one who does what the verb says is named by it; whoever heads a
  // body runs it ("Ann Roe, Velco's chief executive", asked "who runs Velco").
  if (!role || (termKey(role.toLowerCase()) !== termKey(verb) && !agentOf(role.toLowerCase(), verb) && !(HEADS_VERB.test(verb) && HEAD_ROLE.test(role)))) return false;
  const at = q.words.indexOf(verb);
  const object: string[] = [];
  for (let k = at + 1; k < q.words.length && !PREPOSITION.test(q.words[k]!); k++) if (!STOPWORDS.has(q.words[k]!.toLowerCase())) object.push(termKey(q.words[k]!.toLowerCase()));
  const said = new Set(over!.split(/[\s'’]+/).map((w) => termKey(w.toLowerCase())));
  return object.some((k) => said.has(k));
}

/** After a name, two more items set off by commas and closed by "and": a list, whose items describe no one. */
const LIST_GOES_ON = /^,[^,;.()]{2,60},[^,;.()]{2,60}\band\b/;

const HEADS_VERB = /^(?:runs?|ran|heads?|headed|leads?|led|manages?|managed)$/i;
const HEAD_ROLE = /^(?:executive|head|director|leader|president|chief|boss|chairman|chairwoman|chair|ceo|manager)$/i;

const OWNED_ROLE_BEFORE = /\b(?:the|its|their)\s+((?:\p{L}+\s+){0,2}\p{L}+['’]s)\s+(\p{Ll}+),\s+$/iu;

/** Whether a noun names who does what a verb says: "owner" of "owns", "founder" of "founded", "operator" of "operates". */
function agentOf(noun: string, verb: string): boolean {
  const v = verb.toLowerCase();
  const bases = new Set([v, v.replace(/s$/, ''), v.replace(/es$/, ''), v.replace(/ed$/, ''), v.replace(/d$/, '')]);
  return [...bases].some((b) => [`${b}er`, `${b}r`, `${b.replace(/e$/, '')}or`].some((a) => noun === a || noun === `${a}s`));
}

/**
 * "Jim Roe, who keeps 60 cattle by the creek, said he had moved his herd": between a person and the asked verb, an
 * aside set off by commas and the person's own report of doing it.
 */
function ownVerbAfterAside(between: string): boolean {
  return /^,[^,;.]{1,160},\s+(?:said|says|told\s+\S+|added)\s+(?:that\s+)?(?:he|she|they)\s+(?:had\s+|has\s+|have\s+|would\s+|was\s+)?$/.test(between);
}

const orgLike = new RecentReads<boolean>();

/** Whether a name reads as a body's: a word such as "Ministry" in it, or an initialism. Read once per name. */
export function isOrgLike(name: string): boolean {
  const hit = orgLike.get(name);
  return hit ?? orgLike.set(name, name.split(/\s+/).some((w) => isOrgHead(w)) || /^[A-Z]{2,}$/.test(name));
}
