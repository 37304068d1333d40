import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite-store.ts';
import { PostgresStore } from '../../src/store/postgres-store.ts';
import type { Store } from '../../src/store/types.ts';
import { freshSchema, postgresSkipReason } from '../helpers/postgres.ts';
import { ROOT } from '../helpers/corpus.ts';
import { tempDb } from '../helpers/schedule.ts';

const databases: [string, () => Promise<{ url: string; open: () => Promise<Store>; done: () => Promise<void> }>, string | null][] = [
  ['a SQLite file', async () => {
    const path = tempDb();
    return { url: path, open: async () => new SqliteStore(path), done: async () => undefined };
  }, null],
  ['PostgreSQL', async () => {
    const schema = await freshSchema();
    return { url: schema.url, open: () => PostgresStore.open(schema.url), done: schema.drop };
  }, postgresSkipReason],
];

describe.each(databases)('three bot processes on %s', (_, database, skip) => {
  it.skipIf(skip)(`post a due digest once${skip ? ` (skipped: ${skip})` : ''}`, async () => {
    const db = await database();
    const store = await db.open();
    await store.subscribe({ platform: 'discord', workspace: 'g', channel: 'c', time: '08:00', timeZone: 'Europe/Kyiv', subscribedBy: 'u', createdAt: '2025-01-01T00:00:00.000Z' });
    await store.close();
    const files = tempDb();
    const out = `${files}.posts`;
    const go = `${files}.go`;
    const children = ['p1', 'p2', 'p3'].map((owner) =>
      new Promise<number | null>((resolve) => {
        const c = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'tests', 'helpers', 'tick-child.ts'), db.url, out, go, owner], { cwd: ROOT, stdio: 'inherit' });
        c.on('exit', resolve);
      }),
    );
    await new Promise((r) => setTimeout(r, 1500)); // let all three open the database and wait at the line
    writeFileSync(go, '');
    expect(await Promise.all(children)).toEqual([0, 0, 0]);
    expect(existsSync(out) ? readFileSync(out, 'utf8').trim().split('\n') : []).toHaveLength(1);
    const check = await db.open();
    expect(await check.deliveries()).toMatchObject([{ status: 'sent', attempts: 1 }]);
    await check.close();
    await db.done();
  });
});
