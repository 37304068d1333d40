/**
 * Subscribing a channel to the daily digest, the same on every platform: check the time and time zone, store or
 * remove the subscription, describe the schedule. Permission checks happen in the adapters (each platform has its
 * own idea of an admin); this only runs once they pass. Bad input stores nothing.
 */
import type { Platform, Store } from '../store/types.ts';
import { checkTime, checkTimeZone, localParts, nextRun } from '../schedule/local-time.ts';

export interface ChannelRef {
  platform: Platform;
  workspace: string;
  channel: string;
  user: string;
}

export interface Reply {
  ok: boolean;
  text: string;
}

function describeNext(now: Date, time: string, timeZone: string): string {
  const next = nextRun(now, time, timeZone);
  const local = localParts(next, timeZone);
  return `${local.date} at ${local.time} (${timeZone})`;
}

export async function subscribe(store: Store, ref: ChannelRef, timeRaw: string | null, zoneRaw: string | null, now: Date): Promise<Reply> {
  if (!timeRaw || !zoneRaw) return { ok: false, text: 'Give a time and a time zone, e.g. `subscribe 08:00 Europe/Kyiv`. Nothing was changed.' };
  const time = checkTime(timeRaw);
  if (!time.ok) return { ok: false, text: `${time.error} Nothing was changed.` };
  const zone = checkTimeZone(zoneRaw);
  if (!zone.ok) return { ok: false, text: `${zone.error} Nothing was changed.` };
  const previous = await store.subscription(ref.platform, ref.workspace, ref.channel);
  await store.subscribe({ platform: ref.platform, workspace: ref.workspace, channel: ref.channel, time: time.value, timeZone: zone.value, subscribedBy: ref.user, createdAt: now.toISOString() });
  return {
    ok: true,
    text: `${previous ? 'Updated' : 'Subscribed'}: this channel gets the daily digest at ${time.value} ${zone.value}. Next post: ${describeNext(now, time.value, zone.value)}.`,
  };
}

export async function unsubscribe(store: Store, ref: ChannelRef): Promise<Reply> {
  return (await store.unsubscribe(ref.platform, ref.workspace, ref.channel))
    ? { ok: true, text: 'Unsubscribed: this channel no longer gets the daily digest.' }
    : { ok: false, text: 'This channel has no daily digest subscription; nothing to remove.' };
}

export async function schedule(store: Store, ref: ChannelRef, now: Date): Promise<Reply> {
  const s = await store.subscription(ref.platform, ref.workspace, ref.channel);
  if (!s) return { ok: true, text: 'This channel gets no daily digest. An admin can start one with `subscribe HH:MM Area/City`.' };
  const today = localParts(now, s.timeZone).date;
  const delivery = await store.delivery(s.id, today);
  const status = delivery?.status === 'sent' ? ' Today’s digest has been posted.' : delivery?.status === 'failed' ? ' Today’s digest could not be posted; the error is in the log.' : '';
  return { ok: true, text: `This channel gets the daily digest at ${s.time} ${s.timeZone} (set by ${s.subscribedBy}). Next post: ${describeNext(now, s.time, s.timeZone)}.${status}` };
}

export const NOT_ALLOWED = 'Only people who manage this server or workspace can change its digest subscription.';
