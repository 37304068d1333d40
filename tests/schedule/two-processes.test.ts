import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite-store.ts';
import { ROOT } from '../helpers/corpus.ts';
import { tempDb } from '../helpers/schedule.ts';

describe('two bot processes on one database', () => {
  it('post a due digest once', async () => {
    const db = tempDb();
    const store = new SqliteStore(db);
    await store.subscribe({ platform: 'discord', workspace: 'g', channel: 'c', time: '08:00', timeZone: 'Europe/Kyiv', subscribedBy: 'u', createdAt: '2025-01-01T00:00:00.000Z' });
    await store.close();
    const out = `${db}.posts`;
    const go = `${db}.go`;
    const children = ['p1', 'p2', 'p3'].map((owner) =>
      new Promise<number | null>((resolve) => {
        const c = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'tests', 'helpers', 'tick-child.ts'), db, out, go, owner], { cwd: ROOT, stdio: 'inherit' });
        c.on('exit', resolve);
      }),
    );
    await new Promise((r) => setTimeout(r, 400)); // let all three open the database and wait at the line
    writeFileSync(go, '');
    expect(await Promise.all(children)).toEqual([0, 0, 0]);
    expect(existsSync(out) ? readFileSync(out, 'utf8').trim().split('\n') : []).toHaveLength(1);
    const check = new SqliteStore(db);
    expect(await check.deliveries()).toMatchObject([{ status: 'sent', attempts: 1 }]);
    await check.close();
  });
});
