import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webApi } from '@slack/bolt';
import { DIGEST_EVENT_TYPE, SlackPublisher } from '../../src/platforms/slack/publisher.ts';
import { Scheduler } from '../../src/schedule/scheduler.ts';
import { SqliteStore } from '../../src/store/sqlite-store.ts';
import { FakeSlack } from '../helpers/fake-slack.ts';
import { seedService } from '../helpers/bot.ts';
import { TestClock, quietLogger, tempDb } from '../helpers/schedule.ts';

const DATE = '2025-05-24';
const UPLOAD = /^\/api\/files\.getUploadURLExternal$/;

// A Slack digest is two parts, the compact message and the coverage picture, posted through the real Web API client
// to the fake Slack, whose channel history is what a reader sees.
describe('a digest in several parts, on Slack', () => {
  const fake = new FakeSlack();
  beforeAll(() => fake.start());
  afterAll(() => fake.stop());

  /** A store with one subscription of `channel` at 08:00 Kyiv, and a scheduler at the slot with a clock to move. */
  async function setUp(channel: string, lines: string[] = []) {
    const store = new SqliteStore(tempDb());
    const { id } = await store.subscribe({ platform: 'slack', workspace: 'T0001', channel, time: '08:00', timeZone: 'Europe/Kyiv', subscribedBy: 'admin', createdAt: '2025-01-01T00:00:00.000Z' });
    const { service } = await seedService();
    const logger = quietLogger(lines);
    const client = new webApi.WebClient('xoxb-fake-0123456789', { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } });
    const clock = new TestClock(new Date('2025-05-24T05:00:00Z'));
    const scheduler = new Scheduler({ store, publishers: [new SlackPublisher(client, logger)], digestFor: (date) => service.digest(date), logger, clock: clock.now });
    return { store, id, clock, scheduler };
  }
  const messages = (channel: string) => fake.messagesWithMetadata(channel, DIGEST_EVENT_TYPE);
  const pictures = (channel: string) => (fake.history.get(channel) ?? []).filter((m) => m.files?.some((f) => f.name === `coverage-${DATE}.png`));

  it('when part 1 of 2 fails and the platform recovers, ends with each part posted exactly once', async () => {
    const channel = 'C0FIRST';
    const { store, id, clock, scheduler } = await setUp(channel);
    fake.outage = { afterPosts: fake.accepted.length, error: 'service_unavailable' };
    expect(await scheduler.tick()).toEqual({ posted: 0, failed: 1 });
    expect(await store.deliveredParts(id, DATE)).toEqual([]);
    fake.outage = null;
    clock.advance(61_000);
    expect(await scheduler.tick()).toEqual({ posted: 1, failed: 0 });
    expect(await scheduler.tick()).toEqual({ posted: 0, failed: 0 });
    expect([messages(channel).length, pictures(channel).length]).toEqual([1, 1]);
    expect((await store.deliveredParts(id, DATE)).map((p) => p.part)).toEqual([0, 1]);
    expect(await store.delivery(id, DATE)).toMatchObject({ status: 'sent', attempts: 2, messageId: messages(channel)[0]!.ts });
    await store.close();
  });

  it('when part 2 of 2 fails and the platform recovers, posts part 2 alone: each part exactly once', async () => {
    const channel = 'C0SECOND';
    const { store, id, clock, scheduler } = await setUp(channel);
    fake.refusing = { path: UPLOAD, error: 'service_unavailable' };
    expect(await scheduler.tick()).toEqual({ posted: 0, failed: 1 });
    expect([messages(channel).length, pictures(channel).length]).toEqual([1, 0]);
    expect((await store.deliveredParts(id, DATE)).map((p) => [p.part, p.messageId])).toEqual([[0, messages(channel)[0]!.ts]]);
    expect(await store.delivery(id, DATE)).toMatchObject({ status: 'retry', lastError: 'coverage picture not uploaded (An API error occurred: service_unavailable)' });
    fake.refusing = null;
    clock.advance(61_000);
    const since = fake.calls.length;
    expect(await scheduler.tick()).toEqual({ posted: 1, failed: 0 });
    expect(await scheduler.tick()).toEqual({ posted: 0, failed: 0 });
    expect(fake.calls.slice(since).filter((c) => c.path === '/api/chat.postMessage')).toEqual([]);
    expect([messages(channel).length, pictures(channel).length]).toEqual([1, 1]);
    expect((await store.deliveredParts(id, DATE)).map((p) => [p.part, p.messageId])).toEqual([
      [0, messages(channel)[0]!.ts],
      [1, 'coverage-picture'],
    ]);
    expect(await store.delivery(id, DATE)).toMatchObject({ status: 'sent', attempts: 2 });
    await store.close();
  });

  it('when Slack refuses the picture for good, posts the digest once without it and does not retry', async () => {
    const channel = 'C0NOFILES';
    const lines: string[] = [];
    const { store, id, scheduler } = await setUp(channel, lines);
    fake.refusing = { path: UPLOAD, error: 'not_in_channel' };
    try {
      expect(await scheduler.tick()).toEqual({ posted: 1, failed: 0 });
    } finally {
      fake.refusing = null;
    }
    expect([messages(channel).length, pictures(channel).length]).toEqual([1, 0]);
    expect((await store.deliveredParts(id, DATE)).map((p) => [p.part, p.messageId])).toEqual([
      [0, messages(channel)[0]!.ts],
      [1, 'coverage-picture-not-posted'],
    ]);
    expect(await store.delivery(id, DATE)).toMatchObject({ status: 'sent', attempts: 1 });
    expect(lines.filter((l) => l.includes('coverage picture not posted'))).toHaveLength(1);
    await store.close();
  });
});
