import type { Digest } from '../engine/index.ts';
import type { Platform, Subscription } from '../store/types.ts';

/** Posts a digest to a subscribed channel; one implementation per platform. Throws when the platform refuses. */
export interface Publisher {
  readonly platform: Platform;
  /** Returns the platform's id of the (first) message posted. */
  publish(subscription: Subscription, digest: Digest): Promise<{ messageId: string }>;
}
