/**
 * The digest: a title and summary from the most central, best-corroborated facts, the facts themselves, where
 * outlets disagree, and what each source contributed. Plain data; rendering lives in render-markdown.ts.
 */
import type { Digest, Fact } from './types.ts';
import type { CorpusIndex } from './corpus-index.ts';
import { oneLine } from './source-ref.ts';
import { contentTerms } from './analyze.ts';

/** Units that measure rather than count things worth a headline number (durations, distances, ages). */
export const MEASURE_UNITS = new Set(['year', 'years', 'day', 'days', 'hour', 'hours', 'minute', 'minutes', 'week', 'weeks', 'month', 'months', 'time', 'times', 'year-old', 'mile', 'kilometer', 'kilometre', 'km', 'meter', 'metre', 'percent']);

export function isKeyNumber(f: Fact): boolean {
  return f.numbers.length > 0 && f.numbers.every((n) => !n.unit || !MEASURE_UNITS.has(n.unit.toLowerCase()));
}

function pickTitle(index: CorpusIndex, top: Fact | undefined): string {
  const titles = index.titles.filter((t): t is string => !!t);
  if (titles.length === 0) return top ? top.text : 'No facts found';
  // The headline most like the others and like the coverage's best facts speaks for the whole story.
  const best = titles
    .map((t) => {
      const terms = contentTerms(t.split(/[^\p{L}\p{N}'’-]+/u));
      let score = 0;
      for (const f of index.facts.slice(0, 5)) for (const id of f.sentenceIds.slice(0, 3)) score += index.stats.similarityTo(terms, id);
      return { t, score };
    })
    .sort((a, b) => b.score - a.score)[0]!;
  return oneLine(best.t);
}

/** Builds the digest for `date` from an index. Pure: the caller passes the date. */
export function buildDigest(index: CorpusIndex, date: string): Digest {
  const facts = index.facts;
  const corroborated = facts.filter((f) => f.status === 'corroborated' && !f.disputed);
  const lead = corroborated.slice(0, 2);
  const summaryParts = lead.map((f) => `${f.text} (${f.outlets.length} outlets)`);
  if (index.conflicts.length) summaryParts.push(`Outlets disagree on ${index.conflicts.map((c) => c.topic).join('; ')}.`);
  const summary = summaryParts.join(' ') || 'The coverage holds no fact that more than one outlet reports.';

  const factsPerFile = new Map<string, number>();
  for (const f of facts) for (const file of new Set(f.sources.map((s) => s.file))) factsPerFile.set(file, (factsPerFile.get(file) ?? 0) + 1);

  return {
    title: pickTitle(index, facts[0]),
    summary,
    date,
    facts,
    conflicts: index.conflicts,
    sources: index.articles.map((a) => ({ file: a.file, outlet: a.outlet, url: a.url, published: a.published, facts: factsPerFile.get(a.file) ?? 0 })),
    dropped: index.dropped,
  };
}
