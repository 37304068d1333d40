import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { webApi } from '@slack/bolt';
import { SlackPublisher } from '../../src/platforms/slack/publisher.ts';
import { Scheduler } from '../../src/schedule/scheduler.ts';
import { SqliteStore } from '../../src/store/sqlite-store.ts';
import { FakeSlack } from '../helpers/fake-slack.ts';
import { seedService } from '../helpers/bot.ts';
import { ROOT } from '../helpers/corpus.ts';
import { TestClock, quietLogger, tempDb } from '../helpers/schedule.ts';

const DATE = '2025-05-24';
const subscription = { platform: 'slack' as const, workspace: 'T0001', channel: 'C0NEWS', time: '08:00', timeZone: 'Europe/Kyiv', subscribedBy: 'admin', createdAt: '2025-01-01T00:00:00.000Z' };

/** Runs tests/helpers/post-child.ts. */
function child(db: string, api: string, instant: string, owner: string) {
  const p = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'tests', 'helpers', 'post-child.ts'), db, api, instant, owner], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  p.stdout.on('data', (d) => (out += String(d)));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string }>((resolve) => p.on('exit', (code, signal) => resolve({ code, signal, out })));
  return { p, exited };
}

const uploads = (fake: FakeSlack) => fake.calls.filter((c) => c.path === '/api/files.completeUploadExternal').length;

// A Slack digest is two parts, the compact message and the coverage picture, posted through the real Web API client.
describe('a digest in several parts, on Slack', () => {
  const fake = new FakeSlack();
  beforeAll(() => fake.start());
  afterAll(() => fake.stop());

  it('when the post fails and the platform recovers, ends with each part posted exactly once', async () => {
    const store = new SqliteStore(tempDb());
    const { id } = await store.subscribe(subscription);
    const { service, logger } = await seedService();
    const client = new webApi.WebClient('xoxb-fake-0123456789', { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } });
    const publisher = new SlackPublisher(client, logger);
    const before = fake.accepted.length;
    const picturesBefore = uploads(fake);
    fake.outage = { afterPosts: before, error: 'service_unavailable' };
    const clock = new TestClock(new Date('2025-05-24T05:00:00Z'));
    const scheduler = new Scheduler({ store, publishers: [publisher], digestFor: (date) => service.digest(date), logger: quietLogger(), clock: clock.now });
    expect(await scheduler.tick()).toEqual({ posted: 0, failed: 1 });
    expect(await store.deliveredParts(id, DATE)).toEqual([]);
    fake.outage = null;
    clock.advance(61_000);
    expect(await scheduler.tick()).toEqual({ posted: 1, failed: 0 });
    expect(await scheduler.tick()).toEqual({ posted: 0, failed: 0 });
    expect(fake.accepted.length - before).toBe(1);
    expect(uploads(fake) - picturesBefore).toBe(1);
    expect((await store.deliveredParts(id, DATE)).map((p) => p.part)).toEqual([0, 1]);
    expect(await store.delivery(id, DATE)).toMatchObject({ status: 'sent', attempts: 2, messageId: (await store.deliveredParts(id, DATE))[0]!.messageId });
    await store.close();
  });

  it('after a kill -9 between parts, a later process posts the picture without re-posting the message', async () => {
    const db = tempDb();
    const setup = new SqliteStore(db);
    const { id } = await setup.subscribe(subscription);
    const before = fake.accepted.length;
    const picturesBefore = uploads(fake);
    fake.hang = /^\/api\/files\.getUploadURLExternal$/;
    const since = fake.calls.length;

    const first = child(db, fake.apiUrl, '2025-05-24T05:00:00Z', 'first');
    await fake.waitFor((c) => c.path === '/api/files.getUploadURLExternal' && fake.calls.indexOf(c) >= since, 30_000); // part 2 under way
    first.p.kill('SIGKILL');
    expect((await first.exited).signal).toBe('SIGKILL');
    expect(await setup.delivery(id, DATE)).toMatchObject({ status: 'claimed', claimedBy: 'first' });
    expect((await setup.deliveredParts(id, DATE)).map((p) => p.part)).toEqual([0]);

    fake.hang = null;
    const early = child(db, fake.apiUrl, '2025-05-24T05:05:00Z', 'early'); // the claim is still leased
    expect(JSON.parse((await early.exited).out)).toEqual({ posted: 0, failed: 0 });
    const second = child(db, fake.apiUrl, '2025-05-24T05:11:00Z', 'second'); // the 10-minute lease has lapsed
    expect(JSON.parse((await second.exited).out)).toEqual({ posted: 1, failed: 0 });

    expect(fake.accepted.length - before).toBe(1);
    expect(uploads(fake) - picturesBefore).toBe(1);
    expect(await setup.delivery(id, DATE)).toMatchObject({ status: 'sent', claimedBy: 'second', attempts: 2 });
    expect((await setup.deliveredParts(id, DATE)).map((p) => p.part)).toEqual([0, 1]);
    await setup.close();
  }, 90_000);
});
