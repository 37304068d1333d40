import type { App } from '@slack/bolt';
import type { Digest } from '../../engine/index.ts';
import type { Logger } from '../../log.ts';
import { oneLine } from '../../engine/source-ref.ts';
import { cachedCoveragePng, type PictureMaker } from '../picture/index.ts';

/**
 * Posts a digest's coverage picture to a channel with files.uploadV2 (scope files:write). A picture that cannot be
 * drawn or uploaded (the bot not in the channel, say) is logged, never a reason to fail the digest it goes with.
 */
export async function uploadPicture(client: App['client'], channel: string, d: Digest, logger: Logger, picture: PictureMaker = cachedCoveragePng, filename = 'coverage.png'): Promise<boolean> {
  try {
    const png = await picture(d);
    await client.filesUploadV2({
      channel_id: channel,
      file: png,
      filename,
      title: `Coverage: ${oneLine(d.title)}`,
      alt_text: 'Which outlet reports which key fact, whom each credits, and where their figures disagree',
    });
    return true;
  } catch (err) {
    logger.warn({ platform: 'slack', channel, err }, 'coverage picture not posted');
    return false;
  }
}
