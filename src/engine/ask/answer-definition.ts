/**
 * "What is the governor?": a thing the coverage defines in passing, in apposition ("the governor, a valve that limits
 * the engine's speed") or with a copula ("a governor is a valve …"). Only those two shapes answer: a sentence that
 * merely mentions the thing says nothing of what it is.
 */
import type { CorpusIndex } from '../corpus-index.ts';
import type { Question } from './question.ts';
import type { Answer } from './answer-types.ts';
import { answered } from './answer-common.ts';
import { termKey } from '../text/stem.ts';
import { oneLine } from '../source-ref.ts';

/** "What is the X?", "What are X?", with an optional relative clause after X that only says which X. */
const ASKS_DEFINITION = /^what\s+(?:is|are|was|were)\s+(?:the\s+|an?\s+)?([a-z][a-z-]+)(?:\s+(?:that|which|who)\b[^?]*)?\?*$/i;

export function answerDefinition(q: Question, index: CorpusIndex): Answer | null {
  const m = ASKS_DEFINITION.exec(q.text);
  if (!m) return null;
  const thing = m[1]!.toLowerCase();
  // "the governor, a valve that limits …," / "governors are valves that …"
  const shapes = [new RegExp(`\\b${thing},\\s+((?:an?)\\s+[^,;:.()]{3,80}?)(?=[,;:.]|$)`, 'i'), new RegExp(`\\b${thing}\\s+(?:is|are|was|were)\\s+((?:an?)\\s+[^,;:.()]{3,80}?)(?=[,;:.]|$)`, 'i')];
  const hits: { answer: string; s: (typeof index.sentences)[number] }[] = [];
  for (const id of index.stats.postings.get(termKey(thing)) ?? []) {
    const s = index.sentences[id]!;
    for (const re of shapes) {
      const found = re.exec(s.text);
      if (found) {
        hits.push({ answer: oneLine(found[1]!), s });
        break;
      }
    }
  }
  if (!hits.length) return null;
  // Outlets defining it differently ("a valve", "a sensor") each said something true of it: the first is shown
  // with every sentence that defines it, so a reader sees them all.
  return answered(q, hits[0]!.answer, hits.map((h) => h.s));
}
