import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { resolve, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from './load-corpus.ts';
import { AnalysisCache, readingKey } from './analysis-cache.ts';
import { readSnapshot, snapshotKey, writeSnapshot } from './index-snapshot.ts';
import { buildIndex, type CorpusIndex } from '../engine/index.ts';

/** The repository's own seeds/, for when the command runs outside the repository. */
export const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function resolveCorpus(arg: string | undefined): string {
  if (arg) return resolve(arg);
  return existsSync('seeds') ? resolve('seeds') : join(PACKAGE_ROOT, 'seeds');
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
    }
  | { ok: false; error: string };

/**
 * Loads and indexes a corpus, each article's analysis read from the corpus's analysis cache when it holds it; warnings
 * (skipped files, ignored cache entries) go to the caller to print on stderr. A caller that reloads the same corpus
 * (the bot after a feed poll) passes the same cache, so only new articles are read.
 */
export async function loadIndex(dir: string, cache: AnalysisCache = new AnalysisCache(dir)): Promise<Loaded> {
  const took = { files: 0, cache: 0, index: 0, store: 0 };
  let t = performance.now();
  const lap = (part: keyof typeof took) => {
    took[part] += performance.now() - t;
    t = performance.now();
  };
  const r = await loadCorpus(dir, async (file, text) => (await cache.reading(file, text)).cleaned);
  if (!r.ok) return r;
  lap('files');
  const key = snapshotKey(r.articles, r.articles.map((a) => readingKey(a.file, a.text)));
  const snapshot = await readSnapshot(cache.snapshotPath, cache.engine, key, r.articles);
  const warnings = [...r.warnings, ...(snapshot.warning ? [snapshot.warning] : [])];
  lap('cache');
  if (snapshot.index) return { ok: true, index: snapshot.index, warnings, analysis: { fromDisk: 0, analysed: 0, snapshot: true }, took };
  const read = await cache.readings(r.articles);
  lap('cache');
  const index = buildIndex(r.articles, read.readings);
  lap('index');
  warnings.push(...read.warnings);
  try {
    await writeSnapshot(cache.snapshotPath, cache.engine, key, index);
  } catch (err) {
    warnings.push(`analysis cache: could not write ${cache.snapshotPath} (${(err as Error).message})`);
  }
  lap('store');
  return { ok: true, index, warnings, analysis: { fromDisk: read.fromDisk, analysed: read.analysed, snapshot: false }, took };
}
