import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { databases } from '../helpers/databases.ts';
import { ROOT } from '../helpers/corpus.ts';
import { tempDb } from '../helpers/schedule.ts';

describe.each(databases)('bot processes on %s', (_, database, skip) => {
  it.skipIf(skip).each([2, 3])(`%i of them post a due digest once${skip ? ` (skipped: ${skip})` : ''}`, async (count) => {
    const db = await database();
    const store = await db.open();
    await store.subscribe({ platform: 'discord', workspace: 'g', channel: 'c', time: '08:00', timeZone: 'Europe/Kyiv', subscribedBy: 'u', createdAt: '2025-01-01T00:00:00.000Z' });
    await store.close();
    const files = tempDb();
    const out = `${files}.posts`;
    const go = `${files}.go`;
    const children = ['p1', 'p2', 'p3'].slice(0, count).map((owner) => {
      const c = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'tests', 'helpers', 'tick-child.ts'), db.url, out, go, owner], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
      const ready = new Promise<void>((resolve) => c.stdout.on('data', (d) => String(d).includes('ready') && resolve()));
      return { ready, exited: new Promise<number | null>((resolve) => c.on('exit', resolve)) };
    });
    // Every process has the database open and waits at the line: the go file starts them together, so they race.
    await Promise.all(children.map((c) => c.ready));
    writeFileSync(go, '');
    expect(await Promise.all(children.map((c) => c.exited))).toEqual(Array(count).fill(0));
    expect(existsSync(out) ? readFileSync(out, 'utf8').trim().split('\n') : []).toHaveLength(1);
    const check = await db.open();
    expect(await check.deliveries()).toMatchObject([{ status: 'sent', attempts: 1 }]);
    await check.close();
    await db.done();
  });
});
