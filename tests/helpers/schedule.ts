import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Digest } from '../../src/engine/index.ts';
import { partKeyText, type PartKey, type Publisher } from '../../src/schedule/publisher.ts';
import type { Platform, Subscription } from '../../src/store/types.ts';
import { createLogger } from '../../src/log.ts';

/** A part of a fake digest: which date, and which part of how many. */
export interface FakePart {
  date: string;
  part: number;
}

/**
 * A publisher that records what it is sent, and can be told to fail a number of times first. Its `posts` are the
 * channel: `findPosted` looks there by the ledger key each post carries, as the real publishers look in theirs.
 */
export class FakePublisher implements Publisher<FakePart> {
  readonly posts: { channel: string; date: string; part: number; at: Date; key?: string }[] = [];
  failNext = 0;
  /** How many messages a digest takes. */
  parts = 1;
  /** Fails every post of this part (0-based) while set. */
  failPart: number | null = null;
  /** The next this-many posts are accepted by the platform, and then the call fails (the answer lost on its way). */
  acceptThenFail = 0;
  /** Lookups made in the channel, by key. */
  readonly lookups: string[] = [];
  /** Whether this publisher can look back in the channel (the console cannot). */
  constructor(
    readonly platform: Platform = 'discord',
    private readonly clock: () => Date = () => new Date(),
    canLook = true,
  ) {
    if (!canLook) this.findPosted = undefined;
  }
  async render(d: Digest): Promise<FakePart[]> {
    return Array.from({ length: this.parts }, (_, part) => ({ date: d.date, part }));
  }
  async send(s: Subscription, m: FakePart, key?: PartKey): Promise<{ messageId: string }> {
    await Promise.resolve();
    if (this.failNext > 0 || this.failPart === m.part) {
      if (this.failNext > 0) this.failNext--;
      throw new Error('platform returned 503');
    }
    this.posts.push({ channel: s.channel, date: m.date, part: m.part, at: this.clock(), ...(key ? { key: partKeyText(key) } : {}) });
    if (this.acceptThenFail > 0) {
      this.acceptThenFail--;
      throw new Error('platform returned 502 after accepting the post');
    }
    return { messageId: `m${this.posts.length}` };
  }
  findPosted?: Publisher<FakePart>['findPosted'] = async (s, _m, key) => {
    this.lookups.push(partKeyText(key));
    const i = this.posts.findIndex((p) => p.channel === s.channel && p.key === partKeyText(key));
    return i < 0 ? null : { messageId: `m${i + 1}` };
  };
}

/** A clock the test moves by hand. */
export class TestClock {
  constructor(private t: Date) {}
  now = () => new Date(this.t);
  set(iso: string) {
    this.t = new Date(iso);
  }
  advance(ms: number) {
    this.t = new Date(this.t.getTime() + ms);
  }
}

export const tempDb = () => join(mkdtempSync(join(tmpdir(), 'digestbot-store-')), 'digestbot.sqlite');

export const quietLogger = (lines: string[] = []) => createLogger({ level: 'debug', sink: { write: (l) => lines.push(l) } });

/** A minimal digest for a date: the scheduler only passes it through. */
export const digestOf = (date: string): Digest => ({ title: 't', summary: 's', date, facts: [], conflicts: [], sources: [], dropped: [] });
