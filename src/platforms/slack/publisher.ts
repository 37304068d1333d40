import type { App } from '@slack/bolt';
import type { Digest } from '../../engine/index.ts';
import type { Publisher } from '../../schedule/publisher.ts';
import type { Subscription } from '../../store/types.ts';
import { renderDigest } from './render.ts';

/** Posts the daily digest to a Slack channel with chat.postMessage (the WebClient waits out rate limits). */
export class SlackPublisher implements Publisher {
  readonly platform = 'slack' as const;
  constructor(private readonly client: App['client']) {}

  async publish(s: Subscription, digest: Digest): Promise<{ messageId: string }> {
    let first: string | null = null;
    for (const m of renderDigest(digest)) {
      const res = await this.client.chat.postMessage({ channel: s.channel, text: m.text, blocks: m.blocks });
      first ??= res.ts ?? null;
    }
    if (!first) throw new Error(`Slack returned no message id for channel ${s.channel}`);
    return { messageId: first };
  }
}
