import type { Logger } from '../log.ts';
import { ingest, type IngestOptions } from './ingest.ts';

/**
 * Polls feeds into the corpus (conditional requests, timeouts, size limits and per-host pacing come with ingest) and
 * says how many articles were added. A feed that fails is logged and skipped; the digest goes out regardless. Each
 * feed gives at most its newest 50 items a poll; `options.signal` stops the poll between two items.
 */
export async function pollFeeds(urls: string[], corpusDir: string, logger: Logger, options: IngestOptions = { perHostDelayMs: 1000 }): Promise<number> {
  if (!urls.length) return 0;
  const r = await ingest(urls, corpusDir, options);
  if (!r.ok) {
    logger.error({ job: 'poll-feeds', error: r.error }, 'feeds not polled');
    return 0;
  }
  for (const o of r.outcomes) if (o.status === 'failed') logger.warn({ job: 'poll-feeds', input: o.input, reason: o.reason }, 'feed input failed');
  const added = r.outcomes.filter((o) => o.status === 'added').length;
  if (r.interrupted) logger.warn({ job: 'poll-feeds', feeds: urls.length, added, steps: r.outcomes.length }, 'feed polling stopped before the end (time limit or shutdown); what came in is kept, the rest is polled next time');
  else logger.info({ job: 'poll-feeds', feeds: urls.length, added }, 'feeds polled');
  return added;
}
