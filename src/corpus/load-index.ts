import { existsSync } from 'node:fs';
import { resolve, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from './load-corpus.ts';
import { buildIndex, type CorpusIndex } from '../engine/index.ts';

/** The repository's own seeds/, for when the command runs outside the repository. */
export const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function resolveCorpus(arg: string | undefined): string {
  if (arg) return resolve(arg);
  return existsSync('seeds') ? resolve('seeds') : join(PACKAGE_ROOT, 'seeds');
}

export type Loaded = { ok: true; index: CorpusIndex; warnings: string[] } | { ok: false; error: string };

/** Loads and indexes a corpus once; warnings (skipped files) go to the caller to print on stderr. */
export async function loadIndex(dir: string): Promise<Loaded> {
  const r = await loadCorpus(dir);
  if (!r.ok) return r;
  return { ok: true, index: buildIndex(r.articles), warnings: r.warnings };
}
