import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { APP_ID, FakeDiscord, GUILD_ID } from '../helpers/fake-discord.ts';
import { ROOT } from '../helpers/corpus.ts';

const TOKEN = 'fake-bot-token-0123456789.abcdefghijklmnop';

// `digestbot discord` as a user runs it: a child process configured only through its environment.
describe('npx digestbot discord', () => {
  const fake = new FakeDiscord();
  let child: ChildProcess;
  let stderr = '';

  beforeAll(async () => {
    await fake.start();
    child = spawn(process.execPath, [join(ROOT, 'bin', 'digestbot.js'), 'discord'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP_ID, DISCORD_GUILD_ID: GUILD_ID, DISCORD_API_URL: fake.api, LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stderr!.on('data', (d) => (stderr += String(d)));
  });

  afterAll(async () => {
    if (child.exitCode === null) child.kill('SIGKILL');
    await fake.stop();
  });

  it('logs in, registers /swap and answers /swap ask, then stops cleanly on SIGTERM', async () => {
    await fake.waitFor((r) => r.method === 'PUT', 15_000);
    const { id, token } = fake.dispatchCommand('swap', 'ask', [{ name: 'question', value: 'who confirmed 120 civilians?' }]);
    await fake.waitFor((r) => r.path === `/api/v10/interactions/${id}/${token}/callback`);
    const edit = await fake.waitFor((r) => r.method === 'PATCH' && r.path.includes(token));
    expect(JSON.stringify(edit.body)).toContain("Russia's Defense Ministry");
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stderr).toContain('registered commands');
    expect(stderr).not.toContain(TOKEN);
  });

  it('refuses to start without configuration, naming what is missing', async () => {
    const out = await new Promise<{ code: number | null; err: string }>((resolve) => {
      const p = spawn(process.execPath, [join(ROOT, 'bin', 'digestbot.js'), 'discord'], { cwd: ROOT, env: { PATH: process.env.PATH, DISCORD_APPLICATION_ID: 'not-an-id' } });
      let err = '';
      p.stderr.on('data', (d) => (err += String(d)));
      p.on('exit', (code) => resolve({ code, err }));
    });
    expect(out.code).toBe(1);
    expect(out.err).toContain('DISCORD_APPLICATION_ID');
    expect(out.err).toContain('must be a Discord id');
  });
});
