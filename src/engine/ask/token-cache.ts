/**
 * A sentence's tokens and their match keys, read once for all the questions that look at it: typing a question's
 * candidates tokenizes the same evidence sentences several times (names, the asked verb, the matched words), which
 * was most of a question's time on a large corpus.
 */
import { tokenize, type Token } from '../text/tokens.ts';
import { termKey } from '../text/stem.ts';

export interface Tokens {
  tokens: Token[];
  /** termKey of each word token, '' for the others, by position. */
  keys: string[];
}

/**
 * What was read from the sentences looked at last, keyed by sentence text: at most `max`, the oldest dropped first,
 * so a long-running bot does not hold every sentence it ever read twice.
 */
export class RecentReads<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly max = 8192) {}

  get(text: string): V | undefined {
    return this.map.get(text);
  }

  set(text: string, value: V): V {
    if (this.map.size >= this.max) this.map.delete(this.map.keys().next().value!);
    this.map.set(text, value);
    return value;
  }
}

const read = new RecentReads<Tokens>();

export function tokensOf(text: string): Tokens {
  const hit = read.get(text);
  if (hit) return hit;
  const tokens = tokenize(text);
  return read.set(text, { tokens, keys: tokens.map((t) => (t.kind === 'word' ? termKey(t.text) : '')) });
}
