/**
 * One bot process of the soak (scripts/soak.ts): the real scheduler, store and publishers, on PostgreSQL, posting to
 * the soak's fake Slack and fake Discord through the real clients. It ticks until every delivery is settled (sent or
 * failed), then prints what it did as one JSON line. Arguments: database URL, fake Slack API, fake Discord API, name.
 */
// discord.js first: its undici 6 must install the global dispatcher before @slack/socket-mode's undici 7 does (see
// tests/helpers/post-child.ts).
import { Client } from 'discord.js';
import { webApi } from '@slack/bolt';
import { PostgresStore } from '../src/store/postgres-store.ts';
import { Scheduler } from '../src/schedule/scheduler.ts';
import { SlackPublisher } from '../src/platforms/slack/publisher.ts';
import { DiscordPublisher } from '../src/platforms/discord/publisher.ts';
import { createService } from '../src/bot/service.ts';
import { createLogger } from '../src/log.ts';
import { loadIndex, resolveCorpus } from '../src/corpus/load-index.ts';
import { AnalysisCache } from '../src/corpus/analysis-cache.ts';

const [url, slackApi, discordApi, name] = process.argv.slice(2) as [string, string, string, string];
const SETTLED = new Set(['sent', 'failed']);

const counts = { posted: 0, failed: 0, found: 0, retried: 0 };
const logger = createLogger({
  level: 'info',
  sink: {
    write(line: string) {
      if (line.includes('already on the platform')) counts.found++;
      if (line.includes('will retry')) counts.retried++;
    },
  },
});

const corpus = resolveCorpus('seeds');
const loaded = await loadIndex(corpus, new AnalysisCache(corpus));
if (!loaded.ok) throw new Error(loaded.error);
const service = createService(loaded.index);
const store = await PostgresStore.open(url);
// The header and the user agent name this worker to the fakes, so the soak can kill it right after a post is accepted.
const slack = new webApi.WebClient('xoxb-soak-0123456789', { slackApiUrl: slackApi, retryConfig: { retries: 0 }, headers: { 'x-soak-worker': name }, logLevel: webApi.LogLevel.ERROR });
const discord = new Client({ intents: [], rest: { api: discordApi, userAgentAppendix: `soak-worker/${name}` } });
discord.rest.setToken('soak-discord-token-0123456789');
const scheduler = new Scheduler({
  store,
  publishers: [new SlackPublisher(slack, logger), new DiscordPublisher(discord, logger)],
  digestFor: (date) => service.digest(date),
  logger,
  owner: name,
  // Seconds, not minutes: the soak runs in real time. The lease still outlasts any one post by far.
  leaseMs: 4_000,
  retryBaseMs: 200,
});

const total = (await store.subscriptions()).length;
for (;;) {
  const r = await scheduler.tick();
  counts.posted += r.posted;
  counts.failed += r.failed;
  const settled = (await store.deliveries()).filter((d) => SETTLED.has(d.status)).length;
  if (settled >= total) break;
  await new Promise((r) => setTimeout(r, 100));
}
process.stdout.write(`${JSON.stringify({ worker: name, ...counts })}\n`);
await discord.destroy();
await store.close();
