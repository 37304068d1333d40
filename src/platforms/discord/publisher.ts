import type { Client } from 'discord.js';
import type { Digest } from '../../engine/index.ts';
import type { Publisher } from '../../schedule/publisher.ts';
import type { Subscription } from '../../store/types.ts';
import { renderDigest } from './render.ts';
import { NO_MENTIONS } from './bot.ts';

/** Posts the daily digest to a Discord channel, split over messages as renderDigest splits it. */
export class DiscordPublisher implements Publisher {
  readonly platform = 'discord' as const;
  constructor(private readonly client: Client) {}

  async publish(s: Subscription, digest: Digest): Promise<{ messageId: string }> {
    const channel = await this.client.channels.fetch(s.channel);
    if (!channel || !channel.isSendable()) throw new Error(`channel ${s.channel} is not a channel the bot can post in`);
    let first: string | null = null;
    for (const m of renderDigest(digest)) {
      const sent = await channel.send({ content: m.content, embeds: m.embeds, allowedMentions: NO_MENTIONS });
      first ??= sent.id;
    }
    return { messageId: first! };
  }
}
