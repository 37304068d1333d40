import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { runBot } from '../src/runtime.ts';
import { SqliteStore } from '../src/store/sqlite-store.ts';
import { FakeSlack } from './helpers/fake-slack.ts';
import { ROOT } from './helpers/corpus.ts';

describe('stopping the bot', () => {
  it('does not wait for a platform that hangs mid-post: the stop takes the grace period at most', async () => {
    const fake = new FakeSlack();
    await fake.start();
    fake.outage = { afterPosts: 0, error: 'hang' };
    const dataDir = mkdtempSync(join(tmpdir(), 'digestbot-data-'));
    const store = new SqliteStore(join(dataDir, 'digestbot.sqlite'));
    // Due all day, every day: the scheduler's first tick posts at once.
    await store.subscribe({ platform: 'slack', workspace: 'T0001', channel: 'C0NEWS', time: '00:00', timeZone: 'UTC', subscribedBy: 'admin', createdAt: '2020-01-01T00:00:00.000Z' });
    await store.close();
    const cwd = process.cwd();
    process.chdir(dataDir); // the runtime writes the day's digest to ./digests
    const stop = new AbortController();
    const err: string[] = [];
    const env = { SLACK_BOT_TOKEN: 'xoxb-fake-bot-token-0123456789', SLACK_SIGNING_SECRET: 'fake-signing-secret-0123456789', SLACK_API_URL: fake.apiUrl, PORT: '0', DATA_DIR: dataDir, DIGEST_CORPUS: join(ROOT, 'seeds'), LOG_LEVEL: 'silent' };
    try {
      const running = runBot({ env, platforms: 'slack', stdin: Readable.from([]), interactive: false, out: () => undefined, err: (t) => err.push(t), signal: stop.signal, stopGraceMs: 200 });
      await fake.waitFor((c) => c.path === '/api/chat.postMessage', 15_000);
      const asked = Date.now();
      stop.abort();
      expect(await running, err.join('\n')).toBe(0);
      expect(Date.now() - asked).toBeLessThan(2000);
    } finally {
      process.chdir(cwd);
      await fake.stop();
    }
  }, 30_000);
});
