import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from '../../src/ingest/ingest.ts';
import { pollFeeds } from '../../src/ingest/poll-feeds.ts';
import { loadIndex } from '../../src/corpus/load-index.ts';
import { ReloadableService } from '../../src/bot/service.ts';
import { corpusFingerprint, digestProvider, feedRefresher } from '../../src/runtime.ts';
import { feedsCommand } from '../../src/bot/feeds.ts';
import { SqliteStore } from '../../src/store/sqlite-store.ts';
import { AddressPolicy } from '../../src/ingest/address-policy.ts';
import { FixtureWeb } from '../helpers/fixture-web.ts';
import { quietLogger, tempDb } from '../helpers/schedule.ts';

const LOOPBACK = AddressPolicy.allowing(['127.0.0.1']);

describe('feeds polled before each digest', () => {
  const web = new FixtureWeb();
  const store = new SqliteStore(tempDb());

  beforeAll(() => web.start());
  afterAll(async () => {
    await web.stop();
    await store.close();
  });

  it('are managed from chat: listed, added, refused when malformed, removed', async () => {
    const now = new Date('2031-03-04T00:00:00Z');
    expect((await feedsCommand(store, ['https://config.example/rss'], 'list', null, 'u', now)).text).toBe('Feeds polled before each digest:\n• https://config.example/rss (from the configuration)');
    expect(await feedsCommand(store, [], 'add', 'not a url', 'u', now)).toMatchObject({ ok: false });
    expect((await feedsCommand(store, [], 'add', web.url('/rss.xml'), 'admin', now)).text).toBe(`Added: ${web.url('/rss.xml')} will be polled before each digest.`);
    expect((await feedsCommand(store, [], 'add', web.url('/rss.xml'), 'admin', now)).text).toBe('That feed is already polled.');
    expect((await feedsCommand(store, ['https://config.example/rss'], 'remove', 'https://config.example/rss', 'admin', now)).ok).toBe(false);
    expect((await store.feeds()).map((f) => f.url)).toEqual([web.url('/rss.xml')]);
  });

  it('bring new articles into the next digest', async () => {
    const corpus = mkdtempSync(join(tmpdir(), 'corpus-'));
    const first = await ingest([web.url('/valley.html')], corpus, { perHostDelayMs: 0, fetch: { policy: LOOPBACK } });
    expect(first.ok).toBe(true);
    const loaded = await loadIndex(corpus);
    if (!loaded.ok) throw new Error(loaded.error);
    const service = new ReloadableService(loaded.index);
    let fingerprint = corpusFingerprint(loaded.index.articles);
    const logger = quietLogger();
    const digestFor = digestProvider({ service, store, dir: mkdtempSync(join(tmpdir(), 'digests-')), logger, fingerprint: () => fingerprint });
    const refresh = feedRefresher(
      async (signal) => pollFeeds((await store.feeds()).map((f) => f.url), corpus, logger, { perHostDelayMs: 0, fetch: { policy: LOOPBACK }, signal }),
      async () => {
        const again = await loadIndex(corpus);
        if (!again.ok) throw new Error(again.error);
        service.reload(again.index);
        fingerprint = corpusFingerprint(again.index.articles);
      },
      logger,
    );
    await refresh('2031-03-05');
    const digest = await digestFor('2031-03-05');
    expect(digest.sources.map((s) => s.outlet).sort()).toEqual(['Alpine Wire', 'Harbor Times', 'Valley News']);
    expect(digest.facts.find((f) => f.numbers.some((n) => n.value === 40_000_000))?.outlets).toHaveLength(3);
  }, 20_000);
});
