/**
 * Which sentences can answer a count, a measure or a time: those that name what narrows the counted thing ("US
 * banks", "Dutch banks") and, when the question names a moment ("by 7:10 a.m.", "on May 3", "by Monday evening", "on
 * Sunday"), that moment rather than another.
 */
import type { Sentence } from '../types.ts';
import type { Question } from './question.ts';
import type { CorpusIndex } from '../corpus-index.ts';
import { nationKey, termKey } from '../text/stem.ts';
import { WEEKDAY_INDEX, weekdaysOfEvents } from '../updates.ts';
import { STOPWORDS, WEEKDAYS } from '../text/lexicon.ts';

export interface ScopeOptions {
  /** A time of day is of one day: a sentence telling of other days only is out of scope. */
  oneDay?: boolean;
  /** Whether a term is what the whole story is about (storysTopic): such a word narrows nothing. */
  topic?: (key: string) => boolean;
}

export function countScope(q: Question, { oneDay = false, topic = () => false }: ScopeOptions = {}): (s: Sentence) => boolean {
  const at = q.unitWord ? q.words.indexOf(q.unitWord.toLowerCase()) : -1;
  // "how many of the 90 freed prisoners": the words of the whole (its number too) say which whole, not which part;
  // none narrows the count.
  // A word the whole story is about ("how many fever cases" in coverage of a fever) narrows nothing: its cases are all of them.
  const narrowing = at > 0 && !q.ofWhole ? q.words.slice(q.words.lastIndexOf('many', at) + 1, at).filter((w) => (!STOPWORDS.has(w) || w === 'us') && !topic(termKey(w))) : [];
  const moments = q.terms.filter((t) => /^[@d]\d/.test(t.key)).map((t) => t.key);
  const part = PART_OF_DAY.exec(q.text);
  // A count asked "by Wednesday night" is a running total that a sentence of Tuesday's may give; a time is of one day.
  const day = oneDay ? q.words.find((w) => WEEKDAYS.has(w)) : undefined;
  return (s) =>
    (!part || !otherPartOfDay(s.text, part)) &&
    (!day || !ofOtherDays(s.text, day)) &&
    narrowing.every((w) => s.terms.includes(termKey(w)) || s.names.some((n) => nationKey(n) === nationKey(w))) &&
    moments.every((m) => s.terms.includes(m) || !s.terms.some((t) => t[0] === m[0] && /^[@d]\d/.test(t)));
}

/** A word in at least this share of the coverage's sentences is what the story is about. */
const TOPIC_SHARE = 1 / 8;

/** Whether a term is what the whole story is about, named in a good share of its sentences. */
export function storysTopic(index: CorpusIndex): (key: string) => boolean {
  const floor = Math.max(2, index.sentences.length * TOPIC_SHARE);
  return (key) => (index.stats.df.get(key) ?? 0) >= floor;
}

const PART_OF_DAY = new RegExp(`\\b(${WEEKDAY_INDEX.join('|')})\\s+(morning|afternoon|evening|night)\\b`, 'i');
const PARTS_OF_DAY = new RegExp(PART_OF_DAY.source, 'gi');

/**
 * Whether a sentence tells of other days than the asked one only: "Monday's operation began at 11am", asked when it
 * began on Sunday. (The day something was said on is not the day it tells of.)
 */
function ofOtherDays(text: string, asked: string): boolean {
  const days = weekdaysOfEvents(text);
  return days.size > 0 && !days.has(asked);
}

/** Whether a sentence names another part of the asked day ("on Monday morning", asked "by Monday evening"). */
function otherPartOfDay(text: string, asked: RegExpExecArray): boolean {
  for (const m of text.matchAll(PARTS_OF_DAY)) if (m[1]!.toLowerCase() === asked[1]!.toLowerCase() && m[2]!.toLowerCase() !== asked[2]!.toLowerCase()) return true;
  return false;
}

/** "10 of the derailed cars": a count taken among a group a participle picks out. */
const AMONG_PARTICIPLE = /^[\d,.]+\s+(?:\p{Ll}+\s+)?of\s+(?:the|those|these)\s+(\p{Ll}+ed)\s+\p{Ll}+/u;

/**
 * Whether a count, written from its number on (`written`), is taken among a group the question does not ask of: "10 of
 * the derailed cars" answers how many of the derailed cars, not how many of the train's cars.
 */
export function amongOtherGroup(written: string, q: Question): boolean {
  const among = AMONG_PARTICIPLE.exec(written);
  return !!among && !q.terms.some((t) => t.key === termKey(among[1]!));
}
