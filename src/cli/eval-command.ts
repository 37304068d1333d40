import { renderTable } from '../eval/score.ts';
import { goldFiles, runEval, storyFolders, type EvalTarget } from '../eval/run-eval.ts';
import { PACKAGE_ROOT } from '../corpus/load-index.ts';
import { terminalJson, type Io } from './io.ts';

export const EVAL_USAGE = `usage: digestbot eval [--stories DIR]... [GOLD.json ...] [--json]
  --stories DIR   score every folder under DIR that holds articles and a gold.json
  GOLD.json       score gold files over their "corpus" folder (default: every file in tests/gold/)
  --json          print the rows as JSON instead of the table`;

/** `digestbot eval`: one row per story (right, wrong, abstained, precision, quotes, digest checks) and a total. */
export async function evalCommand(argv: string[], io: Io): Promise<number> {
  const targets: EvalTarget[] = [];
  const gold: string[] = [];
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') json = true;
    else if (a === '--stories') {
      const dir = argv[++i];
      if (!dir) {
        io.err(`--stories needs a folder\n${EVAL_USAGE}`);
        return 2;
      }
      const found = storyFolders(dir);
      if (!found.length) {
        io.err(`${dir}: no story folders with a gold.json`);
        return 1;
      }
      targets.push(...found);
    } else if (a.startsWith('-')) {
      io.err(`unknown option ${a}\n${EVAL_USAGE}`);
      return 2;
    } else gold.push(a);
  }
  if (gold.length || !targets.length) targets.push(...goldFiles(gold, PACKAGE_ROOT));
  if (!targets.length) {
    io.err('no gold files: pass some, or add them under tests/gold/');
    return 2;
  }
  const r = await runEval(targets, PACKAGE_ROOT);
  if (!r.ok) {
    io.err(r.error);
    return 1;
  }
  io.out(json ? terminalJson(r.rows) : renderTable(r.rows));
  return 0;
}
