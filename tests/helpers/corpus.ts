import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { buildIndex, type CorpusIndex } from '../../src/engine/index.ts';
import type { Article, Digest } from '../../src/engine/types.ts';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const SEEDS = join(ROOT, 'seeds');
export const QUAKE = join(ROOT, 'tests', 'fixtures', 'quake');

const cache = new Map<string, CorpusIndex>();

/** Loads and indexes a corpus folder once per test file. */
export async function indexOf(dir: string): Promise<CorpusIndex> {
  const hit = cache.get(dir);
  if (hit) return hit;
  const r = await loadCorpus(dir);
  if (!r.ok) throw new Error(r.error);
  const idx = buildIndex(r.articles);
  cache.set(dir, idx);
  return idx;
}

/** A one-article corpus from inline text. */
export function makeArticle(overrides: Partial<Article> & { text: string }): Article {
  return { file: 'a.txt', outlet: 'Test Outlet', url: null, published: '2030-01-01', ...overrides };
}

/**
 * The articles of a made-up story: each opens with the story's headline and shared background, as real coverage
 * does, so that its own lines are read as on topic.
 */
export function storyArticles(headline: string, background: string[]): (outlet: string, published: string, lines: string[]) => Article {
  return (outlet, published, lines) =>
    makeArticle({ file: `${outlet.toLowerCase().replace(/\W+/g, '-')}.txt`, outlet, published, text: `${headline}\n\n${[...background, ...lines].join('\n\n')}` });
}

/** The conflicts with a side at each of two values. */
export const conflictsBetween = (idx: CorpusIndex, x: number, y: number) => idx.conflicts.filter((c) => c.values.some((v) => v.value === x) && c.values.some((v) => v.value === y));

/** Every quote of a digest, with the file it claims to come from. */
/** An article of a made-up story from its paragraphs: the tests' stories are written a paragraph per line. */
export function paragraphs(file: string, outlet: string, published: string, lines: string[]): Article {
  return makeArticle({ file, outlet, published, text: lines.join('\n\n') });
}

export function allQuotes(d: Digest): { file: string; quote: string }[] {
  return [...d.facts.flatMap((f) => f.sources), ...d.conflicts.flatMap((c) => c.values.flatMap((v) => v.sources))];
}

export function fileText(dir: string, file: string): string {
  return readFileSync(join(dir, file), 'utf8');
}

export interface GoldFile {
  questions: { q: string; status: 'answered' | 'disputed' | 'not_found'; kind: string; accept?: string[]; accept_all?: string[] }[];
  digest_must_mention?: { fact: string; all_of: string[]; min_outlets: number }[];
  digest_must_not_contain?: string[];
}

export function readGold(path: string): GoldFile {
  return JSON.parse(readFileSync(path, 'utf8')) as GoldFile;
}
