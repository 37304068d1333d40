import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { z } from 'zod';
import { loadCorpus } from '../corpus/load-corpus.ts';
import { ask, buildIndex, type CorpusIndex } from '../engine/index.ts';
import { GoldFile } from './gold.ts';
import { scoreAnswer, summarise, type FileScore } from './score.ts';

export type EvalResult = { ok: true; rows: FileScore[] } | { ok: false; error: string };

/** Gold files named on the command line, or every .json under tests/gold. */
export function goldFiles(args: string[], root: string): string[] {
  if (args.length) return args.map((a) => resolve(a));
  const dir = join(root, 'tests', 'gold');
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => join(dir, f)) : [];
}

/** Scores every gold file against its corpus (the file's "corpus", relative to `root`, or seeds/). */
export async function runEval(files: string[], root: string): Promise<EvalResult> {
  const indexes = new Map<string, CorpusIndex>();
  const rows: FileScore[] = [];
  for (const path of files) {
    let gold: GoldFile;
    try {
      gold = GoldFile.parse(JSON.parse(readFileSync(path, 'utf8')));
    } catch (e) {
      const msg = e instanceof z.ZodError ? z.prettifyError(e) : (e as Error).message;
      return { ok: false, error: `${path}: not a gold file: ${msg}` };
    }
    const corpus = resolve(root, gold.corpus ?? 'seeds');
    let index = indexes.get(corpus);
    if (!index) {
      const loaded = await loadCorpus(corpus);
      if (!loaded.ok) return { ok: false, error: `${path}: ${loaded.error}` };
      index = buildIndex(loaded.articles);
      indexes.set(corpus, index);
    }
    const texts = new Map(index.articles.map((a) => [a.file, a.text]));
    const scores = gold.questions.map((q) => scoreAnswer(q, ask(index!, q.q), (f) => texts.get(f) ?? null));
    rows.push(summarise(basename(path), scores));
  }
  return { ok: true, rows };
}
