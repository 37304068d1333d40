/** The verb a question is about, read from where English puts it. */
import type { Question } from './question.ts';

/** The first word after the wh-phrase and its auxiliaries: the verb the question is about. */
export function mainVerb(q: Question): string | undefined {
  let v = q.type.to;
  // "how many children were born": past what is counted.
  if (q.unitWord) v = Math.max(v, q.words.indexOf(q.unitWord.toLowerCase(), v) + 1);
  // "how many passengers of the returned ferry decided …": past the phrase that says which ones, to the first past
  // form no determiner stands before ("the returned ferry" describes).
  if (/^(?:of|on|in|aboard|from)$/.test(q.words[v] ?? '')) {
    const k = q.words.findIndex((w, i) => i > v && i - v <= 6 && /[a-z]ed$/.test(w) && !/^(?:the|a|an|its|their)$/.test(q.words[i - 1]!));
    if (k > 0) v = k;
  }
  while (v < q.words.length && /^(?:did|does|do|is|was|were|are|has|have|had|will|would|can|could|should|may|might|being|been|be)$/.test(q.words[v]!)) v++;
  return q.words[v];
}
