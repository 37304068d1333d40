/**
 * Lengths of time written in two parts ("an hour and 45 minutes", "8 minutes and 12 seconds"): the quantity reader sees
 * only "45 minutes", which is a part of the length, not the length.
 */
import { parseNumberWord } from './numbers.ts';

/** The larger unit a length's first part is written in, before a smaller one: hours before minutes, minutes before seconds. */
const LARGER: Record<string, string> = { minute: 'hours?', second: 'minutes?' };

/**
 * The start of a length's first part and the whole length in the smaller unit, for the smaller part (`value` of `unit`)
 * at `at`: "an hour and 45 minutes" is 105 minutes, "eight minutes and 12 seconds" 492 seconds. Null when there is none.
 */
export function lengthBefore(text: string, at: number, value: number, unit: string): { start: number; value: number } | null {
  const larger = LARGER[unit.toLowerCase().replace(/s$/, '')];
  if (!larger) return null;
  const m = new RegExp(`\\b(an?|one|\\d+|[a-z]+)\\s+${larger},?\\s+and\\s+$`, 'i').exec(text.slice(Math.max(0, at - 30), at));
  if (!m) return null;
  const word = m[1]!.toLowerCase();
  const first = /^(?:an?|one)$/.test(word) ? 1 : /^\d+$/.test(word) ? Number(word) : parseNumberWord(word);
  if (first === null || !(first > 0)) return null;
  return { start: at - m[0].length, value: first * 60 + value };
}

/** Whether a length ending at `end` in `unit` goes on in a smaller one ("eight minutes| and 12 seconds"): a part only. */
export function lengthGoesOn(text: string, end: number, unit: string): boolean {
  const u = unit.toLowerCase().replace(/s$/, '');
  const smaller = u === 'hour' ? 'minutes?' : u === 'minute' ? 'seconds?' : null;
  return !!smaller && new RegExp(`^,?\\s+and\\s+(?:an?|one|\\d+|[a-z]+)\\s+${smaller}\\b`, 'i').test(text.slice(end, end + 30));
}

/** Units a length of time is counted in. */
export const DURATION_UNITS = /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)$/i;

/** "every 30 minutes", "once every two days": how often something happens, not how long anything lasted. */
export const EVERY_BEFORE = /\bevery\s+(?:other\s+)?$/i;
