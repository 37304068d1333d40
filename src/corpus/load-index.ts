import { existsSync } from 'node:fs';
import { resolve, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from './load-corpus.ts';
import { AnalysisCache } from './analysis-cache.ts';
import { buildIndex, type CorpusIndex } from '../engine/index.ts';

/** The repository's own seeds/, for when the command runs outside the repository. */
export const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function resolveCorpus(arg: string | undefined): string {
  if (arg) return resolve(arg);
  return existsSync('seeds') ? resolve('seeds') : join(PACKAGE_ROOT, 'seeds');
}

export type Loaded =
  | { ok: true; index: CorpusIndex; warnings: string[]; /** Articles whose analysis came from the cache, and articles analysed. */ analysis: { fromDisk: number; analysed: number } }
  | { ok: false; error: string };

/**
 * Loads and indexes a corpus, each article's analysis read from the corpus's analysis cache when it holds it; warnings
 * (skipped files, ignored cache entries) go to the caller to print on stderr. A caller that reloads the same corpus
 * (the bot after a feed poll) passes the same cache, so only new articles are read.
 */
export async function loadIndex(dir: string, cache: AnalysisCache = new AnalysisCache(dir)): Promise<Loaded> {
  const r = await loadCorpus(dir, async (file, text) => (await cache.reading(file, text)).cleaned);
  if (!r.ok) return r;
  const read = await cache.readings(r.articles);
  return { ok: true, index: buildIndex(r.articles, read.readings), warnings: [...r.warnings, ...read.warnings], analysis: { fromDisk: read.fromDisk, analysed: read.analysed } };
}
