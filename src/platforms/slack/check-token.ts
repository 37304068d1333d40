/**
 * The Slack bot token, checked once at start-up with one auth.test call and no retries: a mistyped or revoked token
 * stops the start at once with a message naming SLACK_BOT_TOKEN, instead of a bot that says "listening" while the
 * Web API client retries for half an hour and then dies outside the logger.
 */
import { webApi } from '@slack/bolt';
import type { SlackConfig } from '../../config.ts';

/** Who the token belongs to; handed to Bolt so it does not call auth.test again. */
export interface SlackIdentity {
  botId: string;
  botUserId: string;
  team: string | null;
}

const CHECK_TIMEOUT_MS = 10_000;

export async function checkSlackToken(config: SlackConfig): Promise<{ ok: true; value: SlackIdentity } | { ok: false; error: string }> {
  const client = new webApi.WebClient(config.botToken, {
    ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}),
    retryConfig: { retries: 0 },
    timeout: CHECK_TIMEOUT_MS,
    logLevel: webApi.LogLevel.ERROR,
    logger: { debug() {}, info() {}, warn() {}, error() {}, setLevel() {}, getLevel: () => webApi.LogLevel.ERROR, setName() {} },
  });
  try {
    const r = await client.auth.test();
    if (!r.ok || !r.user_id || !r.bot_id) return { ok: false, error: `Slack did not accept SLACK_BOT_TOKEN (auth.test: ${r.error ?? 'no bot user in the answer'}). Copy the Bot User OAuth Token (xoxb-…) from OAuth & Permissions.` };
    return { ok: true, value: { botId: r.bot_id, botUserId: r.user_id, team: r.team ?? null } };
  } catch (e) {
    const err = e as { code?: string; statusCode?: number; data?: { error?: string }; message: string };
    if (err.code === 'slack_webapi_platform_error') return { ok: false, error: `Slack did not accept SLACK_BOT_TOKEN (auth.test: ${err.data?.error ?? 'refused'}). Copy the Bot User OAuth Token (xoxb-…) from OAuth & Permissions.` };
    if (err.code === 'slack_webapi_http_error') {
      const refused = err.statusCode === 401 || err.statusCode === 403;
      return { ok: false, error: refused ? `Slack did not accept SLACK_BOT_TOKEN (auth.test answered HTTP ${err.statusCode}). Copy the Bot User OAuth Token (xoxb-…) from OAuth & Permissions.` : `Could not check SLACK_BOT_TOKEN: auth.test answered HTTP ${err.statusCode}; try again later.` };
    }
    return { ok: false, error: `Could not reach Slack to check SLACK_BOT_TOKEN (${err.message}).` };
  }
}
