/**
 * The one place that wires the bot: config, store, corpus index, the platform adapters whose credentials are present
 * (Discord, Slack, or the console when there are none), the daily scheduler, and a clean stop on SIGINT/SIGTERM.
 */
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { discordConfig, fetchPolicy, loadConfig, secretsOf, slackConfig, type Config } from './config.ts';
import { createLogger, redact, type Logger } from './log.ts';
import { ReloadableService, type BotService } from './bot/service.ts';
import { pollFeeds } from './ingest/poll-feeds.ts';
import { renderMarkdown, type Article, type Digest } from './engine/index.ts';
import { SqliteStore } from './store/sqlite-store.ts';
import { PostgresStore } from './store/postgres-store.ts';
import type { Store } from './store/types.ts';
import { Scheduler } from './schedule/scheduler.ts';
import type { Publisher } from './schedule/publisher.ts';
import { startDiscord } from './platforms/discord/bot.ts';
import { DiscordPublisher } from './platforms/discord/publisher.ts';
import { postingClient, startSlack } from './platforms/slack/app.ts';
import { SlackPublisher } from './platforms/slack/publisher.ts';
import { checkSlackToken } from './platforms/slack/check-token.ts';
import { ConsolePublisher, runConsole } from './platforms/console/console.ts';
import { loadIndex, reloadIndex, resolveCorpus } from './corpus/load-index.ts';
import { AnalysisCache } from './corpus/analysis-cache.ts';
import { previousDigest } from './corpus/previous-digest.ts';
import { writeAtomic } from './corpus/write-atomic.ts';
import { localDate } from './schedule/local-date.ts';
import { waitForStop } from './bot/wait-for-stop.ts';

export type PlatformChoice = 'auto' | 'discord' | 'slack';

export interface RuntimeOptions {
  env: Record<string, string | undefined>;
  platforms: PlatformChoice;
  stdin: Readable;
  interactive: boolean;
  out: (text: string) => void;
  err: (text: string) => void;
  signal?: AbortSignal;
  /** How long a stop waits for a post under way (default 10 s). */
  stopGraceMs?: number;
}

/** A fingerprint of the corpus: the same articles give the same digest, so a stored one can be reused. */
export function corpusFingerprint(articles: Article[]): string {
  const h = createHash('sha256');
  for (const a of [...articles].sort((x, y) => x.file.localeCompare(y.file))) h.update(`${a.file}\0${a.outlet}\0${a.text}\0`);
  return h.digest('hex').slice(0, 16);
}

export interface DigestSource {
  service: BotService;
  store: Store;
  /** Folder the day's digest is also written to, as Markdown and JSON. */
  dir: string;
  logger: Logger;
  /** The current corpus's fingerprint (it changes when feeds bring new articles). */
  fingerprint: () => string;
}

/** How long the feeds may be polled before a day's first post; what came in by then is used, the rest waits. */
export const FEED_POLL_BUDGET_MS = 5 * 60_000;

/**
 * The scheduler's `prepare`: polls the feeds once per date, before that date's first claim and within a time budget,
 * and reloads the corpus when articles came in. A failure is logged; the digest goes out with what the corpus holds.
 */
export function feedRefresher(poll: (signal: AbortSignal) => Promise<number>, reload: () => Promise<void>, logger: Logger, o: { budgetMs?: number; stop?: AbortSignal } = {}): (date: string) => Promise<void> {
  const polled = new Set<string>();
  return async (date) => {
    if (polled.has(date)) return;
    polled.add(date);
    // A timer of our own rather than AbortSignal.timeout, so that a test's fake clock can run the budget out.
    const budget = new AbortController();
    const timer = setTimeout(() => budget.abort(), o.budgetMs ?? FEED_POLL_BUDGET_MS);
    try {
      if (await poll(o.stop ? AbortSignal.any([budget.signal, o.stop]) : budget.signal)) await reload();
    } catch (err) {
      logger.error({ job: 'poll-feeds', date, err }, 'could not refresh the corpus; using what it holds');
    } finally {
      clearTimeout(timer);
    }
  };
}

/** The digest of a date: reused from the store when the corpus is unchanged, else built, stored and written to digests/. */
export function digestProvider(src: DigestSource): (date: string) => Promise<Digest> {
  return async (date) => {
    const fingerprint = src.fingerprint();
    const stored = await src.store.digest(date, fingerprint);
    if (stored) return JSON.parse(stored.json) as Digest;
    const digest = src.service.digest(date, previousDigest(src.dir, date));
    const json = JSON.stringify(digest, null, 2);
    await src.store.saveDigest({ date, fingerprint, json });
    // Written whole or not at all; a failure here is logged, never a reason to lose the post.
    try {
      mkdirSync(src.dir, { recursive: true });
      await writeAtomic(join(src.dir, `${date}.json`), `${json}\n`);
      await writeAtomic(join(src.dir, `${date}.md`), renderMarkdown(digest));
    } catch (err) {
      src.logger.error({ job: 'daily-digest', err }, 'could not write digests/');
    }
    return digest;
  };
}

/** PostgreSQL when DATABASE_URL is set (several hosts), else SQLite in DATA_DIR (one host). */
export async function openStore(config: Config): Promise<{ ok: true; store: Store } | { ok: false; error: string }> {
  if (config.DATABASE_URL) {
    try {
      return { ok: true, store: await PostgresStore.open(config.DATABASE_URL) };
    } catch (err) {
      return { ok: false, error: `Cannot open the store in PostgreSQL (DATABASE_URL): ${(err as Error).message}.` };
    }
  }
  const path = join(resolve(config.DATA_DIR), 'digestbot.sqlite');
  try {
    return { ok: true, store: new SqliteStore(path) };
  } catch (err) {
    return { ok: false, error: `Cannot open the store at ${path}: ${(err as Error).message}. Set DATA_DIR to a writable folder.` };
  }
}

export async function runBot(o: RuntimeOptions): Promise<number> {
  const parsed = loadConfig(o.env);
  if (!parsed.ok) {
    o.err(parsed.error);
    return 1;
  }
  const config = parsed.value;
  const discord = discordConfig(config);
  const slack = slackConfig(config);
  if (o.platforms === 'discord' && !discord.ok) return (o.err(discord.error), 1);
  if (o.platforms === 'slack' && !slack.ok) return (o.err(slack.error), 1);
  const useDiscord = discord.ok && o.platforms !== 'slack';
  const useSlack = slack.ok && o.platforms !== 'discord';

  // In the console chat, informational log lines would interleave with the conversation; warnings still show.
  const quietConsole = !useDiscord && !useSlack && !o.env.LOG_LEVEL;
  const logger = createLogger({ level: quietConsole ? 'warn' : config.LOG_LEVEL, secrets: secretsOf(config) });
  // Every error reaches the log, with its secrets redacted: none is printed raw by Node on its way out.
  const onRejection = (err: unknown) => logger.error({ job: 'process', err }, 'unhandled rejection');
  const onException = (err: unknown) => {
    logger.fatal({ job: 'process', err }, 'uncaught exception; stopping');
    process.exit(1);
  };
  process.on('unhandledRejection', onRejection);
  process.on('uncaughtException', onException);
  try {
    return await serve(o, config, logger);
  } finally {
    process.off('unhandledRejection', onRejection);
    process.off('uncaughtException', onException);
  }
}

async function serve(o: RuntimeOptions, config: Config, logger: Logger): Promise<number> {
  const discord = discordConfig(config);
  const slack = slackConfig(config);
  const useDiscord = discord.ok && o.platforms !== 'slack';
  const useSlack = slack.ok && o.platforms !== 'discord';
  const corpusDir = resolveCorpus(config.DIGEST_CORPUS);
  // One cache for the whole run: a reload after a feed poll reads only the articles it brought.
  const analysisCache = new AnalysisCache(corpusDir);
  let loaded = await loadIndex(corpusDir, analysisCache);
  if (!loaded.ok) return (o.err(loaded.error), 1);
  for (const w of loaded.warnings) logger.warn({ corpus: config.DIGEST_CORPUS }, w);
  logger.info({ corpus: corpusDir, ...loaded.analysis }, 'corpus read');
  const opened = await openStore(config);
  if (!opened.ok) return (o.err(redact(opened.error, secretsOf(config))), 1);
  const store = opened.store;
  const service = new ReloadableService(loaded.index);
  let fingerprint = corpusFingerprint(loaded.index.articles);
  // Stopping the bot interrupts a feed poll under way, so a stop never waits for a slow feed.
  const shutdown = new AbortController();
  const fetch = { policy: fetchPolicy(config) };
  const refresh = feedRefresher(
    async (signal) => pollFeeds([...config.FEEDS, ...(await store.feeds()).map((f) => f.url)], corpusDir, logger, { perHostDelayMs: 1000, fetch, signal }),
    async () => {
      // Only the articles the feeds brought are read, when they are all the folder gained.
      const again = await reloadIndex(corpusDir, loaded, analysisCache);
      if (!again.ok) return void logger.error({ job: 'poll-feeds', error: again.error }, 'corpus could not be reloaded');
      loaded = again;
      for (const w of again.warnings) logger.warn({ job: 'poll-feeds' }, w);
      service.reload(again.index);
      fingerprint = corpusFingerprint(again.index.articles);
    },
    logger,
    { stop: shutdown.signal },
  );
  const today = () => localDate(new Date());
  const common = { commandName: config.COMMAND_NAME, service, logger, today, store, feeds: config.FEEDS };

  const publishers: Publisher[] = [];
  const failures: string[] = [];
  const stops: (() => Promise<void>)[] = [];
  // One platform failing to start never stops the other.
  if (useDiscord && discord.ok) {
    try {
      const bot = await startDiscord({ ...common, config: discord.value });
      publishers.push(new DiscordPublisher(bot.client, logger));
      stops.push(() => bot.stop());
    } catch (err) {
      logger.error({ platform: 'discord', err }, 'Discord could not start');
      failures.push(`Discord: ${(err as Error).message}`);
    }
  }
  if (useSlack && slack.ok) {
    const identity = await checkSlackToken(slack.value);
    if (!identity.ok) {
      logger.error({ platform: 'slack' }, identity.error);
      failures.push(`Slack: ${identity.error}`);
    } else {
      try {
        const bot = await startSlack({ ...common, config: slack.value, identity: identity.value });
        publishers.push(new SlackPublisher(postingClient(slack.value, logger), logger));
        stops.push(() => bot.stop());
      } catch (err) {
        logger.error({ platform: 'slack', err }, 'Slack could not start');
        failures.push(`Slack: ${(err as Error).message}`);
      }
    }
  }
  const consoleMode = !useDiscord && !useSlack;
  if (!consoleMode && publishers.length === 0) {
    await store.close();
    o.err(redact(`No platform could start:\n${failures.join('\n')}`, secretsOf(config)));
    return 1;
  }
  if (consoleMode) publishers.push(new ConsolePublisher(o.out));

  const scheduler = new Scheduler({ store, publishers, digestFor: digestProvider({ service, store, dir: resolve('digests'), logger, fingerprint: () => fingerprint }), prepare: refresh, logger });
  // Piped console input is a script: it runs its commands and ends, with no scheduled posts in between.
  const scheduled = !consoleMode || o.interactive;
  if (scheduled) scheduler.start();

  if (consoleMode) {
    const stop = new AbortController();
    const onSignal = () => stop.abort();
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    o.signal?.addEventListener('abort', onSignal, { once: true });
    await runConsole(o.stdin, o.interactive, { service, store, commandName: config.COMMAND_NAME, today, clock: () => new Date(), out: o.out, feeds: config.FEEDS }, stop.signal);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  } else {
    await waitForStop(o.signal);
  }
  logger.info({}, 'stopping');
  shutdown.abort();
  await scheduler.stop(o.stopGraceMs);
  for (const s of stops) await s().catch((err: unknown) => logger.error({ err }, 'stop failed'));
  await store.close();
  return 0;
}
