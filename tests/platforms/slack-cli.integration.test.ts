import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
      env: { PATH: process.env.PATH, SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: fake.apiUrl, PORT: '0', DATA_DIR: mkdtempSync(join(tmpdir(), 'digestbot-data-')) },
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

  it('lists feeds with FEEDS and SLACK_ADMINS unset', async () => {
    fake.users.U0ADMIN = { is_admin: true };
    const send = async (text: string, user?: string) => {
      const url = fake.newResponseUrl();
      await signedRequest(port, SECRET, slashCommandBody('/swap', text, url, user), { contentType: 'application/x-www-form-urlencoded' });
      return (await fake.waitFor((c) => c.path === new URL(url).pathname)).body;
    };
    expect(await send('feeds list')).toMatchObject({ response_type: 'ephemeral', text: expect.stringContaining('No feeds are polled.') });
    expect(await send('feeds add https://news.example/rss.xml', 'U0ADMIN')).toMatchObject({ text: expect.stringContaining('Added: https://news.example/rss.xml') });
    expect(await send('feeds list')).toMatchObject({ text: 'Feeds polled before each digest:\n• https://news.example/rss.xml (added by U0ADMIN)' });
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

describe('npx digestbot slack with a token Slack refuses', () => {
  it('stops at start with a message naming SLACK_BOT_TOKEN, after one auth.test call, with the token nowhere in the output', async () => {
    const fake = new FakeSlack();
    await fake.start();
    fake.authHttpStatus = 401;
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'digestbot.js'), 'slack'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: fake.apiUrl, PORT: '0', DATA_DIR: mkdtempSync(join(tmpdir(), 'digestbot-data-')) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (d) => (output += String(d)));
    child.stderr!.on('data', (d) => (output += String(d)));
    const code = await new Promise<number | null>((r) => child.once('exit', (c) => r(c)));
    await fake.stop();
    expect(code).toBe(1);
    expect(output).toContain('No platform could start:\nSlack: Slack did not accept SLACK_BOT_TOKEN (auth.test answered HTTP 401).');
    expect(output).not.toContain('"msg":"listening"');
    expect(output).not.toContain(BOT_TOKEN);
    expect(fake.calls.filter((c) => c.path === '/api/auth.test')).toHaveLength(1);
    // Every line but the final message is a log line: no raw error on the way out.
    const lines = output.trim().split('\n');
    const message = lines.indexOf('No platform could start:');
    expect(lines.slice(message)).toEqual(['No platform could start:', expect.stringMatching(/^Slack: Slack did not accept SLACK_BOT_TOKEN /)]);
    for (const line of lines.slice(0, message)) expect(() => JSON.parse(line), line).not.toThrow();
  });
});
