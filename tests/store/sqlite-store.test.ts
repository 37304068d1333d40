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
  it('migrates a version-2 file, keeping its data', async () => {
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
    expect(await s.answer('a-1')).toBeNull(); // the answers table exists (what it keeps: tests/store/contract.test.ts)
    await s.close();
  });
});
