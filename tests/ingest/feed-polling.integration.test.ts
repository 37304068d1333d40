import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest, MAX_ITEMS_PER_FEED } from '../../src/ingest/ingest.ts';
import { pollFeeds } from '../../src/ingest/poll-feeds.ts';
import { AddressPolicy } from '../../src/ingest/address-policy.ts';
import { ingestCommand } from '../../src/cli/ingest-command.ts';
import { FEED_POLL_BUDGET_MS, feedRefresher } from '../../src/runtime.ts';
import { FixtureWeb } from '../helpers/fixture-web.ts';
import { captureIo } from '../helpers/io.ts';
import { quietLogger } from '../helpers/schedule.ts';

const corpus = () => mkdtempSync(join(tmpdir(), 'corpus-'));

describe('polling a feed', () => {
  const web = new FixtureWeb();
  const fetch = { policy: AddressPolicy.allowing(['127.0.0.1']) };

  beforeAll(() => web.start());
  afterAll(() => web.stop());

  it('takes only the newest items of a 10,000-item feed, up to the cap, and says how many it left', async () => {
    const from = web.hits.length;
    const r = await ingest([web.url('/big-feed.xml?n=10000')], corpus(), { perHostDelayMs: 0, fetch });
    if (!r.ok) throw new Error(r.error);
    const pages = web.hits.slice(from).filter((h) => h.path.startsWith('/item/'));
    expect(MAX_ITEMS_PER_FEED).toBe(50);
    expect(pages.map((h) => h.path)).toEqual(Array.from({ length: 50 }, (_, i) => `/item/${i}.html`));
    expect(r.outcomes.filter((o) => o.status === 'added')).toHaveLength(50);
    expect(r.outcomes[0]).toEqual({ input: web.url('/big-feed.xml?n=10000'), status: 'skipped', reason: '9950 older items not polled (at most 50 per feed per poll)' });
  });

  it('skips an item that is not a web page and goes on with the rest of the feed', async () => {
    const feed = web.url(`/links.xml?to=${encodeURIComponent(web.url('/not-html.txt'))}&to=${encodeURIComponent('http://[not an address')}&to=${encodeURIComponent(web.url('/item/7.html'))}`);
    const lines: string[] = [];
    const added = await pollFeeds([feed], corpus(), quietLogger(lines), { perHostDelayMs: 0, fetch });
    expect(added).toBe(1);
    const failed = lines.map((l) => JSON.parse(l) as { input?: string; reason?: string }).filter((l) => l.reason);
    expect(failed).toMatchObject([
      { input: web.url('/not-html.txt'), reason: 'not an article (not an HTML page)' },
      { input: 'http://[not an address', reason: expect.stringContaining('unexpected error') },
    ]);
  });

  it('stops between items when interrupted, keeps what came in, and polls the feed again in full next time', async () => {
    const dir = corpus();
    const stop = new AbortController();
    let items = 0;
    const r = await ingest([web.url('/big-feed.xml?n=20'), web.url('/valley.html')], dir, { perHostDelayMs: 0, fetch, signal: stop.signal, progress: (m) => m.startsWith('[') && ++items === 3 && stop.abort() });
    if (!r.ok) throw new Error(r.error);
    expect(r.interrupted).toBe(true);
    expect(r.outcomes.map((o) => o.status)).toEqual(['added', 'added']);
    expect(existsSync(join(dir, '.feeds.json')) ? JSON.parse(readFileSync(join(dir, '.feeds.json'), 'utf8')) : {}).toEqual({});
    const again = await ingest([web.url('/big-feed.xml?n=20')], dir, { perHostDelayMs: 0, fetch });
    if (!again.ok) throw new Error(again.error);
    expect(again.outcomes.filter((o) => o.status === 'added')).toHaveLength(18);
  });

  it('prints the partial result and exits 130 when the command is interrupted', async () => {
    const io = captureIo();
    const stop = new AbortController();
    let items = 0;
    const code = await ingestCommand(['--corpus', corpus(), web.url('/big-feed.xml?n=20')], io, { env: { ALLOW_PRIVATE_FETCH: '127.0.0.1' }, perHostDelayMs: 0, signal: stop.signal, progress: (m) => m.startsWith('[') && ++items === 2 && stop.abort() });
    expect(code).toBe(130);
    expect(io.stdout.trim().split('\n')).toHaveLength(1);
    expect(io.stdout).toMatch(/^added {3}http:\/\/127\.0\.0\.1:\d+\/item\/0\.html → /);
    expect(io.stderr).toBe('interrupted: 1 article added before the stop (listed above); the rest was not ingested. Run the same command again to go on.\n');
  });

  it('in the bot, logs a poll stopped between items and counts what came in', async () => {
    const lines: string[] = [];
    const stop = new AbortController();
    let items = 0;
    const added = await pollFeeds([web.url('/big-feed.xml?n=20')], corpus(), quietLogger(lines), { perHostDelayMs: 0, fetch, signal: stop.signal, progress: (m) => m.startsWith('[') && ++items === 4 && stop.abort() });
    expect(added).toBe(3);
    expect(lines.map((l) => JSON.parse(l) as { msg: string; added?: number }).find((l) => l.msg.startsWith('feed polling stopped before the end'))).toMatchObject({ added: 3 });
  });

  describe('before a digest', () => {
    afterEach(() => vi.useRealTimers());

    /** A poll that runs until its signal stops it, then says how many articles came in. */
    const pollUntilStopped = (seen: AbortSignal[]) => (signal: AbortSignal) => {
      seen.push(signal);
      return new Promise<number>((resolve) => signal.addEventListener('abort', () => resolve(2), { once: true }));
    };

    it('stops polling when the time budget runs out, not before, and reads again what came in, once per date', async () => {
      vi.useFakeTimers();
      const signals: AbortSignal[] = [];
      let reloaded = 0;
      const refresh = feedRefresher(pollUntilStopped(signals), async () => void reloaded++, quietLogger(), { budgetMs: FEED_POLL_BUDGET_MS });
      const done = refresh('2031-03-05');
      await vi.advanceTimersByTimeAsync(FEED_POLL_BUDGET_MS - 1);
      expect([signals[0]!.aborted, reloaded]).toEqual([false, 0]);
      await vi.advanceTimersByTimeAsync(1);
      await done;
      expect([signals[0]!.aborted, reloaded]).toEqual([true, 1]);
      await refresh('2031-03-05');
      expect([signals.length, reloaded]).toEqual([1, 1]);
      expect(vi.getTimerCount()).toBe(0);
    });

    it('stops polling at once when the bot stops', async () => {
      vi.useFakeTimers();
      const signals: AbortSignal[] = [];
      const shutdown = new AbortController();
      const refresh = feedRefresher(pollUntilStopped(signals), async () => undefined, quietLogger(), { stop: shutdown.signal });
      const done = refresh('2031-03-05');
      await vi.advanceTimersByTimeAsync(0);
      shutdown.abort();
      await done;
      expect(signals[0]!.aborted).toBe(true);
      expect(vi.getTimerCount()).toBe(0);
    });
  });
});
