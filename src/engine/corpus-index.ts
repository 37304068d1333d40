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
import { findReprints, similarityToRest, simhash, textWords } from './syndication.ts';

/** Below this similarity to the rest of the coverage an article is about another story (seeds: ≥ 0.7; a sports page: 0.1). */
const OFF_TOPIC = 0.3;

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
  // Articles about another story are set aside before anything is read from them.
  const setAside: Dropped[] = [];
  const offTopic = new Set<number>();
  if (articles.length >= 3) {
    const docs = readings.map((r) => {
      const m = new Map<string, number>();
      for (const s of r.sentences) for (const t of s.terms) if (!/^(?:#|[yd]\d)/.test(t)) m.set(t, (m.get(t) ?? 0) + 1);
      return m;
    });
    similarityToRest(docs).forEach((sim, i) => {
      if (sim >= OFF_TOPIC || readings[i]!.sentences.length === 0) return;
      offTopic.add(i);
      const r = readings[i]!;
      setAside.push({ file: articles[i]!.file, text: r.cleaned.title ?? r.sentences[0]!.text, reason: `not about the same story as the rest of the coverage (similarity ${sim.toFixed(2)} to the other articles)` });
    });
  }
  // Reprints: the later of two near-identical texts from different outlets is the copy.
  const order = articles.map((_, i) => i).sort((a, b) => (articles[a]!.published ?? '9999').localeCompare(articles[b]!.published ?? '9999') || a - b);
  const hashes = readings.map((r) => simhash(textWords(r.sentences.map((s) => s.text).join(' ').toLowerCase())));
  const reprintOf = findReprints(hashes, articles.map((a, i) => (offTopic.has(i) ? `\0off${i}` : a.outlet)), order);

  const raw: { key: string; surface: string; kind: 'person' | 'organization' | 'other' }[] = [];
  for (const [i, r] of readings.entries()) {
    if (offTopic.has(i)) continue;
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
    if (offTopic.has(a)) return;
    const article = articles[a]!;
    const origin = reprintOf.get(a);
    const publisher = origin === undefined ? article.outlet : articles[origin]!.outlet;
    for (const s of r.sentences) {
      const attribution = s.attribution ? finish(s.attribution) : null;
      sentences.push({
        claims: s.claims.map((c) => ({ attribution: finish(c.attribution), terms: c.terms })),
        id: sentences.length,
        file: article.file,
        outlet: article.outlet,
        publisher,
        article: a,
        published: article.published,
        span: s.span,
        text: s.text,
        terms: s.terms,
        quantities: s.quantities,
        attribution,
        hedged: s.hedged,
        entities: s.entities,
        names: s.names,
        dates: s.dates,
        places: s.places,
        quoted: s.quoted,
        quotedTerms: s.quotedTerms,
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
  for (const s of sentences) for (const c of s.claims) (bySpeaker.get(c.attribution.key) ?? bySpeaker.set(c.attribution.key, []).get(c.attribution.key)!).push(s.id);
  return {
    articles,
    titles: readings.map((r) => r.cleaned.title),
    sentences,
    dropped: [...readings.flatMap((r) => r.cleaned.dropped), ...setAside],
    stats,
    speakers,
    facts,
    conflicts,
    nameFrequency,
    bySpeaker,
  };
}
