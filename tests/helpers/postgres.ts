/**
 * The PostgreSQL server the PostgreSQL tests use: TEST_DATABASE_URL, else the local one (127.0.0.1:5432, database
 * test). When none answers, those tests are skipped with the reason; with REQUIRE_POSTGRES=1 (set by .ci/run) the
 * suite fails instead, so CI never skips them. Each caller gets a schema of its own, dropped at the end.
 */
import pg from 'pg';
import { randomUUID } from 'node:crypto';

const BASE = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function probe(): Promise<string | null> {
  const client = new pg.Client({ connectionString: BASE, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (err) {
    return `no PostgreSQL at ${BASE.replace(/:[^:@/]*@/, ':***@')} (${(err as Error).message || (err as { code?: string }).code})`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const unreachable = await probe();
if (unreachable && process.env.REQUIRE_POSTGRES === '1') throw new Error(`REQUIRE_POSTGRES=1 but ${unreachable}`);

/** Why the PostgreSQL tests are skipped, or null when they run. */
export const postgresSkipReason = unreachable;

/** A fresh schema on the test server; its URL selects it, and `drop` removes it. */
export async function freshSchema(): Promise<{ url: string; drop: () => Promise<void> }> {
  const schema = `t_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: BASE });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const url = new URL(BASE);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: BASE });
      await c.connect();
      await c.query(`DROP SCHEMA ${schema} CASCADE`);
      await c.end();
    },
  };
}

/**
 * Lets `ms` pass for the deliveries of a schema: leases and retry times are measured on the database's clock, which a
 * test cannot set, so they are moved back by `ms` instead.
 */
export async function passTime(url: string, ms: number): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  await c.query("UPDATE deliveries SET lease_until = lease_until - $1 * interval '1 millisecond', next_attempt_at = next_attempt_at - $1 * interval '1 millisecond'", [ms]);
  await c.end();
}

/** Makes every lease of a schema lapse (the same as eleven minutes passing: leases are ten). */
export const lapseLeases = (url: string): Promise<void> => passTime(url, 11 * 60_000);
