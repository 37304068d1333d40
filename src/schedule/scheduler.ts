/**
 * The daily scheduler. Every tick (a node-cron job once a minute) it finds subscriptions whose local time has come
 * today, claims the ledger row (so two bot processes on one database post once), posts the day's digest through the
 * platform's publisher and records the message id. A failed post is retried with backoff up to a limit, then marked
 * failed. A slot missed while the bot was down is posted late, once, if it is still the same local day.
 */
import cron, { type ScheduledTask } from 'node-cron';
import { randomUUID } from 'node:crypto';
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
    this.o = { clock: () => new Date(), maxAttempts: 5, retryBaseMs: 60_000, leaseMs: 10 * 60_000, owner: `digestbot-${randomUUID()}`, ...options };
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
    for (const s of store.subscriptions()) {
      if (this.stopping) break;
      const now = this.o.clock();
      const date = this.due(s, now);
      if (!date) continue;
      const publisher = this.o.publishers.find((p) => p.platform === s.platform);
      if (!publisher) continue; // that platform is not running in this process
      const claim = store.claim(s.id, date, this.o.owner, now, this.o.leaseMs);
      if (!claim) continue;
      try {
        const { messageId } = await publisher.publish(s, await this.o.digestFor(date));
        store.markSent(s.id, date, this.o.owner, messageId, this.o.clock());
        report.posted++;
        logger.info({ job: 'daily-digest', platform: s.platform, channel: s.channel, date, messageId, attempt: claim.attempts }, 'digest posted');
      } catch (err) {
        const last = claim.attempts >= this.o.maxAttempts;
        const next = last ? null : new Date(this.o.clock().getTime() + this.o.retryBaseMs * 2 ** (claim.attempts - 1));
        store.markFailed(s.id, date, this.o.owner, err instanceof Error ? err.message : String(err), next, this.o.clock());
        report.failed++;
        logger[last ? 'error' : 'warn']({ job: 'daily-digest', platform: s.platform, channel: s.channel, date, attempt: claim.attempts, retryAt: next?.toISOString() ?? null, err }, last ? 'digest delivery failed for good' : 'digest delivery failed; will retry');
      }
    }
    return report;
  }

  /** Ticks once a minute with node-cron (and once now, to catch up on a slot missed while down). */
  start(): void {
    this.task = cron.schedule('* * * * *', () => void this.tick().catch((err: unknown) => this.o.logger.error({ job: 'daily-digest', err }, 'tick failed')), { name: 'daily-digest', noOverlap: true });
    void this.tick().catch((err: unknown) => this.o.logger.error({ job: 'daily-digest', err }, 'tick failed'));
  }

  /** Stops ticking and waits for a post under way to finish, so nothing claimed is left half-done. */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.task?.destroy();
    this.task = null;
    await this.running?.catch(() => undefined);
  }
}
