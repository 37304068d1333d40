/**
 * One bench phase, run in its own process so its peak RSS is its own: `node --import tsx phase.ts <engine> <phase>
 * <corpus> <work>` prints one JSON line of figures. Engines: `digestbot` (this bot, through its analysis cache) and
 * `minisearch` (a BM25 sentence retriever, what someone would try instead).
 */
import { rm } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { AnalysisCache, CACHE_DIR } from '../../corpus/analysis-cache.ts';
import { growIndex, loadIndex, type LoadOptions } from '../../corpus/load-index.ts';
import { ask, buildDigest, markdownPieces, readArticle } from '../../engine/index.ts';
import { writeAtomicPieces } from '../../corpus/write-atomic.ts';
import { jsonPieces } from '../../corpus/json-pieces.ts';
import type { Article } from '../../engine/types.ts';
import { join } from 'node:path';
import { copyFile, mkdir, rename, unlink, writeFile } from 'node:fs/promises';
import { storyArticles, variant } from './synthetic-corpus.ts';
import { benchQuestions, percentile } from './questions.ts';
import { minisearchPhase } from './minisearch-phase.ts';

export type Figures = Record<string, number | string | boolean>;

const since = (t: number) => performance.now() - t;

/** Loads the corpus as the CLI and the bot do, with where the time went. */
async function timedLoad(dir: string, cache = new AnalysisCache(dir), options: LoadOptions = {}) {
  const t = performance.now();
  const l = await loadIndex(dir, cache, options);
  if (!l.ok) throw new Error(l.error);
  const ms = since(t);
  const bytes = l.index.articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  return { ...l, ms, bytes, parts: { filesMs: l.took.files, cacheMs: l.took.cache, indexMs: l.took.index, storeMs: l.took.store } };
}

/**
 * The article the add phase brings: a story article under names no copy uses, its file named to sort after every
 * other (as the ingest's dated names put a day's new article); `among` names it to sort among them instead.
 */
async function newArticle(among = false): Promise<Article> {
  return variant((await storyArticles())[0]!, 1_000_003, among ? 'added' : 'zz-added');
}

async function digestbotPhase(phase: string, dir: string, work: string): Promise<Figures> {
  switch (phase) {
    case 'read': {
      await rm(join(dir, CACHE_DIR), { recursive: true, force: true });
      const l = await timedLoad(dir);
      return { ms: l.ms, mbPerS: l.bytes / 1e6 / (l.ms / 1000), ...l.analysis, ...l.parts };
    }
    case 'restart': {
      const l = await timedLoad(dir);
      return { ms: l.ms, ...l.analysis, ...l.parts };
    }
    case 'rebuild': {
      await rm(join(dir, CACHE_DIR, 'index.snapshot'), { force: true });
      const l = await timedLoad(dir);
      return { ms: l.ms, ...l.analysis, ...l.parts };
    }
    case 'add':
    case 'add-among': {
      const cache = new AnalysisCache(dir);
      const before = await timedLoad(dir, cache);
      if (!before.ok) throw new Error('no index');
      const added = await newArticle(phase === 'add-among');
      let t = performance.now();
      readArticle(added);
      const ownMs = since(t);
      // The corpus is put back as it was, snapshot included, so the later phases start from an unchanged corpus.
      const snapshot = join(dir, CACHE_DIR, 'index.snapshot');
      await copyFile(snapshot, `${snapshot}.before-add`);
      await writeFile(join(dir, added.file), added.text);
      try {
        t = performance.now();
        const l = await growIndex(dir, before, [added.file], cache);
        const ms = since(t);
        if (!l.ok) throw new Error(l.error);
        // What the addition left to do on first use: the facts and conflicts over the grown set.
        t = performance.now();
        void l.index.conflicts.length;
        const factsMs = since(t);
        return { ms, ownMs, factsMs, snapshot: l.analysis.snapshot, filesMs: l.took.files, cacheMs: l.took.cache, indexMs: l.took.index, storeMs: l.took.store };
      } finally {
        await unlink(join(dir, added.file));
        await rm(join(dir, CACHE_DIR, 'index.added'), { force: true });
        await rename(`${snapshot}.before-add`, snapshot);
      }
    }
    case 'ask': {
      // As \`digestbot ask\` reads it: for answers only.
      const l = await timedLoad(dir, undefined, { reading: 'answers' });
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
      return { p50: percentile(times, 50), p99: percentile(times, 99), questions: questions.length, loadMs: l.ms, snapshot: l.analysis.snapshot };
    }
    case 'digest': {
      // What `digestbot digest` does: load, build, and write the digest as Markdown and JSON.
      const t = performance.now();
      const l = await timedLoad(dir, undefined, { reading: 'digest' });
      const t1 = performance.now();
      const digest = buildDigest(l.index, '2031-03-04', null);
      const digestMs = since(t1);
      const t2 = performance.now();
      const out = join(work, 'digests');
      await mkdir(out, { recursive: true });
      await writeAtomicPieces(join(out, 'digest.md'), markdownPieces(digest));
      await writeAtomicPieces(join(out, 'digest.json'), jsonPieces(digest));
      return { ms: since(t), loadMs: l.ms, digestMs, writeMs: since(t2) };
    }
  }
  throw new Error(`unknown phase ${phase}`);
}

const [engine, phase, dir, work] = process.argv.slice(2) as [string, string, string, string];
const figures = engine === 'minisearch' ? await minisearchPhase(phase, dir, work, await newArticle()) : await digestbotPhase(phase, dir, work);
process.stdout.write(`${JSON.stringify({ ...figures, rssMB: process.resourceUsage().maxRSS / 1024 })}\n`);
