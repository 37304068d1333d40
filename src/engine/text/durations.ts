/**
 * Lengths of time written in two parts ("an hour and 45 minutes", "8 minutes and 12 seconds"): the quantity reader sees
 * only "45 minutes", which is a part of the length, not the length.
 */
import { parseNumberWord } from './numbers.ts';

/** A length's first part before its smaller one, by the smaller unit: "an hour and|" before minutes, "8 minutes and|" before seconds. */
const FIRST_PART: Record<string, RegExp> = {
  minute: /\b(an?|one|\d+|[a-z]+)\s+hours?,?\s+and\s+$/i,
  second: /\b(an?|one|\d+|[a-z]+)\s+minutes?,?\s+and\s+$/i,
};
/** A length's smaller part after its first, by the first's unit: "|and 45 minutes" after hours, "|and 12 seconds" after minutes. */
const NEXT_PART: Record<string, RegExp> = {
  hour: /^,?\s+and\s+(?:an?|one|\d+|[a-z]+)\s+minutes?\b/i,
  minute: /^,?\s+and\s+(?:an?|one|\d+|[a-z]+)\s+seconds?\b/i,
};

/**
 * The start of a length's first part and the whole length in the smaller unit, for the smaller part (`value` of `unit`)
 * at `at`: "an hour and 45 minutes" is 105 minutes, "eight minutes and 12 seconds" 492 seconds. Null when there is none.
 */
export function lengthBefore(text: string, at: number, value: number, unit: string): { start: number; value: number } | null {
  const first = FIRST_PART[unit.toLowerCase().replace(/s$/, '')];
  const m = first?.exec(text.slice(Math.max(0, at - 30), at));
  if (!m) return null;
  const word = m[1]!.toLowerCase();
  const n = /^(?:an?|one)$/.test(word) ? 1 : /^\d+$/.test(word) ? Number(word) : parseNumberWord(word);
  if (n === null || !(n > 0)) return null;
  return { start: at - m[0].length, value: n * 60 + value };
}

/** Whether a length ending at `end` in `unit` goes on in a smaller one ("eight minutes| and 12 seconds"): a part only. */
export function lengthGoesOn(text: string, end: number, unit: string): boolean {
  return NEXT_PART[unit.toLowerCase().replace(/s$/, '')]?.test(text.slice(end, end + 30)) ?? false;
}

/** Units a length of time is counted in. */
export const DURATION_UNITS = /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)$/i;

/** "every 30 minutes", "once every two days": how often something happens, not how long anything lasted. */
export const EVERY_BEFORE = /\bevery\s+(?:other\s+)?$/i;
