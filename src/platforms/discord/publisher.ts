import { createHash } from 'node:crypto';
import { Routes, type APIMessage, type APIUser, type Client, type RESTPostAPIChannelMessageResult } from 'discord.js';
import type { Digest } from '../../engine/index.ts';
import { partKeyText, type PartKey, type Publisher } from '../../schedule/publisher.ts';
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

/** The line a scheduled digest message ends with (small grey text), naming its ledger entry so it can be found again. */
export const markerLine = (key: PartKey): string => `-# digestbot ref ${partKeyText(key)}`;

/** Discord's nonce is at most 25 characters: a hash of the ledger key, the same on every attempt. */
export const nonceOf = (key: PartKey): string => `dg${createHash('sha256').update(partKeyText(key)).digest('hex').slice(0, 23)}`;

/** How far back a lapsed delivery is looked for: pages of the channel's newest messages (100 is Discord's page). */
const HISTORY_PAGES = 5;

/**
 * Posts the daily digest to a Discord channel in its compact form: the key facts with "Sources" buttons and the
 * coverage picture attached, in one message. It goes through the client's REST manager (so 429s are waited out)
 * rather than the channel cache, which may not hold the channel yet, so any host can post, whichever shards it runs.
 * Each message ends with its ledger key (`markerLine`), to be found in the channel after a crash, and is sent with a
 * nonce derived from that key and `enforce_nonce`, so the REST manager's own retry of a post Discord accepted
 * returns the first message instead of creating a second. A picture that cannot be drawn is logged and left out.
 */
export class DiscordPublisher implements Publisher<DiscordPost> {
  readonly platform = 'discord' as const;
  private me: string | null = null;
  constructor(
    private readonly client: Client,
    private readonly logger?: Logger,
    private readonly picture: PictureMaker = cachedCoveragePng,
  ) {}

  async render(digest: Digest): Promise<DiscordPost[]> {
    const png = await this.picture(digest).catch((err: unknown) => (this.logger?.error({ platform: 'discord', job: 'daily-digest', err }, 'coverage picture failed; posting without it'), null));
    return [{ message: renderCompactDigest(digest, { maxFacts: 8, picture: png !== null }), png }];
  }

  async send(s: Subscription, { message: m, png }: DiscordPost, key: PartKey): Promise<{ messageId: string }> {
    const content = m.content ? `${m.content}\n${markerLine(key)}` : markerLine(key);
    const sent = (await this.client.rest.post(Routes.channelMessages(s.channel), {
      body: { content, embeds: m.embeds, components: m.components ?? [], allowed_mentions: { parse: [] }, nonce: nonceOf(key), enforce_nonce: true },
      files: png ? [{ name: PICTURE_NAME, data: png, contentType: 'image/png' }] : undefined,
    })) as RESTPostAPIChannelMessageResult;
    return { messageId: sent.id };
  }

  /** The part among the channel's recent messages this bot wrote, by its marker line. */
  async findPosted(s: Subscription, _post: DiscordPost, key: PartKey): Promise<{ messageId: string } | null> {
    const me = await this.botUserId();
    const line = markerLine(key);
    let before: string | undefined;
    for (let page = 0; page < HISTORY_PAGES; page++) {
      const query = new URLSearchParams({ limit: '100', ...(before ? { before } : {}) });
      const recent = (await this.client.rest.get(Routes.channelMessages(s.channel), { query })) as APIMessage[];
      const hit = recent.find((msg) => msg.author.id === me && msg.content.split('\n').includes(line));
      if (hit) return { messageId: hit.id };
      if (recent.length < 100) break;
      before = recent.at(-1)!.id;
    }
    return null;
  }

  /** The bot's user id: from the gateway session when logged in, else asked once over REST (a host running no shard). */
  private async botUserId(): Promise<string> {
    this.me ??= this.client.user?.id ?? ((await this.client.rest.get(Routes.user('@me'))) as APIUser).id;
    return this.me;
  }
}
