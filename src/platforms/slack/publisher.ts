import type { App } from '@slack/bolt';
import type { Digest } from '../../engine/index.ts';
import type { Logger } from '../../log.ts';
import { partKeyText, type PartKey, type Publisher } from '../../schedule/publisher.ts';
import type { Subscription } from '../../store/types.ts';
import type { PictureMaker } from '../picture/index.ts';
import type { SlackMessage } from './render.ts';
import { renderCompactDigest } from './render-compact.ts';
import { isPassingFailure, sharePicture } from './upload-picture.ts';

/** The two parts of a Slack digest: the compact message, then the coverage picture. */
export type SlackPost = { kind: 'message'; message: SlackMessage } | { kind: 'picture'; digest: Digest };

/** The event type of the metadata every scheduled digest message carries (Slack shows it to developers only). */
export const DIGEST_EVENT_TYPE = 'digestbot_digest_part';

/**
 * The picture's file name names its date: a file upload carries no message metadata, and a channel has one
 * subscription, so the date is enough to find a scheduled picture again.
 */
export const pictureFileName = (key: PartKey): string => `coverage-${key.localDate}.png`;

/** How far back a lapsed delivery is looked for: pages of the channel's newest messages. */
const HISTORY_PAGES = 5;
const HISTORY_PAGE_SIZE = 200;

interface HistoryMessage {
  ts?: string;
  user?: string;
  bot_id?: string;
  metadata?: { event_type?: string; event_payload?: Record<string, unknown> };
  files?: { name?: string }[];
}

/**
 * Posts the daily digest to a Slack channel with chat.postMessage in its compact form, then the coverage picture, as
 * two parts of the ledger. Each message carries its ledger key as message metadata, so after a crash the part can be
 * found again with conversations.history (include_all_metadata; scopes channels:history and groups:history). A
 * picture Slack fails to take for the moment (a 5xx, a rate limit, a broken connection) fails its part, which the
 * scheduler retries alone; one that cannot be drawn or that Slack refuses for good is logged and counts as done.
 */
export class SlackPublisher implements Publisher<SlackPost> {
  readonly platform = 'slack' as const;
  private me: Promise<{ userId: string; botId: string }> | null = null;
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

  async send(s: Subscription, post: SlackPost, key: PartKey): Promise<{ messageId: string }> {
    if (post.kind === 'picture') {
      const shared = await sharePicture(this.client, s.channel, post.digest, this.picture, pictureFileName(key));
      if (shared.ok) return { messageId: 'coverage-picture' };
      // Slack failing for the moment fails this part alone: the message before it is recorded, so the retry posts
      // the picture only. A picture that cannot be drawn, or that Slack refuses for good, would fail every retry too.
      if (shared.stage === 'upload' && isPassingFailure(shared.err)) throw new Error(`coverage picture not uploaded (${(shared.err as Error).message})`, { cause: shared.err });
      this.logger.warn({ platform: 'slack', channel: s.channel, err: shared.err }, 'coverage picture not posted');
      return { messageId: 'coverage-picture-not-posted' };
    }
    const res = await this.client.chat.postMessage({
      channel: s.channel,
      text: post.message.text,
      blocks: post.message.blocks,
      metadata: { event_type: DIGEST_EVENT_TYPE, event_payload: { key: partKeyText(key), part: key.part } },
    });
    if (!res.ts) throw new Error(`Slack returned no message id for channel ${s.channel}`);
    return { messageId: res.ts };
  }

  /** The part in the channel's recent history, posted by this bot: by its metadata, or the picture by its file name. */
  async findPosted(s: Subscription, post: SlackPost, key: PartKey): Promise<{ messageId: string } | null> {
    const me = await this.identity();
    const ours = (m: HistoryMessage) => m.user === me.userId || m.bot_id === me.botId;
    const matches =
      post.kind === 'message'
        ? (m: HistoryMessage) => m.metadata?.event_type === DIGEST_EVENT_TYPE && m.metadata.event_payload?.key === partKeyText(key)
        : (m: HistoryMessage) => !!m.files?.some((f) => f.name === pictureFileName(key));
    let cursor: string | undefined;
    for (let page = 0; page < HISTORY_PAGES; page++) {
      const res = await this.client.conversations.history({ channel: s.channel, limit: HISTORY_PAGE_SIZE, include_all_metadata: true, ...(cursor ? { cursor } : {}) });
      const hit = (res.messages as HistoryMessage[] | undefined)?.find((m) => ours(m) && matches(m));
      if (hit?.ts) return { messageId: post.kind === 'message' ? hit.ts : 'coverage-picture' };
      cursor = res.response_metadata?.next_cursor || undefined;
      if (!res.has_more || !cursor) break;
    }
    return null;
  }

  /** Who this bot is, asked once (auth.test): only its own messages count as posted. */
  private identity(): Promise<{ userId: string; botId: string }> {
    this.me ??= this.client.auth.test().then((r) => {
      if (!r.user_id || !r.bot_id) throw new Error('Slack auth.test named no bot user');
      return { userId: r.user_id, botId: r.bot_id };
    });
    return this.me.catch((err: unknown) => {
      this.me = null;
      throw err;
    });
  }
}
