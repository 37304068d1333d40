/**
 * The words a corpus writes in lower case somewhere, so a capitalised word opening a sentence ("Passengers had been
 * flung …") is told from a name ("Halvard reported …") by how the same coverage writes it elsewhere.
 */
import type { CorpusIndex } from '../corpus-index.ts';
import type { IsNameWord } from './spans.ts';
import { CAPITALISED_FUNCTION_WORDS } from '../text/lexicon.ts';

const cache = new WeakMap<CorpusIndex, IsNameWord>();

export function lowerWords(index: CorpusIndex): IsNameWord {
  let f = cache.get(index);
  if (!f) {
    const lower = new Set<string>();
    // The words alone (match, not matchAll): an object per match was 350 MB of garbage at the first question at 10,000 articles.
    const word = /(?<![\p{L}])[a-z][\p{L}’'-]*/gu;
    for (const s of index.sentences) for (const w of s.text.match(word) ?? []) lower.add(w);
    f = (word, initial) => {
      if (CAPITALISED_FUNCTION_WORDS.has(word)) return false;
      return !initial || !lower.has(word.toLowerCase());
    };
    cache.set(index, f);
  }
  return f;
}
