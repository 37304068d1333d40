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
 * What was read from the sentences looked at last, keyed by sentence text (or by the sentence): at most `max`, the
 * least recently used dropped first, so a long-running bot does not hold every sentence it ever read twice.
 */
export class RecentReads<V, K = string> {
  // Two generations of at most max / 2, the older dropped whole when the younger fills: a Map trimmed one oldest
  // entry at a time keeps the deleted slots at its front until it rehashes, and `keys().next()` walks past all of
  // them at every insertion (a fifth of a question's time at 10,000 articles).
  private young = new Map<K, V>();
  private old = new Map<K, V>();
  constructor(private readonly max = 8192) {}

  get(text: K): V | undefined {
    const hit = this.young.get(text);
    if (hit !== undefined) return hit;
    const older = this.old.get(text);
    return older === undefined ? undefined : this.set(text, older);
  }

  set(text: K, value: V): V {
    if (this.young.size >= this.max / 2) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(text, value);
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
