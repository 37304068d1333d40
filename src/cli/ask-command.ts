import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { ask, type Answer } from '../engine/index.ts';
import { formatAnswer } from '../platforms/console/format-answer.ts';
import { loadIndex, resolveCorpus } from '../corpus/load-index.ts';
import { terminalJson, type Io } from './io.ts';

export const ASK_USAGE = 'usage: digestbot ask [--corpus DIR] [--json] [QUESTION]   (no QUESTION: one question per line on stdin)';

/** The JSON line of the ask contract: exactly the documented fields. */
export function answerJson(a: Answer): string {
  return terminalJson({
    question: a.question,
    status: a.status,
    answer: a.answer,
    summary: a.summary,
    citations: a.citations.map((c) => ({ outlet: c.outlet, file: c.file, quote: c.quote, speaker: c.speaker })),
  });
}

export async function askCommand(argv: string[], io: Io, stdin: Readable = process.stdin): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { corpus: { type: 'string' }, json: { type: 'boolean' } } });
  } catch (e) {
    io.err(`${(e as Error).message}\n${ASK_USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const loaded = await loadIndex(resolveCorpus(values.corpus), undefined, { reading: 'answers' });
  if (!loaded.ok) {
    io.err(loaded.error);
    return 1;
  }
  for (const w of loaded.warnings) io.err(`warning: ${w}`);
  const answerOne = (question: string) => {
    const a = ask(loaded.index, question);
    io.out(values.json ? answerJson(a) : formatAnswer(a));
  };
  if (positionals.length) {
    answerOne(positionals.join(' '));
    return 0;
  }
  // Batch: one question per line, one answer per question, in order; blank lines are skipped.
  const rl = createInterface({ input: stdin, crlfDelay: Infinity });
  for await (const line of rl) if (line.trim()) answerOne(line);
  return 0;
}
