/**
 * The two kinds of shared database the multi-process tests run on: a SQLite file (one host) and a fresh schema on
 * the test PostgreSQL server (several hosts; skipped with the reason when there is none, never in CI).
 */
import { SqliteStore } from '../../src/store/sqlite-store.ts';
import { PostgresStore } from '../../src/store/postgres-store.ts';
import type { Store } from '../../src/store/types.ts';
import { freshSchema, lapseLeases, postgresSkipReason } from './postgres.ts';
import { tempDb } from './schedule.ts';

export interface TestDatabase {
  /** What a child process is given to open it: a file path or a postgres:// URL. */
  url: string;
  open(): Promise<Store>;
  /**
   * Makes every lease lapse. SQLite leases run on the clock the processes are given, so a later instant is enough
   * there; PostgreSQL's run on the database's clock, so they are moved back.
   */
  lapseLeases(): Promise<void>;
  done(): Promise<void>;
}

export const databases: [name: string, make: () => Promise<TestDatabase>, skip: string | null][] = [
  [
    'a SQLite file',
    async () => {
      const path = tempDb();
      return { url: path, open: async () => new SqliteStore(path), lapseLeases: async () => undefined, done: async () => undefined };
    },
    null,
  ],
  [
    'PostgreSQL',
    async () => {
      const schema = await freshSchema();
      return { url: schema.url, open: () => PostgresStore.open(schema.url), lapseLeases: () => lapseLeases(schema.url), done: schema.drop };
    },
    postgresSkipReason,
  ],
];
