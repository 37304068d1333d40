import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSlack, type SlackBot } from '../../src/platforms/slack/app.ts';
import { createLogger } from '../../src/log.ts';
import { FakeSlack, mentionEventBody, signedRequest, slashCommandBody, sign } from '../helpers/fake-slack.ts';
import { seedService } from '../helpers/bot.ts';
import { SqliteStore } from '../../src/store/sqlite-store.ts';
import { tempDb } from '../helpers/schedule.ts';

const SECRET = 'fake-signing-secret-0123456789';
const BOT_TOKEN = 'xoxb-fake-bot-token-0123456789';

type Block = { type: string; text?: { text: string }; elements?: { text: string }[] };
const blockText = (blocks: Block[]) => blocks.map((b) => b.text?.text ?? b.elements?.map((e) => e.text).join(' ') ?? '').join('\n');

// The real Bolt app in HTTP mode on a free port, its Web API pointed at a fake Slack, requests signed the real way.
describe('the Slack app', () => {
  const fake = new FakeSlack();
  let bot: SlackBot;
  const logLines: string[] = [];
  const store = new SqliteStore(tempDb());

  beforeAll(async () => {
    await fake.start();
    const { service } = await seedService();
    bot = await startSlack({
      config: { botToken: BOT_TOKEN, signingSecret: SECRET, appToken: null, apiUrl: fake.apiUrl, port: 0, admins: ['U0ALLOWED'] },
      commandName: 'swap',
      service,
      logger: createLogger({ level: 'debug', secrets: [BOT_TOKEN, SECRET], sink: { write: (l) => logLines.push(l) } }),
      today: () => '2025-05-24',
      store,
      clock: () => new Date('2025-05-24T03:00:00Z'),
    });
  });

  afterAll(async () => {
    await bot?.stop();
    await fake.stop();
    await store.close();
  });

  async function command(text: string, user = 'U0READER') {
    const url = fake.newResponseUrl();
    const res = await signedRequest(bot.port!, SECRET, slashCommandBody('/swap', text, url, user), { contentType: 'application/x-www-form-urlencoded' });
    const first = await fake.waitFor((c) => c.path === new URL(url).pathname);
    await new Promise((r) => setTimeout(r, 50));
    const all = fake.calls.filter((c) => c.path === new URL(url).pathname);
    return { res, first, all };
  }

  it('refuses a bad signature with 401', async () => {
    const body = slashCommandBody('/swap', 'facts', fake.newResponseUrl());
    const res = await signedRequest(bot.port!, SECRET, body, { contentType: 'application/x-www-form-urlencoded', signature: sign('another-secret-entirely', Math.floor(Date.now() / 1000), body) });
    expect(res.status).toBe(401);
  });

  it('refuses a 10-minute-old timestamp with 401, even when correctly signed', async () => {
    const body = slashCommandBody('/swap', 'facts', fake.newResponseUrl());
    const res = await signedRequest(bot.port!, SECRET, body, { contentType: 'application/x-www-form-urlencoded', timestamp: Math.floor(Date.now() / 1000) - 600 });
    expect(res.status).toBe(401);
  });

  it('acknowledges /swap facts at once and answers with Block Kit within the limits', async () => {
    const { res, first, all } = await command('facts');
    expect(res.status).toBe(200);
    expect(res.ms).toBeLessThan(3000);
    expect(first.at).toBeGreaterThan(0);
    for (const c of all) {
      const blocks = c.body.blocks as Block[];
      expect(blocks.length).toBeLessThanOrEqual(50);
      expect(typeof c.body.text).toBe('string');
      for (const b of blocks) if (b.type === 'section') expect(b.text!.text.length).toBeLessThanOrEqual(3000);
    }
    expect(first.body.response_type).toBe('in_channel');
    expect(blockText(first.body.blocks as Block[])).toContain('Key facts');
    expect(blockText(first.body.blocks as Block[])).toMatch(/_Corroborated · 4 outlets · Russia's Defense Ministry_/);
  });

  it('answers /swap ask who confirmed 120 civilians? with the ministry and its sources', async () => {
    const { first } = await command('ask who confirmed 120 civilians?');
    const text = blockText(first.body.blocks as Block[]);
    expect(text).toContain("*Answer:* Russia's Defense Ministry");
    expect(text).toContain('_Per Clash Report, rki.news_');
  });

  it('escapes <!channel> in a question so it pings nobody', async () => {
    const { first } = await command('ask <!channel> who confirmed 120 civilians?');
    const text = blockText(first.body.blocks as Block[]);
    expect(text).toContain('&lt;!channel&gt;');
    expect(text).not.toContain('<!channel>');
    expect(text).toContain("Russia's Defense Ministry");
  });

  it('shows help for unknown text', async () => {
    const { first } = await command('dance');
    expect(first.body.response_type).toBe('ephemeral');
    expect(blockText(first.body.blocks as Block[])).toContain("I don't know `dance`");
  });

  it('answers an @mention in its thread, once, even when Slack retries the event', async () => {
    const ts = '1716450000.000100';
    const body = mentionEventBody('Ev0MENTION1', '<@UBOT> where was the swap agreed?', ts);
    expect((await signedRequest(bot.port!, SECRET, body)).status).toBe(200);
    const post = await fake.waitFor((c) => c.path === '/api/chat.postMessage');
    expect(post.body).toMatchObject({ channel: 'C0NEWS', thread_ts: ts });
    expect(blockText(post.body.blocks as Block[])).toContain('Istanbul');
    const retry = await signedRequest(bot.port!, SECRET, body, { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    expect(retry.status).toBe(200);
    await new Promise((r) => setTimeout(r, 100));
    expect(fake.calls.filter((c) => c.path === '/api/chat.postMessage')).toHaveLength(1);
  });

  it('lets only workspace admins (users.info) or the allowlist change the subscription', async () => {
    fake.users = { U0ADMIN: { is_admin: true } };
    const refused = await command('subscribe 08:00 Europe/Kyiv', 'U0READER');
    expect(refused.first.body).toMatchObject({ response_type: 'ephemeral', text: expect.stringMatching(/^Only people who manage/) });
    expect(await store.subscriptions()).toHaveLength(0);
    const badTime = await command('subscribe 8am Europe/Kyiv', 'U0ADMIN');
    expect(badTime.first.body.text).toContain('"8am" is not a time of day');
    const ok = await command('subscribe 08:00 Europe/Kyiv', 'U0ADMIN');
    expect(ok.first.body.text).toContain('Subscribed: this channel gets the daily digest at 08:00 Europe/Kyiv.');
    const allowed = await command('subscribe 09:30 UTC', 'U0ALLOWED');
    expect(allowed.first.body.text).toContain('Updated: this channel gets the daily digest at 09:30 UTC.');
    expect(await store.subscriptions()).toMatchObject([{ platform: 'slack', workspace: 'T0001', channel: 'C0NEWS', time: '09:30', timeZone: 'UTC', subscribedBy: 'U0ALLOWED' }]);
    expect((await command('schedule')).first.body.text).toContain('at 09:30 UTC');
    expect((await command('unsubscribe', 'U0ADMIN')).first.body.text).toMatch(/^Unsubscribed/);
  });

  it('never logs a token or the signing secret', () => {
    const all = logLines.join('\n');
    expect(all).not.toContain(BOT_TOKEN);
    expect(all).not.toContain(SECRET);
  });
});
