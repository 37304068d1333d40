/**
 * A record claim has a number inside it: "the worst floods in a decade", "the worst floods in fifty years", "the
 * deadliest crash since 1997", "the worst outage on record". Two outlets calling the same thing the worst over spans
 * that cannot both hold disagree, though neither gives a count: a reader should see "in a decade" against "in fifty
 * years" side by side. The span is read in years; a generation or a lifetime is a round figure that admits nearby ones.
 */
import type { Conflict, ConflictValue, Sentence } from './types.ts';
import { dedupeRefs, toSourceRef } from './source-ref.ts';
import { dayOfValue, firstReported, splitByDay } from './updates.ts';
import { NUMBER_WORDS, STOPWORDS } from './text/lexicon.ts';
import { termKey } from './text/stem.ts';

/** A superlative, then up to four words of what it describes, then how far back the record reaches. */
const RECORD =
  /\b(worst|deadliest|biggest|largest|heaviest|strongest|highest|lowest|hottest|coldest|wettest|driest|costliest|busiest|longest|greatest|most \p{Ll}+)(?![\p{L}-])((?:\s+[\p{L}'’]+(?:-[\p{L}]+)*){0,4}?)\s+(in (?:(?:the )?(?:past|last) )?(?:a|an|one|half a|\d+|[a-z]+)[\s-](?:decades?|century|centuries|generations?|years?|lifetime)|since (?:the )?(?:records began|\d{4})|on record|in (?:recorded |living )?(?:history|memory))(?![\p{L}\d])/giu;

/** What one span word is worth in years, and whether it is a round figure ("a generation") rather than an exact one. */
const SPAN_YEARS: Record<string, { years: number; round: boolean }> = Object.create(null);
for (const [words, years, round] of [
  ['year years', 1, false],
  ['decade decades', 10, false],
  ['century centuries', 100, false],
  ['generation generations', 25, true],
  ['lifetime', 75, true],
] as const) {
  for (const w of words.split(' ')) SPAN_YEARS[w] = { years, round };
}

/** A record "on record" or "in history" reaches as far back as anyone counted. */
const EVER = 10_000;

interface Claim {
  /** The superlative and the head of what it describes, as terms: the slot ("worst|flood"). */
  slot: string;
  /** The superlative and what it describes as written ("worst floods"). */
  phrase: string;
  years: number;
  round: boolean;
  /** The span as written ("in a decade", "since 1973"). */
  label: string;
  s: Sentence;
  at: number;
  end: number;
}

function spanYears(span: string, published: string | null): { years: number; round: boolean } | null {
  const lower = span.toLowerCase();
  if (/^(?:on record|since (?:the )?records|in (?:recorded |living )?(?:history|memory))/.test(lower)) return { years: EVER, round: false };
  const since = /^since (?:the )?(\d{4})$/.exec(lower);
  if (since) return published ? { years: Number(published.slice(0, 4)) - Number(since[1]), round: false } : null;
  const m = /^in (?:(?:the )?(?:past|last) )?(a|an|one|half a|\d+|[a-z]+)[\s-]([a-z]+)$/.exec(lower);
  if (!m) return null;
  const unit = SPAN_YEARS[m[2]!];
  const n = m[1] === 'half a' ? 0.5 : /^(?:a|an)$/.test(m[1]!) ? 1 : /^\d+$/.test(m[1]!) ? Number(m[1]) : (NUMBER_WORDS[m[1]!] ?? null);
  if (!unit || n === null) return null;
  return { years: n * unit.years, round: unit.round };
}

function claimsOf(s: Sentence): Claim[] {
  // Every superlative read here ends in "st" ("worst", "biggest", "most"): most sentences are passed over at once.
  if (!/st\b/i.test(s.text)) return [];
  const out: Claim[] = [];
  for (const m of s.text.matchAll(RECORD)) {
    const span = spanYears(m[3]!, s.published);
    if (!span || span.years <= 0) continue;
    const sup = m[1]!.toLowerCase();
    // What it describes ends at a function word: "the worst floods in Tarnby since 1957" are floods.
    const all = m[2]!.trim().split(/\s+/).filter(Boolean);
    const stop = all.findIndex((w) => STOPWORDS.has(w.toLowerCase()));
    const words = stop < 0 ? all : all.slice(0, stop);
    const head = words.length ? termKey(words[words.length - 1]!.toLowerCase().replace(/['’]s?$/, '')) : '';
    const at = m.index! + m[0].length - m[3]!.length;
    out.push({ slot: `${sup}|${head}`, phrase: [m[1]!, ...words].join(' '), ...span, label: m[3]!, s, at, end: at + m[3]!.length });
  }
  return out;
}

/** Two spans agree when equal, or when a round one ("a generation") lies within two fifths of the other. */
function spansAgree(a: Claim, b: Claim): boolean {
  if (a.years === b.years) return true;
  if (a.years === EVER || b.years === EVER) return false;
  const slack = a.round || b.round ? 0.4 : 0.1;
  return Math.abs(a.years - b.years) <= Math.max(1, slack * Math.max(a.years, b.years));
}

export function findRecordConflicts(sentences: Sentence[]): Conflict[] {
  const bySlot = new Map<string, Claim[]>();
  for (const s of sentences) for (const c of claimsOf(s)) (bySlot.get(c.slot) ?? bySlot.set(c.slot, []).get(c.slot)!).push(c);
  const out: Conflict[] = [];
  for (const claims of bySlot.values()) {
    if (new Set(claims.map((c) => c.s.publisher)).size < 2) continue;
    // Spans that agree are one side; a disagreement needs two sides told by different outlets.
    const sides: Claim[][] = [];
    for (const c of claims) {
      const side = sides.find((x) => x.some((o) => spansAgree(o, c)));
      if (side) side.push(c);
      else sides.push([c]);
    }
    const apart = sides.some((x, i) => sides.some((y, j) => j > i && x.some((a) => y.some((b) => a.s.publisher !== b.s.publisher))));
    if (!apart) continue;
    const values: ConflictValue[] = sides
      .map((side) => ({
        value: side[0]!.years,
        label: [...new Set(side.map((c) => c.label))].join(' / '),
        unit: 'years',
        sources: dedupeRefs(side.map((c) => toSourceRef(c.s))),
        published: firstReported(side.map((c) => dayOfValue(c.s, c.at, c.end))),
      }))
      .sort((p, r) => p.value - r.value);
    const c = splitByDay(`${claims[0]!.phrase}: since when`, values, false);
    if (c) out.push(c);
  }
  return out;
}
