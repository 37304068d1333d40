import { afterAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { PG_SCHEMA_VERSION, PostgresStore } from '../../src/store/postgres-store.ts';
import { freshSchema, passTime, postgresSkipReason } from '../helpers/postgres.ts';

const drops: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const d of drops) await d();
});
async function schema() {
  const s = await freshSchema();
  drops.push(s.drop);
  return s.url;
}
const title = (t: string) => (postgresSkipReason ? `${t} (skipped: ${postgresSkipReason})` : t);
const sub = { platform: 'console' as const, workspace: 'local', channel: 'console', time: '08:00', timeZone: 'UTC', subscribedBy: 'me', createdAt: '2025-01-01T00:00:00.000Z' };

// What only PostgreSQL has to get right: several processes (and hosts, with their own clocks) on one database.
describe.skipIf(postgresSkipReason)('the PostgreSQL store', () => {
  it(title('migrates once when several processes open it together, recording the version'), async () => {
    const url = await schema();
    const opened = await Promise.all([1, 2, 3].map(() => PostgresStore.open(url)));
    for (const s of opened) expect(await s.schemaVersion()).toBe(PG_SCHEMA_VERSION);
    for (const s of opened) await s.close();
  });

  it(title('refuses a database from a newer digestbot rather than corrupting it'), async () => {
    const url = await schema();
    await (await PostgresStore.open(url)).close();
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query('UPDATE digestbot_schema SET version = 99');
    await c.end();
    await expect(PostgresStore.open(url)).rejects.toThrow(/schema version 99 is newer/);
  });

  it(title('measures a retry’s delay on the database’s clock, so a host whose clock runs behind does not retry at once'), async () => {
    const url = await schema();
    const s = await PostgresStore.open(url);
    const { id } = await s.subscribe(sub);
    const hostNow = new Date(Date.now() - 60 * 60_000); // this host's clock is an hour behind the database's
    await s.claim(id, '2025-06-10', 'behind', hostNow, 60_000);
    await s.markFailed(id, '2025-06-10', 'behind', 'platform returned 503', new Date(hostNow.getTime() + 60_000), hostNow);
    expect(await s.claim(id, '2025-06-10', 'other', new Date(), 60_000)).toBeNull();
    await passTime(url, 60_000);
    expect(await s.claim(id, '2025-06-10', 'other', new Date(), 60_000)).toMatchObject({ claimedBy: 'other', attempts: 2 });
    await s.close();
  });
});
