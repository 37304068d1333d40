/**
 * The store on SQLite (better-sqlite3): one file, WAL mode, a schema version in PRAGMA user_version with migrations
 * applied at open. Claims run in IMMEDIATE transactions, so two processes on one file serialise and one wins.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DeliveredPart, Delivery, FeedbackSummary, FeedbackVote, FeedEntry, NewSubscription, Platform, Store, StoredAnswer, StoredDigest, Subscription, VoteCounts } from './types.ts';
import { toDelivery, toSub, type DeliveryRow, type SubRow } from './rows.ts';

const MIGRATIONS: string[] = [
  `CREATE TABLE subscriptions (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     platform TEXT NOT NULL CHECK (platform IN ('discord', 'slack', 'console')),
     workspace TEXT NOT NULL,
     channel TEXT NOT NULL,
     time TEXT NOT NULL CHECK (time GLOB '[0-2][0-9]:[0-5][0-9]'),
     time_zone TEXT NOT NULL,
     subscribed_by TEXT NOT NULL,
     created_at TEXT NOT NULL,
     UNIQUE (platform, workspace, channel)
   );
   CREATE TABLE deliveries (
     subscription_id INTEGER NOT NULL,
     local_date TEXT NOT NULL,
     status TEXT NOT NULL CHECK (status IN ('claimed', 'retry', 'sent', 'failed')),
     attempts INTEGER NOT NULL DEFAULT 0,
     last_error TEXT,
     message_id TEXT,
     claimed_by TEXT,
     lease_until TEXT,
     next_attempt_at TEXT,
     updated_at TEXT NOT NULL,
     PRIMARY KEY (subscription_id, local_date)
   );
   CREATE TABLE digests (
     date TEXT NOT NULL,
     fingerprint TEXT NOT NULL,
     json TEXT NOT NULL,
     created_at TEXT NOT NULL,
     PRIMARY KEY (date, fingerprint)
   );`,
  `CREATE TABLE feeds (
     url TEXT PRIMARY KEY,
     added_by TEXT NOT NULL,
     added_at TEXT NOT NULL
   );`,
  `CREATE TABLE answers (
     id TEXT PRIMARY KEY,
     question TEXT NOT NULL,
     json TEXT NOT NULL,
     created_at TEXT NOT NULL
   );
   CREATE TABLE feedback (
     platform TEXT NOT NULL,
     workspace TEXT NOT NULL,
     user TEXT NOT NULL,
     item TEXT NOT NULL,
     kind TEXT NOT NULL CHECK (kind IN ('fact', 'answer')),
     label TEXT NOT NULL,
     quote TEXT,
     outlet TEXT,
     vote TEXT NOT NULL CHECK (vote IN ('up', 'down', 'wrong_attribution')),
     at TEXT NOT NULL,
     PRIMARY KEY (platform, workspace, item, user)
   );`,
  `CREATE TABLE delivery_parts (
     subscription_id INTEGER NOT NULL,
     local_date TEXT NOT NULL,
     part INTEGER NOT NULL CHECK (part >= 0),
     message_id TEXT NOT NULL,
     content_hash TEXT NOT NULL,
     sent_at TEXT NOT NULL,
     PRIMARY KEY (subscription_id, local_date, part)
   );`,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

export class SqliteStore implements Store {
  private readonly db: Database.Database;

  /** Opens (creating and migrating) the database file at `path`. */
  constructor(path: string) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.pragma('foreign_keys = ON');
    this.migrate();
  }

  private migrate(): void {
    const version = this.db.pragma('user_version', { simple: true }) as number;
    if (version > SCHEMA_VERSION) throw new Error(`database schema version ${version} is newer than this digestbot (${SCHEMA_VERSION}); upgrade digestbot`);
    this.db
      .transaction(() => {
        for (let v = version; v < SCHEMA_VERSION; v++) this.db.exec(MIGRATIONS[v]!);
        this.db.pragma(`user_version = ${SCHEMA_VERSION}`);
      })
      .immediate();
  }

  get schemaVersion(): number {
    return this.db.pragma('user_version', { simple: true }) as number;
  }

  async subscribe(s: NewSubscription): Promise<Subscription> {
    const row = this.db
      .prepare(
        `INSERT INTO subscriptions (platform, workspace, channel, time, time_zone, subscribed_by, created_at)
         VALUES (@platform, @workspace, @channel, @time, @timeZone, @subscribedBy, @createdAt)
         ON CONFLICT (platform, workspace, channel) DO UPDATE SET time = excluded.time, time_zone = excluded.time_zone,
           subscribed_by = excluded.subscribed_by, created_at = excluded.created_at
         RETURNING *`,
      )
      .get(s) as SubRow;
    return toSub(row);
  }

  async unsubscribe(platform: Platform, workspace: string, channel: string): Promise<boolean> {
    return this.db.prepare('DELETE FROM subscriptions WHERE platform = ? AND workspace = ? AND channel = ?').run(platform, workspace, channel).changes > 0;
  }

  async subscription(platform: Platform, workspace: string, channel: string): Promise<Subscription | null> {
    const r = this.db.prepare('SELECT * FROM subscriptions WHERE platform = ? AND workspace = ? AND channel = ?').get(platform, workspace, channel) as SubRow | undefined;
    return r ? toSub(r) : null;
  }

  async subscriptions(): Promise<Subscription[]> {
    return (this.db.prepare('SELECT * FROM subscriptions ORDER BY id').all() as SubRow[]).map(toSub);
  }

  async claim(subscriptionId: number, localDate: string, owner: string, now: Date, leaseMs: number): Promise<Delivery | null> {
    const at = now.toISOString();
    const lease = new Date(now.getTime() + leaseMs).toISOString();
    return this.db
      .transaction((): Delivery | null => {
        const row = this.db.prepare('SELECT * FROM deliveries WHERE subscription_id = ? AND local_date = ?').get(subscriptionId, localDate) as DeliveryRow | undefined;
        if (!row) {
          this.db
            .prepare(`INSERT INTO deliveries (subscription_id, local_date, status, attempts, claimed_by, lease_until, updated_at) VALUES (?, ?, 'claimed', 1, ?, ?, ?)`)
            .run(subscriptionId, localDate, owner, lease, at);
        } else {
          const lapsed = row.status === 'claimed' && row.lease_until !== null && row.lease_until <= at;
          const due = row.status === 'retry' && (row.next_attempt_at === null || row.next_attempt_at <= at);
          if (!lapsed && !due) return null;
          this.db
            .prepare(`UPDATE deliveries SET status = 'claimed', attempts = attempts + 1, claimed_by = ?, lease_until = ?, updated_at = ? WHERE subscription_id = ? AND local_date = ?`)
            .run(owner, lease, at, subscriptionId, localDate);
        }
        return this.deliveryNow(subscriptionId, localDate);
      })
      .immediate();
  }

  async markSent(subscriptionId: number, localDate: string, owner: string, messageId: string, now: Date): Promise<void> {
    this.db
      .prepare(`UPDATE deliveries SET status = 'sent', message_id = ?, lease_until = NULL, next_attempt_at = NULL, last_error = NULL, updated_at = ? WHERE subscription_id = ? AND local_date = ? AND claimed_by = ?`)
      .run(messageId, now.toISOString(), subscriptionId, localDate, owner);
  }

  async markFailed(subscriptionId: number, localDate: string, owner: string, error: string, nextAttemptAt: Date | null, now: Date): Promise<void> {
    this.db
      .prepare(`UPDATE deliveries SET status = ?, last_error = ?, next_attempt_at = ?, lease_until = NULL, updated_at = ? WHERE subscription_id = ? AND local_date = ? AND claimed_by = ?`)
      .run(nextAttemptAt ? 'retry' : 'failed', error.slice(0, 500), nextAttemptAt?.toISOString() ?? null, now.toISOString(), subscriptionId, localDate, owner);
  }

  async recordPart(subscriptionId: number, localDate: string, part: DeliveredPart, now: Date): Promise<void> {
    this.db
      .prepare('INSERT OR IGNORE INTO delivery_parts (subscription_id, local_date, part, message_id, content_hash, sent_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(subscriptionId, localDate, part.part, part.messageId, part.contentHash, now.toISOString());
  }

  async deliveredParts(subscriptionId: number, localDate: string): Promise<DeliveredPart[]> {
    return this.db
      .prepare('SELECT part, message_id AS messageId, content_hash AS contentHash FROM delivery_parts WHERE subscription_id = ? AND local_date = ? ORDER BY part')
      .all(subscriptionId, localDate) as DeliveredPart[];
  }

  async delivery(subscriptionId: number, localDate: string): Promise<Delivery | null> {
    return this.deliveryNow(subscriptionId, localDate);
  }

  private deliveryNow(subscriptionId: number, localDate: string): Delivery | null {
    const r = this.db.prepare('SELECT * FROM deliveries WHERE subscription_id = ? AND local_date = ?').get(subscriptionId, localDate) as DeliveryRow | undefined;
    return r ? toDelivery(r) : null;
  }

  async deliveries(): Promise<Delivery[]> {
    return (this.db.prepare('SELECT * FROM deliveries ORDER BY local_date, subscription_id').all() as DeliveryRow[]).map(toDelivery);
  }

  async addFeed(f: FeedEntry): Promise<boolean> {
    return this.db.prepare('INSERT OR IGNORE INTO feeds (url, added_by, added_at) VALUES (?, ?, ?)').run(f.url, f.addedBy, f.addedAt).changes > 0;
  }

  async removeFeed(url: string): Promise<boolean> {
    return this.db.prepare('DELETE FROM feeds WHERE url = ?').run(url).changes > 0;
  }

  async feeds(): Promise<FeedEntry[]> {
    return (this.db.prepare('SELECT url, added_by AS addedBy, added_at AS addedAt FROM feeds ORDER BY added_at, url').all() as FeedEntry[]);
  }

  async saveDigest(d: StoredDigest): Promise<void> {
    this.db.prepare('INSERT OR IGNORE INTO digests (date, fingerprint, json, created_at) VALUES (?, ?, ?, ?)').run(d.date, d.fingerprint, d.json, new Date().toISOString());
  }

  async digest(date: string, fingerprint: string): Promise<StoredDigest | null> {
    return (this.db.prepare('SELECT date, fingerprint, json FROM digests WHERE date = ? AND fingerprint = ?').get(date, fingerprint) as StoredDigest | undefined) ?? null;
  }

  async digestsOn(date: string): Promise<StoredDigest[]> {
    return this.db.prepare('SELECT date, fingerprint, json FROM digests WHERE date = ? ORDER BY created_at DESC, rowid DESC').all(date) as StoredDigest[];
  }

  async saveAnswer(a: StoredAnswer): Promise<void> {
    this.db.prepare('INSERT OR IGNORE INTO answers (id, question, json, created_at) VALUES (?, ?, ?, ?)').run(a.id, a.question, a.json, a.createdAt);
  }

  async answer(id: string): Promise<StoredAnswer | null> {
    return (this.db.prepare('SELECT id, question, json, created_at AS createdAt FROM answers WHERE id = ?').get(id) as StoredAnswer | undefined) ?? null;
  }

  async vote(v: FeedbackVote): Promise<'new' | 'changed' | 'same'> {
    return this.db
      .transaction(() => {
        const before = this.db.prepare('SELECT vote FROM feedback WHERE platform = ? AND workspace = ? AND item = ? AND user = ?').get(v.platform, v.workspace, v.item, v.user) as { vote: string } | undefined;
        if (before?.vote === v.vote) return 'same' as const;
        this.db
          .prepare(
            `INSERT INTO feedback (platform, workspace, user, item, kind, label, quote, outlet, vote, at)
             VALUES (@platform, @workspace, @user, @item, @kind, @label, @quote, @outlet, @vote, @at)
             ON CONFLICT (platform, workspace, item, user) DO UPDATE SET vote = excluded.vote, at = excluded.at, label = excluded.label, quote = excluded.quote, outlet = excluded.outlet`,
          )
          .run(v);
        return before ? ('changed' as const) : ('new' as const);
      })
      .immediate();
  }

  async votes(platform: Platform, workspace: string, item: string): Promise<VoteCounts> {
    const counts: VoteCounts = { up: 0, down: 0, wrong_attribution: 0 };
    for (const r of this.db.prepare('SELECT vote, COUNT(*) AS n FROM feedback WHERE platform = ? AND workspace = ? AND item = ? GROUP BY vote').all(platform, workspace, item) as { vote: keyof VoteCounts; n: number }[]) counts[r.vote] = r.n;
    return counts;
  }

  async feedback(platform: Platform, workspace: string, limit: number): Promise<FeedbackSummary[]> {
    // The label and quote shown are those of the latest vote (they are the same for every vote on an item).
    return this.db
      .prepare(
        `SELECT item, kind,
           (SELECT label FROM feedback l WHERE l.platform = f.platform AND l.workspace = f.workspace AND l.item = f.item ORDER BY at DESC LIMIT 1) AS label,
           (SELECT quote FROM feedback l WHERE l.platform = f.platform AND l.workspace = f.workspace AND l.item = f.item ORDER BY at DESC LIMIT 1) AS quote,
           (SELECT outlet FROM feedback l WHERE l.platform = f.platform AND l.workspace = f.workspace AND l.item = f.item ORDER BY at DESC LIMIT 1) AS outlet,
           SUM(vote = 'up') AS up, SUM(vote = 'down') AS down, SUM(vote = 'wrong_attribution') AS wrong_attribution, MAX(at) AS lastAt
         FROM feedback f WHERE platform = ? AND workspace = ?
         GROUP BY item, kind
         ORDER BY down + wrong_attribution DESC, wrong_attribution DESC, lastAt DESC, item
         LIMIT ?`,
      )
      .all(platform, workspace, limit) as FeedbackSummary[];
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
