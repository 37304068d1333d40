import { afterEach, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/store/sqlite-store.ts';
import { Scheduler } from '../../src/schedule/scheduler.ts';
import type { NewSubscription } from '../../src/store/types.ts';
import { FakePublisher, TestClock, digestOf, quietLogger, tempDb } from '../helpers/schedule.ts';

const opened: SqliteStore[] = [];
const open = (path: string) => {
  const s = new SqliteStore(path);
  opened.push(s);
  return s;
};
afterEach(async () => {
  for (const s of opened.splice(0)) await s.close();
});

const sub = (over: Partial<NewSubscription> = {}): NewSubscription => ({ platform: 'discord', workspace: 'g1', channel: 'c1', time: '08:00', timeZone: 'Europe/Kyiv', subscribedBy: 'u1', createdAt: '2025-01-01T00:00:00.000Z', ...over });

function scheduler(path: string, clock: TestClock, publisher: FakePublisher, owner: string) {
  return new Scheduler({ store: open(path), publishers: [publisher], digestFor: digestOf, logger: quietLogger(), clock: clock.now, owner, retryBaseMs: 60_000 });
}

describe('the daily scheduler', () => {
  it('fires once at the subscription’s local time', async () => {
    const path = tempDb();
    await open(path).subscribe(sub());
    const clock = new TestClock(new Date('2025-06-10T04:59:00Z')); // 07:59 in Kyiv (UTC+3)
    const pub = new FakePublisher('discord', clock.now);
    const s = scheduler(path, clock, pub, 'a');
    await s.tick();
    expect(pub.posts).toHaveLength(0);
    clock.set('2025-06-10T05:00:00Z');
    await s.tick();
    clock.set('2025-06-10T05:01:00Z');
    await s.tick();
    expect(pub.posts).toEqual([{ channel: 'c1', date: '2025-06-10', part: 0, at: new Date('2025-06-10T05:00:00Z'), key: '1/2025-06-10/0' }]);
    expect(await open(path).delivery(1, '2025-06-10')).toMatchObject({ status: 'sent', messageId: 'm1', attempts: 1 });
  });

  it('posts once when two schedulers share one database file', async () => {
    const path = tempDb();
    await open(path).subscribe(sub());
    const clock = new TestClock(new Date('2025-06-10T05:00:00Z'));
    const pubA = new FakePublisher('discord', clock.now);
    const pubB = new FakePublisher('discord', clock.now);
    const a = scheduler(path, clock, pubA, 'a');
    const b = scheduler(path, clock, pubB, 'b');
    await Promise.all([a.tick(), b.tick(), a.tick(), b.tick()]);
    expect(pubA.posts.length + pubB.posts.length).toBe(1);
  });

  it('posts nothing after a restart once the day’s digest is sent', async () => {
    const path = tempDb();
    await open(path).subscribe(sub());
    const clock = new TestClock(new Date('2025-06-10T05:00:00Z'));
    const first = new FakePublisher('discord', clock.now);
    await scheduler(path, clock, first, 'before').tick();
    clock.advance(30 * 60_000);
    const second = new FakePublisher('discord', clock.now);
    await scheduler(path, clock, second, 'after-restart').tick();
    expect([first.posts.length, second.posts.length]).toEqual([1, 0]);
  });

  it('posts a slot missed while down once, late, the same local day, and not the next morning before its time', async () => {
    const path = tempDb();
    await open(path).subscribe(sub());
    const clock = new TestClock(new Date('2025-06-10T09:30:00Z')); // 12:30 Kyiv: the 08:00 slot passed while down
    const pub = new FakePublisher('discord', clock.now);
    const s = scheduler(path, clock, pub, 'late');
    await s.tick();
    await s.tick();
    clock.set('2025-06-11T03:00:00Z'); // 06:00 next day
    await s.tick();
    expect(pub.posts.map((p) => p.date)).toEqual(['2025-06-10']);
  });

  it('retries a platform error with backoff, then succeeds: one post', async () => {
    const path = tempDb();
    await open(path).subscribe(sub());
    const clock = new TestClock(new Date('2025-06-10T05:00:00Z'));
    const pub = new FakePublisher('discord', clock.now);
    pub.failNext = 2;
    const s = scheduler(path, clock, pub, 'r');
    await s.tick(); // attempt 1 fails → retry in 1 min
    clock.advance(30_000);
    await s.tick(); // not due yet
    expect(await open(path).delivery(1, '2025-06-10')).toMatchObject({ status: 'retry', attempts: 1, lastError: 'platform returned 503' });
    clock.advance(30_000);
    await s.tick(); // attempt 2 fails → retry in 2 min
    clock.advance(2 * 60_000);
    await s.tick(); // attempt 3 succeeds
    await s.tick();
    expect(pub.posts).toHaveLength(1);
    expect(await open(path).delivery(1, '2025-06-10')).toMatchObject({ status: 'sent', attempts: 3, lastError: null });
  });

  it('resumes a digest in several parts from the part that failed, posting each part once', async () => {
    const path = tempDb();
    await open(path).subscribe(sub());
    const clock = new TestClock(new Date('2025-06-10T05:00:00Z'));
    const pub = new FakePublisher('discord', clock.now);
    pub.parts = 3;
    pub.failPart = 1;
    const s = scheduler(path, clock, pub, 'parts');
    await s.tick(); // part 0 posted, part 1 fails
    expect(await open(path).deliveredParts(1, '2025-06-10')).toMatchObject([{ part: 0, messageId: 'm1' }]);
    pub.failPart = null;
    clock.advance(60_000);
    await s.tick(); // resumes at part 1
    await s.tick();
    expect(pub.posts.map((p) => p.part)).toEqual([0, 1, 2]);
    expect(await open(path).delivery(1, '2025-06-10')).toMatchObject({ status: 'sent', messageId: 'm1', attempts: 2 });
    expect((await open(path).deliveredParts(1, '2025-06-10')).map((p) => [p.part, p.messageId])).toEqual([
      [0, 'm1'],
      [1, 'm2'],
      [2, 'm3'],
    ]);
  });

  it('after an attempt whose post the platform accepted but never confirmed, finds it in the channel and posts nothing again', async () => {
    const path = tempDb();
    await open(path).subscribe(sub());
    const clock = new TestClock(new Date('2025-06-10T05:00:00Z'));
    const pub = new FakePublisher('discord', clock.now);
    pub.parts = 2;
    pub.acceptThenFail = 1;
    const lines: string[] = [];
    const s = new Scheduler({ store: open(path), publishers: [pub], digestFor: digestOf, logger: quietLogger(lines), clock: clock.now, owner: 'r' });
    expect(await s.tick()).toEqual({ posted: 0, failed: 1 }); // part 0 is in the channel, not in the ledger
    expect(pub.lookups).toEqual([]); // a first attempt has nothing to look for
    clock.advance(60_000);
    expect(await s.tick()).toEqual({ posted: 1, failed: 0 });
    expect(pub.posts.map((p) => p.key)).toEqual(['1/2025-06-10/0', '1/2025-06-10/1']);
    expect(pub.lookups).toEqual(['1/2025-06-10/0', '1/2025-06-10/1']);
    expect((await open(path).deliveredParts(1, '2025-06-10')).map((p) => [p.part, p.messageId])).toEqual([
      [0, 'm1'],
      [1, 'm2'],
    ]);
    expect(await open(path).delivery(1, '2025-06-10')).toMatchObject({ status: 'sent', messageId: 'm1', attempts: 2 });
    expect(lines.filter((l) => l.includes('already on the platform'))).toHaveLength(1);
  });

  it('after a lapsed claim, looks for the missing parts in the channel before posting, and stops looking at the first one absent', async () => {
    const path = tempDb();
    await open(path).subscribe(sub());
    const clock = new TestClock(new Date('2025-06-10T05:00:00Z'));
    const store = open(path);
    // A process claimed the row, the platform accepted part 0, and the process died before recording it.
    await store.claim(1, '2025-06-10', 'dead', clock.now(), 10 * 60_000);
    const pub = new FakePublisher('discord', clock.now);
    pub.parts = 3;
    pub.posts.push({ channel: 'c1', date: '2025-06-10', part: 0, at: clock.now(), key: '1/2025-06-10/0' });
    const s = scheduler(path, clock, pub, 'heir');
    expect(await s.tick()).toEqual({ posted: 0, failed: 0 }); // still leased
    clock.advance(11 * 60_000);
    expect(await s.tick()).toEqual({ posted: 1, failed: 0 });
    expect(pub.posts.map((p) => p.part)).toEqual([0, 1, 2]);
    expect(pub.lookups).toEqual(['1/2025-06-10/0', '1/2025-06-10/1']);
    expect(await open(path).delivery(1, '2025-06-10')).toMatchObject({ status: 'sent', claimedBy: 'heir', messageId: 'm1' });
  });

  it('with a publisher that cannot look back, a retry posts the missing parts as before', async () => {
    const path = tempDb();
    const clock = new TestClock(new Date('2025-06-10T05:00:00Z'));
    const pub = new FakePublisher('console', clock.now, false);
    await open(path).subscribe(sub({ platform: 'console', workspace: 'local', channel: 'console' }));
    pub.failNext = 1;
    const s = scheduler(path, clock, pub, 'console');
    await s.tick();
    clock.advance(60_000);
    await s.tick();
    expect(pub.posts).toHaveLength(1);
    expect(pub.lookups).toEqual([]);
  });

  it('prepares a date (polls feeds) before claiming, so a slow feed holds no claim and nothing posts twice', async () => {
    const path = tempDb();
    await open(path).subscribe(sub());
    const clock = new TestClock(new Date('2025-06-10T05:00:00Z'));
    let release!: () => void;
    const slowFeed = new Promise<void>((r) => (release = r));
    const seen: (string | null)[] = [];
    let bothPolling!: () => void;
    const polling = new Promise<void>((r) => (bothPolling = r));
    const prepare = async (date: string) => {
      seen.push((await open(path).delivery(1, date))?.status ?? null);
      if (seen.length === 2) bothPolling();
      await slowFeed;
    };
    const pubA = new FakePublisher('discord', clock.now);
    const pubB = new FakePublisher('discord', clock.now);
    const a = new Scheduler({ store: open(path), publishers: [pubA], digestFor: digestOf, prepare, logger: quietLogger(), clock: clock.now, owner: 'a' });
    const b = new Scheduler({ store: open(path), publishers: [pubB], digestFor: digestOf, prepare, logger: quietLogger(), clock: clock.now, owner: 'b' });
    const ticks = Promise.all([a.tick(), b.tick()]);
    await polling;
    expect(await open(path).delivery(1, '2025-06-10')).toBeNull(); // both are polling; neither holds a claim
    clock.advance(3 * 60 * 60_000); // the feed took three hours, far past a lease
    release();
    await ticks;
    expect(seen).toEqual([null, null]);
    expect(pubA.posts.length + pubB.posts.length).toBe(1);
    expect(await open(path).delivery(1, '2025-06-10')).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('gives up after the last attempt and marks the delivery failed', async () => {
    const path = tempDb();
    await open(path).subscribe(sub());
    const clock = new TestClock(new Date('2025-06-10T05:00:00Z'));
    const pub = new FakePublisher('discord', clock.now);
    pub.failNext = 100;
    const lines: string[] = [];
    const s = new Scheduler({ store: open(path), publishers: [pub], digestFor: digestOf, logger: quietLogger(lines), clock: clock.now, maxAttempts: 3, retryBaseMs: 1000 });
    for (let i = 0; i < 20; i++) {
      await s.tick();
      clock.advance(10_000);
    }
    expect(await open(path).delivery(1, '2025-06-10')).toMatchObject({ status: 'failed', attempts: 3 });
    expect(lines.filter((l) => l.includes('failed for good'))).toHaveLength(1);
  });

  it('does not post today for a subscription made after today’s slot', async () => {
    const path = tempDb();
    await open(path).subscribe(sub({ createdAt: '2025-06-10T07:00:00.000Z' })); // 10:00 Kyiv, after 08:00
    const clock = new TestClock(new Date('2025-06-10T07:01:00Z'));
    const pub = new FakePublisher('discord', clock.now);
    const s = scheduler(path, clock, pub, 'n');
    await s.tick();
    clock.set('2025-06-11T05:00:00Z');
    await s.tick();
    expect(pub.posts.map((p) => p.date)).toEqual(['2025-06-11']);
  });

  it.each([
    ['Europe/Kyiv', '03:30', '2025-03-29T00:00:00Z', 4], // spring forward 30 March: 03:00 → 04:00, 03:30 never happens
    ['Europe/Kyiv', '03:30', '2025-10-25T00:00:00Z', 4], // fall back 26 October: 04:00 → 03:00, 03:30 happens twice
    ['America/New_York', '02:30', '2025-03-08T05:00:00Z', 4], // spring forward 9 March
    ['America/New_York', '01:30', '2025-11-01T04:00:00Z', 4], // fall back 2 November: 01:30 happens twice
  ])('across a daylight-saving change in %s at %s, posts once each day', async (timeZone, time, startIso, days) => {
    const path = tempDb();
    await open(path).subscribe(sub({ timeZone, time }));
    const clock = new TestClock(new Date(startIso));
    const pub = new FakePublisher('discord', clock.now);
    const s = scheduler(path, clock, pub, 'dst');
    for (let minute = 0; minute < days * 24 * 60; minute++) {
      await s.tick();
      clock.advance(60_000);
    }
    const dates = pub.posts.map((p) => p.date);
    expect(dates).toHaveLength(days);
    expect(new Set(dates).size).toBe(days);
  });
});
