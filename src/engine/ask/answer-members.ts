/**
 * "Who were the other 21 prisoners?": a question about the make-up of a counted group is answered by what the
 * coverage counts with that number ("69 women and 21 children"); outlets counting different kinds disagree.
 */
import type { Sentence } from '../types.ts';
import type { Question } from './question.ts';
import type { Answer } from './answer-types.ts';
import type { Scored } from './evidence.ts';
import { answered, disagreement } from './answer-common.ts';
import { lemma } from '../text/tokens.ts';
import { oneLine } from '../source-ref.ts';

/** "who were the (other) 21 …", "what are the remaining 3 …": the number whose kind is asked. */
const ASKS_MEMBERS = /\b(?:who|what)\s+(?:were|are|was|is)\s+the\s+(?:other\s+|remaining\s+)?(\d[\d,]*)\b/i;
const MIN = 0.5;

export function answerMembers(q: Question, evidence: () => Scored[]): Answer | null {
  const m = ASKS_MEMBERS.exec(q.text);
  if (!m) return null;
  const scored = evidence();
  const n = Number(m[1]!.replace(/,/g, ''));
  const kinds = new Map<string, { text: string; s: Sentence }[]>();
  for (const x of scored) {
    if (x.coverage < MIN) continue;
    for (const qq of x.sentence.quantities) {
      if (qq.value !== n || !qq.unit || qq.inherited) continue;
      const text = oneLine(x.sentence.text.slice(qq.span.start - x.sentence.span.start, qq.span.end - x.sentence.span.start));
      const key = lemma(qq.unit.toLowerCase());
      (kinds.get(key) ?? kinds.set(key, []).get(key)!).push({ text, s: x.sentence });
    }
  }
  const sides = [...kinds.values()];
  if (!sides.length) return null;
  if (sides.length === 1) return answered(q, sides[0]![0]!.text, sides[0]!.map((h) => h.s));
  // Two kinds in one outlet's own words may both be true of different groups; only outlets apart disagree.
  const publishers = new Set(sides.map((g) => g[0]!.s.publisher));
  if (publishers.size < sides.length) return null;
  return disagreement(q, sides.map((g) => ({ value: g[0]!.text, sentences: g.map((h) => h.s) })), 2);
}
