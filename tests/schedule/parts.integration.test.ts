import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webApi } from '@slack/bolt';
import { SlackPublisher } from '../../src/platforms/slack/publisher.ts';
import { Scheduler } from '../../src/schedule/scheduler.ts';
import { SqliteStore } from '../../src/store/sqlite-store.ts';
import { FakeSlack } from '../helpers/fake-slack.ts';
import { seedService } from '../helpers/bot.ts';
import { TestClock, quietLogger, tempDb } from '../helpers/schedule.ts';

const DATE = '2025-05-24';
const subscription = { platform: 'slack' as const, workspace: 'T0001', channel: 'C0NEWS', time: '08:00', timeZone: 'Europe/Kyiv', subscribedBy: 'admin', createdAt: '2025-01-01T00:00:00.000Z' };

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
});
