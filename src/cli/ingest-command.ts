import { parseArgs } from 'node:util';
import { fetchPolicy, loadFetchConfig } from '../config.ts';
import { ingest, type Outcome } from '../ingest/ingest.ts';
import { resolveCorpus } from './corpus-arg.ts';
import type { Io } from './io.ts';

export const INGEST_USAGE = 'usage: digestbot ingest <file|dir|url|feed-url>... [--corpus DIR]';

export function formatOutcome(o: Outcome): string {
  return o.status === 'added' ? `added   ${o.input} → ${o.file} (${o.outlet}, ${o.published ?? 'undated'})` : `${o.status === 'skipped' ? 'skipped' : 'failed '} ${o.input}: ${o.reason}`;
}

/** Adds articles to a corpus; one line per input. Exit 0 when nothing failed, 1 when some input failed (the rest went in). */
export async function ingestCommand(
  argv: string[],
  io: Io,
  progress: ((m: string) => void) | null = process.stderr.isTTY ? (m) => process.stderr.write(`\r\x1b[K${m.slice(0, 100)}`) : null,
  env: Record<string, string | undefined> = {},
): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { corpus: { type: 'string' } } });
  } catch (e) {
    io.err(`${(e as Error).message}\n${INGEST_USAGE}`);
    return 2;
  }
  if (!parsed.positionals.length) {
    io.err(INGEST_USAGE);
    return 2;
  }
  const config = loadFetchConfig(env);
  if (!config.ok) return (io.err(config.error), 1);
  const r = await ingest(parsed.positionals, resolveCorpus(parsed.values.corpus), { progress: progress ?? undefined, fetch: { policy: fetchPolicy(config.value) } });
  if (progress) process.stderr.write('\r\x1b[K');
  if (!r.ok) {
    io.err(r.error);
    return 1;
  }
  for (const o of r.outcomes) io.out(formatOutcome(o));
  return r.outcomes.some((o) => o.status === 'failed') ? 1 : 0;
}
