/**
 * Whether a sentence keeps the question's phrases whole: asked "who won best actress?", "Ann Roe wins best actress"
 * says it in the question's words, "Ivo Roe wins best supporting actress" splits "best actress" with a word that makes
 * it another thing. Bag-of-words coverage scores the two alike.
 */
import type { Question } from './question.ts';
import { tokensOf } from './token-cache.ts';

/** The question's pairs of neighbouring content words, as match keys ("best|actress"). */
export function askedPairs(q: Question): [string, string][] {
  const keyOf = new Map(q.terms.filter((t) => !t.generic).map((t) => [t.word.toLowerCase(), t.key]));
  const pairs: [string, string][] = [];
  for (let i = 0; i + 1 < q.words.length; i++) {
    const a = keyOf.get(q.words[i]!);
    const b = keyOf.get(q.words[i + 1]!);
    if (a && b && a !== b) pairs.push([a, b]);
  }
  return pairs;
}

/**
 * How many of the asked pairs a sentence splits with a word or two set between them ("best supporting actress"),
 * never writing them side by side. (Words farther apart, or across a comma, are no phrase of the question's at all.)
 */
export function phrasesSplit(text: string, pairs: readonly [string, string][]): number {
  if (!pairs.length) return 0;
  const { tokens, keys } = tokensOf(text);
  let split = 0;
  for (const [a, b] of pairs) {
    let whole = false;
    let apart = false;
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] !== a) continue;
      for (let j = i + 1; j <= i + 3 && j < keys.length && tokens[j]!.kind === 'word'; j++) {
        if (keys[j] !== b) continue;
        if (j === i + 1) whole = true;
        else apart = true;
        break;
      }
    }
    if (apart && !whole) split++;
  }
  return split;
}
