/**
 * `digestbot bench`: figures, not a test. With `--articles N`, the bot against a MiniSearch BM25 retriever on one
 * synthetic corpus of N articles, each phase in its own process (see bench/). Without it, index build time for the
 * seeds and for synthetic corpora of growing size, and answer latency per question (p50, p99) over the gold questions.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { ask, buildIndex } from '../engine/index.ts';
import type { Article } from '../engine/types.ts';
import { loadCorpus } from '../corpus/load-corpus.ts';
import { goldFiles } from '../eval/run-eval.ts';
import { PACKAGE_ROOT, resolveCorpus } from '../corpus/load-index.ts';
import type { Io } from './io.ts';

import { letters } from './bench/synthetic-corpus.ts';
import { percentile } from './bench/questions.ts';
import { scaleBench } from './bench/scale-bench.ts';

export const BENCH_USAGE = 'usage: digestbot bench [CORPUS] | digestbot bench --articles N [--keep]';

/**
 * A larger corpus whose vocabulary grows with it, as real coverage of many stories does: each copy renames every
 * capitalised word ("Ministry" → "Ministryab"), so names, speakers and places multiply with the corpus.
 */
function varied(articles: Article[], copies: number): Article[] {
  const out: Article[] = [];
  for (let c = 0; c < copies; c++) {
    const suffix = letters(c);
    for (const a of articles) out.push({ ...a, file: `v${c}_${a.file}`, outlet: `${a.outlet} ${suffix}`, text: a.text.replace(/\b(\p{Lu}\p{Ll}{3,})\b/gu, `$1${suffix}`) });
  }
  return out;
}

/** A larger corpus from the seeds: each copy under another outlet, with its numbers shifted so copies are not identical. */
function synthetic(articles: Article[], copies: number): Article[] {
  const out: Article[] = [];
  for (let c = 0; c < copies; c++) {
    for (const a of articles) out.push({ ...a, file: `${c}_${a.file}`, outlet: `${a.outlet} ${c}`, text: a.text.replace(/\b(\d{2,3})\b/g, (m) => String(Number(m) + (c % 7))) });
  }
  return out;
}

export async function benchCommand(argv: string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { articles: { type: 'string' }, keep: { type: 'boolean' } } });
  } catch (e) {
    io.err(`${(e as Error).message}\n${BENCH_USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.articles !== undefined) {
    const n = Number(values.articles);
    if (!Number.isInteger(n) || n < 3) {
      io.err(`--articles must be a whole number of at least 3, got "${values.articles}"\n${BENCH_USAGE}`);
      return 2;
    }
    return scaleBench(n, io, values.keep ?? false);
  }
  const loaded = await loadCorpus(resolveCorpus(positionals[0]));
  if (!loaded.ok) {
    io.err(loaded.error);
    return 1;
  }
  const bytes = loaded.articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  let t = performance.now();
  const index = buildIndex(loaded.articles);
  const buildMs = performance.now() - t;
  io.out(`index of ${loaded.articles.length} articles (${(bytes / 1024).toFixed(1)} KB): ${buildMs.toFixed(1)} ms cold`);

  const questions = goldFiles([], PACKAGE_ROOT)
    .map((f) => JSON.parse(readFileSync(f.gold, 'utf8')) as { corpus?: string; questions: { q: string }[] })
    .filter((g) => (g.corpus ?? 'seeds') === 'seeds')
    .flatMap((g) => g.questions.map((q) => q.q));
  for (let i = 0; i < 3; i++) for (const q of questions) ask(index, q); // warm-up
  const times: number[] = [];
  for (let round = 0; round < 50; round++) {
    for (const q of questions) {
      t = performance.now();
      ask(index, q);
      times.push(performance.now() - t);
    }
  }
  times.sort((a, b) => a - b);
  io.out(`ask over ${questions.length} questions × 50 rounds: p50 ${percentile(times, 50).toFixed(3)} ms, p90 ${percentile(times, 90).toFixed(3)} ms, p99 ${percentile(times, 99).toFixed(3)} ms, max ${times[times.length - 1]!.toFixed(3)} ms`);

  for (const [label, make] of [
    ['copies of the seeds under other outlets', synthetic],
    ['the seeds with every name renamed per copy (growing vocabulary)', varied],
  ] as const) {
  io.out(`scaling (${label}):`);
  for (const copies of [20, 80, 320]) {
    const corpus = make(loaded.articles, copies);
    const kb = corpus.reduce((n, a) => n + Buffer.byteLength(a.text), 0) / 1024;
    const before = process.memoryUsage().heapUsed;
    t = performance.now();
    const big = buildIndex(corpus);
    const ms = performance.now() - t;
    const heap = (process.memoryUsage().heapUsed - before) / 1024 / 1024;
    t = performance.now();
    for (const q of questions) ask(big, q);
    const perQ = (performance.now() - t) / questions.length;
    io.out(`  ${String(corpus.length).padStart(5)} articles, ${kb.toFixed(0).padStart(6)} KB: index ${ms.toFixed(0).padStart(6)} ms (${((kb / 1024) / (ms / 1000)).toFixed(2)} MB/s), heap +${heap.toFixed(0)} MB, ask ${perQ.toFixed(2)} ms/question`);
  }
  }
  return 0;
}
