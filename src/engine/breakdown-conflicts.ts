/**
 * Two outlets breaking one group down with the same numbers but naming a part differently ("40 women and 12
 * children", "40 women and 12 men") disagree on who that part is. Only nouns for kinds of people that exclude each
 * other count, and the outlets must agree on another part of the breakdown: two groups that merely share a number
 * ("12 men" rescued, "12 children" evacuated) are not set against each other.
 */
import type { Conflict, ConflictValue, Sentence } from './types.ts';
import { dedupeRefs, toSourceRef } from './source-ref.ts';
import { dayOfValue, firstReported, splitByDay } from './updates.ts';
import { eventsCompatible } from './mentions.ts';

/**
 * Kinds of people a breakdown names, by age group and sex. Two kinds exclude each other when their age groups differ
 * (men, children) or both have a sex and it differs (men, women; boys, girls); a child may be a boy, a man an adult.
 */
const KIND_OF: Record<string, { kind: string; age: 'adult' | 'young'; sex: 'm' | 'f' | null }> = Object.create(null);
for (const [words, kind, age, sex] of [
  ['man men', 'man', 'adult', 'm'],
  ['woman women', 'woman', 'adult', 'f'],
  ['adult adults', 'adult', 'adult', null],
  ['child children minor minors teenager teenagers teen teens', 'child', 'young', null],
  ['boy boys', 'boy', 'young', 'm'],
  ['girl girls', 'girl', 'young', 'f'],
] as const) {
  for (const w of words.split(' ')) KIND_OF[w] = { kind, age, sex };
}

function exclusive(a: string, b: string): boolean {
  const [x, y] = [KIND_OF[a]!, KIND_OF[b]!];
  return x.age !== y.age || (x.sex !== null && y.sex !== null && x.sex !== y.sex);
}

interface Part {
  value: number;
  /** The kind of people it counts ("child" for "children" or "minors"). */
  kind: string;
  event: string | null;
  /** The part as written ("12 children"). */
  label: string;
  unit: string;
  s: Sentence;
  at: number;
  end: number;
}

function partsOf(s: Sentence): Part[] {
  const out: Part[] = [];
  for (const q of s.quantities) {
    const kind = q.unit?.toLowerCase();
    if (!kind || !KIND_OF[kind] || q.planned) continue;
    const at = q.span.start - s.span.start;
    const end = q.span.end - s.span.start;
    out.push({ value: q.value, kind: KIND_OF[kind]!.kind, event: q.event, label: s.text.slice(at, end), unit: q.unit!, s, at, end });
  }
  return out;
}

export function findBreakdownConflicts(sentences: Sentence[]): Conflict[] {
  // Sentences giving two kinds of people or more, indexed by each part they give; a sentence that gives one number
  // as two kinds ("12 men and 12 women") says nothing of who those are.
  const breakdowns = sentences.map(partsOf).filter((ps) => new Set(ps.map((p) => p.kind)).size >= 2);
  const byPart = new Map<string, Part[][]>();
  for (const ps of breakdowns) for (const p of ps) (byPart.get(`${p.value}|${p.kind}`) ?? byPart.set(`${p.value}|${p.kind}`, []).get(`${p.value}|${p.kind}`)!).push(ps);
  const out: Conflict[] = [];
  const seen = new Set<string>();
  // Among the breakdowns sharing a part, each other number with the kinds they name it as: read once per list, so
  // a part a large corpus repeats thousands of times costs its length, not its square.
  for (const [key, list] of byPart) {
    const shared = list[0]!.find((x) => `${x.value}|${x.kind}` === key)!;
    const kindsOf = new Map<number, Map<string, Part[]>>();
    for (const ps of list) {
      for (const p of ps) {
        if (p === shared || `${p.value}|${p.kind}` === key || ps.some((x) => x.value === p.value && x.kind !== p.kind)) continue;
        const kinds = kindsOf.get(p.value) ?? kindsOf.set(p.value, new Map()).get(p.value)!;
        (kinds.get(p.kind) ?? kinds.set(p.kind, []).get(p.kind)!).push(p);
      }
    }
    for (const kinds of kindsOf.values()) {
      const names = [...kinds.keys()];
      if (!names.some((a) => names.some((b) => exclusive(a, b)))) continue;
      // "12 women and 3 children killed" and "12 women and 3 men rescued" tell of two events, not one group.
      const events = [...kinds.values()].flat().flatMap((p) => [p.event, ...p.s.quantities.filter((q) => q.value === shared.value).map((q) => q.event)]);
      if (!events.every((a) => events.every((b) => eventsCompatible(a, b)))) continue;
      // A disagreement is between outlets: one outlet naming a number two ways in two breakdowns is not one.
      const publishers = [...kinds.values()].map((ps) => new Set(ps.map((p) => p.s.publisher)));
      if (new Set(publishers.flatMap((x) => [...x])).size < 2) continue;
      const values: ConflictValue[] = [...kinds.values()].map((ps) => ({
        value: ps[0]!.value,
        label: ps[0]!.label,
        unit: ps[0]!.unit,
        sources: dedupeRefs(ps.map((p) => toSourceRef(p.s))),
        published: firstReported(ps.map((p) => dayOfValue(p.s, p.at, p.end))),
      }));
      // Breakdowns sharing two parts meet under each: one disagreement.
      const key = values.map((v) => `${v.label}|${v.sources.map((r) => `${r.file}:${r.span.start}`).join(',')}`).join(';');
      if (seen.has(key)) continue;
      seen.add(key);
      const c = splitByDay(`who the ${values[0]!.value.toLocaleString('en-US')} were (besides ${shared.label})`, values, false);
      if (c) out.push(c);
    }
  }
  return out;
}
