/**
 * Lengths of time written in two parts ("an hour and 45 minutes", "2 hours and 10 minutes"): the quantity reader sees
 * only "45 minutes", which is a part of the length, not the length.
 */
import { parseNumberWord } from './numbers.ts';

const HOURS_AND = /\b(an?|one|\d+|[a-z]+)\s+hours?\s+and\s+$/i;

/** The start of a length's first part and the whole length in minutes, for minutes at `at`; null when there is none. */
export function hoursBefore(text: string, at: number, minutes: number): { start: number; minutes: number } | null {
  const m = HOURS_AND.exec(text.slice(Math.max(0, at - 30), at));
  if (!m) return null;
  const word = m[1]!.toLowerCase();
  const hours = /^(?:an?|one)$/.test(word) ? 1 : /^\d+$/.test(word) ? Number(word) : parseNumberWord(word);
  if (hours === null || !(hours > 0)) return null;
  return { start: at - m[0].length, minutes: hours * 60 + minutes };
}

/** Units a length of time is counted in. */
export const DURATION_UNITS = /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)$/i;

/** "every 30 minutes", "once every two days": how often something happens, not how long anything lasted. */
export const EVERY_BEFORE = /\bevery\s+(?:other\s+)?$/i;
