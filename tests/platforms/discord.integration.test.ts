import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscord, type DiscordBot } from '../../src/platforms/discord/bot.ts';
import { createLogger } from '../../src/log.ts';
import { APP_ID, FakeDiscord, GUILD_ID } from '../helpers/fake-discord.ts';
import { seedService } from '../helpers/bot.ts';
import { SqliteStore } from '../../src/store/sqlite-store.ts';
import { tempDb } from '../helpers/schedule.ts';

const TOKEN = 'fake-bot-token-0123456789.abcdefghijklmnop';

// The real discord.js client against a fake Discord on 127.0.0.1 (REST routes and a ws gateway).
describe('the Discord bot', () => {
  const fake = new FakeDiscord();
  let bot: DiscordBot;
  const logLines: string[] = [];
  const store = new SqliteStore(tempDb());

  beforeAll(async () => {
    await fake.start();
    // The first edit of each reply is rate-limited once: the client must wait and retry, not fail.
    fake.rateLimitOnce = [/^PATCH \/api\/v10\/webhooks\/\d+\/interaction-token-\d+\/messages\/@original$/];
    const { service } = await seedService();
    bot = await startDiscord({
      config: { token: TOKEN, applicationId: APP_ID, guildId: GUILD_ID, apiUrl: fake.api },
      commandName: 'swap',
      service,
      logger: createLogger({ level: 'debug', secrets: [TOKEN], sink: { write: (l) => logLines.push(l) } }),
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

  /** Sends a command and waits for the bot's final edit of its reply. */
  async function run(sub: string, options: { name: string; value: string }[] = [], permissions = '0') {
    const { id, token, sentAt } = fake.dispatchCommand('swap', sub, options, permissions);
    const callback = await fake.waitFor((r) => r.method === 'POST' && r.path === `/api/v10/interactions/${id}/${token}/callback`);
    const edit = await fake.waitFor((r) => r.method === 'PATCH' && r.path.includes(`/${token}/messages/@original`) && r.status === 200);
    await new Promise((r) => setTimeout(r, 50)); // follow-ups, if any, are sent right after the edit
    const followUps = fake.requests.filter((r) => r.method === 'POST' && r.path === `/api/v10/webhooks/${APP_ID}/${token}`);
    return { callback, edit, followUps, sentAt, token };
  }

  it('registers /swap with its subcommands in the configured server', async () => {
    const put = await fake.waitFor((r) => r.method === 'PUT');
    expect(put.path).toBe(`/api/v10/applications/${APP_ID}/guilds/${GUILD_ID}/commands`);
    const [command] = put.body as { name: string; options: { name: string; type: number }[] }[];
    expect(command!.name).toBe('swap');
    expect(command!.options.map((o) => o.name)).toEqual(['facts', 'ask', 'digest', 'sources', 'subscribe', 'unsubscribe', 'schedule', 'feeds', 'feedback', 'help']);
  });

  it('answers /swap ask "who confirmed 120 civilians?" with the ministry, deferring within 3 s, pinging nobody', async () => {
    const { callback, edit, sentAt } = await run('ask', [{ name: 'question', value: 'who confirmed 120 civilians? @everyone <@&123456789012345678>' }]);
    expect((callback.body as { type: number }).type).toBe(5);
    expect(callback.at - sentAt).toBeLessThan(3000);
    const body = edit.body as { embeds: { title: string; description: string }[]; components: { components: { label: string; custom_id: string }[] }[]; allowed_mentions: { parse: string[] } };
    expect(body.allowed_mentions.parse).toEqual([]);
    expect(body.embeds[0]!.title).toBe('Answer');
    expect(body.embeds[0]!.description).toContain("Russia's Defense Ministry");
    expect(body.embeds[0]!.description).toContain('_Per Clash Report, rki.news_');
    // The quotes are behind "Sources"; feedback beside it.
    expect(body.components[0]!.components.map((b) => b.label)).toEqual(['Sources (2)', '👍', '👎', 'Wrong attribution']);
  });

  it('recovers from a 429 on the reply by waiting and retrying', () => {
    const edits = fake.requests.filter((r) => r.method === 'PATCH');
    expect(edits.some((r) => r.status === 429)).toBe(true);
    expect(edits.filter((r) => r.status === 200).length).toBeGreaterThan(0);
  });

  it('answers /swap facts with the compact digest: one line per key fact, a Sources button each', async () => {
    const { edit } = await run('facts');
    const body = edit.body as { embeds: { title: string; description: string }[]; components: { components: { label: string }[] }[]; allowed_mentions: { parse: string[] } };
    expect(body.allowed_mentions.parse).toEqual([]);
    expect(body.embeds).toHaveLength(1);
    expect(body.embeds[0]!.title).toMatch(/^Key facts: /);
    expect(body.embeds[0]!.description).toMatch(/^\*\*1\.\*\* .* — _Corroborated · 5 outlets · /);
    expect(body.embeds[0]!.description).toContain("Russia's Defense Ministry");
    expect(body.components.flatMap((r) => r.components.map((b) => b.label))[0]).toBe('Sources 1');
  });

  it('answers /swap digest over as many messages as Discord’s limits need, with the disagreement', async () => {
    const { edit, followUps } = await run('digest');
    const messages = [edit, ...followUps].map((r) => r.body as { embeds: { title: string; description?: string; fields?: { name: string; value: string }[] }[]; allowed_mentions: { parse: string[] } });
    for (const m of messages) {
      expect(m.allowed_mentions.parse).toEqual([]);
      expect(m.embeds.length).toBeLessThanOrEqual(10);
      const size = m.embeds.reduce((n, e) => n + JSON.stringify([e.title, e.description ?? '', ...(e.fields ?? []).flatMap((f) => [f.name, f.value])]).length, 0);
      expect(size).toBeLessThanOrEqual(6000 + 200);
    }
    const titles = messages.flatMap((m) => m.embeds.map((e) => e.title));
    expect(titles.some((t) => t.startsWith('Outlets disagree: people killed'))).toBe(true);
    expect(titles).toContain('Sources');
  });

  it('lets only members who manage the server subscribe the channel, privately, and checks the time zone', async () => {
    const options = [{ name: 'time', value: '08:00' }, { name: 'timezone', value: 'Europe/Kyiv' }];
    const refused = await run('subscribe', options, '0');
    expect((refused.callback.body as { data?: { flags?: number } }).data?.flags).toBe(64);
    expect((refused.edit.body as { content: string }).content).toMatch(/^Only people who manage/);
    expect(await store.subscriptions()).toHaveLength(0);
    const bad = await run('subscribe', [{ name: 'time', value: '08:00' }, { name: 'timezone', value: 'Europe/Atlantis' }], '32');
    expect((bad.edit.body as { content: string }).content).toContain('is not a known time zone');
    expect(await store.subscriptions()).toHaveLength(0);
    const ok = await run('subscribe', options, '32'); // 32 = MANAGE_GUILD
    expect((ok.edit.body as { content: string }).content).toBe('Subscribed: this channel gets the daily digest at 08:00 Europe/Kyiv. Next post: 2025-05-24 at 08:00 (Europe/Kyiv).');
    expect(await store.subscriptions()).toMatchObject([{ platform: 'discord', workspace: GUILD_ID, channel: '444444444444444444', time: '08:00', timeZone: 'Europe/Kyiv' }]);
    const shown = await run('schedule');
    expect((shown.edit.body as { content: string }).content).toContain('at 08:00 Europe/Kyiv');
  });

  it('never writes the token to the log', () => {
    expect(logLines.length).toBeGreaterThan(0);
    expect(logLines.join('\n')).not.toContain(TOKEN);
  });
});

describe('the Discord bot when answering fails', () => {
  const fake = new FakeDiscord();
  let bot: DiscordBot;
  const logLines: string[] = [];

  beforeAll(async () => {
    await fake.start();
    const { service } = await seedService();
    bot = await startDiscord({
      config: { token: TOKEN, applicationId: APP_ID, guildId: null, apiUrl: fake.api },
      commandName: 'swap',
      service: { ...service, ask: () => { throw new Error('index exploded'); } },
      logger: createLogger({ level: 'debug', secrets: [TOKEN], sink: { write: (l) => logLines.push(l) } }),
      today: () => '2025-05-24',
    });
  });

  afterAll(async () => {
    await bot?.stop();
    await fake.stop();
  });

  it('registers globally when no server is configured', async () => {
    expect((await fake.waitFor((r) => r.method === 'PUT')).path).toBe(`/api/v10/applications/${APP_ID}/commands`);
  });

  it('tells the user in a short ephemeral message, logs a line, and keeps running', async () => {
    const { token } = fake.dispatchCommand('swap', 'ask', [{ name: 'question', value: 'anything?' }]);
    const followUp = await fake.waitFor((r) => r.method === 'POST' && r.path === `/api/v10/webhooks/${APP_ID}/${token}`);
    expect(followUp.body).toMatchObject({ content: expect.stringContaining('Sorry, something went wrong'), flags: 64, allowed_mentions: { parse: [] } });
    expect(logLines.some((l) => l.includes('"msg":"command failed"') && l.includes('index exploded'))).toBe(true);
    const next = fake.dispatchCommand('swap', 'help');
    const edit = await fake.waitFor((r) => r.method === 'PATCH' && r.path.includes(next.token));
    expect(JSON.stringify(edit.body)).toContain('/swap ask question:');
  });
});
