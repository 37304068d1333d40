/**
 * The words a corpus writes in lower case somewhere, so a capitalised word opening a sentence ("Passengers had been
 * flung …") is told from a name ("Marrby reported …") by how the same coverage writes it elsewhere.
 */
import type { CorpusIndex } from '../corpus-index.ts';
import type { IsNameWord } from './spans.ts';
import { CAPITALISED_FUNCTION_WORDS, NUMBER_WORDS, SCALE_WORDS } from '../text/lexicon.ts';

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
      // "Hundreds of supporters …", "Dozens were hurt": a count opening a sentence names no one, however rarely the
      // coverage writes the word in lower case.
      if (initial && isCountWord(word.toLowerCase())) return false;
      return !initial || !lower.has(word.toLowerCase());
    };
    cache.set(index, f);
  }
  return f;
}

function isCountWord(w: string): boolean {
  const one = w.endsWith('s') ? w.slice(0, -1) : w;
  return one in NUMBER_WORDS || one in SCALE_WORDS || w in NUMBER_WORDS;
}
