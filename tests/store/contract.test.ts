import { afterAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/store/sqlite-store.ts';
import { PostgresStore } from '../../src/store/postgres-store.ts';
import type { Store } from '../../src/store/types.ts';
import { TestClock, tempDb } from '../helpers/schedule.ts';
import { freshSchema, passTime, postgresSkipReason } from '../helpers/postgres.ts';

const drops: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const d of drops) await d();
});

/** A store and the time it runs on: the test moves it, never waits for it. */
interface Timed {
  store: Store;
  now: () => Date;
  /** Lets `ms` pass for leases and retries. */
  advance(ms: number): Promise<void>;
}

const stores: [string, () => Promise<Timed>, string | null][] = [
  [
    'SQLite',
    async () => {
      // SQLite has no clock of its own: leases and retries run on the `now` each call is given.
      const clock = new TestClock(new Date('2025-06-10T05:00:00Z'));
      return { store: new SqliteStore(tempDb()), now: clock.now, advance: async (ms) => clock.advance(ms) };
    },
    null,
  ],
  [
    'PostgreSQL',
    async () => {
      // PostgreSQL's leases and retries run on the database's clock, which cannot be set: they are moved back instead.
      const schema = await freshSchema();
      drops.push(schema.drop);
      return { store: await PostgresStore.open(schema.url), now: () => new Date(), advance: (ms) => passTime(schema.url, ms) };
    },
    postgresSkipReason,
  ],
];
const sub = { platform: 'console' as const, workspace: 'local', channel: 'console', time: '08:00', timeZone: 'UTC', subscribedBy: 'me', createdAt: '2025-01-01T00:00:00.000Z' };

// One contract, every store: what the scheduler and the commands rely on.
describe.each(stores)('the %s store', (_, timed, skip) => {
  const open = async () => (await timed()).store;
  const title = (t: string) => (skip ? `${t} (skipped: ${skip})` : t);

  it.skipIf(skip)(title('keeps one subscription per channel, replacing it on a new subscribe'), async () => {
    const s = await open();
    const base = { platform: 'slack' as const, workspace: 'T1', channel: 'C1', subscribedBy: 'U1', createdAt: '2025-01-01T00:00:00.000Z' };
    await s.subscribe({ ...base, time: '08:00', timeZone: 'Europe/Kyiv' });
    await s.subscribe({ ...base, time: '09:15', timeZone: 'UTC' });
    expect(await s.subscriptions()).toMatchObject([{ time: '09:15', timeZone: 'UTC' }]);
    expect(await s.subscription('slack', 'T1', 'C1')).toMatchObject({ time: '09:15', subscribedBy: 'U1' });
    expect(await s.unsubscribe('slack', 'T1', 'C1')).toBe(true);
    expect(await s.unsubscribe('slack', 'T1', 'C1')).toBe(false);
    expect(await s.subscription('slack', 'T1', 'C1')).toBeNull();
    await s.close();
  });

  it.skipIf(skip)(title('lets one of many simultaneous claims win, a lapsed claim be taken over, and no sent one'), async () => {
    const { store: s, now, advance } = await timed();
    const { id } = await s.subscribe(sub);
    const claims = await Promise.all(['a', 'b', 'c', 'd'].map((o) => s.claim(id, '2025-06-10', o, now(), 60_000)));
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(await s.claim(id, '2025-06-11', 'a', now(), 60_000)).toMatchObject({ status: 'claimed', claimedBy: 'a', attempts: 1 });
    await advance(30_000);
    expect(await s.claim(id, '2025-06-11', 'b', now(), 60_000)).toBeNull();
    await advance(30_000);
    expect(await s.claim(id, '2025-06-11', 'b', now(), 60_000)).toMatchObject({ claimedBy: 'b', attempts: 2 });
    await s.markSent(id, '2025-06-11', 'a', 'not-mine', now()); // a lost its claim: nothing changes
    expect(await s.delivery(id, '2025-06-11')).toMatchObject({ status: 'claimed', messageId: null });
    await s.markSent(id, '2025-06-11', 'b', 'msg-1', now());
    expect(await s.delivery(id, '2025-06-11')).toMatchObject({ status: 'sent', messageId: 'msg-1', leaseUntil: null });
    await advance(24 * 60 * 60_000);
    expect(await s.claim(id, '2025-06-11', 'c', now(), 60_000)).toBeNull();
    await s.close();
  });

  it.skipIf(skip)(title('retries a failed delivery when due, and never one given up on'), async () => {
    const { store: s, now, advance } = await timed();
    const { id } = await s.subscribe(sub);
    await s.claim(id, '2025-06-10', 'a', now(), 60_000);
    await s.markFailed(id, '2025-06-10', 'a', 'platform returned 503', new Date(now().getTime() + 60_000), now());
    expect(await s.delivery(id, '2025-06-10')).toMatchObject({ status: 'retry', lastError: 'platform returned 503' });
    await advance(30_000);
    expect(await s.claim(id, '2025-06-10', 'b', now(), 60_000)).toBeNull();
    await advance(30_000);
    expect(await s.claim(id, '2025-06-10', 'b', now(), 60_000)).toMatchObject({ claimedBy: 'b', attempts: 2 });
    await s.markFailed(id, '2025-06-10', 'b', 'gone', null, now());
    expect(await s.delivery(id, '2025-06-10')).toMatchObject({ status: 'failed', lastError: 'gone' });
    await advance(24 * 60 * 60_000);
    expect(await s.claim(id, '2025-06-10', 'c', now(), 60_000)).toBeNull();
    expect((await s.deliveries()).map((d) => d.status)).toEqual(['failed']);
    await s.close();
  });

  it.skipIf(skip)(title('records each posted part of a delivery once, in order'), async () => {
    const s = await open();
    const { id } = await s.subscribe(sub);
    const at = new Date();
    await s.recordPart(id, '2025-06-10', { part: 1, messageId: 'm2', contentHash: 'h' }, at);
    await s.recordPart(id, '2025-06-10', { part: 0, messageId: 'm1', contentHash: 'h' }, at);
    await s.recordPart(id, '2025-06-10', { part: 0, messageId: 'other', contentHash: 'h' }, at);
    expect(await s.deliveredParts(id, '2025-06-10')).toEqual([
      { part: 0, messageId: 'm1', contentHash: 'h' },
      { part: 1, messageId: 'm2', contentHash: 'h' },
    ]);
    expect(await s.deliveredParts(id, '2025-06-11')).toEqual([]);
    await s.close();
  });

  it.skipIf(skip)(title('keeps feeds and digests'), async () => {
    const s = await open();
    expect(await s.addFeed({ url: 'https://a.example/rss', addedBy: 'u', addedAt: '2025-01-01T00:00:00.000Z' })).toBe(true);
    expect(await s.addFeed({ url: 'https://a.example/rss', addedBy: 'v', addedAt: '2025-01-02T00:00:00.000Z' })).toBe(false);
    expect(await s.feeds()).toEqual([{ url: 'https://a.example/rss', addedBy: 'u', addedAt: '2025-01-01T00:00:00.000Z' }]);
    expect(await s.removeFeed('https://a.example/rss')).toBe(true);
    expect(await s.removeFeed('https://a.example/rss')).toBe(false);
    await s.saveDigest({ date: '2025-06-10', fingerprint: 'f1', json: '{"a":1}' });
    await s.saveDigest({ date: '2025-06-10', fingerprint: 'f1', json: '{"a":2}' });
    expect(await s.digest('2025-06-10', 'f1')).toEqual({ date: '2025-06-10', fingerprint: 'f1', json: '{"a":1}' });
    expect(await s.digest('2025-06-10', 'f2')).toBeNull();
    await s.close();
  });

  it.skipIf(skip)(title('keeps one vote per person and item, replaced by a new one, and reports the most-reported items first'), async () => {
    const s = await open();
    const base = { platform: 'discord' as const, workspace: 'G1', kind: 'fact' as const, label: 'The bridge reopened.', quote: 'The bridge reopened, the council said.', outlet: 'Metro Daily' };
    const vote = async (user: string, item: string, v: 'up' | 'down' | 'wrong_attribution', at: string) => await s.vote({ ...base, user, item, vote: v, at });
    expect(await vote('u1', 'fact:2025-01-31:fact-a', 'up', '2025-01-31T08:00:00.000Z')).toBe('new');
    expect(await vote('u1', 'fact:2025-01-31:fact-a', 'up', '2025-01-31T08:01:00.000Z')).toBe('same');
    expect(await vote('u1', 'fact:2025-01-31:fact-a', 'down', '2025-01-31T08:02:00.000Z')).toBe('changed');
    await vote('u2', 'fact:2025-01-31:fact-a', 'wrong_attribution', '2025-01-31T08:03:00.000Z');
    await vote('u1', 'fact:2025-01-31:fact-b', 'up', '2025-01-31T08:04:00.000Z');
    await s.vote({ ...base, workspace: 'G2', user: 'u9', item: 'fact:2025-01-31:fact-b', vote: 'down', at: '2025-01-31T08:05:00.000Z' });
    expect(await s.votes('discord', 'G1', 'fact:2025-01-31:fact-a')).toEqual({ up: 0, down: 1, wrong_attribution: 1 });
    expect(await s.feedback('discord', 'G1', 10)).toEqual([
      { item: 'fact:2025-01-31:fact-a', kind: 'fact', label: base.label, quote: base.quote, outlet: base.outlet, up: 0, down: 1, wrong_attribution: 1, lastAt: '2025-01-31T08:03:00.000Z' },
      { item: 'fact:2025-01-31:fact-b', kind: 'fact', label: base.label, quote: base.quote, outlet: base.outlet, up: 1, down: 0, wrong_attribution: 0, lastAt: '2025-01-31T08:04:00.000Z' },
    ]);
    await s.close();
  });

  it.skipIf(skip)(title('keeps answers, and every digest of a date newest first'), async () => {
    const s = await open();
    await s.saveDigest({ date: '2025-01-31', fingerprint: 'corpus-1', json: '{"n":1}' });
    await s.saveDigest({ date: '2025-01-31', fingerprint: 'shown-2', json: '{"n":2}' });
    expect((await s.digestsOn('2025-01-31')).map((d) => d.json)).toEqual(['{"n":2}', '{"n":1}']);
    await s.saveAnswer({ id: 'a-1', question: 'who?', json: '{}', createdAt: '2025-01-31T08:00:00.000Z' });
    expect(await s.answer('a-1')).toEqual({ id: 'a-1', question: 'who?', json: '{}', createdAt: '2025-01-31T08:00:00.000Z' });
    expect(await s.answer('a-2')).toBeNull();
    await s.close();
  });
});
