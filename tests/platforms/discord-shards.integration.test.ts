import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ShardClientUtil } from 'discord.js';
import { startDiscord, type DiscordBot } from '../../src/platforms/discord/bot.ts';
import type { DiscordConfig } from '../../src/config.ts';
import { createLogger } from '../../src/log.ts';
import { APP_ID, FakeDiscord, GUILD_ID } from '../helpers/fake-discord.ts';
import { seedService } from '../helpers/bot.ts';

const TOKEN = 'fake-bot-token-0123456789.abcdefghijklmnop';

/** Two servers whose interactions Discord sends to shard 0 and shard 1 of 2. */
const step = 1n << 22n;
const [SERVER_ON_0, SERVER_ON_1] = [BigInt(GUILD_ID), BigInt(GUILD_ID) + step].map(String).sort((a, b) => ShardClientUtil.shardIdForGuildId(a, 2) - ShardClientUtil.shardIdForGuildId(b, 2)) as [string, string];

interface Sharded {
  bot: DiscordBot;
  lines: string[];
  /** Resolves once a log line matches (at once if one already did). */
  logged(match: (l: string) => boolean): Promise<void>;
}

/** A bot (the real discord.js client) running some shards, with log lines of its own. */
async function shardedBot(fake: FakeDiscord, shards: Pick<DiscordConfig, 'shards' | 'shardCount'>): Promise<Sharded> {
  const lines: string[] = [];
  const waiting: { match: (l: string) => boolean; resolve: () => void }[] = [];
  const { service } = await seedService();
  const bot = await startDiscord({
    config: { token: TOKEN, applicationId: APP_ID, guildId: null, apiUrl: fake.api, ...shards },
    commandName: 'swap',
    service,
    logger: createLogger({
      level: 'debug',
      secrets: [TOKEN],
      sink: {
        write: (l) => {
          lines.push(l);
          for (const w of waiting.filter((w) => w.match(l))) w.resolve();
        },
      },
    }),
    today: () => '2025-05-24',
  });
  const logged = (match: (l: string) => boolean) => (lines.some(match) ? Promise.resolve() : new Promise<void>((resolve) => waiting.push({ match, resolve })));
  return { bot, lines, logged };
}

const answered = (server: string) => (l: string) => l.includes('"msg":"answered"') && l.includes(`"guild":"${server}"`);
const answeredFor = (lines: string[], server: string) => lines.filter(answered(server));

/**
 * Sends `/swap <sub>` from a server and waits until `by` has answered it (its reply edited and the answer logged);
 * returns the reply's edit, how many processes acknowledged it and the shards the gateway sent it to.
 */
async function ask(fake: FakeDiscord, by: Sharded, server: string, sub: string, options: { name: string; value: string }[] = []) {
  const { id, token } = fake.dispatchCommand('swap', sub, options, '0', server);
  await fake.waitFor((r) => r.method === 'POST' && r.path === `/api/v10/interactions/${id}/${token}/callback`);
  const edit = await fake.waitFor((r) => r.method === 'PATCH' && r.path.includes(`/${token}/messages/@original`) && r.status === 200);
  await by.logged(answered(server));
  return {
    edit,
    callbacks: fake.requests.filter((r) => r.path === `/api/v10/interactions/${id}/${token}/callback`).length,
    sentTo: fake.dispatched.find((d) => d.id === id)!.shards,
  };
}

describe('Discord shards split between two processes', () => {
  const fake = new FakeDiscord();
  let first: Sharded;
  let second: Sharded;

  beforeAll(async () => {
    await fake.start();
    first = await shardedBot(fake, { shards: [0], shardCount: 2 });
    second = await shardedBot(fake, { shards: [1], shardCount: 2 });
  });

  afterAll(async () => {
    await first?.bot.stop();
    await second?.bot.stop();
    await fake.stop();
  });

  it('each identifies as its own shard of two', () => {
    expect(fake.identified).toEqual([
      [0, 2],
      [1, 2],
    ]);
  });

  it('each answers the /swap commands Discord routes to its shard, and only those', async () => {
    // Each command reaches one gateway connection, that of its server's shard; the process holding it answers.
    const onZero = await ask(fake, first, SERVER_ON_0, 'ask', [{ name: 'question', value: 'who confirmed 120 civilians?' }]);
    expect(onZero).toMatchObject({ callbacks: 1, sentTo: [0] });
    expect(JSON.stringify(onZero.edit.body)).toContain('Defense Ministry');
    const onOne = await ask(fake, second, SERVER_ON_1, 'help');
    expect(onOne).toMatchObject({ callbacks: 1, sentTo: [1] });
    expect([answeredFor(first.lines, SERVER_ON_0).length, answeredFor(second.lines, SERVER_ON_0).length]).toEqual([1, 0]);
    expect([answeredFor(first.lines, SERVER_ON_1).length, answeredFor(second.lines, SERVER_ON_1).length]).toEqual([0, 1]);
    expect(answeredFor(second.lines, SERVER_ON_1)[0]).toContain('"shard":1');
  });
});

describe('Discord shards, auto', () => {
  const fake = new FakeDiscord();
  let one: Sharded;

  beforeAll(async () => {
    await fake.start();
    fake.recommendedShards = 2;
    fake.maxConcurrency = 16; // both shards identify at once, as a bot with a larger session limit may
    one = await shardedBot(fake, { shards: 'auto' });
  });

  afterAll(async () => {
    await one?.bot.stop();
    await fake.stop();
  });

  it('runs as many shards as Discord recommends in one process and answers on each', async () => {
    expect([...fake.identified].sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(await ask(fake, one, SERVER_ON_0, 'help')).toMatchObject({ callbacks: 1, sentTo: [0] });
    expect(await ask(fake, one, SERVER_ON_1, 'help')).toMatchObject({ callbacks: 1, sentTo: [1] });
    expect(answeredFor(one.lines, SERVER_ON_0)).toHaveLength(1);
    expect(answeredFor(one.lines, SERVER_ON_1)).toHaveLength(1);
  });
});
