import { renderTable } from '../eval/score.ts';
import { goldFiles, runEval } from '../eval/run-eval.ts';
import { PACKAGE_ROOT } from './corpus-arg.ts';
import type { Io } from './io.ts';

/** `digestbot eval [GOLD.json ...]`: prints one table row per gold file; exits 1 when a file is below 100%. */
export async function evalCommand(argv: string[], io: Io): Promise<number> {
  const files = goldFiles(argv, PACKAGE_ROOT);
  if (!files.length) {
    io.err('no gold files: pass some, or add them under tests/gold/');
    return 2;
  }
  const r = await runEval(files, PACKAGE_ROOT);
  if (!r.ok) {
    io.err(r.error);
    return 1;
  }
  io.out(renderTable(r.rows));
  return 0;
}
