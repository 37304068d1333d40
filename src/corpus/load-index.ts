import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { resolve, dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ARTICLE_EXTENSIONS, loadCorpus, readCorpusArticle, sourcesFor } from './load-corpus.ts';
import { AnalysisCache, readingKey } from './analysis-cache.ts';
import { readSnapshot, snapshotKey, writeSnapshot, type Reading } from './index-snapshot.ts';
import { workOutFacts } from './fact-workers.ts';
import { clearJournal, journalEntry, journalMatches, readJournal, writeJournal, type Journal } from './index-journal.ts';
import { buildGrowableIndex, extendIndex, type CorpusIndex, type IndexGrowth } from '../engine/index.ts';
import type { Article } from '../engine/types.ts';

/** The repository's own seeds/, for when the command runs outside the repository. */
export const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function resolveCorpus(arg: string | undefined): string {
  if (arg) return resolve(arg);
  return existsSync('seeds') ? resolve('seeds') : join(PACKAGE_ROOT, 'seeds');
}

/** What adding articles to a loaded index needs: what the set's build kept (made on first use), and the journal. */
interface Growable {
  growth: () => IndexGrowth;
  journal: Journal;
}

export type Loaded =
  | {
      ok: true;
      index: CorpusIndex;
      warnings: string[];
      /** Articles whose analysis came from the cache and articles analysed; whether the whole index came from its snapshot. */
      analysis: { fromDisk: number; analysed: number; snapshot: boolean };
      /** Where the time went, in ms: reading the files, the cache (the snapshot, or each article's analysis), the index over the set, storing the snapshot. */
      took: { files: number; cache: number; index: number; store: number };
      /** Set when articles can be added to this index (growIndex); null when the index could not be stored, or was read for answers or a digest only. */
      growable: Growable | null;
    }
  | { ok: false; error: string };

type LoadedIndex = Extract<Loaded, { ok: true }>;

function stopwatch() {
  const took = { files: 0, cache: 0, index: 0, store: 0 };
  let t = performance.now();
  const lap = (part: keyof typeof took) => {
    took[part] += performance.now() - t;
    t = performance.now();
  };
  return { took, lap };
}

/**
 * Loads and indexes a corpus, each article's analysis read from the corpus's analysis cache when it holds it; warnings
 * (skipped files, ignored cache entries) go to the caller to print on stderr. A caller that reloads the same corpus
 * (the bot after a feed poll) passes the same cache, so only new articles are read.
 */
export interface LoadOptions {
  /** What will be asked of the index (see Reading): by default anything, articles added included. */
  reading?: Reading;
}

export async function loadIndex(dir: string, cache: AnalysisCache = new AnalysisCache(dir), options: LoadOptions = {}): Promise<Loaded> {
  const { took, lap } = stopwatch();
  const r = await loadCorpus(dir, async (file, text) => (await cache.reading(file, text)).cleaned);
  if (!r.ok) return r;
  lap('files');
  const readingKeys = r.articles.map((a) => readingKey(a.file, a.text));
  const key = snapshotKey(r.articles, readingKeys);
  const snapshot = await readSnapshot(cache.snapshotPath, cache.engine, key, r.articles, options.reading);
  const warnings = [...r.warnings, ...(snapshot.warning ? [snapshot.warning] : [])];
  lap('cache');
  const journal = { format: 1 as const, engine: cache.engine, base: key, added: [] };
  if (snapshot.index) return { ok: true, index: snapshot.index, warnings, analysis: { fromDisk: 0, analysed: 0, snapshot: true }, took, growable: snapshot.growth && { growth: snapshot.growth, journal } };
  const replayed = await replayJournal(r.articles, readingKeys, cache, warnings);
  if (replayed) {
    lap('cache');
    return { ok: true, ...replayed, warnings, took };
  }
  const read = await cache.readings(r.articles);
  lap('cache');
  const built = buildGrowableIndex(r.articles, read.readings);
  warnings.push(...read.warnings);
  // The snapshot holds the facts and conflicts: worked out here, so that the time shows as the set's.
  await workOutFacts(built.index, cache.threads, (why) => warnings.push(`facts: could not cluster on a worker thread (${why}); clustered in one thread`));
  lap('index');
  let growable: Growable | null = { growth: () => built.growth, journal };
  try {
    await writeSnapshot(cache.snapshotPath, cache.engine, key, built.index, built.growth);
    await clearJournal(cache.journalPath);
  } catch (err) {
    growable = null;
    warnings.push(`analysis cache: could not write ${cache.snapshotPath} (${(err as Error).message})`);
  }
  lap('store');
  return { ok: true, index: built.index, warnings, analysis: { fromDisk: read.fromDisk, analysed: read.analysed, snapshot: false }, took, growable };
}

/** The index as the snapshot and the articles added since make it, when the journal matches the corpus. */
async function replayJournal(articles: Article[], readingKeys: string[], cache: AnalysisCache, warnings: string[]): Promise<Pick<LoadedIndex, 'index' | 'analysis' | 'growable'> | null> {
  const { journal, warning } = await readJournal(cache.journalPath, cache.engine);
  if (warning) warnings.push(warning);
  if (!journal || !journalMatches(journal, articles, readingKeys)) return null;
  const from = articles.length - journal.added.length;
  const before = articles.slice(0, from);
  if (snapshotKey(before, readingKeys.slice(0, from)) !== journal.base) return null;
  const snapshot = await readSnapshot(cache.snapshotPath, cache.engine, journal.base, before);
  if (!snapshot.index || !snapshot.growth) return null;
  const added = articles.slice(from);
  const readings = [];
  for (const a of added) readings.push(await cache.reading(a.file, a.text));
  const grown = extendIndex(snapshot.index, snapshot.growth(), added, readings);
  if (!grown) return null;
  const { warnings: more, fromDisk, analysed } = cache.takePending();
  warnings.push(...more);
  return { index: grown.index, analysis: { fromDisk, analysed, snapshot: true }, growable: { growth: () => grown.growth, journal } };
}

/**
 * Adds the articles `files` (new files of the corpus folder, named to sort after every article already in, as the
 * ingest names a day's articles) to a loaded index: their own analysis, and the work over the set only as far as
 * they change it (see extend-index.ts); the facts and conflicts are worked out again when first asked for. Any other
 * change, or an article that may change what the set says of the others, loads the corpus in full.
 */
export async function growIndex(dir: string, previous: LoadedIndex, files: string[], cache: AnalysisCache): Promise<Loaded> {
  const { took, lap } = stopwatch();
  if (!previous.growable || files.length === 0) return loadIndex(dir, cache);
  const entries = await sourcesFor(dir, new Set(files));
  if (!entries) return loadIndex(dir, cache);
  lap('files');
  const added: Article[] = [];
  const warnings: string[] = [];
  // Read with their analysis (a page without a sources.json entry is read for the outlet it names): both in 'cache'.
  for (const name of [...files].sort()) {
    const read = await readCorpusArticle(dir, name, entries.get(name), async (file, text) => (await cache.reading(file, text)).cleaned);
    if (read.ok) added.push(read.article);
    else warnings.push(read.warning);
  }
  const readings = [];
  for (const a of added) readings.push(await cache.reading(a.file, a.text));
  const { warnings: more, fromDisk, analysed } = cache.takePending();
  warnings.push(...more);
  lap('cache');
  const analysis = { fromDisk, analysed, snapshot: false };
  if (added.length === 0) return { ...previous, warnings, analysis, took };
  // Written before the index grows: extendIndex takes the previous index over, and no question may reach it between.
  // Should the articles not be added in place after all, the full load below writes a snapshot and clears the list.
  const journal = { ...previous.growable.journal, added: [...previous.growable.journal.added, ...added.map((a) => journalEntry(a, readingKey(a.file, a.text)))] };
  let stored = true;
  try {
    await writeJournal(cache.journalPath, journal);
  } catch (err) {
    stored = false;
    warnings.push(`analysis cache: could not write ${cache.journalPath} (${(err as Error).message})`);
  }
  lap('store');
  const grown = extendIndex(previous.index, previous.growable.growth(), added, readings);
  lap('index');
  if (!grown) return loadIndex(dir, cache);
  return { ok: true, index: grown.index, warnings, analysis, took, growable: stored ? { growth: () => grown.growth, journal } : null };
}

/**
 * Loads the corpus again after articles came in (the bot after a feed poll): the new files added to `previous`
 * when the folder only gained files, else loaded in full. An article edited in place is read at the next full load.
 */
export async function reloadIndex(dir: string, previous: Loaded, cache: AnalysisCache): Promise<Loaded> {
  if (!previous.ok) return loadIndex(dir, cache);
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => ARTICLE_EXTENSIONS.has(extname(n).toLowerCase()));
  } catch {
    return loadIndex(dir, cache);
  }
  const present = new Set(names);
  const known = new Set(previous.index.articles.map((a) => a.file));
  if (previous.index.articles.some((a) => !present.has(a.file))) return loadIndex(dir, cache);
  const fresh = names.filter((n) => !known.has(n));
  return fresh.length ? growIndex(dir, previous, fresh, cache) : loadIndex(dir, cache);
}
