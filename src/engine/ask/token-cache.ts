/**
 * A sentence's tokens and their match keys, read once for all the questions that look at it: typing a question's
 * candidates tokenizes the same evidence sentences several times (names, the asked verb, the matched words), which
 * was most of a question's time on a large corpus. Bounded, oldest first out, so a long-running bot does not hold
 * every sentence it ever read twice.
 */
import { tokenize, type Token } from '../text/tokens.ts';
import { termKey } from '../text/stem.ts';

export interface Tokens {
  tokens: Token[];
  /** termKey of each word token, '' for the others, by position. */
  keys: string[];
}

const MAX = 8192;
const cache = new Map<string, Tokens>();

export function tokensOf(text: string): Tokens {
  let hit = cache.get(text);
  if (!hit) {
    const tokens = tokenize(text);
    hit = { tokens, keys: tokens.map((t) => (t.kind === 'word' ? termKey(t.text) : '')) };
    if (cache.size >= MAX) cache.delete(cache.keys().next().value!);
    cache.set(text, hit);
  }
  return hit;
}
