import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { SCHEMA_VERSION, SqliteStore } from '../../src/store/sqlite-store.ts';
import { tempDb } from '../helpers/schedule.ts';

describe('the SQLite store', () => {
  it('creates and migrates the file, recording the schema version', async () => {
    const path = tempDb();
    const s = new SqliteStore(path);
    expect(s.schemaVersion).toBe(SCHEMA_VERSION);
    await s.close();
    const again = new SqliteStore(path); // reopening an up-to-date file migrates nothing
    expect(again.schemaVersion).toBe(SCHEMA_VERSION);
    await again.close();
  });

  it('refuses a database from a newer digestbot rather than corrupting it', async () => {
    const path = tempDb();
    await new SqliteStore(path).close();
    const raw = new Database(path);
    raw.pragma('user_version = 99');
    raw.close();
    expect(() => new SqliteStore(path)).toThrow(/schema version 99 is newer/);
  });

  it('keeps one subscription per channel, replacing it on a new subscribe', async () => {
    const s = new SqliteStore(tempDb());
    const base = { platform: 'slack' as const, workspace: 'T1', channel: 'C1', subscribedBy: 'U1', createdAt: '2025-01-01T00:00:00.000Z' };
    await s.subscribe({ ...base, time: '08:00', timeZone: 'Europe/Kyiv' });
    await s.subscribe({ ...base, time: '09:15', timeZone: 'UTC' });
    expect(await s.subscriptions()).toMatchObject([{ time: '09:15', timeZone: 'UTC' }]);
    expect(await s.unsubscribe('slack', 'T1', 'C1')).toBe(true);
    expect(await s.unsubscribe('slack', 'T1', 'C1')).toBe(false);
    await s.close();
  });

  it('records each posted part of a delivery once, in order', async () => {
    const s = new SqliteStore(tempDb());
    const { id } = await s.subscribe({ platform: 'console', workspace: 'local', channel: 'console', time: '08:00', timeZone: 'UTC', subscribedBy: 'me', createdAt: '2025-01-01T00:00:00.000Z' });
    const at = new Date('2025-06-10T08:00:00Z');
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

  it('lets a lapsed claim (a crashed process) be taken over, but not a live one', async () => {
    const s = new SqliteStore(tempDb());
    const { id } = await s.subscribe({ platform: 'console', workspace: 'local', channel: 'console', time: '08:00', timeZone: 'UTC', subscribedBy: 'me', createdAt: '2025-01-01T00:00:00.000Z' });
    const t0 = new Date('2025-06-10T08:00:00Z');
    expect(await s.claim(id, '2025-06-10', 'a', t0, 60_000)).toMatchObject({ status: 'claimed', claimedBy: 'a' });
    expect(await s.claim(id, '2025-06-10', 'b', new Date(t0.getTime() + 30_000), 60_000)).toBeNull();
    expect(await s.claim(id, '2025-06-10', 'b', new Date(t0.getTime() + 61_000), 60_000)).toMatchObject({ claimedBy: 'b', attempts: 2 });
    await s.markSent(id, '2025-06-10', 'b', 'msg-1', new Date(t0.getTime() + 62_000));
    expect(await s.claim(id, '2025-06-10', 'c', new Date(t0.getTime() + 3_600_000), 60_000)).toBeNull();
    await s.close();
  });

  it('keeps one vote per person and item, replaced by a new one, and reports the most-reported items first', async () => {
    const s = new SqliteStore(tempDb());
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

  it('migrates a version-2 file, keeping its data, and then keeps answers and every digest of a date', async () => {
    const path = tempDb();
    const raw = new Database(path);
    raw.exec(`CREATE TABLE subscriptions (id INTEGER PRIMARY KEY AUTOINCREMENT, platform TEXT NOT NULL, workspace TEXT NOT NULL, channel TEXT NOT NULL, time TEXT NOT NULL, time_zone TEXT NOT NULL, subscribed_by TEXT NOT NULL, created_at TEXT NOT NULL, UNIQUE (platform, workspace, channel));
      CREATE TABLE deliveries (subscription_id INTEGER NOT NULL, local_date TEXT NOT NULL, status TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT, message_id TEXT, claimed_by TEXT, lease_until TEXT, next_attempt_at TEXT, updated_at TEXT NOT NULL, PRIMARY KEY (subscription_id, local_date));
      CREATE TABLE digests (date TEXT NOT NULL, fingerprint TEXT NOT NULL, json TEXT NOT NULL, created_at TEXT NOT NULL, PRIMARY KEY (date, fingerprint));
      CREATE TABLE feeds (url TEXT PRIMARY KEY, added_by TEXT NOT NULL, added_at TEXT NOT NULL);
      INSERT INTO feeds VALUES ('https://example.com/rss', 'admin', '2025-01-01T00:00:00.000Z');
      INSERT INTO digests VALUES ('2025-01-31', 'corpus-1', '{"n":1}', '2025-01-31T07:00:00.000Z');
      PRAGMA user_version = 2;`);
    raw.close();
    const s = new SqliteStore(path);
    expect(s.schemaVersion).toBe(SCHEMA_VERSION);
    expect((await s.feeds()).map((f) => f.url)).toEqual(['https://example.com/rss']);
    await s.saveDigest({ date: '2025-01-31', fingerprint: 'shown-2', json: '{"n":2}' });
    expect((await s.digestsOn('2025-01-31')).map((d) => d.json)).toEqual(['{"n":2}', '{"n":1}']);
    await s.saveAnswer({ id: 'a-1', question: 'who?', json: '{}', createdAt: '2025-01-31T08:00:00.000Z' });
    expect(await s.answer('a-1')).toEqual({ id: 'a-1', question: 'who?', json: '{}', createdAt: '2025-01-31T08:00:00.000Z' });
    expect(await s.answer('a-2')).toBeNull();
    await s.close();
  });
});
