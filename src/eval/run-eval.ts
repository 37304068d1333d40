import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { z } from 'zod';
import { loadCorpus } from '../corpus/load-corpus.ts';
import { ask, buildDigest, buildIndex, type CorpusIndex } from '../engine/index.ts';
import { GoldFile } from './gold.ts';
import { scoreAnswer, summarise, type FileScore } from './score.ts';
import { checkDigest } from './digest-checks.ts';

export type EvalResult = { ok: true; rows: FileScore[] } | { ok: false; error: string };

/** One gold file and the corpus it asks about. */
export interface EvalTarget {
  name: string;
  gold: string;
  /** The corpus folder; null: the gold file's "corpus" (relative to the package root), else seeds/. */
  corpus: string | null;
}

/** Gold files named on the command line, or every .json under tests/gold, each over its own "corpus". */
export function goldFiles(args: string[], root: string): EvalTarget[] {
  const dir = join(root, 'tests', 'gold');
  const paths = args.length ? args.map((a) => resolve(a)) : existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => join(dir, f)) : [];
  return paths.map((p) => ({ name: basename(p), gold: p, corpus: null }));
}

/** Every folder under `dir` holding a gold.json: the articles beside it are its corpus. */
export function storyFolders(dir: string): EvalTarget[] {
  const root = resolve(dir);
  if (!existsSync(root) || !statSync(root).isDirectory()) return [];
  return readdirSync(root)
    .sort()
    .filter((d) => existsSync(join(root, d, 'gold.json')))
    .map((d) => ({ name: d, gold: join(root, d, 'gold.json'), corpus: join(root, d) }));
}

/** Scores every target's questions and digest checks against its corpus. */
export async function runEval(targets: EvalTarget[], root: string): Promise<EvalResult> {
  const indexes = new Map<string, CorpusIndex>();
  const rows: FileScore[] = [];
  for (const t of targets) {
    let gold: GoldFile;
    try {
      gold = GoldFile.parse(JSON.parse(readFileSync(t.gold, 'utf8')));
    } catch (e) {
      const msg = e instanceof z.ZodError ? z.prettifyError(e) : (e as Error).message;
      return { ok: false, error: `${t.gold}: not a gold file: ${msg}` };
    }
    const corpus = t.corpus ?? resolve(root, gold.corpus ?? 'seeds');
    let index = indexes.get(corpus);
    if (!index) {
      const loaded = await loadCorpus(corpus);
      if (!loaded.ok) return { ok: false, error: `${t.gold}: ${loaded.error}` };
      index = buildIndex(loaded.articles);
      indexes.set(corpus, index);
    }
    const texts = new Map(index.articles.map((a) => [a.file, a.text]));
    const fileText = (f: string) => texts.get(f) ?? null;
    const scores = gold.questions.map((q) => scoreAnswer(q, ask(index!, q.q), fileText));
    const digest = buildDigest(index, '2000-01-01');
    rows.push(summarise(t.name, scores, checkDigest(gold, digest), digestQuotes(digest, fileText)));
  }
  return { ok: true, rows };
}

/** [verbatim, all] over every quote a digest shows. */
function digestQuotes(d: ReturnType<typeof buildDigest>, fileText: (f: string) => string | null): [number, number] {
  const quotes = [...d.facts.flatMap((f) => f.sources), ...d.conflicts.flatMap((c) => c.values.flatMap((v) => v.sources))];
  return [quotes.filter((q) => (fileText(q.file) ?? '').includes(q.quote)).length, quotes.length];
}
