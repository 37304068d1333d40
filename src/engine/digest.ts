/**
 * The digest: a title and summary from the most central, best-corroborated facts, the facts themselves, where
 * outlets disagree, and what each source contributed. Plain data; rendering lives in render-markdown.ts.
 */
import type { Change, Digest, Fact } from './types.ts';
import type { CorpusIndex } from './corpus-index.ts';
import { oneLine } from './source-ref.ts';
import { contentTerms } from './analyze.ts';
import { MEASURE_UNITS } from './text/lexicon.ts';

export function isKeyNumber(f: Fact): boolean {
  return f.numbers.length > 0 && f.numbers.every((n) => !n.unit || !MEASURE_UNITS.has(n.unit.toLowerCase()));
}

/** A headline's terms, as the digest scores it against the best facts (see pickTitle). */
export function headlineTerms(title: string): string[] {
  return contentTerms(title.split(/[^\p{L}\p{N}'’-]+/u));
}

function pickTitle(index: CorpusIndex, top: Fact | undefined): string {
  const titles = index.titles.filter((t): t is string => !!t);
  if (titles.length === 0) return top ? top.text : 'No facts found';
  // The headline most like the others and like the coverage's best facts speaks for the whole story, a fact counting
  // as much as the outlets that report it: the first of the best, each headline's terms let go once it is scored
  // (thousands of headlines at 10,000 articles).
  const top5 = index.facts.slice(0, 5);
  const near = top5.flatMap((f) => f.sentenceIds.slice(0, 3));
  const weight = top5.flatMap((f) => f.sentenceIds.slice(0, 3).map(() => f.outlets.length));
  let best = titles[0]!;
  let bestScore = -Infinity;
  const { titleTerms } = index;
  for (const [i, t] of index.titles.entries()) {
    if (!t) continue;
    const terms = titleTerms?.[i] ?? headlineTerms(t);
    let score = 0;
    let k = 0;
    for (const sim of index.stats.similaritiesTo(terms, near)) score += weight[k++]! * sim;
    if (score > bestScore) {
      best = t;
      bestScore = score;
    }
  }
  return oneLine(best);
}

/** Capitalised words after the first of a text: what tells one toll's place from another's. */
function names(text: string): Set<string> {
  return new Set((text.match(/(?<=\s)\p{Lu}[\p{L}'’-]+/gu) ?? []).map((w) => w.toLowerCase().replace(/['’]s$/, '')));
}

const firstValue = (f: Fact) => `${f.numbers[0]!.value.toLocaleString('en-US')}${f.numbers[0]!.unit ? ` ${f.numbers[0]!.unit}` : ''}`;

/**
 * What changed since an earlier digest: facts that are new, numbers that changed (the same kind of count of the same
 * event and place with another value: a toll that rose), and facts newly corroborated by another outlet.
 */
export function diffDigests(previous: Digest, facts: Fact[]): Change[] {
  const before = new Map(previous.facts.map((f) => [f.id, f]));
  const changes: Change[] = [];
  for (const f of facts) {
    const p = before.get(f.id);
    if (p) {
      if (f.outlets.length > p.outlets.length) changes.push({ kind: 'corroborated', fact_id: f.id, before: p.outlets.join(', '), after: f.outlets.join(', ') });
      continue;
    }
    const mine = names(f.text);
    // A fact's first number is the one its topic counts; a sentence's other numbers ride along (see facts.ts).
    const single = (x: Fact) => x.numbers.length >= 1 && !x.composite;
    const was = f.topic && single(f) ? previous.facts.find((x) => x.topic === f.topic && single(x) && x.numbers[0]!.value !== f.numbers[0]!.value && [...names(x.text)].some((n) => mine.has(n))) : undefined;
    // "rose to 18" names no noun: it counts what the earlier figure counted.
    if (was) changes.push({ kind: 'changed', fact_id: f.id, before: firstValue(was), after: firstValue(f.numbers[0]!.unit ? f : { ...f, numbers: [{ ...f.numbers[0]!, unit: was.numbers[0]!.unit }] }) });
    else changes.push({ kind: 'new', fact_id: f.id, before: null, after: f.text });
  }
  return changes;
}

/** Builds the digest for `date` from an index, with what changed since `previous` when given. Pure. */
export function buildDigest(index: CorpusIndex, date: string, previous: Digest | null = null): Digest {
  const facts = index.facts;
  const corroborated = facts.filter((f) => f.status === 'corroborated' && !f.disputed);
  const lead = corroborated.slice(0, 2);
  const summaryParts = lead.map((f) => `${f.text} (${f.outlets.length} outlets)`);
  const disagreements = index.conflicts.filter((c) => c.kind === 'disagreement');
  const updates = index.conflicts.filter((c) => c.kind === 'update');
  if (disagreements.length) summaryParts.push(`Outlets disagree on ${disagreements.map((c) => c.topic).join('; ')}.`);
  if (updates.length) summaryParts.push(`Updated since earlier coverage: ${updates.map((c) => `${c.topic} ${c.values.map((v) => v.value.toLocaleString('en-US')).join(' → ')}`).join('; ')}.`);
  const summary = summaryParts.join(' ') || 'The coverage holds no fact that more than one outlet reports.';

  const factsPerFile = new Map<string, number>();
  for (const f of facts) for (const file of new Set(f.sources.map((s) => s.file))) factsPerFile.set(file, (factsPerFile.get(file) ?? 0) + 1);

  return {
    title: pickTitle(index, facts[0]),
    summary,
    date,
    ...(previous
      ? {
          since: previous.date,
          changes: diffDigests(previous, facts),
          new_outlets: [...new Set(index.articles.map((a) => a.outlet))].filter((o) => !previous.sources.some((s) => s.outlet === o)),
        }
      : {}),
    facts,
    conflicts: index.conflicts,
    sources: index.articles.map((a) => ({ file: a.file, outlet: a.outlet, url: a.url, published: a.published, facts: factsPerFile.get(a.file) ?? 0 })),
    dropped: index.dropped,
  };
}
