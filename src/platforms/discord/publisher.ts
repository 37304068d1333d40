import { Routes, type Client, type RESTPostAPIChannelMessageResult } from 'discord.js';
import type { Digest } from '../../engine/index.ts';
import type { Publisher } from '../../schedule/publisher.ts';
import type { Subscription } from '../../store/types.ts';
import { renderDigest } from './render.ts';

/**
 * Posts the daily digest to a Discord channel, split over messages as renderDigest splits it. It goes through the
 * client's REST manager (so 429s are waited out) rather than the channel cache, which may not hold the channel yet.
 */
export class DiscordPublisher implements Publisher {
  readonly platform = 'discord' as const;
  constructor(private readonly client: Client) {}

  async publish(s: Subscription, digest: Digest): Promise<{ messageId: string }> {
    let first: string | null = null;
    for (const m of renderDigest(digest)) {
      const sent = (await this.client.rest.post(Routes.channelMessages(s.channel), {
        body: { content: m.content, embeds: m.embeds, allowed_mentions: { parse: [] } },
      })) as RESTPostAPIChannelMessageResult;
      first ??= sent.id;
    }
    return { messageId: first! };
  }
}
