/**
 * Terms for the numbers that are names rather than counts: model and flight codes ("737-800", "7C2216"), decades
 * ("in their 50s") and times of day ("6:25 a.m."), so a question naming one finds the sentences that do.
 */
import { timeSpans } from '../ask/spans.ts';

/** Code and decade terms of a token text: "737-800s" → "%737-800", "50s" → "%50s", "7C2216" → "%7c2216". */
export function codeTerm(token: string): string | null {
  const t = token.toLowerCase();
  if (/^\d+-\d+s?$/.test(t)) return `%${t.replace(/s$/, '')}`;
  if (/^\d0s$/.test(t)) return `%${t}`;
  // "A320", "MH17", "7C2216"; not "5km" or "23rd", which are a measure and an ordinal.
  if (/^(?:[a-z]+\d+[a-z\d]*|\d+[a-z]+\d+[a-z\d]*)$/.test(t)) return `%${t}`;
  return null;
}

/** Time-of-day terms of a text: "8:57 a.m." → "@08:57". */
export function timeTerms(text: string): string[] {
  return timeSpans(text).map((s) => `@${s.key}`);
}
