/**
 * Adding articles to an index without reading the set again: what buildIndex would give over the old articles and
 * the new ones, worked out from the new ones alone when they sort after every article already in (as the ingest's
 * dated file names of a day's new articles do). The facts and conflicts are worked out again on first use.
 */
import type { RawAttribution } from './attribution.ts';
import { countedSurface } from './speakers.ts';
import { growSpeakerTable } from './speaker-growth.ts';
import { hamming, similarityToOthers } from './syndication.ts';
import {
  articleHash,
  finisher,
  indexSentences,
  OFF_TOPIC,
  offTopicReason,
  plainSentence,
  termCounts,
  withFactsOnDemand,
  type ArticleReading,
  type CorpusIndex,
  type IndexGrowth,
} from './corpus-index.ts';
import type { Article, Dropped, Sentence } from './types.ts';

/** Slack on the similarity floor, far above the rounding of a cosine and far below any margin that matters. */
const EPSILON = 1e-9;

/**
 * The index over `index`'s articles followed by `added` (with their readings), equal to buildIndex over all of
 * them; null when that needs the whole set read again (an article sorting among the old ones, one that may change
 * which articles are off the story, a reprint, a source that would merge differently), and the caller builds it in
 * full. It takes `index` and `growth` over: neither is to be used afterwards.
 */
export function extendIndex(index: CorpusIndex, growth: IndexGrowth, added: Article[], readings: ArticleReading[]): { index: CorpusIndex; growth: IndexGrowth } | null {
  const n = index.articles.length;
  if (n < 3 || added.length === 0) return null;
  let last = index.articles[n - 1]!.file;
  for (const a of added) {
    // Articles are in file-name order: one that sorts among the old ones would renumber every sentence after it.
    if (!(a.file > last)) return null;
    last = a.file;
  }

  // Off-topic articles: what the set's term counts become, read through an overlay until every check has passed.
  const docs = readings.map(termCounts);
  const gained = new Map<string, number>();
  let addedLength = 0;
  for (const d of docs) {
    let sq = 0;
    for (const [t, c] of d) {
      gained.set(t, (gained.get(t) ?? 0) + c);
      sq += c * c;
    }
    addedLength += Math.sqrt(sq);
  }
  const { total } = growth.totals;
  let totalSq = growth.totals.totalSq;
  for (const [t, c] of gained) {
    const was = total.get(t) ?? 0;
    totalSq += (was + c) ** 2 - was ** 2;
  }
  const totals = { total: { get: (t: string) => (total.get(t) ?? 0) + (gained.get(t) ?? 0) }, totalSq };
  const floor = { ...growth.floor, added: growth.floor.added + addedLength };
  // No article on the story can have fallen below this; see IndexGrowth.
  if (!(floor.sim * (floor.rest / (floor.rest + floor.added)) >= OFF_TOPIC + EPSILON)) return null;
  const offTopic = new Map<number, number>();
  for (const [i, d] of growth.offTopic) {
    const { sim } = similarityToOthers(d, totals);
    if (sim >= OFF_TOPIC) return null;
    offTopic.set(i, sim);
  }
  docs.forEach((d, k) => {
    const { sim } = similarityToOthers(d, totals);
    if (sim < OFF_TOPIC && readings[k]!.sentences.length > 0) offTopic.set(n + k, sim);
  });

  // Reprints: a new article with no near copy from another outlet leaves every pairing as it was.
  const hashes = [...growth.hashes, ...readings.map(articleHash)];
  const articles = [...index.articles, ...added];
  const outletOf = (i: number) => (offTopic.has(i) ? `\0off${i}` : articles[i]!.outlet);
  for (let x = n; x < articles.length; x++) {
    for (let b = 0; b < articles.length; b++) if (b !== x && outletOf(b) !== outletOf(x) && hamming(hashes[x]!, hashes[b]!) <= 3) return null;
  }

  const raw: RawAttribution[] = [];
  readings.forEach((r, k) => {
    if (!offTopic.has(n + k)) for (const s of r.sentences) for (const c of s.claims) raw.push(c.attribution);
  });
  // A common source ("police") is named in thousands of sentences, by a handful of spellings: each is normalised once.
  const spelling = new Map<string, string>();
  const countsOf = (c: string) => {
    const m = new Map<string, number>();
    for (const id of index.bySpeaker.get(c) ?? []) {
      for (const { attribution: a } of index.sentences[id]!.claims) {
        if (a.key !== c) continue;
        let s = spelling.get(a.surface);
        if (s === undefined) spelling.set(a.surface, (s = countedSurface(a.surface)));
        m.set(s, (m.get(s) ?? 0) + 1);
      }
    }
    return m;
  };
  const grown = growSpeakerTable(index.speakers, raw, countsOf);
  if (!grown) return null;

  // Every check passed: from here on the old index and growth are taken over.
  for (const [t, c] of gained) total.set(t, (total.get(t) ?? 0) + c);
  growth.totals.totalSq = totalSq;
  const { speakers } = index;
  for (const [k, c] of grown.canonical) speakers.canonical.set(k, c);
  for (const [c, info] of grown.info) speakers.info.set(c, info);
  const sentences = index.sentences.slice();
  for (const c of grown.changed) {
    const info = speakers.info.get(c)!;
    const shown = (a: Sentence['claims'][number]['attribution']) => (a.key === c ? { ...a, display: info.display, kind: info.kind } : a);
    for (const id of index.bySpeaker.get(c) ?? []) {
      const s = sentences[id]!;
      sentences[id] = { ...plainSentence(s), claims: s.claims.map((cl) => ({ ...cl, attribution: shown(cl.attribution) })), attribution: s.attribution && shown(s.attribution) };
    }
  }
  const finish = finisher(speakers);
  const fresh: Sentence[] = [];
  readings.forEach((r, k) => {
    if (offTopic.has(n + k)) return;
    for (const s of indexSentences(r, n + k, added[k]!, added[k]!.outlet, sentences.length + fresh.length, finish)) fresh.push(s);
  });
  for (const s of fresh) {
    sentences.push(s);
    for (const name of new Set(s.names)) index.nameFrequency.set(name, (index.nameFrequency.get(name) ?? 0) + 1);
    for (const c of s.claims) (index.bySpeaker.get(c.attribution.key) ?? index.bySpeaker.set(c.attribution.key, []).get(c.attribution.key)!).push(s.id);
  }
  index.stats.extend(fresh.map((s) => s.terms));

  // The off-topic articles' entries close the dropped list, each with its similarity as it now stands.
  const oldAside = index.dropped.slice(index.dropped.length - growth.offTopic.size);
  const textOf = (i: number) => {
    if (i < n) return oldAside[[...growth.offTopic.keys()].indexOf(i)]!.text;
    const r = readings[i - n]!;
    return r.cleaned.title ?? r.sentences[0]!.text;
  };
  const setAside: Dropped[] = [...offTopic].map(([i, sim]) => ({ file: articles[i]!.file, text: textOf(i), reason: offTopicReason(sim) }));
  const dropped = [...index.dropped.slice(0, index.dropped.length - growth.offTopic.size), ...readings.flatMap((r) => r.cleaned.dropped), ...setAside];
  for (const [i, d] of docs.entries()) if (offTopic.has(n + i)) growth.offTopic.set(n + i, d);

  const next = withFactsOnDemand({
    articles,
    titles: [...index.titles, ...readings.map((r) => r.cleaned.title)],
    sentences,
    dropped,
    stats: index.stats,
    speakers,
    nameFrequency: index.nameFrequency,
    bySpeaker: index.bySpeaker,
  });
  return { index: next, growth: { totals: growth.totals, floor, offTopic: growth.offTopic, hashes } };
}
