import type { Digest } from '../engine/index.ts';
import type { Platform, Subscription } from '../store/types.ts';

/**
 * Posts a digest to a subscribed channel; one implementation per platform. A digest may take several messages: the
 * scheduler renders them all, posts them one by one and records each in the ledger as it is accepted, so a retry or
 * a takeover after a crash resumes from the first part not yet posted.
 */
export interface Publisher<M = unknown> {
  readonly platform: Platform;
  /** The digest as this platform's messages, in order: the same digest gives the same messages. */
  render(digest: Digest): Promise<M[]>;
  /**
   * Posts one message and returns the platform's id for it. Throws when the platform refuses. The message carries
   * `key`, so that `findPosted` can find it again.
   */
  send(subscription: Subscription, message: M, key: PartKey): Promise<{ messageId: string }>;
  /**
   * Looks in the channel for the part `key` names: a post the platform accepted but the ledger never recorded (the
   * process died, or the answer was lost, in between). Null when it is not there; throws when the channel cannot be
   * read, so the attempt is retried rather than risk a second copy. A publisher that cannot look back omits it.
   */
  findPosted?(subscription: Subscription, message: M, key: PartKey): Promise<{ messageId: string } | null>;
}

/** Which ledger entry a platform message belongs to: one part of one subscription's digest of one local date. */
export interface PartKey {
  subscriptionId: number;
  localDate: string;
  /** 0 for the first message. */
  part: number;
}

/** The ledger key as text, as messages carry it: `<subscription>/<local date>/<part>`. */
export const partKeyText = (k: PartKey): string => `${k.subscriptionId}/${k.localDate}/${k.part}`;
