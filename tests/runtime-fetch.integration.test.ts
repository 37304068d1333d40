import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { runBot } from '../src/runtime.ts';
import { SqliteStore } from '../src/store/sqlite-store.ts';
import { FakeSlack } from './helpers/fake-slack.ts';
import { FixtureWeb } from './helpers/fixture-web.ts';
import { SEEDS } from './helpers/corpus.ts';

// The bot as it runs: a feed added from chat (as `/swap feeds add` stores it) is polled before the day's post, with
// the fetch setting read from the environment. The feed is on a loopback address, as an internal server would be.
describe('the bot polling a feed added from chat', () => {
  // The feed and its item's page on two servers (two hosts to the per-host pacer), so nothing waits a second between.
  const feeds = new FixtureWeb('127.0.0.2');
  const pages = new FixtureWeb('127.0.0.2');
  const slack = new FakeSlack();
  beforeAll(async () => {
    await feeds.start();
    await pages.start();
    await slack.start();
  });
  afterAll(async () => {
    await feeds.stop();
    await pages.stop();
    await slack.stop();
  });

  /** Runs the bot until its first scheduled post, with `env` added; returns the feed's requests and what the corpus gained. */
  async function firstPost(env: Record<string, string>): Promise<{ requests: string[]; outlets: string[] }> {
    const dataDir = mkdtempSync(join(tmpdir(), 'digestbot-data-'));
    const corpus = join(dataDir, 'corpus');
    cpSync(SEEDS, corpus, { recursive: true });
    const store = new SqliteStore(join(dataDir, 'digestbot.sqlite'));
    // Due all day, every day: the scheduler's first tick polls the feeds, then posts.
    const channel = `C${dataDir.slice(-6).toUpperCase()}`;
    await store.subscribe({ platform: 'slack', workspace: 'T0001', channel, time: '00:00', timeZone: 'UTC', subscribedBy: 'admin', createdAt: '2020-01-01T00:00:00.000Z' });
    await store.addFeed({ url: feeds.url(`/links.xml?to=${encodeURIComponent(pages.url('/item/7.html'))}`), addedBy: 'U0ADMIN', addedAt: '2020-01-01T00:00:00.000Z' });
    await store.close();
    const from = [feeds.hits.length, pages.hits.length];
    const cwd = process.cwd();
    process.chdir(dataDir); // the runtime writes the day's digest to ./digests
    const stop = new AbortController();
    const err: string[] = [];
    try {
      const base = { SLACK_BOT_TOKEN: 'xoxb-fake-bot-token-0123456789', SLACK_SIGNING_SECRET: 'fake-signing-secret-0123456789', SLACK_API_URL: slack.apiUrl, PORT: '0', DATA_DIR: dataDir, DIGEST_CORPUS: corpus, LOG_LEVEL: 'silent' };
      const running = runBot({ env: { ...base, ...env }, platforms: 'slack', stdin: Readable.from([]), interactive: false, out: () => undefined, err: (t) => err.push(t), signal: stop.signal });
      await slack.waitFor((c) => c.path === '/api/chat.postMessage' && c.body.channel === channel, 15_000);
      stop.abort();
      expect(await running, err.join('\n')).toBe(0);
    } finally {
      process.chdir(cwd);
    }
    const entries = JSON.parse(readFileSync(join(corpus, 'sources.json'), 'utf8')) as { outlet: string }[];
    return { requests: [...feeds.hits.slice(from[0]), ...pages.hits.slice(from[1])].map((h) => h.path), outlets: entries.map((e) => e.outlet).filter((o) => o === 'Big Wire') };
  }

  it('refuses the loopback feed when ALLOW_PRIVATE_FETCH is unset: no request reaches it, nothing is added', async () => {
    expect(await firstPost({})).toEqual({ requests: [], outlets: [] });
  }, 30_000);

  it('polls it when ALLOW_PRIVATE_FETCH names its address', async () => {
    expect(await firstPost({ ALLOW_PRIVATE_FETCH: '127.0.0.2' })).toEqual({ requests: ['/links.xml', '/item/7.html'], outlets: ['Big Wire'] });
  }, 30_000);
});
