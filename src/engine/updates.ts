/**
 * Update or disagreement: a count reported with one value one day and another the next (a toll that rose from 51 to
 * 205) is an update, shown in date order with its dates; values given on the same day disagree. A time, a date, an
 * age or the toll of a past year's event does not change from one day's coverage to the next: those always disagree.
 */
import type { Conflict, ConflictValue, Sentence } from './types.ts';
import { stableId } from './similarity.ts';
import { WEEKDAYS } from './text/lexicon.ts';

/**
 * Counts still being added to while coverage runs (deaths, injured, missing, evacuated, rescued, destroyed, held): a
 * later day's other figure is an update. Other figures (a plan's size, a share of one day's flights, a past year's
 * toll) do not grow from one article to the next, so a different one disagrees.
 */
export const RUNNING_EVENTS = new Set(['kill', 'injure', 'missing', 'evacuate', 'rescue', 'destroy', 'detain']);

/** Running counts that only rise: a toll can be revised, but a smaller figure on a later day is no toll that rose. */
const ONLY_RISING = new Set(['kill', 'injure', 'destroy', 'rescue']);

/**
 * Whether a later day's figure is smaller than an earlier day's in a way no update explains: a toll that only rises,
 * or a lower bound the earlier figure already meets ("five or more missing" after six tells of no one found). Then
 * the figures are set side by side as a disagreement, not shown as a change.
 */
export function laterFigureUndercuts(event: string, values: ConflictValue[], lowerBounds: Set<number>, upperBounds: Set<number> = new Set()): boolean {
  return values.some((later) => values.some((before) => undercuts(event, before, later, lowerBounds.has(later.value), upperBounds.has(before.value))));
}

/**
 * Whether `later`, published after `before`, is a smaller figure no update explains (see `laterFigureUndercuts`). An
 * earlier ceiling ("as many as 9 dead") that a later count falls under ("seven bodies recovered") was an estimate, now
 * narrowed: an update.
 */
export function undercuts(event: string, before: Dated, later: Dated, laterIsLowerBound: boolean, beforeIsUpperBound = false): boolean {
  return !!later.published && !!before.published && before.published < later.published && later.value < before.value && !beforeIsUpperBound && (ONLY_RISING.has(event) || laterIsLowerBound);
}

type Dated = { value: number; published?: string | null };

/** The days of the week in the order of Date's getUTCDay, Sunday first. */
export const WEEKDAY_INDEX = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** The day of the week of a calendar day ("2024-07-19"), 0 for Sunday. */
export const weekdayOf = (day: string) => new Date(`${day}T12:00:00Z`).getUTCDay();

/**
 * The day a value is about: a day written against it ("31% of its flights on Friday", "shares ended Friday 11%
 * lower") in an article from the next day is that earlier day, so the figure is set against that day's figures and
 * is no update of them. A day behind a comma ("which struck on Monday, has killed 40") dates something else, and so
 * does a day more than a week old ("held since an attack on May 3"). Without one, the article's own date.
 */
export function dayOfValue(s: Sentence, at: number, end: number): string | null {
  return s.published ? (writtenDayOfValue(s, at, end) ?? s.published) : null;
}

/** The day written against a value (see dayOfValue), or null when its sentence writes none for it. */
export function writtenDayOfValue(s: Sentence, at: number, end: number): string | null {
  if (!s.published) return null;
  const before = s.text.slice(Math.max(0, at - 30), at);
  const after = s.text.slice(end, end + 80);
  // How far a day stands from the value within its clause; the nearest such day is the one the value is about.
  const distance = (surface: string): number => {
    const b = before.lastIndexOf(surface);
    const a = after.indexOf(surface);
    if (a >= 0 && !/[,;:]/.test(after.slice(0, a))) return a;
    if (b >= 0 && !/[,;:]/.test(before.slice(b))) return before.length - b;
    return Infinity;
  };
  let best: { day: string; d: number } | null = null;
  for (const m of s.dates) {
    const d = distance(m.surface);
    const day = d < Infinity ? resolveDay(m.key, s.published) : null;
    if (day && day <= s.published && day >= daysBefore(s.published, 7) && (!best || d < best.d)) best = { day, d };
  }
  return best?.day ?? null;
}

/** The calendar day `n` days before `day`. */
function daysBefore(day: string, n: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() - n);
  return Number.isNaN(date.getTime()) ? day : date.toISOString().slice(0, 10);
}

/** "2024-07-19", "07-19" or "rel:friday" as a calendar day, read against the article's date; null otherwise. */
function resolveDay(key: string, published: string): string | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(key)) return key;
  if (/^\d{2}-\d{2}$/.test(key)) return `${published.slice(0, 4)}-${key}`;
  const weekday = key.startsWith('rel:') ? key.slice(4) : '';
  if (!WEEKDAYS.has(weekday)) return null;
  const date = new Date(`${published}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return null;
  const back = (date.getUTCDay() - WEEKDAY_INDEX.indexOf(weekday) + 7) % 7;
  date.setUTCDate(date.getUTCDate() - back);
  return date.toISOString().slice(0, 10);
}

/** The day a value was first reported: a later article repeating it as history does not make it new. */
export function firstReported(days: (string | null)[]): string | null {
  const known = days.filter((d): d is string => !!d).sort();
  return known[0] ?? null;
}

/** Whether a sentence dates what it counts to a year before its article's ("since 1973, when 300 died"). */
export function aboutAnEarlierYear(s: Sentence): boolean {
  const year = s.published ? Number(s.published.slice(0, 4)) : null;
  if (!year) return false;
  // "has invested $6 billion since 2031" tells of now: a span reaching the present, unless the year's own clause
  // tells of it ("since 1973, when 300 died").
  // (So does "since the system was overhauled in 2031": the year dates when the span began.)
  return [...s.text.matchAll(YEAR)].some((m) => Number(m[0]) < year && !(SINCE_BEFORE.test(s.text.slice(Math.max(0, m.index! - 72), m.index!)) && !WHEN_AFTER.test(s.text.slice(m.index! + 4))));
}
const SINCE_BEFORE = /\bsince\s+(?:[^,.;:()\d]{0,40}?\s(?:was|were|began|begun|started|opened|became)\s+(?:\p{L}+\s+){0,2}in\s+)?$/iu;
const WHEN_AFTER = /^,?\s*(?:when|where|in which)\b/i;

/**
 * Whether a year before the article's stands in the clause of the value at these offsets: "since 1973, when 300
 * died" dates the 300, "Brandl, 55, who has led the bank since 2011" does not date the age, nor "built in 2015, it is
 * 300 metres long" the length. A relative clause, a semicolon, a colon, a bracket or a dash between them sets them
 * apart.
 */
export function earlierYearInClause(s: Sentence, at: number, end: number): boolean {
  const year = s.published ? Number(s.published.slice(0, 4)) : null;
  if (!year) return false;
  for (const m of s.text.matchAll(YEAR)) {
    if (Number(m[0]) >= year) continue;
    const i = m.index!;
    const between = i < at ? s.text.slice(i + 4, at) : s.text.slice(end, i);
    if (between.length <= 80 && !APART.test(between) && !(i < at && /,/.test(between) && !/,\s*(?:when|where|in which)\b/.test(between))) return true;
  }
  return false;
}
const YEAR = /\b(?:1[89]\d\d|20\d\d)\b/g;
const APART = /[;:()—–]|\b(?:who|which|whose)\b|,\s+(?:but|while|although|whereas)\b|\band\s+(?:has|have)\b/;

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

/**
 * A running count that outlets disagree on within one day still changed from day to day: its update, from the
 * highest figure first reported each day ("12, then 21, then 30"; a toll's highest figure of a day is its latest),
 * beside that day's disagreement. Null when the figures span fewer than two days or the update shows no change.
 */
export function dayByDay(topic: string, values: ConflictValue[]): Conflict | null {
  const highest = new Map<string, ConflictValue>();
  for (const v of values) {
    if (!v.published) continue;
    const h = highest.get(v.published);
    if (!h || v.value > h.value) highest.set(v.published, v);
  }
  const ordered = [...highest.values()].sort((p, r) => p.published!.localeCompare(r.published!));
  if (ordered.length < 2 || new Set(ordered.map((v) => v.value)).size < 2) return null;
  return { id: stableId('conflict', `${topic}|${ordered.map((v) => v.value).join('|')}`), topic, kind: 'update', values: ordered };
}

/**
 * The conflict of a running toll's figures, tied into one group by pairs of figures matched to each other (`linked`).
 * Figures of one day disagree when they were matched to each other, not when each was only matched to another day's
 * figure ("64 across the country" and "at least 61 in the region" both rose from the day before): then the toll's
 * update is told from each day's highest figure.
 */
export function runningToll(topic: string, values: ConflictValue[], linked: (a: number, b: number) => boolean): Conflict | null {
  const dated = values.every((v) => v.published);
  const contested = values.some((v) => values.some((w) => v !== w && v.published === w.published && linked(v.value, w.value)));
  return dated && !contested ? dayByDay(topic, values) : splitByDay(topic, values, true);
}

export const WEEKDAY_WORD = /\b(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/gi;

/**
 * The day of the week a figure is of: the day its sentence names (the nearest to it when several), else the day its
 * article came out; -1 when neither is known.
 */
export function momentOf(s: Sentence, at: number): number {
  let best = -1;
  let distance = Infinity;
  for (const m of s.text.matchAll(WEEKDAY_WORD)) {
    const d = Math.abs(m.index - at);
    if (d < distance) [best, distance] = [WEEKDAY_INDEX.indexOf(m[0].toLowerCase()), d];
  }
  return best >= 0 ? best : s.published ? weekdayOf(s.published) : -1;
}

/**
 * The days of the week a sentence names for what it tells, leaving out the day it was told on: in "transcripts
 * released by the police on Tuesday show the first call came at 6:50 p.m." Tuesday is when the police spoke.
 */
export function weekdaysOfEvents(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(LETTERS)) {
    const w = m[0].toLowerCase();
    if (WEEKDAYS.has(w) && !TOLD_ON.test(text.slice(Math.max(0, m.index - 40), m.index))) out.add(w);
  }
  return out;
}
const TOLD_ON = /\b(?:said|says|told|tells|released|published|reported|disclosed|announced|stated|wrote|posted|briefing|conference)\b[^.;,]{0,30}\bon\s+$/i;
const LETTERS = /\p{L}+/gu;
