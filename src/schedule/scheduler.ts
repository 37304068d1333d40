/**
 * The daily scheduler. Every tick (a node-cron job once a minute) it finds subscriptions whose local time has come
 * today, claims the ledger row (so two bot processes on one database post once), posts the day's digest through the
 * platform's publisher part by part, recording each part as it is accepted, and records the first message's id. A failed post is retried with backoff up to a limit, then marked
 * failed. A slot missed while the bot was down is posted late, once, if it is still the same local day.
 */
import cron, { type ScheduledTask } from 'node-cron';
import { createHash, randomUUID } from 'node:crypto';
import type { Digest } from '../engine/index.ts';
import type { Logger } from '../log.ts';
import type { Store, Subscription } from '../store/types.ts';
import type { Publisher } from './publisher.ts';
import { localParts } from './local-time.ts';

export interface SchedulerOptions {
  store: Store;
  publishers: Publisher[];
  /** The digest for a local date (built or reused by the caller). */
  digestFor: (date: string) => Digest | Promise<Digest>;
  /**
   * Runs before a due delivery of `date` is claimed (the runtime polls feeds here), so slow work never holds a claim
   * or outlasts a lease. A failure is logged; the post goes out with what there is.
   */
  prepare?: (date: string) => Promise<void>;
  logger: Logger;
  clock?: () => Date;
  /** Attempts before a delivery is marked failed. */
  maxAttempts?: number;
  /** First retry delay; doubled after each failure. */
  retryBaseMs?: number;
  /** How long a claim is held; a process that dies mid-post loses it after this. */
  leaseMs?: number;
  /** Identifies this process in the ledger. */
  owner?: string;
}

export interface TickReport {
  posted: number;
  failed: number;
}

export class Scheduler {
  private readonly o: Required<SchedulerOptions>;
  private task: ScheduledTask | null = null;
  private running: Promise<TickReport> | null = null;
  private stopping = false;

  constructor(options: SchedulerOptions) {
    this.o = { clock: () => new Date(), prepare: async () => undefined, maxAttempts: 5, retryBaseMs: 60_000, leaseMs: 10 * 60_000, owner: `digestbot-${randomUUID()}`, ...options };
  }

  /** Whether a subscription's slot has come on its local day (and the subscription existed by then). */
  private due(s: Subscription, now: Date): string | null {
    const here = localParts(now, s.timeZone);
    if (here.time < s.time) return null;
    // Subscribed today after the slot: the first post is tomorrow's, not an immediate surprise.
    const created = localParts(new Date(s.createdAt), s.timeZone);
    if (created.date === here.date && created.time > s.time) return null;
    return here.date;
  }

  /** One pass over the subscriptions. Each delivery is isolated: one failing never stops the others. */
  async tick(): Promise<TickReport> {
    if (this.running) return this.running;
    this.running = this.pass().finally(() => (this.running = null));
    return this.running;
  }

  private async pass(): Promise<TickReport> {
    const report: TickReport = { posted: 0, failed: 0 };
    const { store, logger } = this.o;
    for (const s of await store.subscriptions()) {
      if (this.stopping) break;
      const now = this.o.clock();
      const date = this.due(s, now);
      if (!date) continue;
      const publisher = this.o.publishers.find((p) => p.platform === s.platform);
      if (!publisher) continue; // that platform is not running in this process
      const status = (await store.delivery(s.id, date))?.status;
      if (status === 'sent' || status === 'failed') continue;
      await this.o.prepare(date).catch((err: unknown) => logger.error({ job: 'daily-digest', date, err }, 'preparing the digest failed; posting with what there is'));
      if (this.stopping) break;
      const claim = await store.claim(s.id, date, this.o.owner, this.o.clock(), this.o.leaseMs);
      if (!claim) continue;
      try {
        // A row tried before (a lapsed claim, or a failed attempt) may have parts the platform accepted unrecorded.
        const { messageId, parts, resumedAt, found } = await this.post(publisher, s, date, claim.attempts > 1);
        await store.markSent(s.id, date, this.o.owner, messageId, this.o.clock());
        report.posted++;
        logger.info({ job: 'daily-digest', platform: s.platform, channel: s.channel, date, messageId, parts, resumedAt, found, attempt: claim.attempts }, 'digest posted');
      } catch (err) {
        const last = claim.attempts >= this.o.maxAttempts;
        const next = last ? null : new Date(this.o.clock().getTime() + this.o.retryBaseMs * 2 ** (claim.attempts - 1));
        await store.markFailed(s.id, date, this.o.owner, err instanceof Error ? err.message : String(err), next, this.o.clock());
        report.failed++;
        logger[last ? 'error' : 'warn']({ job: 'daily-digest', platform: s.platform, channel: s.channel, date, attempt: claim.attempts, retryAt: next?.toISOString() ?? null, err }, last ? 'digest delivery failed for good' : 'digest delivery failed; will retry');
      }
    }
    return report;
  }

  /**
   * Posts the parts of a date's digest not yet in the ledger, recording each as the platform accepts it: a failure at
   * part 2 of 3, or a crash between parts, leaves part 1 recorded, and the next attempt starts at part 2. With
   * `reconcile` (the row was tried before), each unrecorded part is first looked for in the channel: one the platform
   * already has (a process killed after the platform accepted it, before the ledger recorded it) is recorded with its
   * message id instead of being posted again.
   */
  private async post(publisher: Publisher, s: Subscription, date: string, reconcile: boolean): Promise<{ messageId: string; parts: number; resumedAt: number | null; found: number }> {
    const { store, logger } = this.o;
    const messages = await publisher.render(await this.o.digestFor(date));
    // Attached files (a picture's bytes) count by their size: the hash tells a changed digest, cheaply.
    const text = JSON.stringify(messages, (_, v: unknown) => (v && typeof v === 'object' && (v as { type?: unknown }).type === 'Buffer' ? `bytes:${(v as { data: unknown[] }).data.length}` : v));
    const contentHash = createHash('sha256').update(text).digest('hex').slice(0, 16);
    const done = new Map((await store.deliveredParts(s.id, date)).map((p) => [p.part, p]));
    if ([...done.values()].some((p) => p.contentHash !== contentHash)) {
      // The corpus changed between attempts (feeds brought articles); what was posted stays, the rest comes from now.
      logger.warn({ job: 'daily-digest', platform: s.platform, channel: s.channel, date }, 'the digest changed since its first parts were posted; posting the remaining parts of the current one');
    }
    const resumedAt = done.size ? messages.findIndex((_, i) => !done.has(i)) : null;
    let look = reconcile && !!publisher.findPosted;
    let found = 0;
    for (const [part, message] of messages.entries()) {
      if (done.has(part)) continue;
      const key = { subscriptionId: s.id, localDate: date, part };
      const already = look ? await publisher.findPosted!(s, message, key) : null;
      // Parts go out in order: once one is missing from the channel, the ones after it are too.
      if (!already) look = false;
      else {
        found++;
        logger.info({ job: 'daily-digest', platform: s.platform, channel: s.channel, date, part, messageId: already.messageId }, 'part already on the platform; recorded, not posted again');
      }
      const { messageId } = already ?? (await publisher.send(s, message, key));
      const recorded = { part, messageId, contentHash };
      await store.recordPart(s.id, date, recorded, this.o.clock());
      done.set(part, recorded);
    }
    return { messageId: done.get(0)?.messageId ?? [...done.values()][0]!.messageId, parts: messages.length, resumedAt, found };
  }

  /** Ticks once a minute with node-cron (and once now, to catch up on a slot missed while down). */
  start(): void {
    this.task = cron.schedule('* * * * *', () => void this.tick().catch((err: unknown) => this.o.logger.error({ job: 'daily-digest', err }, 'tick failed')), { name: 'daily-digest', noOverlap: true });
    void this.tick().catch((err: unknown) => this.o.logger.error({ job: 'daily-digest', err }, 'tick failed'));
  }

  /**
   * Stops ticking and waits for a post under way to finish, at most `graceMs`: a platform that hangs must not hold a
   * stop. A post cut short is resumed by the next run from its first unrecorded part, once the lease lapses.
   */
  async stop(graceMs = 10_000): Promise<void> {
    this.stopping = true;
    await this.task?.destroy();
    this.task = null;
    if (!this.running) return;
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((r) => (timer = setTimeout(() => r('late'), graceMs)));
    const outcome = await Promise.race([this.running.then(() => 'done' as const, () => 'done' as const), late]);
    clearTimeout(timer);
    if (outcome === 'late') this.o.logger.warn({ job: 'daily-digest', graceMs }, 'stopped with a post under way; the next run resumes it after the lease');
  }
}
