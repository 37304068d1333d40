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
import { clusterFacts, type FactCluster } from './fact-clusters.ts';
import { findConflicts } from './conflicts.ts';
import { clusterMentions, numericMentions, type Mention } from './mentions.ts';
import { findReprints, similarityToOthers, simhash, termTotals, textWords } from './syndication.ts';

/** Below this similarity to the rest of the coverage an article is about another story (seeds: ≥ 0.7; a sports page: 0.1). */
export const OFF_TOPIC = 0.3;

export interface CorpusIndex {
  articles: Article[];
  titles: (string | null)[];
  /**
   * Each title's headlineTerms, when the index was read back with them (stemming ten thousand headlines was a tenth
   * of a digest's time at 10,000 articles); else the digest makes them.
   */
  titleTerms?: readonly (readonly string[] | null)[];
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

/** Term counts by term: a map, or the sorted arrays the snapshot reads them into (src/corpus/sorted-counts.ts). */
export interface TermCounts {
  get(term: string): number | undefined;
  set(term: string, count: number): unknown;
  entries(): Iterable<[string, number]>;
}

/**
 * What building the index kept of the whole set so that articles added later (extend-index.ts) need not read it
 * again: the term counts off-topic articles are told by, each article's SimHash, and a bound on how low the
 * similarity of an article on the story can fall as articles are added.
 */
export interface IndexGrowth {
  /** Term counts over every article, and the sum of their squares. */
  totals: { total: TermCounts; totalSq: number };
  /**
   * Over the articles on the story at the last full build: the lowest similarity to the rest and the shortest rest;
   * `added`, the summed lengths of the articles added since. No such article can have fallen below
   * sim · rest / (rest + added).
   */
  floor: { sim: number; rest: number; added: number };
  /** Term counts of the articles set aside as off-topic, by article index: their similarity is in their reason. */
  offTopic: Map<number, Map<string, number>>;
  /** Each article's SimHash, for reprints. */
  hashes: [number, number][];
}

/** An article's term counts, as off-topic articles are told by (numbers and dates left out). */
export function termCounts(r: ArticleReading): Map<string, number> {
  const m = new Map<string, number>();
  for (const s of r.sentences) for (const t of s.terms) if (!/^(?:#|[yd]\d)/.test(t)) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

export const articleHash = (r: ArticleReading): [number, number] => simhash(textWords(r.sentences.map((s) => s.text).join(' ').toLowerCase()));

export const offTopicReason = (sim: number) => `not about the same story as the rest of the coverage (similarity ${sim.toFixed(2)} to the other articles)`;

/** A raw attribution with its source's key and display name across the corpus. */
export function finisher(speakers: SpeakerTable): (a: RawAttribution) => Attribution {
  return (a) => {
    const key0 = speakerKey(a.surface, a.kind);
    const key = speakers.canonical.get(key0) ?? key0;
    const info = speakers.info.get(key);
    return { surface: a.surface, key, display: info?.display ?? a.surface, cue: a.cue, kind: info?.kind ?? a.kind };
  };
}

/** An article's sentences as the index holds them, numbered from `firstId`. */
export function indexSentences(r: ArticleReading, a: number, article: Article, publisher: string, firstId: number, finish: (a: RawAttribution) => Attribution): Sentence[] {
  return r.sentences.map((s, k) => ({
    claims: s.claims.map((c) => ({ attribution: finish(c.attribution), terms: c.terms })),
    id: firstId + k,
    file: article.file,
    outlet: article.outlet,
    publisher,
    article: a,
    published: article.published,
    span: s.span,
    text: s.text,
    terms: s.terms,
    quantities: s.quantities,
    attribution: s.attribution ? finish(s.attribution) : null,
    hedged: s.hedged,
    entities: s.entities,
    names: s.names,
    dates: s.dates,
    places: s.places,
    quoted: s.quoted,
    quotedTerms: s.quotedTerms,
    position: s.position,
  }));
}

/** How many sentences mention each lower-cased capitalised word (CorpusIndex.nameFrequency). */
export function nameCounts(sentences: readonly Sentence[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of sentences) for (const n of new Set(s.names)) counts.set(n, (counts.get(n) ?? 0) + 1);
  return counts;
}

/**
 * A sentence as a plain object with every field its own, in the order indexSentences gives them: a copy to change a
 * field of, whatever object holds the sentence (one read back from a snapshot reads some fields from its article).
 */
export function plainSentence(s: Sentence): Sentence {
  const { claims, id, file, outlet, publisher, article, published, span, text, terms, quantities, attribution, hedged, entities, names, dates, places, quoted, quotedTerms, position } = s;
  return { claims, id, file, outlet, publisher, article, published, span, text, terms, quantities, attribution, hedged, entities, names, dates, places, quoted, quotedTerms, position };
}

/**
 * The index over `core`, with its facts and conflicts worked out on first use: they take most of the work over the
 * set, and an index grown by an article or read only to answer questions often needs neither.
 */
export function withFactsOnDemand(core: Omit<CorpusIndex, 'facts' | 'conflicts'>): CorpusIndex {
  let set: FactsAndConflicts | undefined;
  const built = () => (set ??= settled(core, conflictsOver(core), clusterFacts(core.sentences)));
  return Object.defineProperties(core, {
    facts: { get: () => built().facts, enumerable: true, configurable: true },
    conflicts: { get: () => built().conflicts, enumerable: true, configurable: true },
  }) as CorpusIndex;
}

type IndexCore = Omit<CorpusIndex, 'facts' | 'conflicts'>;
type FactsAndConflicts = Pick<CorpusIndex, 'facts' | 'conflicts'>;
/** The numeric claims (clusters of mentions) and the conflicts: what the facts need besides the fact clusters. */
export type Disputes = { claims: Mention[][]; conflicts: Conflict[] };

/** The set's work apart from the fact clusters (clusterFacts), which need only the sentences: either may run first, or on another thread. */
export function conflictsOver(core: IndexCore): Disputes {
  const claims = clusterMentions(numericMentions(core.sentences), core.sentences, core.stats, core.nameFrequency);
  return { claims, conflicts: findConflicts(core.sentences, core.stats, core.nameFrequency, claims) };
}

const settled = (core: IndexCore, d: Disputes, factClusters: FactCluster[]): FactsAndConflicts => ({
  facts: buildFacts(core.sentences, core.stats, d.claims, d.conflicts, factClusters),
  conflicts: d.conflicts,
});

/**
 * Gives `index` its facts and conflicts from the disputes and fact clusters worked out apart (see conflictsOver):
 * the same as worked out on first use.
 */
export function settleFacts(index: CorpusIndex, d: Disputes, factClusters: FactCluster[]): void {
  const set = settled(index, d, factClusters);
  Object.defineProperties(index, {
    facts: { value: set.facts, enumerable: true, configurable: true, writable: true },
    conflicts: { value: set.conflicts, enumerable: true, configurable: true, writable: true },
  });
}

export function buildIndex(articles: Article[], readings: ArticleReading[] = articles.map(readArticle)): CorpusIndex {
  return buildGrowableIndex(articles, readings).index;
}

/** The index, and what articles added later need of the set (see IndexGrowth). */
export function buildGrowableIndex(articles: Article[], readings: ArticleReading[]): { index: CorpusIndex; growth: IndexGrowth } {
  // Articles about another story are set aside before anything is read from them.
  const setAside: Dropped[] = [];
  const offTopic = new Set<number>();
  const docs = readings.map(termCounts);
  const totals = termTotals(docs);
  const floor = { sim: Infinity, rest: Infinity, added: 0 };
  if (articles.length >= 3) {
    docs.forEach((d, i) => {
      const { sim, rest } = similarityToOthers(d, totals);
      if (readings[i]!.sentences.length === 0) return;
      if (sim >= OFF_TOPIC) {
        floor.sim = Math.min(floor.sim, sim);
        floor.rest = Math.min(floor.rest, rest);
        return;
      }
      offTopic.add(i);
      const r = readings[i]!;
      setAside.push({ file: articles[i]!.file, text: r.cleaned.title ?? r.sentences[0]!.text, reason: offTopicReason(sim) });
    });
  }
  // Reprints: the later of two near-identical texts from different outlets is the copy.
  const order = articles.map((_, i) => i).sort((a, b) => (articles[a]!.published ?? '9999').localeCompare(articles[b]!.published ?? '9999') || a - b);
  const hashes = readings.map(articleHash);
  const reprintOf = findReprints(hashes, articles.map((a, i) => (offTopic.has(i) ? `\0off${i}` : a.outlet)), order);

  const raw: { key: string; surface: string; kind: 'person' | 'organization' | 'other' }[] = [];
  for (const [i, r] of readings.entries()) {
    if (offTopic.has(i)) continue;
    for (const s of r.sentences) for (const c of s.claims) raw.push({ key: speakerKey(c.attribution.surface, c.attribution.kind), surface: c.attribution.surface, kind: c.attribution.kind });
  }
  const speakers = buildSpeakerTable(raw);
  const finish = finisher(speakers);

  const sentences: Sentence[] = [];
  readings.forEach((r, a) => {
    if (offTopic.has(a)) return;
    const article = articles[a]!;
    const origin = reprintOf.get(a);
    const publisher = origin === undefined ? article.outlet : articles[origin]!.outlet;
    for (const s of indexSentences(r, a, article, publisher, sentences.length, finish)) sentences.push(s);
  });

  const nameFrequency = nameCounts(sentences);

  const stats = new TermStats(sentences.map((s) => s.terms));
  const bySpeaker = new Map<string, number[]>();
  for (const s of sentences) for (const c of s.claims) (bySpeaker.get(c.attribution.key) ?? bySpeaker.set(c.attribution.key, []).get(c.attribution.key)!).push(s.id);
  const index = withFactsOnDemand({
    articles,
    titles: readings.map((r) => r.cleaned.title),
    sentences,
    dropped: [...readings.flatMap((r) => r.cleaned.dropped), ...setAside],
    stats,
    speakers,
    nameFrequency,
    bySpeaker,
  });
  return { index, growth: { totals, floor, offTopic: new Map([...offTopic].map((i) => [i, docs[i]!])), hashes } };
}
