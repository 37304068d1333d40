import { readFileSync } from 'node:fs';
import { goldFiles } from '../../eval/run-eval.ts';
import { PACKAGE_ROOT } from '../../corpus/load-index.ts';

/** The fixed question mix: every gold question of the seeds and the fixture stories, in file order. */
export function benchQuestions(): string[] {
  return goldFiles([], PACKAGE_ROOT).flatMap((f) => (JSON.parse(readFileSync(f.gold, 'utf8')) as { questions: { q: string }[] }).questions.map((q) => q.q));
}

export const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
