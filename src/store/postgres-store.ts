/**
 * The store on PostgreSQL (pg with its pool), for several hosts sharing one ledger. Migrations live here and are
 * applied at open under an advisory lock, recorded in a version table. A claim is one atomic statement
 * (INSERT … ON CONFLICT … DO UPDATE … WHERE … RETURNING), so of any number of processes exactly one wins; leases are
 * measured on the database's clock (and so are retry times), so hosts whose clocks disagree still agree on when a
 * lease lapsed or a retry is due.
 */
import pg from 'pg';
import type { DeliveredPart, Delivery, FeedbackSummary, FeedbackVote, FeedEntry, NewSubscription, Platform, Store, StoredAnswer, StoredDigest, Subscription, VoteCounts } from './types.ts';
import { toDelivery, toSub, type DeliveryRow, type SubRow } from './rows.ts';

const MIGRATIONS: string[] = [
  `CREATE TABLE subscriptions (
     id SERIAL PRIMARY KEY,
     platform TEXT NOT NULL CHECK (platform IN ('discord', 'slack', 'console')),
     workspace TEXT NOT NULL,
     channel TEXT NOT NULL,
     time TEXT NOT NULL CHECK (time ~ '^[0-2][0-9]:[0-5][0-9]$'),
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
     lease_until TIMESTAMPTZ,
     next_attempt_at TIMESTAMPTZ,
     updated_at TIMESTAMPTZ NOT NULL,
     PRIMARY KEY (subscription_id, local_date)
   );
   CREATE TABLE digests (date TEXT NOT NULL, fingerprint TEXT NOT NULL, json TEXT NOT NULL, seq BIGSERIAL, created_at TIMESTAMPTZ NOT NULL DEFAULT now(), PRIMARY KEY (date, fingerprint));
   CREATE TABLE answers (id TEXT PRIMARY KEY, question TEXT NOT NULL, json TEXT NOT NULL, created_at TEXT NOT NULL);
   CREATE TABLE feedback (
     platform TEXT NOT NULL,
     workspace TEXT NOT NULL,
     "user" TEXT NOT NULL,
     item TEXT NOT NULL,
     kind TEXT NOT NULL CHECK (kind IN ('fact', 'answer')),
     label TEXT NOT NULL,
     quote TEXT,
     outlet TEXT,
     vote TEXT NOT NULL CHECK (vote IN ('up', 'down', 'wrong_attribution')),
     at TEXT NOT NULL,
     PRIMARY KEY (platform, workspace, item, "user")
   );
   CREATE TABLE feeds (url TEXT PRIMARY KEY, added_by TEXT NOT NULL, added_at TEXT NOT NULL);
   CREATE TABLE delivery_parts (
     subscription_id INTEGER NOT NULL,
     local_date TEXT NOT NULL,
     part INTEGER NOT NULL CHECK (part >= 0),
     message_id TEXT NOT NULL,
     content_hash TEXT NOT NULL,
     sent_at TIMESTAMPTZ NOT NULL,
     PRIMARY KEY (subscription_id, local_date, part)
   );`,
];

export const PG_SCHEMA_VERSION = MIGRATIONS.length;
/** An arbitrary constant: the advisory lock that serialises migrations between processes starting together. */
const MIGRATION_LOCK = 7_324_018;

export class PostgresStore implements Store {
  private constructor(private readonly pool: pg.Pool) {}

  /** Connects, migrates and returns the store; throws (with the cause) when the database cannot be reached. */
  static async open(url: string): Promise<PostgresStore> {
    const pool = new pg.Pool({ connectionString: url, max: 5 });
    pool.on('error', () => undefined); // an idle client's lost connection; the next query reconnects
    const store = new PostgresStore(pool);
    try {
      await store.migrate();
    } catch (err) {
      await pool.end();
      throw err;
    }
    return store;
  }

  private async migrate(): Promise<void> {
    const c = await this.pool.connect();
    try {
      await c.query('BEGIN');
      await c.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await c.query('CREATE TABLE IF NOT EXISTS digestbot_schema (version INTEGER NOT NULL)');
      const r = await c.query<{ version: number }>('SELECT version FROM digestbot_schema');
      const version = r.rows[0]?.version ?? 0;
      if (version > PG_SCHEMA_VERSION) throw new Error(`database schema version ${version} is newer than this digestbot (${PG_SCHEMA_VERSION}); upgrade digestbot`);
      for (let v = version; v < PG_SCHEMA_VERSION; v++) await c.query(MIGRATIONS[v]!);
      if (!r.rows.length) await c.query('INSERT INTO digestbot_schema (version) VALUES ($1)', [PG_SCHEMA_VERSION]);
      else await c.query('UPDATE digestbot_schema SET version = $1', [PG_SCHEMA_VERSION]);
      await c.query('COMMIT');
    } catch (err) {
      await c.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      c.release();
    }
  }

  async schemaVersion(): Promise<number> {
    return (await this.pool.query<{ version: number }>('SELECT version FROM digestbot_schema')).rows[0]?.version ?? 0;
  }

  async subscribe(s: NewSubscription): Promise<Subscription> {
    const r = await this.pool.query<SubRow>(
      `INSERT INTO subscriptions (platform, workspace, channel, time, time_zone, subscribed_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (platform, workspace, channel) DO UPDATE SET time = excluded.time, time_zone = excluded.time_zone, subscribed_by = excluded.subscribed_by, created_at = excluded.created_at
       RETURNING *`,
      [s.platform, s.workspace, s.channel, s.time, s.timeZone, s.subscribedBy, s.createdAt],
    );
    return toSub(r.rows[0]!);
  }

  async unsubscribe(platform: Platform, workspace: string, channel: string): Promise<boolean> {
    return ((await this.pool.query('DELETE FROM subscriptions WHERE platform = $1 AND workspace = $2 AND channel = $3', [platform, workspace, channel])).rowCount ?? 0) > 0;
  }

  async subscription(platform: Platform, workspace: string, channel: string): Promise<Subscription | null> {
    const r = await this.pool.query<SubRow>('SELECT * FROM subscriptions WHERE platform = $1 AND workspace = $2 AND channel = $3', [platform, workspace, channel]);
    return r.rows[0] ? toSub(r.rows[0]) : null;
  }

  async subscriptions(): Promise<Subscription[]> {
    return (await this.pool.query<SubRow>('SELECT * FROM subscriptions ORDER BY id')).rows.map(toSub);
  }

  /**
   * One statement: a new row is inserted as claimed; an existing one is taken only when its lease lapsed or its
   * retry is due, by the database's clock. `now` is not used for leases (hosts' clocks may disagree).
   */
  async claim(subscriptionId: number, localDate: string, owner: string, _now: Date, leaseMs: number): Promise<Delivery | null> {
    const r = await this.pool.query<DeliveryRow>(
      `INSERT INTO deliveries AS d (subscription_id, local_date, status, attempts, claimed_by, lease_until, updated_at)
       VALUES ($1, $2, 'claimed', 1, $3, clock_timestamp() + $4 * interval '1 millisecond', clock_timestamp())
       ON CONFLICT (subscription_id, local_date) DO UPDATE
         SET status = 'claimed', attempts = d.attempts + 1, claimed_by = $3, lease_until = clock_timestamp() + $4 * interval '1 millisecond', updated_at = clock_timestamp()
         WHERE (d.status = 'claimed' AND d.lease_until <= clock_timestamp())
            OR (d.status = 'retry' AND (d.next_attempt_at IS NULL OR d.next_attempt_at <= clock_timestamp()))
       RETURNING *`,
      [subscriptionId, localDate, owner, leaseMs],
    );
    return r.rows[0] ? toDelivery(r.rows[0]) : null;
  }

  async markSent(subscriptionId: number, localDate: string, owner: string, messageId: string, _now: Date): Promise<void> {
    await this.pool.query(
      `UPDATE deliveries SET status = 'sent', message_id = $1, lease_until = NULL, next_attempt_at = NULL, last_error = NULL, updated_at = clock_timestamp() WHERE subscription_id = $2 AND local_date = $3 AND claimed_by = $4`,
      [messageId, subscriptionId, localDate, owner],
    );
  }

  /**
   * The retry time is the delay the host asked for (`nextAttemptAt - now`, on its clock) added to the database's
   * clock, the one claims compare it with: a host whose clock runs behind would otherwise make a retry due at once.
   */
  async markFailed(subscriptionId: number, localDate: string, owner: string, error: string, nextAttemptAt: Date | null, now: Date): Promise<void> {
    await this.pool.query(
      `UPDATE deliveries SET status = $1, last_error = $2, next_attempt_at = clock_timestamp() + ($3::timestamptz - $7::timestamptz), lease_until = NULL, updated_at = clock_timestamp()
       WHERE subscription_id = $4 AND local_date = $5 AND claimed_by = $6`,
      [nextAttemptAt ? 'retry' : 'failed', error.slice(0, 500), nextAttemptAt, subscriptionId, localDate, owner, now],
    );
  }

  async recordPart(subscriptionId: number, localDate: string, part: DeliveredPart, _now: Date): Promise<void> {
    await this.pool.query(
      'INSERT INTO delivery_parts (subscription_id, local_date, part, message_id, content_hash, sent_at) VALUES ($1, $2, $3, $4, $5, clock_timestamp()) ON CONFLICT DO NOTHING',
      [subscriptionId, localDate, part.part, part.messageId, part.contentHash],
    );
  }

  async deliveredParts(subscriptionId: number, localDate: string): Promise<DeliveredPart[]> {
    const r = await this.pool.query<DeliveredPart>('SELECT part, message_id AS "messageId", content_hash AS "contentHash" FROM delivery_parts WHERE subscription_id = $1 AND local_date = $2 ORDER BY part', [subscriptionId, localDate]);
    return r.rows;
  }

  async delivery(subscriptionId: number, localDate: string): Promise<Delivery | null> {
    const r = await this.pool.query<DeliveryRow>('SELECT * FROM deliveries WHERE subscription_id = $1 AND local_date = $2', [subscriptionId, localDate]);
    return r.rows[0] ? toDelivery(r.rows[0]) : null;
  }

  async deliveries(): Promise<Delivery[]> {
    return (await this.pool.query<DeliveryRow>('SELECT * FROM deliveries ORDER BY local_date, subscription_id')).rows.map(toDelivery);
  }

  async addFeed(f: FeedEntry): Promise<boolean> {
    return ((await this.pool.query('INSERT INTO feeds (url, added_by, added_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [f.url, f.addedBy, f.addedAt])).rowCount ?? 0) > 0;
  }

  async removeFeed(url: string): Promise<boolean> {
    return ((await this.pool.query('DELETE FROM feeds WHERE url = $1', [url])).rowCount ?? 0) > 0;
  }

  async feeds(): Promise<FeedEntry[]> {
    return (await this.pool.query<FeedEntry>('SELECT url, added_by AS "addedBy", added_at AS "addedAt" FROM feeds ORDER BY added_at, url')).rows;
  }

  async saveDigest(d: StoredDigest): Promise<void> {
    await this.pool.query('INSERT INTO digests (date, fingerprint, json) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [d.date, d.fingerprint, d.json]);
  }

  async digest(date: string, fingerprint: string): Promise<StoredDigest | null> {
    return (await this.pool.query<StoredDigest>('SELECT date, fingerprint, json FROM digests WHERE date = $1 AND fingerprint = $2', [date, fingerprint])).rows[0] ?? null;
  }

  async digestsOn(date: string): Promise<StoredDigest[]> {
    return (await this.pool.query<StoredDigest>('SELECT date, fingerprint, json FROM digests WHERE date = $1 ORDER BY seq DESC', [date])).rows;
  }

  async saveAnswer(a: StoredAnswer): Promise<void> {
    await this.pool.query('INSERT INTO answers (id, question, json, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING', [a.id, a.question, a.json, a.createdAt]);
  }

  async answer(id: string): Promise<StoredAnswer | null> {
    return (await this.pool.query<StoredAnswer>('SELECT id, question, json, created_at AS "createdAt" FROM answers WHERE id = $1', [id])).rows[0] ?? null;
  }

  /** One statement: the vote before (if any) is read and the new one written only when it differs. */
  async vote(v: FeedbackVote): Promise<'new' | 'changed' | 'same'> {
    const r = await this.pool.query<{ before: string | null }>(
      `WITH before AS (SELECT vote FROM feedback WHERE platform = $1 AND workspace = $2 AND item = $4 AND "user" = $3),
       written AS (
         INSERT INTO feedback (platform, workspace, "user", item, kind, label, quote, outlet, vote, at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         ON CONFLICT (platform, workspace, item, "user") DO UPDATE SET vote = excluded.vote, at = excluded.at, label = excluded.label, quote = excluded.quote, outlet = excluded.outlet
         WHERE feedback.vote IS DISTINCT FROM excluded.vote
         RETURNING 1)
       SELECT (SELECT vote FROM before) AS before`,
      [v.platform, v.workspace, v.user, v.item, v.kind, v.label, v.quote, v.outlet, v.vote, v.at],
    );
    const before = r.rows[0]?.before ?? null;
    return before === null ? 'new' : before === v.vote ? 'same' : 'changed';
  }

  async votes(platform: Platform, workspace: string, item: string): Promise<VoteCounts> {
    const counts: VoteCounts = { up: 0, down: 0, wrong_attribution: 0 };
    const r = await this.pool.query<{ vote: keyof VoteCounts; n: number }>('SELECT vote, COUNT(*)::int AS n FROM feedback WHERE platform = $1 AND workspace = $2 AND item = $3 GROUP BY vote', [platform, workspace, item]);
    for (const row of r.rows) counts[row.vote] = row.n;
    return counts;
  }

  async feedback(platform: Platform, workspace: string, limit: number): Promise<FeedbackSummary[]> {
    // The label and quote shown are those of the latest vote (they are the same for every vote on an item).
    const r = await this.pool.query<FeedbackSummary>(
      `SELECT item, kind,
         (SELECT label FROM feedback l WHERE l.platform = f.platform AND l.workspace = f.workspace AND l.item = f.item ORDER BY at DESC LIMIT 1) AS label,
         (SELECT quote FROM feedback l WHERE l.platform = f.platform AND l.workspace = f.workspace AND l.item = f.item ORDER BY at DESC LIMIT 1) AS quote,
         (SELECT outlet FROM feedback l WHERE l.platform = f.platform AND l.workspace = f.workspace AND l.item = f.item ORDER BY at DESC LIMIT 1) AS outlet,
         COUNT(*) FILTER (WHERE vote = 'up')::int AS up, COUNT(*) FILTER (WHERE vote = 'down')::int AS down,
         COUNT(*) FILTER (WHERE vote = 'wrong_attribution')::int AS wrong_attribution, MAX(at) AS "lastAt"
       FROM feedback f WHERE platform = $1 AND workspace = $2
       GROUP BY platform, workspace, item, kind
       ORDER BY COUNT(*) FILTER (WHERE vote <> 'up') DESC, COUNT(*) FILTER (WHERE vote = 'wrong_attribution') DESC, MAX(at) DESC, item
       LIMIT $3`,
      [platform, workspace, limit],
    );
    return r.rows;
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
