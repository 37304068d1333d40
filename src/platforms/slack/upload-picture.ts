import type { App } from '@slack/bolt';
import type { Digest } from '../../engine/index.ts';
import type { Logger } from '../../log.ts';
import { oneLine } from '../../engine/source-ref.ts';
import { cachedCoveragePng, type PictureMaker } from '../picture/index.ts';

/** Whether the picture reached the channel, or where it failed: drawing it, or Slack taking it. */
export type SharedPicture = { ok: true } | { ok: false; stage: 'draw' | 'upload'; err: unknown };

/** Draws a digest's coverage picture and posts it to a channel with files.uploadV2 (scope files:write). */
export async function sharePicture(client: App['client'], channel: string, d: Digest, picture: PictureMaker = cachedCoveragePng, filename = 'coverage.png'): Promise<SharedPicture> {
  let png: Buffer;
  try {
    png = await picture(d);
  } catch (err) {
    return { ok: false, stage: 'draw', err };
  }
  try {
    await client.filesUploadV2({
      channel_id: channel,
      file: png,
      filename,
      title: `Coverage: ${oneLine(d.title)}`,
      alt_text: 'Which outlet reports which key fact, whom each credits, and where their figures disagree',
    });
    return { ok: true };
  } catch (err) {
    return { ok: false, stage: 'upload', err };
  }
}

/**
 * Posts the picture as a bonus to something already shown (`/swap facts`): one that cannot be drawn or uploaded (the
 * bot not in the channel, say) is logged, never a reason to fail the answer it goes with.
 */
export async function uploadPicture(client: App['client'], channel: string, d: Digest, logger: Logger, picture: PictureMaker = cachedCoveragePng, filename = 'coverage.png'): Promise<boolean> {
  const shared = await sharePicture(client, channel, d, picture, filename);
  if (!shared.ok) logger.warn({ platform: 'slack', channel, err: shared.err }, 'coverage picture not posted');
  return shared.ok;
}

/** Slack's own words for a refusal that is about the moment, not the request. */
const PASSING_PLATFORM_ERRORS = new Set(['internal_error', 'fatal_error', 'service_unavailable', 'request_timeout', 'ratelimited']);

/**
 * Whether a failed Web API call may well succeed when tried again minutes later: a 5xx or 429, a rate limit, a
 * connection that broke, the bytes' upload failing, or Slack saying it is unavailable. Not a refusal that would meet
 * the same answer again (the bot not in the channel, a missing scope, a bad argument).
 */
export function isPassingFailure(err: unknown): boolean {
  const e = err as { code?: unknown; statusCode?: number; data?: { error?: string } } | null;
  switch (e?.code) {
    case 'slack_webapi_platform_error':
      return PASSING_PLATFORM_ERRORS.has(e.data?.error ?? '');
    case 'slack_webapi_http_error':
      return (e.statusCode ?? 0) >= 500 || e.statusCode === 429;
    case 'slack_webapi_file_upload_invalid_args_error':
    case 'slack_webapi_file_upload_read_file_data_error':
      return false;
    default:
      // Rate limits, request errors (the connection) and the plain errors of the upload step itself.
      return true;
  }
}
