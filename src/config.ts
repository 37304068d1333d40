/**
 * Configuration, parsed once from the environment with zod. Nothing else reads process.env. Empty strings count as
 * missing, so a blank line in .env behaves like an absent one. Errors name every bad variable, never its value.
 */
import { z } from 'zod';
import { AddressPolicy, isAddressOrRange } from './ingest/address-policy.ts';

const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());
const withDefault = <T extends z.ZodType>(schema: T, fallback: z.input<T>) => z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.default(fallback as never));

/**
 * A comma-separated list, always parsed to an array: unset and empty give []. (A `.default('')` before a
 * `.transform` would not do: zod 4 returns a default as it is, without running the transform.)
 */
const list = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (v === undefined ? [] : typeof v === 'string' ? v.split(',').map((x) => x.trim()).filter(Boolean) : v), z.array(item));

const snowflake = z.string().regex(/^\d{17,20}$/, 'must be a Discord id (17 to 20 digits)');

/** `auto` (Discord says how many shards, this process runs them all) or the shard ids this process runs, e.g. `0,1`. */
const shardIds = z.preprocess(
  (v) => (typeof v === 'string' && v.trim() !== 'auto' ? v.split(',').map((x) => x.trim()).filter(Boolean) : v),
  z.union([z.literal('auto'), z.array(z.coerce.number().int().min(0)).min(1)], { error: 'must be auto or shard ids separated by commas, e.g. 0,1' }),
);

const Base = z.object({
  DIGEST_CORPUS: withDefault(z.string(), 'seeds'),
  COMMAND_NAME: withDefault(z.string().regex(/^[a-z0-9_-]{1,32}$/, 'must be 1 to 32 lower-case letters, digits, - or _'), 'swap'),
  LOG_LEVEL: withDefault(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']), 'info'),
  DATA_DIR: withDefault(z.string(), 'data'),
  DATABASE_URL: optional(z.url({ protocol: /^postgres(?:ql)?$/, error: 'must be a postgres:// address' })),
  DISCORD_TOKEN: optional(z.string().min(20, 'looks too short to be a bot token')),
  DISCORD_APPLICATION_ID: optional(snowflake),
  DISCORD_GUILD_ID: optional(snowflake),
  DISCORD_API_URL: optional(z.url({ protocol: /^https?$/ })),
  DISCORD_SHARDS: optional(shardIds),
  DISCORD_SHARD_COUNT: optional(z.coerce.number().int().min(1).max(10_000)),
  SLACK_BOT_TOKEN: optional(z.string().regex(/^xoxb-/, 'must be a bot token starting with xoxb-')),
  SLACK_SIGNING_SECRET: optional(z.string().min(10, 'looks too short to be a signing secret')),
  SLACK_APP_TOKEN: optional(z.string().regex(/^xapp-/, 'must be an app-level token starting with xapp-')),
  SLACK_API_URL: optional(z.url({ protocol: /^https?$/ })),
  FEEDS: list(z.string().regex(/^https?:\/\/\S+$/, 'must be http(s) addresses, separated by commas')),
  SLACK_ADMINS: list(z.string()),
  PORT: withDefault(z.coerce.number().int().min(0).max(65535), 3000),
  ALLOW_PRIVATE_FETCH: list(z.string().refine(isAddressOrRange, 'must be IP addresses or ranges, e.g. 127.0.0.1 or 10.0.0.0/8')),
});

/** Settings that only make sense together, checked once with the rest. */
const Env = Base.superRefine((c, ctx) => {
  const shards = c.DISCORD_SHARDS;
  if (Array.isArray(shards)) {
    if (!c.DISCORD_SHARD_COUNT) ctx.addIssue({ code: 'custom', path: ['DISCORD_SHARD_COUNT'], message: 'must be set when DISCORD_SHARDS lists shard ids (the total number of shards across all hosts)' });
    else if (shards.some((id) => id >= c.DISCORD_SHARD_COUNT!)) ctx.addIssue({ code: 'custom', path: ['DISCORD_SHARDS'], message: `shard ids must be below DISCORD_SHARD_COUNT (${c.DISCORD_SHARD_COUNT})` });
  }
  if (shards === 'auto' && c.DISCORD_SHARD_COUNT) ctx.addIssue({ code: 'custom', path: ['DISCORD_SHARD_COUNT'], message: 'must be unset with DISCORD_SHARDS=auto (Discord says how many)' });
});

export type Config = z.infer<typeof Base>;

export interface DiscordConfig {
  token: string;
  applicationId: string;
  guildId: string | null;
  /** REST base passed to the client's `rest.api` (a rate-limit proxy, or a fake in tests). */
  apiUrl: string | null;
  /** The gateway shards this process runs (discord.js `shards`); unset: shard 0 of `shardCount`, or of 1. */
  shards?: number[] | 'auto';
  /** How many shards all hosts run together (discord.js `shardCount`). */
  shardCount?: number;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/** Parses the environment (a plain object, so tests pass their own). */
export function loadConfig(env: Record<string, string | undefined> = process.env): Parsed<Config> {
  const r = Env.safeParse(env);
  if (!r.success) return { ok: false, error: `Configuration is not valid:\n${z.prettifyError(r.error)}` };
  return { ok: true, value: r.data };
}

/** The fetch part of the environment alone (for `digestbot ingest`, which needs no other setting). */
export function loadFetchConfig(env: Record<string, string | undefined> = process.env): Parsed<Pick<Config, 'ALLOW_PRIVATE_FETCH'>> {
  const r = Base.pick({ ALLOW_PRIVATE_FETCH: true }).safeParse(env);
  if (!r.success) return { ok: false, error: `Configuration is not valid:\n${z.prettifyError(r.error)}` };
  return { ok: true, value: r.data };
}

/** Which addresses pages and feeds may be fetched from: public ones, and the private ones ALLOW_PRIVATE_FETCH names. */
export function fetchPolicy(c: Pick<Config, 'ALLOW_PRIVATE_FETCH'>): AddressPolicy {
  return AddressPolicy.allowing(c.ALLOW_PRIVATE_FETCH);
}

/** The Discord part of a config, or an error naming what is missing. */
export function discordConfig(c: Config): Parsed<DiscordConfig> {
  const missing = (['DISCORD_TOKEN', 'DISCORD_APPLICATION_ID'] as const).filter((k) => !c[k]);
  if (missing.length) return { ok: false, error: `Discord is not configured: set ${missing.join(' and ')} (see .env.example).` };
  const shards = { ...(c.DISCORD_SHARDS ? { shards: c.DISCORD_SHARDS } : {}), ...(c.DISCORD_SHARD_COUNT ? { shardCount: c.DISCORD_SHARD_COUNT } : {}) };
  return { ok: true, value: { token: c.DISCORD_TOKEN!, applicationId: c.DISCORD_APPLICATION_ID!, guildId: c.DISCORD_GUILD_ID ?? null, apiUrl: c.DISCORD_API_URL ?? null, ...shards } };
}

export interface SlackConfig {
  botToken: string;
  signingSecret: string;
  /** Set: Socket Mode (no public URL needed). Unset: HTTP mode on `port`, endpoint /slack/events. */
  appToken: string | null;
  /** Web API base passed to the client's `slackApiUrl` (a fake in tests). */
  apiUrl: string | null;
  port: number;
  /** Slack user ids allowed to change subscriptions besides workspace admins and owners. */
  admins: string[];
}

/** The Slack part of a config, or an error naming what is missing. */
export function slackConfig(c: Config): Parsed<SlackConfig> {
  const missing = (['SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET'] as const).filter((k) => !c[k]);
  if (missing.length) return { ok: false, error: `Slack is not configured: set ${missing.join(' and ')} (see .env.example).` };
  return { ok: true, value: { botToken: c.SLACK_BOT_TOKEN!, signingSecret: c.SLACK_SIGNING_SECRET!, appToken: c.SLACK_APP_TOKEN ?? null, apiUrl: c.SLACK_API_URL ?? null, port: c.PORT, admins: c.SLACK_ADMINS } };
}

/** Every secret in a config, for the logger to redact wherever it appears. */
export function secretsOf(c: Config): string[] {
  const dbPassword = c.DATABASE_URL ? decodeURIComponent(new URL(c.DATABASE_URL).password) : '';
  return [c.DISCORD_TOKEN, c.SLACK_BOT_TOKEN, c.SLACK_SIGNING_SECRET, c.SLACK_APP_TOKEN, dbPassword].filter((s): s is string => !!s);
}
