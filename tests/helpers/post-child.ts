/**
 * A bot process for the crash tests: opens the shared database (a SQLite file, or a postgres:// URL), posts due
 * digests of the seeds to a fake Slack or a fake Discord through the real clients and publishers, ticking once at a
 * fixed instant, prints its tick report and exits.
 * Arguments: database, platform (slack | discord), the fake's API URL, the instant (ISO), the owner name.
 */
// discord.js first: its undici 6 must install the global dispatcher before @slack/socket-mode's undici 7 does, or
// undici 7's agent receives @discordjs/rest's multipart bodies, which it cannot read ("action is not a function").
import { Client } from 'discord.js';
import { webApi } from '@slack/bolt';
import { SqliteStore } from '../../src/store/sqlite-store.ts';
import { PostgresStore } from '../../src/store/postgres-store.ts';
import { Scheduler } from '../../src/schedule/scheduler.ts';
import { SlackPublisher } from '../../src/platforms/slack/publisher.ts';
import { DiscordPublisher } from '../../src/platforms/discord/publisher.ts';
import type { Publisher } from '../../src/schedule/publisher.ts';
import { createService } from '../../src/bot/service.ts';
import { createLogger } from '../../src/log.ts';
import { indexOf, SEEDS } from './corpus.ts';

const [db, platform, api, instant, owner] = process.argv.slice(2) as [string, 'slack' | 'discord', string, string, string];
const store = db.startsWith('postgres') ? await PostgresStore.open(db) : new SqliteStore(db);
const logger = createLogger({ level: process.env.CHILD_LOG === '1' ? 'debug' : 'silent' });
let publisher: Publisher;
let discord: Client | null = null;
if (platform === 'slack') {
  publisher = new SlackPublisher(new webApi.WebClient('xoxb-fake-0123456789', { slackApiUrl: api, retryConfig: { retries: 0 } }), logger);
} else {
  // A host that runs no shard posts through REST alone, as any host may.
  discord = new Client({ intents: [], rest: { api } });
  discord.rest.setToken('fake-discord-token-0123456789');
  publisher = new DiscordPublisher(discord, logger);
}
const service = createService(await indexOf(SEEDS));
const scheduler = new Scheduler({ store, publishers: [publisher], digestFor: (date) => service.digest(date), logger, clock: () => new Date(instant), owner });
const report = await scheduler.tick();
process.stdout.write(`${JSON.stringify(report)}\n`);
await discord?.destroy();
await store.close();
