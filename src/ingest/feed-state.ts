/** Per-feed ETag and Last-Modified, kept beside the corpus (.feeds.json) so the next poll can be conditional. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeAtomic } from '../corpus/write-atomic.ts';

export interface FeedValidators {
  etag: string | null;
  lastModified: string | null;
}

export class FeedState {
  private constructor(
    private readonly path: string,
    private readonly state: Record<string, FeedValidators>,
  ) {}

  static async open(dir: string): Promise<FeedState> {
    const path = join(dir, '.feeds.json');
    let state: Record<string, FeedValidators> = {};
    try {
      state = JSON.parse(await readFile(path, 'utf8')) as Record<string, FeedValidators>;
    } catch {
      // No state yet (or unreadable): the next poll is simply unconditional.
    }
    return new FeedState(path, state);
  }

  get(url: string): FeedValidators | null {
    return this.state[url] ?? null;
  }

  async set(url: string, v: FeedValidators): Promise<void> {
    this.state[url] = v;
    await writeAtomic(this.path, `${JSON.stringify(this.state, null, 2)}\n`);
  }
}
