import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { FakeSlack, signedRequest, slashCommandBody } from '../helpers/fake-slack.ts';
import { ROOT } from '../helpers/corpus.ts';

const SECRET = 'fake-signing-secret-0123456789';
const BOT_TOKEN = 'xoxb-fake-bot-token-0123456789';

// `digestbot slack` as a user runs it, configured only through its environment; PORT=0 picks a free port.
describe('npx digestbot slack', () => {
  const fake = new FakeSlack();
  let child: ChildProcess;
  let stderr = '';
  let port = 0;

  beforeAll(async () => {
    await fake.start();
    child = spawn(process.execPath, [join(ROOT, 'bin', 'digestbot.js'), 'slack'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: fake.apiUrl, PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no listening line: ${stderr}`)), 15_000);
      child.stderr!.on('data', (d) => {
        stderr += String(d);
        const m = /"msg":"listening"/.test(stderr) && /"port":(\d+)/.exec(stderr);
        if (m) (clearTimeout(timer), resolve(Number(m[1])));
      });
    });
  });

  afterAll(async () => {
    if (child.exitCode === null) child.kill('SIGKILL');
    await fake.stop();
  });

  it('answers a signed /swap ask and stops cleanly on SIGTERM', async () => {
    const url = fake.newResponseUrl();
    const res = await signedRequest(port, SECRET, slashCommandBody('/swap', 'ask who confirmed 120 civilians?', url), { contentType: 'application/x-www-form-urlencoded' });
    expect(res.status).toBe(200);
    const reply = await fake.waitFor((c) => c.path === new URL(url).pathname);
    expect(JSON.stringify(reply.body.blocks)).toContain("Russia's Defense Ministry");
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stderr).not.toContain(BOT_TOKEN);
    expect(stderr).not.toContain(SECRET);
  });
});
