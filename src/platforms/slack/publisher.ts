import type { App } from '@slack/bolt';
import type { Digest } from '../../engine/index.ts';
import type { Logger } from '../../log.ts';
import type { Publisher } from '../../schedule/publisher.ts';
import type { Subscription } from '../../store/types.ts';
import type { PictureMaker } from '../picture/index.ts';
import type { SlackMessage } from './render.ts';
import { renderCompactDigest } from './render-compact.ts';
import { uploadPicture } from './upload-picture.ts';

/** The two parts of a Slack digest: the compact message, then the coverage picture. */
export type SlackPost = { kind: 'message'; message: SlackMessage } | { kind: 'picture'; digest: Digest };

/**
 * Posts the daily digest to a Slack channel with chat.postMessage (the WebClient waits out rate limits) in its
 * compact form, then the coverage picture, as two parts of the ledger. A picture that fails is logged and counts as
 * done: it is never a reason to post the digest again.
 */
export class SlackPublisher implements Publisher<SlackPost> {
  readonly platform = 'slack' as const;
  constructor(
    private readonly client: App['client'],
    private readonly logger: Logger,
    private readonly picture?: PictureMaker,
  ) {}

  async render(digest: Digest): Promise<SlackPost[]> {
    return [
      { kind: 'message', message: renderCompactDigest(digest, { maxFacts: 8 }) },
      { kind: 'picture', digest },
    ];
  }

  async send(s: Subscription, post: SlackPost): Promise<{ messageId: string }> {
    if (post.kind === 'picture') {
      const posted = await uploadPicture(this.client, s.channel, post.digest, this.logger, this.picture);
      return { messageId: posted ? 'coverage-picture' : 'coverage-picture-not-posted' };
    }
    const res = await this.client.chat.postMessage({ channel: s.channel, text: post.message.text, blocks: post.message.blocks });
    if (!res.ts) throw new Error(`Slack returned no message id for channel ${s.channel}`);
    return { messageId: res.ts };
  }
}
