import type { App } from '@slack/bolt';
import type { Digest } from '../../engine/index.ts';
import type { Logger } from '../../log.ts';
import type { Publisher } from '../../schedule/publisher.ts';
import type { Subscription } from '../../store/types.ts';
import type { PictureMaker } from '../picture/index.ts';
import { renderCompactDigest } from './render-compact.ts';
import { uploadPicture } from './upload-picture.ts';

/**
 * Posts the daily digest to a Slack channel with chat.postMessage (the WebClient waits out rate limits) in its
 * compact form, then the coverage picture. The post counts as sent once the digest is in; a picture that fails is
 * logged.
 */
export class SlackPublisher implements Publisher {
  readonly platform = 'slack' as const;
  constructor(
    private readonly client: App['client'],
    private readonly logger: Logger,
    private readonly picture?: PictureMaker,
  ) {}

  async publish(s: Subscription, digest: Digest): Promise<{ messageId: string }> {
    const m = renderCompactDigest(digest, { maxFacts: 8 });
    const res = await this.client.chat.postMessage({ channel: s.channel, text: m.text, blocks: m.blocks });
    if (!res.ts) throw new Error(`Slack returned no message id for channel ${s.channel}`);
    await uploadPicture(this.client, s.channel, digest, this.logger, this.picture);
    return { messageId: res.ts };
  }
}
