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
  unit: string;
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
    out.push({ value: q.value, kind, label: s.text.slice(at, end), unit: q.unit!, s, at, end });
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
      if (kinds.size < 2) continue;
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
      const c = splitByDay(`who the ${values[0]!.value.toLocaleString('en-US')} were (besides ${shared.label})`, values, false);
      if (c) out.push(c);
    }
  }
  return out;
}
