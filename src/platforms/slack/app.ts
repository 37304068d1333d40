/**
 * The Slack adapter: a Bolt app that answers `/swap …` (acknowledged at once, answered through respond()), questions
 * asked by @mentioning the bot (answered in the mention's thread) and direct messages. Each event is answered once,
 * even when Slack retries it. It only translates between Slack and the bot service; rendering lives in render.ts.
 */
import { App, LogLevel, webApi, type Logger as BoltLogger } from '@slack/bolt';
import type { SlackConfig } from '../../config.ts';
import type { SlackIdentity } from './check-token.ts';
import type { Logger } from '../../log.ts';
import { renderDigest, renderHelp, renderSources, type SlackMessage } from './render.ts';
import { renderCompactAnswer, renderCompactDigest, renderFeedback, renderItemSources } from './render-compact.ts';
import { uploadPicture } from './upload-picture.ts';
import { ShownItems } from '../../bot/shown.ts';
import { decodeAction } from '../../bot/actions.ts';
import { FEEDBACK_NOT_ALLOWED, recordVote } from '../../bot/feedback.ts';
import type { AdapterDeps } from '../../bot/adapter-deps.ts';
import { NOT_ALLOWED, schedule, subscribe, unsubscribe, type ChannelRef } from '../../bot/subscriptions.ts';
import { feedsCommand } from '../../bot/feeds.ts';

export interface SlackDeps extends AdapterDeps {
  config: SlackConfig;
  /** The bot's identity from checkSlackToken; without it Bolt checks the token itself. */
  identity?: SlackIdentity;
}

/**
 * Web API retries: a few, quickly. The client's default retries a failing call for about half an hour, which held
 * a stop (SIGTERM) and a post for as long; a post that still fails is retried by the scheduler, part by part.
 */
export const SLACK_RETRIES = { retries: 3, factor: 2, minTimeout: 1000, maxTimeout: 5000 };

export interface SlackBot {
  app: App;
  /** The port the HTTP receiver listens on (HTTP mode), or null in Socket Mode. */
  port: number | null;
  stop(): Promise<void>;
}

const RESPONSE_URL_POSTS = 5;
const SUBCOMMANDS = new Set(['facts', 'ask', 'digest', 'sources', 'help', 'subscribe', 'unsubscribe', 'schedule', 'feeds', 'feedback']);
const SUBSCRIPTION_COMMANDS = new Set(['subscribe', 'unsubscribe', 'schedule', 'feeds']);

/** Workspace admins and owners (users.info, scope users:read) or the configured allowlist may change subscriptions. */
async function isAdmin(client: App['client'], user: string, allow: string[]): Promise<boolean> {
  if (allow.includes(user)) return true;
  const info = await client.users.info({ user });
  return Boolean(info.user?.is_admin || info.user?.is_owner || info.user?.is_primary_owner);
}

async function subscriptionReply(sub: string, rest: string, ref: ChannelRef, client: App['client'], deps: SlackDeps): Promise<string> {
  if (!deps.store) return 'Daily digests are not available in this run of the bot (it has no store).';
  const now = (deps.clock ?? (() => new Date()))();
  if (sub === 'schedule') return (await schedule(deps.store, ref, now)).text;
  const [action = 'list', url = null] = rest.split(/\s+/).filter(Boolean);
  if (sub === 'feeds' && action === 'list') return (await feedsCommand(deps.store, deps.feeds ?? [], 'list', null, ref.user, now)).text;
  if (!(await isAdmin(client, ref.user, deps.config.admins))) return NOT_ALLOWED;
  // Slack wraps addresses in <…>; the feed is the address inside.
  if (sub === 'feeds') return (await feedsCommand(deps.store, deps.feeds ?? [], action, url?.replace(/^<([^|>]+)(?:\|[^>]*)?>$/, '$1') ?? null, ref.user, now)).text;
  if (sub === 'unsubscribe') return (await unsubscribe(deps.store, ref)).text;
  const [time = null, zone = null] = rest.split(/\s+/).filter(Boolean);
  return (await subscribe(deps.store, ref, time, zone, now)).text;
}

/** Reads the text after `/swap`: a subcommand and, for ask, the question. Unknown text shows help. */
export function parseCommandText(text: string): { sub: string; rest: string; unknown?: string } {
  const trimmed = text.trim();
  const [first = '', ...rest] = trimmed.split(/\s+/);
  const sub = first.toLowerCase();
  if (!sub) return { sub: 'help', rest: '' };
  if (SUBCOMMANDS.has(sub)) return { sub, rest: rest.join(' ') };
  return { sub: 'help', rest: '', unknown: first };
}

/** Slack markup in a question is addressing, not content: `<@U123>`, `<!channel>`, `<#C123|name>`. */
export function questionText(raw: string): string {
  return raw.replace(/<[@#!][^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
}

export function respondTo(sub: string, rest: string, deps: Pick<SlackDeps, 'service' | 'commandName' | 'today'>, shown: ShownItems, unknown?: string): SlackMessage[] {
  switch (sub) {
    case 'facts':
      return [renderCompactDigest(shown.digest())];
    case 'ask': {
      if (!rest.trim()) return renderHelp(deps.commandName);
      // The answer echoes the question as asked (escaped when rendered); matching uses it without Slack markup.
      const { answer, id } = shown.ask(questionText(rest), rest);
      return [renderCompactAnswer(answer, id)];
    }
    case 'digest':
      return renderDigest(deps.service.digest(deps.today()));
    case 'sources':
      return renderSources(deps.service.digest(deps.today()));
    default:
      return renderHelp(deps.commandName, unknown);
  }
}

/**
 * The Web API client the scheduled posts go through: it never retries a call by itself. A chat.postMessage that Slack
 * accepted but answered with a 5xx would be posted twice by a retrying client; the scheduler retries instead, and
 * looks in the channel first. A 429 is waited out and then fails the attempt, which the scheduler retries.
 */
export function postingClient(config: SlackConfig, logger: Logger): App['client'] {
  return new webApi.WebClient(config.botToken, { ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}), retryConfig: { retries: 0 }, logger: boltLogger(logger) });
}

/** Bolt's own log lines go through our logger (and its secret filter). */
function boltLogger(logger: Logger): BoltLogger {
  let level = LogLevel.INFO;
  return {
    debug: (...m: unknown[]) => logger.debug({ platform: 'slack' }, m.map(String).join(' ')),
    info: (...m: unknown[]) => logger.info({ platform: 'slack' }, m.map(String).join(' ')),
    warn: (...m: unknown[]) => logger.warn({ platform: 'slack' }, m.map(String).join(' ')),
    error: (...m: unknown[]) => logger.error({ platform: 'slack' }, m.map(String).join(' ')),
    setLevel: (l: LogLevel) => void (level = l),
    getLevel: () => level,
    setName: () => undefined,
  };
}

/** A small memory of answered event ids: Slack resends an event it thinks timed out, with the same id. */
export class SeenEvents {
  private readonly ids = new Set<string>();
  constructor(private readonly max = 5000) {}
  /** True the first time an id is seen. */
  first(id: string): boolean {
    if (this.ids.has(id)) return false;
    this.ids.add(id);
    if (this.ids.size > this.max) this.ids.delete(this.ids.values().next().value!);
    return true;
  }
}

export function createSlackApp(deps: SlackDeps): App {
  const { config, logger } = deps;
  const app = new App({
    token: config.botToken,
    signingSecret: config.signingSecret,
    ...(config.appToken ? { socketMode: true, appToken: config.appToken } : {}),
    clientOptions: { ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}), retryConfig: SLACK_RETRIES },
    ...(deps.identity ? { botId: deps.identity.botId, botUserId: deps.identity.botUserId } : {}),
    logger: boltLogger(logger),
  });
  const seen = new SeenEvents();
  const shown = new ShownItems(deps);

  app.command(`/${deps.commandName}`, async ({ command, ack, respond, client }) => {
    // Acknowledge within Slack's 3 seconds, then answer through the response URL.
    await ack();
    const { sub, rest, unknown } = parseCommandText(command.text);
    const started = Date.now();
    try {
      if (SUBSCRIPTION_COMMANDS.has(sub)) {
        const ref: ChannelRef = { platform: 'slack', workspace: command.team_id, channel: command.channel_id, user: command.user_id };
        const text = await subscriptionReply(sub, rest, ref, client, deps);
        await respond({ response_type: 'ephemeral', text });
        logger.info({ platform: 'slack', command: sub, team: command.team_id }, 'subscription command');
        return;
      }
      if (sub === 'feedback') {
        const m = !deps.store ? { text: 'Feedback is not available in this run of the bot (it has no store).' } : (await isAdmin(client, command.user_id, config.admins)) ? renderFeedback(await deps.store.feedback('slack', command.team_id, 10)) : { text: FEEDBACK_NOT_ALLOWED };
        await respond({ response_type: 'ephemeral', ...m });
        return;
      }
      const messages = respondTo(sub, rest, deps, shown, unknown);
      const visibility = sub === 'help' ? 'ephemeral' : 'in_channel';
      // A response_url takes five posts; a longer digest continues in the channel itself.
      for (const m of messages.slice(0, RESPONSE_URL_POSTS)) await respond({ response_type: visibility, text: m.text, blocks: m.blocks });
      for (const m of messages.slice(RESPONSE_URL_POSTS)) await client.chat.postMessage({ channel: command.channel_id, text: m.text, blocks: m.blocks });
      if (sub === 'facts') await uploadPicture(client, command.channel_id, shown.digest(), logger, deps.picture);
      logger.info({ platform: 'slack', command: sub, team: command.team_id, ms: Date.now() - started, messages: messages.length }, 'answered');
    } catch (err) {
      logger.error({ platform: 'slack', command: sub, err }, 'command failed');
      await respond({ response_type: 'ephemeral', text: 'Sorry, something went wrong while answering. It has been logged; please try again.' }).catch(() => undefined);
    }
  });

  const answerQuestion = async (input: { eventId: string | undefined; text: string; channel: string; threadTs: string; client: App['client'] }) => {
    if (input.eventId && !seen.first(input.eventId)) {
      logger.info({ platform: 'slack', event: input.eventId }, 'retry of an event already answered: skipped');
      return;
    }
    const question = questionText(input.text);
    let messages = renderHelp(deps.commandName);
    if (question) {
      const { answer, id } = shown.ask(question, input.text);
      messages = [renderCompactAnswer(answer, id)];
    }
    for (const m of messages) await input.client.chat.postMessage({ channel: input.channel, thread_ts: input.threadTs, text: m.text, blocks: m.blocks });
  };

  app.event('app_mention', async ({ event, body, client }) => {
    await answerQuestion({ eventId: (body as { event_id?: string }).event_id, text: event.text, channel: event.channel, threadTs: event.thread_ts ?? event.ts, client });
  });

  app.message(async ({ message, body, client }) => {
    // Direct messages only; channel messages reach the bot as app_mention.
    const m = message as { channel_type?: string; subtype?: string; bot_id?: string; text?: string; channel: string; ts: string; thread_ts?: string };
    if (m.channel_type !== 'im' || m.subtype || m.bot_id || !m.text) return;
    await answerQuestion({ eventId: (body as { event_id?: string }).event_id, text: m.text, channel: m.channel, threadTs: m.thread_ts ?? m.ts, client });
  });

  // A click on one of our buttons: the item's sources or a vote, answered to the clicker only. The action_id names
  // the item, so a click on a message sent before a restart still works.
  app.action(/^dg1:/, async ({ ack, body, action, respond }) => {
    await ack();
    const id = (action as { action_id: string }).action_id;
    const reply = (m: SlackMessage | { text: string }) => respond({ response_type: 'ephemeral', replace_original: false, ...m });
    try {
      const parsed = decodeAction(id);
      if (!parsed) return void (await reply({ text: 'This button is from an older version of the bot and no longer works; run the command again.' }));
      const found = await shown.find(parsed.item);
      if (!found.ok) return void (await reply({ text: found.text }));
      if (parsed.kind === 'sources') await reply(renderItemSources(found.item));
      else {
        const voter = { platform: 'slack' as const, workspace: body.team?.id ?? 'unknown', user: body.user.id };
        await reply({ text: await recordVote(deps.store, voter, parsed.vote, found.item, (deps.clock ?? (() => new Date()))()) });
      }
      logger.info({ platform: 'slack', click: parsed.kind, team: body.team?.id }, 'answered a click');
    } catch (err) {
      logger.error({ platform: 'slack', click: id, err }, 'click failed');
      await reply({ text: 'Sorry, something went wrong with that button. It has been logged; please try again.' }).catch(() => undefined);
    }
  });

  app.error(async (err) => {
    logger.error({ platform: 'slack', err }, 'listener failed');
  });
  return app;
}

/** Starts the app: HTTP mode on the configured port (0 picks a free one), or Socket Mode with an app token. */
export async function startSlack(deps: SlackDeps): Promise<SlackBot> {
  const app = createSlackApp(deps);
  let port: number | null = null;
  if (deps.config.appToken) await app.start();
  else {
    const address = (await app.start(deps.config.port)).address();
    port = address && typeof address === 'object' ? address.port : null;
  }
  deps.logger.info({ platform: 'slack', mode: deps.config.appToken ? 'socket' : 'http', port }, 'listening');
  return { app, port, stop: () => app.stop() as Promise<void> };
}
