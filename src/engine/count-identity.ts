/**
 * Whether two counts are of one thing, read from the words of each: a count that says what happened to what it counts
 * ("38 cars had derailed") is not a count the other sentence says no such thing of ("a train of 149 cars"), and a count
 * among a group picked out by a participle ("10 of the derailed cars") is not a count of the whole ("20 cars on the
 * train").
 */
import type { Sentence } from './types.ts';
import type { SlotValue } from './slot-values.ts';
import { EVENT_OF, STOPWORDS } from './text/lexicon.ts';
import { termKey } from './text/stem.ts';

/** The verb of a count's own clause right after its noun: "people had taken (refuge)", "were moved". */
export const OWN_VERB_AFTER = /^\s+(?:had|have|has|were|was|are|is)\s+(?:been\s+|now\s+|since\s+|already\s+)*(\p{Ll}+)/u;

/** Whether a count's own verb tells of something other than `event`. */
export function otherVerb(s: Sentence, v: SlotValue, event: string): boolean {
  const verb = OWN_VERB_AFTER.exec(s.text.slice(v.end))?.[1];
  return !!verb && EVENT_OF.get(verb) !== event;
}

/** Whether a count's own verb ("38 cars had derailed") appears nowhere in the other count's sentence. */
export function verbUnshared(sa: Sentence, a: SlotValue, sb: Sentence): boolean {
  const verb = OWN_VERB_AFTER.exec(sa.text.slice(a.end))?.[1];
  if (!verb || EVENT_OF.has(verb)) return false;
  const key = termKey(verb);
  return !(sb.text.toLowerCase().match(/\p{L}+/gu) ?? []).some((w) => termKey(w) === key);
}

/** The participle a partitive count is of: "10 of the derailed cars" → "derailed". */
const PARTITIVE_QUALIFIER = /^\S+\s+of\s+(?:the|those|these|its|their)\s+(\p{Ll}+(?:ed|en))\s/u;

/** Whether a partitive count's participle is missing from around the other count ("20 cars on the train"). */
export function qualifierUnshared(sa: Sentence, a: SlotValue, sb: Sentence, b: SlotValue): boolean {
  const qualifier = PARTITIVE_QUALIFIER.exec(sa.text.slice(a.at, a.end))?.[1];
  if (!qualifier) return false;
  const key = termKey(qualifier);
  const around = sb.text.slice(Math.max(0, b.at - 60), b.end + 40).toLowerCase().match(/\p{L}+/gu) ?? [];
  return !around.some((w) => termKey(w) === key);
}


/** The word a share states right after it ("85% contained", "86% of them residential"). */
const SHARE_STATE = /^\s*(?:%|per\s*cent|percent)?\s*(?:of\s+(?:them|those|it|these)\s+)?(\p{Ll}{3,})\b(?!\s+of\b)/u;

/**
 * The state a share is of, as a match key, or "" when none follows it: "85% contained" and "86% of them residential"
 * are shares of two things, whatever else their sentences share. `end` is where the figure ends in the sentence.
 */
export function shareState(s: Sentence, end: number): string {
  const m = SHARE_STATE.exec(s.text.slice(end, end + 40));
  return m && !STOPWORDS.has(m[1]!) ? termKey(m[1]!) : '';
}

/** Whether two shares state two different things. */
export function sharesOfOtherStates(sa: Sentence, endA: number, sb: Sentence, endB: number): boolean {
  const [x, y] = [shareState(sa, endA), shareState(sb, endB)];
  return !!x && !!y && x !== y;
}
