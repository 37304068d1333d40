/**
 * Update or disagreement: a count reported with one value one day and another the next (a toll that rose from 51 to
 * 205) is an update, shown in date order with its dates; values given on the same day disagree. A time, a date, an
 * age or the toll of a past year's event does not change from one day's coverage to the next: those always disagree.
 */
import type { Conflict, ConflictValue, Sentence } from './types.ts';
import { stableId } from './similarity.ts';

/** The day a value was first reported: a later article repeating it as history does not make it new. */
export function firstReported(days: (string | null)[]): string | null {
  const known = days.filter((d): d is string => !!d).sort();
  return known[0] ?? null;
}

/** Whether a sentence dates what it counts to a year before its article's ("since 1973, when 300 died"). */
export function aboutAnEarlierYear(s: Sentence): boolean {
  const year = s.published ? Number(s.published.slice(0, 4)) : null;
  if (!year) return false;
  return (s.text.match(/\b(1[89]\d\d|20\d\d)\b/g) ?? []).some((y) => Number(y) < year);
}

/**
 * The conflict these values make: an update when each value was first reported on its own day (and the thing can
 * change), else a disagreement between the values first reported on a shared day, or with no date. Null when fewer
 * than two values disagree.
 */
export function splitByDay(topic: string, values: ConflictValue[], canUpdate: boolean): Conflict | null {
  const days = values.map((v) => v.published ?? null);
  const perDay = new Map<string, number>();
  for (const d of days) if (d) perDay.set(d, (perDay.get(d) ?? 0) + 1);
  if (canUpdate && days.every((d) => d) && perDay.size === values.length) {
    const ordered = [...values].sort((p, r) => p.published!.localeCompare(r.published!));
    return { id: stableId('conflict', `${topic}|${ordered.map((v) => v.value).join('|')}`), topic, kind: 'update', values: ordered };
  }
  const contested = canUpdate ? values.filter((v) => !v.published || perDay.get(v.published)! >= 2) : values;
  const shown = contested.length >= 2 ? contested : values;
  return { id: stableId('conflict', `${topic}|${shown.map((v) => v.value).join('|')}`), topic, kind: 'disagreement', values: shown };
}
