/**
 * Whether a rival value speaks of the same thing as the answer: its sentence names what the question names and the
 * answer's sentence names ("Acme's shares" is not answered against "Globex's shares"), of the same time.
 */
import type { Sentence } from '../types.ts';
import type { Question } from './question.ts';

const CALENDAR = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)(?:['’]s)?$/;

/** Whether a sentence speaks of an earlier year than the one it was published in ("the 1997 disaster"). */
// A year counted from ("since 2019", "since October 7, 2023") is not the time the sentence speaks of.
const pastYear = (s: Sentence) =>
  !!s.published && [...s.text.matchAll(/(?<!since\s(?:\p{L}+\s\d{1,2},\s)?)\b(?:19|20)\d{2}\b/gu)].some((m) => m[0] < s.published!.slice(0, 4));

export function sameSubject(q: Question, answer: Sentence, rival: Sentence): boolean {
  // A figure from an earlier year ("229 died in the 1997 crash") is of another event, unless the question asks one.
  if (pastYear(rival) && !pastYear(answer) && !q.terms.some((t) => /^y\d{4}$/.test(t.key))) return false;
  // Names of things, not of days or months: "Friday" may be told as "on the same day".
  const names = q.terms
    .filter((t) => /^\p{Lu}/u.test(t.word) && !q.text.startsWith(t.word) && !q.type.focus.includes(t.word.toLowerCase()) && !CALENDAR.test(t.word))
    .map((t) => t.key);
  return names.every((k) => !answer.terms.includes(k) || rival.terms.includes(k));
}
