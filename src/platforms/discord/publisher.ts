import { Routes, type Client, type RESTPostAPIChannelMessageResult } from 'discord.js';
import type { Digest } from '../../engine/index.ts';
import type { Publisher } from '../../schedule/publisher.ts';
import type { Subscription } from '../../store/types.ts';
import type { Logger } from '../../log.ts';
import { cachedCoveragePng, type PictureMaker } from '../picture/index.ts';
import type { DiscordMessage } from './render.ts';
import { PICTURE_NAME, renderCompactDigest } from './render-compact.ts';

/** The compact digest, with the coverage picture to attach when it could be drawn. */
export interface DiscordPost {
  message: DiscordMessage;
  png: Buffer | null;
}

/**
 * Posts the daily digest to a Discord channel in its compact form: the key facts with "Sources" buttons and the
 * coverage picture attached, in one message. It goes through the client's REST manager (so 429s are waited out)
 * rather than the channel cache, which may not hold the channel yet. A picture that cannot be drawn is logged and
 * left out.
 */
export class DiscordPublisher implements Publisher<DiscordPost> {
  readonly platform = 'discord' as const;
  constructor(
    private readonly client: Client,
    private readonly logger?: Logger,
    private readonly picture: PictureMaker = cachedCoveragePng,
  ) {}

  async render(digest: Digest): Promise<DiscordPost[]> {
    const png = await this.picture(digest).catch((err: unknown) => (this.logger?.error({ platform: 'discord', job: 'daily-digest', err }, 'coverage picture failed; posting without it'), null));
    return [{ message: renderCompactDigest(digest, { maxFacts: 8, picture: png !== null }), png }];
  }

  async send(s: Subscription, { message: m, png }: DiscordPost): Promise<{ messageId: string }> {
    const sent = (await this.client.rest.post(Routes.channelMessages(s.channel), {
      body: { content: m.content, embeds: m.embeds, components: m.components ?? [], allowed_mentions: { parse: [] } },
      files: png ? [{ name: PICTURE_NAME, data: png, contentType: 'image/png' }] : undefined,
    })) as RESTPostAPIChannelMessageResult;
    return { messageId: sent.id };
  }
}
