/**
 * One bench phase, run in its own process so its peak RSS is its own: `node --import tsx phase.ts <engine> <phase>
 * <corpus> <work>` prints one JSON line of figures. Engines: `digestbot` (this bot, through its analysis cache) and
 * `minisearch` (a BM25 sentence retriever, what someone would try instead).
 */
import { rm } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { AnalysisCache, CACHE_DIR } from '../../corpus/analysis-cache.ts';
import { loadCorpus } from '../../corpus/load-corpus.ts';
import { ask, buildDigest, buildIndex, readArticle } from '../../engine/index.ts';
import type { Article } from '../../engine/types.ts';
import { join } from 'node:path';
import { writeFile, unlink } from 'node:fs/promises';
import { storyArticles, variant } from './synthetic-corpus.ts';
import { benchQuestions, percentile } from './questions.ts';
import { minisearchPhase } from './minisearch-phase.ts';

export type Figures = Record<string, number | string>;

const since = (t: number) => performance.now() - t;

/** Loads the corpus through the cache, timing its three parts: the files, the cache, the index over the set. */
async function timedLoad(dir: string, cache: AnalysisCache) {
  let t = performance.now();
  const r = await loadCorpus(dir, async (file, text) => (await cache.reading(file, text)).cleaned);
  if (!r.ok) throw new Error(r.error);
  const filesMs = since(t);
  t = performance.now();
  const read = await cache.readings(r.articles);
  const cacheMs = since(t);
  t = performance.now();
  const index = buildIndex(r.articles, read.readings);
  const indexMs = since(t);
  const bytes = r.articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  return { index, articles: r.articles, bytes, fromDisk: read.fromDisk, analysed: read.analysed, filesMs, cacheMs, indexMs, ms: filesMs + cacheMs + indexMs };
}

/** The article the add phase brings: a story article under names no copy uses. */
async function newArticle(): Promise<Article> {
  return variant((await storyArticles())[0]!, 1_000_003, 'added');
}

async function digestbotPhase(phase: string, dir: string): Promise<Figures> {
  switch (phase) {
    case 'read': {
      await rm(join(dir, CACHE_DIR), { recursive: true, force: true });
      const l = await timedLoad(dir, new AnalysisCache(dir));
      return { ms: l.ms, mbPerS: l.bytes / 1e6 / (l.ms / 1000), analysed: l.analysed, filesMs: l.filesMs, cacheMs: l.cacheMs, indexMs: l.indexMs };
    }
    case 'restart': {
      const l = await timedLoad(dir, new AnalysisCache(dir));
      return { ms: l.ms, fromDisk: l.fromDisk, analysed: l.analysed, filesMs: l.filesMs, cacheMs: l.cacheMs, indexMs: l.indexMs };
    }
    case 'add': {
      const cache = new AnalysisCache(dir);
      await timedLoad(dir, cache);
      const added = await newArticle();
      let t = performance.now();
      readArticle(added);
      const ownMs = since(t);
      await writeFile(join(dir, added.file), added.text);
      try {
        const l = await timedLoad(dir, cache);
        return { ms: l.ms, ownMs, analysed: l.analysed, filesMs: l.filesMs, cacheMs: l.cacheMs, indexMs: l.indexMs };
      } finally {
        await unlink(join(dir, added.file));
      }
    }
    case 'ask': {
      const l = await timedLoad(dir, new AnalysisCache(dir));
      const questions = benchQuestions();
      for (const q of questions) ask(l.index, q); // warm-up
      const times: number[] = [];
      for (let round = 0; round < 10; round++) {
        for (const q of questions) {
          const t = performance.now();
          ask(l.index, q);
          times.push(since(t));
        }
      }
      times.sort((a, b) => a - b);
      return { p50: percentile(times, 50), p99: percentile(times, 99), questions: questions.length, loadMs: l.ms };
    }
    case 'digest': {
      const t = performance.now();
      const l = await timedLoad(dir, new AnalysisCache(dir));
      const t1 = performance.now();
      buildDigest(l.index, '2031-03-04', null);
      return { ms: since(t), loadMs: l.ms, digestMs: since(t1) };
    }
  }
  throw new Error(`unknown phase ${phase}`);
}

const [engine, phase, dir, work] = process.argv.slice(2) as [string, string, string, string];
const figures = engine === 'minisearch' ? await minisearchPhase(phase, dir, work, await newArticle()) : await digestbotPhase(phase, dir);
process.stdout.write(`${JSON.stringify({ ...figures, rssMB: process.resourceUsage().maxRSS / 1024 })}\n`);
