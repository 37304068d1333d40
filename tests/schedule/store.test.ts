import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { SCHEMA_VERSION, SqliteStore } from '../../src/store/sqlite-store.ts';
import { tempDb } from '../helpers/schedule.ts';

describe('the SQLite store', () => {
  it('creates and migrates the file, recording the schema version', () => {
    const path = tempDb();
    const s = new SqliteStore(path);
    expect(s.schemaVersion).toBe(SCHEMA_VERSION);
    s.close();
    const again = new SqliteStore(path); // reopening an up-to-date file migrates nothing
    expect(again.schemaVersion).toBe(SCHEMA_VERSION);
    again.close();
  });

  it('refuses a database from a newer digestbot rather than corrupting it', () => {
    const path = tempDb();
    new SqliteStore(path).close();
    const raw = new Database(path);
    raw.pragma('user_version = 99');
    raw.close();
    expect(() => new SqliteStore(path)).toThrow(/schema version 99 is newer/);
  });

  it('keeps one subscription per channel, replacing it on a new subscribe', () => {
    const s = new SqliteStore(tempDb());
    const base = { platform: 'slack' as const, workspace: 'T1', channel: 'C1', subscribedBy: 'U1', createdAt: '2025-01-01T00:00:00.000Z' };
    s.subscribe({ ...base, time: '08:00', timeZone: 'Europe/Kyiv' });
    s.subscribe({ ...base, time: '09:15', timeZone: 'UTC' });
    expect(s.subscriptions()).toMatchObject([{ time: '09:15', timeZone: 'UTC' }]);
    expect(s.unsubscribe('slack', 'T1', 'C1')).toBe(true);
    expect(s.unsubscribe('slack', 'T1', 'C1')).toBe(false);
    s.close();
  });

  it('lets a lapsed claim (a crashed process) be taken over, but not a live one', () => {
    const s = new SqliteStore(tempDb());
    const { id } = s.subscribe({ platform: 'console', workspace: 'local', channel: 'console', time: '08:00', timeZone: 'UTC', subscribedBy: 'me', createdAt: '2025-01-01T00:00:00.000Z' });
    const t0 = new Date('2025-06-10T08:00:00Z');
    expect(s.claim(id, '2025-06-10', 'a', t0, 60_000)).toMatchObject({ status: 'claimed', claimedBy: 'a' });
    expect(s.claim(id, '2025-06-10', 'b', new Date(t0.getTime() + 30_000), 60_000)).toBeNull();
    expect(s.claim(id, '2025-06-10', 'b', new Date(t0.getTime() + 61_000), 60_000)).toMatchObject({ claimedBy: 'b', attempts: 2 });
    s.markSent(id, '2025-06-10', 'b', 'msg-1', new Date(t0.getTime() + 62_000));
    expect(s.claim(id, '2025-06-10', 'c', new Date(t0.getTime() + 3_600_000), 60_000)).toBeNull();
    s.close();
  });
});
