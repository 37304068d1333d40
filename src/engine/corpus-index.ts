/**
 * The corpus index: every article cleaned and read once, sources named consistently, term statistics, facts and
 * conflicts. Built once per corpus; the digest and answers only read it.
 */
import type { Article, Attribution, Conflict, Dropped, Fact, Sentence } from './types.ts';
import type { RawAttribution } from './attribution.ts';
import { cleanArticle, type CleanedArticle } from './clean.ts';
import { analyseArticle } from './analyze.ts';
import { buildSpeakerTable, speakerKey, type SpeakerTable } from './speakers.ts';
import { TermStats } from './similarity.ts';
import { buildFacts } from './facts.ts';
import { findConflicts } from './conflicts.ts';
import { clusterMentions, numericMentions } from './mentions.ts';

export interface CorpusIndex {
  articles: Article[];
  titles: (string | null)[];
  sentences: Sentence[];
  dropped: Dropped[];
  stats: TermStats;
  speakers: SpeakerTable;
  facts: Fact[];
  conflicts: Conflict[];
  /** How many sentences mention each lower-cased capitalised word: tells a rare place from a ubiquitous one. */
  nameFrequency: Map<string, number>;
  /** Sentence ids by canonical speaker key, so "what did X say" needs no scan of the corpus. */
  bySpeaker: Map<string, number[]>;
}

export interface ArticleReading {
  cleaned: CleanedArticle;
  sentences: ReturnType<typeof analyseArticle>;
}

/** Cleans and reads one article; pure, so a caller may cache it per file. */
export function readArticle(article: Article): ArticleReading {
  const cleaned = cleanArticle(article.file, article.text);
  return { cleaned, sentences: analyseArticle(article, cleaned) };
}

export function buildIndex(articles: Article[], readings: ArticleReading[] = articles.map(readArticle)): CorpusIndex {
  const raw: { key: string; surface: string; kind: 'person' | 'organization' | 'other' }[] = [];
  for (const r of readings) {
    for (const s of r.sentences) for (const c of s.claims) raw.push({ key: speakerKey(c.attribution.surface, c.attribution.kind), surface: c.attribution.surface, kind: c.attribution.kind });
  }
  const speakers = buildSpeakerTable(raw);
  const finish = (a: RawAttribution): Attribution => {
    const key0 = speakerKey(a.surface, a.kind);
    const key = speakers.canonical.get(key0) ?? key0;
    const info = speakers.info.get(key);
    return { surface: a.surface, key, display: info?.display ?? a.surface, cue: a.cue, kind: info?.kind ?? a.kind };
  };

  const sentences: Sentence[] = [];
  readings.forEach((r, a) => {
    const article = articles[a]!;
    for (const s of r.sentences) {
      const attribution = s.attribution ? finish(s.attribution) : null;
      sentences.push({
        claims: s.claims.map((c) => ({ attribution: finish(c.attribution), terms: c.terms })),
        id: sentences.length,
        file: article.file,
        outlet: article.outlet,
        article: a,
        span: s.span,
        text: s.text,
        terms: s.terms,
        quantities: s.quantities,
        attribution,
        hedged: s.hedged,
        entities: s.entities,
        names: s.names,
        dates: s.dates,
        position: s.position,
      });
    }
  });

  const nameFrequency = new Map<string, number>();
  for (const s of sentences) for (const n of new Set(s.names)) nameFrequency.set(n, (nameFrequency.get(n) ?? 0) + 1);

  const stats = new TermStats(sentences.map((s) => s.terms));
  const clusters = clusterMentions(numericMentions(sentences), sentences, stats, nameFrequency);
  const conflicts = findConflicts(sentences, stats, nameFrequency, clusters);
  const facts = buildFacts(sentences, stats, clusters, conflicts);
  const bySpeaker = new Map<string, number[]>();
  for (const s of sentences) for (const c of s.claims) bySpeaker.set(c.attribution.key, [...(bySpeaker.get(c.attribution.key) ?? []), s.id]);
  return {
    articles,
    titles: readings.map((r) => r.cleaned.title),
    sentences,
    dropped: readings.flatMap((r) => r.cleaned.dropped),
    stats,
    speakers,
    facts,
    conflicts,
    nameFrequency,
    bySpeaker,
  };
}
