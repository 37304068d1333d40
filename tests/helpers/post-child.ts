/**
 * A bot process for the crash tests: opens the shared database, posts due digests of the seeds to a fake Slack
 * through the real Web API client and SlackPublisher, ticking once at a fixed instant, then exits.
 * Arguments: database path, fake Slack API URL, the instant (ISO), the owner name.
 */
import { webApi } from '@slack/bolt';
import { SqliteStore } from '../../src/store/sqlite-store.ts';
import { Scheduler } from '../../src/schedule/scheduler.ts';
import { SlackPublisher } from '../../src/platforms/slack/publisher.ts';
import { createService } from '../../src/bot/service.ts';
import { createLogger } from '../../src/log.ts';
import { indexOf, SEEDS } from './corpus.ts';

const [dbPath, api, instant, owner] = process.argv.slice(2) as [string, string, string, string];
const store = new SqliteStore(dbPath);
const logger = createLogger({ level: 'silent' });
const client = new webApi.WebClient('xoxb-fake-0123456789', { slackApiUrl: api, retryConfig: { retries: 0 } });
const service = createService(await indexOf(SEEDS));
const scheduler = new Scheduler({ store, publishers: [new SlackPublisher(client, logger)], digestFor: (date) => service.digest(date), logger, clock: () => new Date(instant), owner });
const report = await scheduler.tick();
process.stdout.write(`${JSON.stringify(report)}\n`);
await store.close();
