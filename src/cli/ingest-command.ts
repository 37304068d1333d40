import { parseArgs } from 'node:util';
import { fetchPolicy, loadFetchConfig } from '../config.ts';
import { ingest, type Outcome } from '../ingest/ingest.ts';
import { resolveCorpus } from '../corpus/load-index.ts';
import type { Io } from './io.ts';

export const INGEST_USAGE = 'usage: digestbot ingest <file|dir|url|feed-url>... [--corpus DIR]';

export function formatOutcome(o: Outcome): string {
  return o.status === 'added' ? `added   ${o.input} → ${o.file} (${o.outlet}, ${o.published ?? 'undated'})` : `${o.status === 'skipped' ? 'skipped' : 'failed '} ${o.input}: ${o.reason}`;
}

export interface IngestCommandOptions {
  /** The environment (ALLOW_PRIVATE_FETCH); without it only public addresses are fetched. */
  env?: Record<string, string | undefined>;
  /** Shows each step of a long ingest (on a terminal). */
  progress?: (message: string) => void;
  /** Ctrl-C: stops between two steps; what was done is still reported. */
  signal?: AbortSignal;
  perHostDelayMs?: number;
}

/**
 * Adds articles to a corpus; one line per input. Exit 0 when nothing failed, 1 when some input failed (the rest went
 * in), 130 when interrupted (after the lines of what was done).
 */
export async function ingestCommand(argv: string[], io: Io, o: IngestCommandOptions = {}): Promise<number> {
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
  const config = loadFetchConfig(o.env ?? {});
  if (!config.ok) return (io.err(config.error), 1);
  const r = await ingest(parsed.positionals, resolveCorpus(parsed.values.corpus), { progress: o.progress, signal: o.signal, perHostDelayMs: o.perHostDelayMs, fetch: { policy: fetchPolicy(config.value) } });
  if (!r.ok) {
    io.err(r.error);
    return 1;
  }
  for (const x of r.outcomes) io.out(formatOutcome(x));
  if (r.interrupted) {
    const added = r.outcomes.filter((x) => x.status === 'added').length;
    io.err(`interrupted: ${added} article${added === 1 ? '' : 's'} added before the stop (listed above); the rest was not ingested. Run the same command again to go on.`);
    return 130;
  }
  return r.outcomes.some((x) => x.status === 'failed') ? 1 : 0;
}
