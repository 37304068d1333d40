/**
 * Terms for the numbers that are names rather than counts: model and flight codes ("A320-200", "9K7731"), decades
 * ("in their 50s") and times of day ("6:25 a.m."), so a question naming one finds the sentences that do.
 */
import { timeSpans } from '../ask/spans.ts';
import type { Token } from './tokens.ts';
import { monthOf } from './dates.ts';

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

/**
 * Whether the number at tokens[i] is written against letters as part of a code: "4Q7710" (the tokenizer reads "4" and
 * "Q7710"), "4Q 7710". Such a number names a flight or a model; it counts nothing. "5km" and "10pm" are measures.
 */
export function partOfCode(tokens: Token[], i: number): boolean {
  const [prev, t, next] = [tokens[i - 1], tokens[i]!, tokens[i + 1]];
  if (t.kind !== 'number') return false;
  if (next?.kind === 'word' && next.start === t.end && (/\d/.test(next.text) || (/^\p{Lu}{1,3}$/u.test(next.text) && tokens[i + 2]?.kind === 'number'))) return true;
  if (prev?.kind === 'word' && /^\p{Lu}{1,3}$/u.test(prev.text) && tokens[i - 2]?.kind === 'number' && tokens[i - 2]!.end === prev.start) return true;
  // "some 737 Max 9 planes": two numbers about a capitalised word make a model's name, and count nothing.
  return modelName(tokens, i, 1) || modelName(tokens, i, -1);
}

/** Whether tokens[i] and tokens[i + 2 * dir] are whole numbers about a capitalised word that is no month ("5 May 2031"). */
function modelName(tokens: Token[], i: number, dir: 1 | -1): boolean {
  const word = tokens[i + dir];
  const other = tokens[i + 2 * dir];
  return !!word && !!other && word.kind === 'word' && other.kind === 'number' && /^\p{Lu}\p{Ll}+$/u.test(word.text) && monthOf(word.text) === undefined && /^\d+$/.test(tokens[i]!.text) && /^\d+$/.test(other.text);
}

/** The code term of a number written against letters ("4Q7710" → "%4q7710"), or null. */
export function joinedCodeTerm(tokens: Token[], i: number): string | null {
  const [t, next] = [tokens[i]!, tokens[i + 1]];
  return partOfCode(tokens, i) && next?.start === t.end ? `%${t.text}${next.text}`.toLowerCase() : null;
}
