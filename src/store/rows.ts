/** The tables' rows as both stores read them, and their conversion to the Store's types. */
import type { Delivery, Platform, Subscription } from './types.ts';

export interface SubRow {
  id: number;
  platform: Platform;
  workspace: string;
  channel: string;
  time: string;
  time_zone: string;
  subscribed_by: string;
  created_at: string;
}

/** Instants are ISO text in SQLite and timestamptz (read as Date) in PostgreSQL. */
type Instant = string | Date;

export interface DeliveryRow {
  subscription_id: number;
  local_date: string;
  status: Delivery['status'];
  attempts: number;
  last_error: string | null;
  message_id: string | null;
  claimed_by: string | null;
  lease_until: Instant | null;
  next_attempt_at: Instant | null;
  updated_at: Instant;
}

const iso = (t: Instant) => (typeof t === 'string' ? t : t.toISOString());

export const toSub = (r: SubRow): Subscription => ({ id: r.id, platform: r.platform, workspace: r.workspace, channel: r.channel, time: r.time, timeZone: r.time_zone, subscribedBy: r.subscribed_by, createdAt: r.created_at });

export const toDelivery = (r: DeliveryRow): Delivery => ({
  subscriptionId: r.subscription_id,
  localDate: r.local_date,
  status: r.status,
  attempts: r.attempts,
  lastError: r.last_error,
  messageId: r.message_id,
  claimedBy: r.claimed_by,
  leaseUntil: r.lease_until === null ? null : iso(r.lease_until),
  nextAttemptAt: r.next_attempt_at === null ? null : iso(r.next_attempt_at),
  updatedAt: iso(r.updated_at),
});
