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
  /** Posts one message and returns the platform's id for it. Throws when the platform refuses. */
  send(subscription: Subscription, message: M): Promise<{ messageId: string }>;
}
