/**
 * Two outlets breaking one group down with the same numbers but naming a part differently ("40 women and 12
 * children", "40 women and 12 men") disagree on who that part is. Only nouns for kinds of people that exclude each
 * other count, and the outlets must agree on another part of the breakdown: two groups that merely share a number
 * ("12 men" rescued, "12 children" evacuated) are not set against each other.
 */
import type { Conflict, ConflictValue, Sentence } from './types.ts';
import { dedupeRefs, toSourceRef } from './source-ref.ts';
import { dayOfValue, firstReported, splitByDay } from './updates.ts';

/** Kinds of people a breakdown names, each its own: a man is not a woman, a child or a boy. */
const KIND_OF: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  man: 'man', men: 'man', woman: 'woman', women: 'woman', child: 'child', children: 'child', boy: 'boy', boys: 'boy',
  girl: 'girl', girls: 'girl', adult: 'adult', adults: 'adult', minor: 'minor', minors: 'minor', teenager: 'teenager',
  teenagers: 'teenager', teen: 'teenager', teens: 'teenager',
});

interface Part {
  value: number;
  kind: string;
  /** The part as written ("12 children"). */
  label: string;
  s: Sentence;
  at: number;
  end: number;
}

function partsOf(s: Sentence): Part[] {
  const out: Part[] = [];
  for (const q of s.quantities) {
    const kind = q.unit ? KIND_OF[q.unit.toLowerCase()] : undefined;
    if (!kind || q.planned) continue;
    const at = q.span.start - s.span.start;
    const end = q.span.end - s.span.start;
    out.push({ value: q.value, kind, label: s.text.slice(at, end), s, at, end });
  }
  return out;
}

export function findBreakdownConflicts(sentences: Sentence[]): Conflict[] {
  // Sentences giving two kinds of people or more, indexed by each part they give.
  const breakdowns = sentences.map(partsOf).filter((ps) => new Set(ps.map((p) => p.kind)).size >= 2);
  const byPart = new Map<string, Part[][]>();
  for (const ps of breakdowns) for (const p of ps) (byPart.get(`${p.value}|${p.kind}`) ?? byPart.set(`${p.value}|${p.kind}`, []).get(`${p.value}|${p.kind}`)!).push(ps);
  // Per shared part and disputed value: each kind the outlets name for it, with its parts.
  const disputes = new Map<string, { shared: Part; sides: Map<string, Part[]> }>();
  for (const [key, list] of byPart) {
    for (const a of list) {
      for (const b of list) {
        if (a === b || a[0]!.s.publisher >= b[0]!.s.publisher) continue;
        for (const pa of a) {
          const pb = b.find((x) => x.value === pa.value && x.kind !== pa.kind);
          // The other outlet names the same number as another kind and never as this one.
          if (!pb || `${pa.value}|${pa.kind}` === key || b.some((x) => x.value === pa.value && x.kind === pa.kind) || a.some((x) => x.value === pb.value && x.kind === pb.kind)) continue;
          const shared = a.find((x) => `${x.value}|${x.kind}` === key)!;
          const d = disputes.get(`${key}|${pa.value}`) ?? disputes.set(`${key}|${pa.value}`, { shared, sides: new Map() }).get(`${key}|${pa.value}`)!;
          for (const p of [pa, pb]) (d.sides.get(p.kind) ?? d.sides.set(p.kind, []).get(p.kind)!).push(p);
        }
      }
    }
  }
  const out: Conflict[] = [];
  for (const { shared, sides } of disputes.values()) {
    const values: ConflictValue[] = [...sides.values()].map((ps) => ({
      value: ps[0]!.value,
      label: ps[0]!.label,
      unit: ps[0]!.s.quantities.find((q) => q.span.start - ps[0]!.s.span.start === ps[0]!.at)?.unit ?? null,
      sources: dedupeRefs(ps.map((p) => toSourceRef(p.s))),
      published: firstReported(ps.map((p) => dayOfValue(p.s, p.at, p.end))),
    }));
    const c = splitByDay(`who the ${values[0]!.value.toLocaleString('en-US')} were (besides ${shared.label})`, values, false);
    if (c) out.push(c);
  }
  return out;
}
