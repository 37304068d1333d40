/**
 * Participles that describe a thing rather than say what happened: "the rescued workers", "the collapsed tunnel". A
 * question's verb matched only in such a participle is not the sentence's event.
 */
import type { Question } from './question.ts';
import { mainVerb } from './main-verb.ts';
import { termKey } from '../text/stem.ts';
import { tokensOf } from './token-cache.ts';
import { DETERMINERS } from './answer-type.ts';

const isDeterminer = (w: string) => DETERMINERS.has(w.toLowerCase());


/** "When did the tunnel collapse?": after "did" and its subject, the question's last word is its verb. */
export function askedVerb(q: Question): string | undefined {
  const main = mainVerb(q);
  if (main && !isDeterminer(main)) return main;
  return /^(?:did|does|do)$/.test(q.words[q.type.to] ?? '') ? q.words[q.words.length - 1] : undefined;
}

/** Match keys of the question's participles that describe a noun ("the rescued workers"), not say what happened. */
export function describingParticiples(q: Question): Set<string> {
  const out = new Set<string>();
  q.words.forEach((w, i) => {
    if (i > 0 && /[a-z]{3,}ed$/.test(w) && isDeterminer(q.words[i - 1]!) && /^[a-z]/.test(q.words[i + 1] ?? '') && !STOP_AFTER.test(q.words[i + 1] ?? '')) out.add(termKey(w));
  });
  return out;
}
const STOP_AFTER = /^(?:by|in|on|at|to|from|for|with|of|and|or|was|were|is|are|had|has)$/;

/** Whether a sentence uses the verb (by its match key) only as a participle before a noun: "the collapsed tunnel". */
export function onlyDescribes(text: string, verbKey: string): boolean {
  const { tokens, keys } = tokensOf(text);
  let seen = false;
  for (let k = 0; k < tokens.length; k++) {
    if (keys[k] !== verbKey) continue;
    seen = true;
    const before = tokens[k - 1]?.text ?? '';
    const after = tokens[k + 1];
    if (!(/ed$/i.test(tokens[k]!.text) && isDeterminer(before) && after?.kind === 'word' && !STOP_AFTER.test(after.text.toLowerCase()))) return false;
  }
  return seen;
}
