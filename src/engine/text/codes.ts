/**
 * Terms for the numbers that are names rather than counts: model and flight codes ("A320-200", "9K7731"), decades
 * ("in their 50s") and times of day ("6:25 a.m."), so a question naming one finds the sentences that do.
 */
import { timeSpans } from '../ask/spans.ts';

/** Code and decade terms of a token text: "320-200s" → "%320-200", "50s" → "%50s", "9K7731" → "%9k7731". */
export function codeTerm(token: string): string | null {
  const t = token.toLowerCase();
  if (/^\d+-\d+s?$/.test(t)) return `%${t.replace(/s$/, '')}`;
  if (/^\d0s$/.test(t)) return `%${t}`;
  // "A320", "MH17", "9K7731"; not "5km" or "23rd", which are a measure and an ordinal.
  if (/^(?:[a-z]+\d+[a-z\d]*|\d+[a-z]+\d+[a-z\d]*)$/.test(t)) return `%${t}`;
  return null;
}

/** Time-of-day terms of a text: "8:57 a.m." → "@08:57". */
export function timeTerms(text: string): string[] {
  return timeSpans(text).map((s) => `@${s.key}`);
}
