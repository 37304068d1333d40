/**
 * A bot process for the logging test: `npm start`'s runtime as a console chat on a stdin that stays open. Once it has
 * answered a first command, an error escapes all code: a rejected promise nobody awaits, then an exception thrown
 * from a timer. Argument: the data folder.
 */
import { PassThrough } from 'node:stream';
import { runBot } from '../../src/runtime.ts';
import { SEEDS } from './corpus.ts';

const stdin = new PassThrough();
let fired = false;
const out = (text: string) => {
  process.stdout.write(`${text}\n`);
  if (fired) return;
  fired = true;
  void Promise.reject(new Error('a promise nobody awaited'));
  setImmediate(() => {
    throw new Error('an exception no code caught');
  });
};
void runBot({ env: { DATA_DIR: process.argv[2], DIGEST_CORPUS: SEEDS }, platforms: 'auto', stdin, interactive: false, out, err: (t) => process.stderr.write(`${t}\n`) });
stdin.write('/swap help\n');
