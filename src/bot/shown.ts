/**
 * What the bot has shown in chat and can be clicked on later: digests and answers. Each is kept in the store when
 * shown, so a "Sources" or feedback click finds it again after a restart; a click on something the store no longer
 * holds gets a clear message instead of a guess.
 */
import { createHash } from 'node:crypto';
import type { Answer, Conflict, Digest, Fact } from '../engine/index.ts';
import type { Logger } from '../log.ts';
import type { Store } from '../store/types.ts';
import type { BotService } from './service.ts';
import type { ItemRef } from './actions.ts';

export type FoundItem = { kind: 'fact'; date: string; fact: Fact } | { kind: 'conflict'; date: string; conflict: Conflict } | { kind: 'answer'; id: string; answer: Answer };

export type Lookup = { ok: true; item: FoundItem } | { ok: false; text: string };

export interface ShownDeps {
  service: BotService;
  store?: Store | null;
  today: () => string;
  commandName: string;
  clock?: () => Date;
  /** Where a failed write of a shown item is reported (the item stays in memory either way). */
  logger?: Logger;
}

const hash = (s: string) => createHash('sha256').update(s).digest('hex');

/** Remembers in memory what the store cannot (a run with no store), up to a bound. */
const MEMORY = 200;

export class ShownItems {
  private readonly kept = new WeakSet<Digest>();
  private readonly answers = new Map<string, Answer>();
  private readonly digests = new Map<string, Digest>();

  constructor(private readonly deps: ShownDeps) {}

  /** The digest of a date (default today) as the channel sees it, kept for later clicks. */
  digest(date = this.deps.today()): Digest {
    const d = this.deps.service.digest(date);
    this.keep(d);
    return d;
  }

  /** Keeps a digest shown by other means (a daily post), once per digest. */
  keep(d: Digest): void {
    if (this.kept.has(d)) return;
    this.kept.add(d);
    const json = JSON.stringify(d, null, 2);
    // Keyed by its content: the same digest shown twice is stored once.
    this.keepInStore(this.deps.store?.saveDigest({ date: d.date, fingerprint: `shown-${hash(json).slice(0, 16)}`, json }));
    this.remember(this.digests, `${d.date}:${hash(json).slice(0, 16)}`, d);
  }

  /** Answers a question and keeps the answer, with an id for its buttons. `shown` is the question as asked. */
  ask(question: string, shown: string): { answer: Answer; id: string } {
    const answer = { ...this.deps.service.ask(question), question: shown };
    const json = JSON.stringify(answer);
    const id = `a-${hash(json).slice(0, 12)}`;
    this.keepInStore(this.deps.store?.saveAnswer({ id, question: shown, json, createdAt: (this.deps.clock ?? (() => new Date()))().toISOString() }));
    this.remember(this.answers, id, answer);
    return { answer, id };
  }

  /** A store write in the background: what was shown stays in memory too, so a failed write is logged, not thrown. */
  private keepInStore(write: Promise<void> | undefined): void {
    write?.catch((err: unknown) => this.deps.logger?.error({ job: 'shown-items', err }, 'could not store a shown item; it is kept in memory'));
  }

  async find(ref: ItemRef): Promise<Lookup> {
    const again = this.deps.commandName;
    if (ref.kind === 'answer') {
      const stored = await this.deps.store?.answer(ref.id);
      const answer = stored ? (JSON.parse(stored.json) as Answer) : this.answers.get(ref.id);
      return answer ? { ok: true, item: { kind: 'answer', id: ref.id, answer } } : { ok: false, text: `That answer is no longer available; ask again with \`/${again} ask\`.` };
    }
    const candidates = await this.digestsOn(ref.date);
    if (!candidates.length) return { ok: false, text: `The digest of ${ref.date} is no longer available, so its sources cannot be shown. \`/${again} facts\` shows today’s.` };
    for (const d of candidates) {
      const fact = d.facts.find((f) => f.id === ref.id);
      if (fact) return { ok: true, item: { kind: 'fact', date: ref.date, fact } };
      const conflict = d.conflicts.find((c) => c.id === ref.id);
      if (conflict) return { ok: true, item: { kind: 'conflict', date: ref.date, conflict } };
    }
    return { ok: false, text: `That item is no longer in the digest of ${ref.date}. \`/${again} facts\` shows today’s.` };
  }

  /** Stored digests of a date (newest first), then those kept in memory, then today's if the date is today. */
  private async digestsOn(date: string): Promise<Digest[]> {
    const out = ((await this.deps.store?.digestsOn(date)) ?? []).map((s) => JSON.parse(s.json) as Digest);
    for (const d of this.digests.values()) if (d.date === date) out.push(d);
    if (date === this.deps.today()) out.push(this.deps.service.digest(date));
    return out;
  }

  private remember<T>(map: Map<string, T>, key: string, value: T): void {
    map.delete(key);
    map.set(key, value);
    if (map.size > MEMORY) map.delete(map.keys().next().value!);
  }
}
