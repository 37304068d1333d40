import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../src/store/sqlite-store.ts';
import { PostgresStore } from '../src/store/postgres-store.ts';
import { freshSchema, postgresSkipReason } from './helpers/postgres.ts';
import { corpusFingerprint, digestProvider } from '../src/runtime.ts';
import { createService } from '../src/bot/service.ts';
import { ROOT, SEEDS, indexOf } from './helpers/corpus.ts';
import { quietLogger, tempDb } from './helpers/schedule.ts';

function start(input: string, env: Record<string, string> = {}): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'digestbot-data-'));
    const p = spawn(process.execPath, [join(ROOT, 'bin', 'digestbot.js'), 'start'], { cwd: ROOT, env: { PATH: process.env.PATH!, DATA_DIR: dataDir, ...env } });
    let out = '';
    let err = '';
    p.stdout.on('data', (d) => (out += String(d)));
    p.stderr.on('data', (d) => (err += String(d)));
    p.on('exit', (code) => resolve({ code, out, err }));
    p.stdin.end(input);
  });
}

describe('npm start with no platform configured', () => {
  it('runs the console chat on piped input and exits at end of input', async () => {
    const r = await start('/swap ask who confirmed 120 civilians?\n/swap subscribe 08:00 Mars/Olympus\n/swap subscribe 08:00 Europe/Kyiv\n/swap schedule\nfacts\n');
    expect(r.code).toBe(0);
    expect(r.out).toContain("Russia's Defense Ministry\n  Clash Report (Russia's Defense Ministry): \"Russia’s Ministry of Defense confirmed 270 soldiers and 120 civilians");
    expect(r.out).toContain('"Mars/Olympus" is not a known time zone');
    expect(r.out).toContain('Subscribed: this channel gets the daily digest at 08:00 Europe/Kyiv.');
    expect(r.out).toContain('This channel gets the daily digest at 08:00 Europe/Kyiv');
    expect(r.out).toContain('## Key facts');
  });

  it('lists feeds with none configured (FEEDS unset), and the session goes on', async () => {
    const r = await start('/swap feeds list\n/swap feeds add https://news.example/rss.xml\n/swap feeds list\n/swap schedule\n');
    expect(r.code).toBe(0);
    expect(r.out).toContain('No feeds are polled.');
    expect(r.out).toContain('Feeds polled before each digest:\n• https://news.example/rss.xml (added by console user)');
    expect(r.out).toContain('This channel gets no daily digest.');
  });

  it('stops with a clear message on bad configuration, naming the variable', async () => {
    const r = await start('', { COMMAND_NAME: 'Not Valid!' });
    expect(r.code).toBe(1);
    expect(r.err).toContain('COMMAND_NAME');
  });
});

describe('an error no code expected', () => {
  it('reaches the log as a JSON line, the rejection and the exception alike, and an exception stops the bot with 1', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'tests', 'helpers', 'escape-child.ts'), mkdtempSync(join(tmpdir(), 'digestbot-data-'))], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    for (const line of lines) expect(() => JSON.parse(line), line).not.toThrow();
    expect(lines.map((l) => JSON.parse(l) as { msg: string; err?: { message: string } }).map((l) => [l.msg, l.err?.message])).toEqual([
      ['unhandled rejection', 'a promise nobody awaited'],
      ['uncaught exception; stopping', 'an exception no code caught'],
    ]);
  });
});

describe('npm start with DATABASE_URL', () => {
  it('says clearly when PostgreSQL cannot be reached, without the password', async () => {
    const r = await start('', { DATABASE_URL: 'postgres://bot:s3cret-password@127.0.0.1:1/digestbot' });
    expect(r.code).toBe(1);
    expect(r.err).toContain('Cannot open the store in PostgreSQL (DATABASE_URL)');
    expect(r.err).not.toContain('s3cret-password');
  });

  it.skipIf(postgresSkipReason)(`keeps subscriptions in PostgreSQL${postgresSkipReason ? ` (skipped: ${postgresSkipReason})` : ''}`, async () => {
    const schema = await freshSchema();
    const r = await start('/swap subscribe 08:00 Europe/Kyiv\n', { DATABASE_URL: schema.url });
    expect(r.code).toBe(0);
    const store = await PostgresStore.open(schema.url);
    expect(await store.subscriptions()).toMatchObject([{ platform: 'console', time: '08:00', timeZone: 'Europe/Kyiv' }]);
    await store.close();
    await schema.drop();
  });
});

describe('the digest of the day', () => {
  it('is built once, stored with the corpus fingerprint, and written to digests/ to match', async () => {
    const index = await indexOf(SEEDS);
    const store = new SqliteStore(tempDb());
    const dir = mkdtempSync(join(tmpdir(), 'digests-'));
    const fingerprint = corpusFingerprint(index.articles);
    const digestFor = digestProvider({ service: createService(index), store, dir, logger: quietLogger(), fingerprint: () => fingerprint });
    const d = await digestFor('2025-05-24');
    expect(await digestFor('2025-05-24')).toEqual(d);
    expect(JSON.parse((await store.digest('2025-05-24', fingerprint))!.json)).toEqual(JSON.parse(readFileSync(join(dir, '2025-05-24.json'), 'utf8')));
    expect(existsSync(join(dir, '2025-05-24.md'))).toBe(true);
    await store.close();
  });
});
