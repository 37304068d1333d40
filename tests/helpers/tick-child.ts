/**
 * A separate bot process for the cross-process test: opens the shared database (a SQLite file, or a postgres:// URL),
 * says "ready" on stdout, waits for the go file, ticks once at a fixed instant and appends one line per post to the
 * output file.
 */
import { appendFileSync, existsSync } from 'node:fs';
import { SqliteStore } from '../../src/store/sqlite-store.ts';
import { PostgresStore } from '../../src/store/postgres-store.ts';
import { Scheduler } from '../../src/schedule/scheduler.ts';
import { createLogger } from '../../src/log.ts';
import { digestOf } from './schedule.ts';

const [dbPath, outPath, goPath, owner] = process.argv.slice(2) as [string, string, string, string];
const store = dbPath.startsWith('postgres') ? await PostgresStore.open(dbPath) : new SqliteStore(dbPath);
const publisher = {
  platform: 'discord' as const,
  render: async () => ['the digest'],
  async send() {
    appendFileSync(outPath, `${owner}\n`);
    await new Promise((r) => setTimeout(r, 20));
    return { messageId: owner };
  },
};
const scheduler = new Scheduler({ store, publishers: [publisher], digestFor: digestOf, logger: createLogger({ level: 'silent' }), clock: () => new Date('2025-06-10T05:00:00Z'), owner });
process.stdout.write('ready\n');
while (!existsSync(goPath)) await new Promise((r) => setTimeout(r, 2));
await scheduler.tick();
await store.close();
