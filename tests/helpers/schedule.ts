import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Digest } from '../../src/engine/index.ts';
import type { Publisher } from '../../src/schedule/publisher.ts';
import type { Platform, Subscription } from '../../src/store/types.ts';
import { createLogger } from '../../src/log.ts';

/** A publisher that records what it is sent, and can be told to fail a number of times first. */
export class FakePublisher implements Publisher {
  readonly posts: { channel: string; date: string; at: Date }[] = [];
  failNext = 0;
  constructor(
    readonly platform: Platform = 'discord',
    private readonly clock: () => Date = () => new Date(),
  ) {}
  async publish(s: Subscription, d: Digest): Promise<{ messageId: string }> {
    await Promise.resolve();
    if (this.failNext > 0) {
      this.failNext--;
      throw new Error('platform returned 503');
    }
    this.posts.push({ channel: s.channel, date: d.date, at: this.clock() });
    return { messageId: `m${this.posts.length}` };
  }
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
