/**
 * Whether a rival value speaks of the same thing as the answer: its sentence names what the question names and the
 * answer's sentence names ("Acme's shares" is not answered against "Globex's shares"), of the same time.
 */
import type { Sentence } from '../types.ts';
import type { Question } from './question.ts';
import { aboutAnEarlierYear, earlierYearInClause } from '../updates.ts';
import { STARTS_UPPERCASE } from '../text/tokens.ts';
import { frontedPlace, frontedScopesDiffer } from '../value-scope.ts';
import { unitClassOf } from '../text/numbers.ts';
import { TITLE_MODIFIERS, TITLE_WORDS, WEEKDAYS } from '../text/lexicon.ts';
import { termKey } from '../text/stem.ts';

/** A word for people or for someone in a role ("residents", "prosecutor", "lawyers"). */
const forPeople = (w: string) => /^[a-z]+$/.test(w) && (unitClassOf(w) === 'person' || (TITLE_WORDS.has(w) && !TITLE_MODIFIERS.has(w)));

/** Match keys of words for anyone at all. */
const ANYONE = new Set(['man', 'men', 'woman', 'women', 'person', 'people', 'boy', 'girl'].map((w) => termKey(w)));

/** A weekday named in a text (capitalised, as prose writes it). */
export const DAY_NAMED = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
const CALENDAR = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)(?:['’]s)?$/;

interface Asked {
  /** The question names a year ("the 1973 floods"). */
  year: boolean;
  /** Keys of the names of things the question gives. */
  names: string[];
  /** Keys of the words for people it gives ("prosecutors"). */
  people: string[];
  /** The question names a weekday ("on Tuesday", "as of Tuesday's close"). */
  day: boolean;
}
const askedOf = new WeakMap<Question, Asked>();

/** What sameSubject reads from the question, once per question rather than once per pair of sentences compared. */
function asked(q: Question): Asked {
  let a = askedOf.get(q);
  if (!a) {
    // Names of things, not of days or months: "Friday" may be told as "on the same day".
    const names = q.terms
      .filter((t) => STARTS_UPPERCASE.test(t.word) && !q.text.startsWith(t.word) && !q.type.focus.includes(t.word.toLowerCase()) && !CALENDAR.test(t.word))
      .map((t) => t.key);
    const people = q.terms.filter((t) => !t.generic && (forPeople(t.word.toLowerCase()) || forPeople(t.key))).map((t) => t.key);
    askedOf.set(q, (a = { year: q.terms.some((t) => /^y\d{4}$/.test(t.key)), names, people, day: DAY_NAMED.test(q.text) }));
  }
  return a;
}

const anyoneFirst = new WeakMap<Sentence, boolean>();

/** Whether a sentence's first word for people is a word for anyone, read once per sentence (see `earlier`). */
function firstForAnyone(s: Sentence): boolean {
  let a = anyoneFirst.get(s);
  if (a === undefined) {
    const first = s.terms.find((t) => forPeople(t));
    anyoneFirst.set(s, (a = !!first && ANYONE.has(first)));
  }
  return a;
}

const earlierYear = new WeakMap<Sentence, boolean>();

/** aboutAnEarlierYear, read once per sentence: a question compares one sentence with hundreds of rivals. */
function earlier(s: Sentence): boolean {
  let e = earlierYear.get(s);
  if (e === undefined) earlierYear.set(s, (e = aboutAnEarlierYear(s)));
  return e;
}

/**
 * `carried` is the sentence the rival's subject points back to, if any ("He put the cost at …" after the sentence
 * naming him): the names it gives count as the rival's.
 */
export function sameSubject(q: Question, answer: Sentence, rival: Sentence, carried: Sentence | null = null, rivalAt?: { start: number; end: number }): boolean {
  const { year, names, people, day } = asked(q);
  // A figure from an earlier year ("229 died in the 1997 crash") is of another event, unless the question asks one.
  // Where the rival's value is known, only a year in its own clause dates it ("died on May 5, 2030, after he was
  // held for nine minutes" dates the death, not the nine minutes).
  if (!year && (rivalAt ? earlierYearInClause(rival, rivalAt.start, rivalAt.end) : earlier(rival)) && !earlier(answer)) return false;
  // "In Tarnby, the Larks won 23": one region's figure, no rival of the whole's unless the question asks of that region.
  // (A person's age is the same wherever the sentence is set: "In Tarnby, mourners remembered Ann Roe, 37".)
  if (q.type.want !== 'age' && frontedScopesDiffer(answer, rival) && !asksOf(q, frontedPlace(answer) || frontedPlace(rival))) return false;
  // "How much had they lost as of Tuesday's close?": the answer's sentence says Tuesday; a later article's figure
  // that names no day may well be a later one, not another account of Tuesday's.
  if (day && DAY_NAMED.test(answer.text) && !DAY_NAMED.test(rival.text) && (rival.published ?? '') > (answer.published ?? '')) return false;
  // …and a rival told of another day ("reaching $4.12 on Wednesday", asked of Tuesday) is of that day.
  if (day && namesAskedDay(q, answer.text) && DAY_NAMED.test(rival.text) && !namesAskedDay(q, rival.text)) return false;
  if (!names.every((k) => !answer.terms.includes(k) || rival.terms.includes(k) || rival.names.some((n) => namesOneThing(k, n)) || !!carried?.terms.includes(k))) return false;
  // "What did prosecutors ask for?": "his lawyers' request of 63 months" is what other people asked for.
  // "The first man was wheeled out at 7.45pm" against "the first worker was brought out": a word for anyone, first
  // among the rival's words for people, may be the asked people in other words.
  if (people.length && firstForAnyone(rival)) return true;
  return people.every((k) => !answer.terms.includes(k) || rival.terms.includes(k) || !rival.terms.some((t) => t !== k && forPeople(t)));
}

/** Whether a text names a weekday the question names. */
export function namesAskedDay(q: Question, text: string): boolean {
  let days = askedDays.get(q);
  if (days === undefined) {
    const asked = q.words.filter((w) => WEEKDAYS.has(w));
    askedDays.set(q, (days = asked.length ? new RegExp(`\\b(?:${asked.join('|')})\\b`, 'i') : null));
  }
  return !!days && days.test(text);
}
/** The weekdays a question names, as one pattern read once per question (rivals are compared by the hundred). */
const askedDays = new WeakMap<Question, RegExp | null>();

/** Whether the question names a place (every word of it). */
function asksOf(q: Question, place: string): boolean {
  return place.split(/\s+/).every((w) => q.words.includes(w));
}

/** "Spain" and "Spanish", "Korea" and "Korean": a place and the word made from it begin alike. */
function namesOneThing(key: string, name: string): boolean {
  return key.length >= 4 && name.length >= 4 && key.slice(0, 3) === name.slice(0, 3) && name !== key;
}
