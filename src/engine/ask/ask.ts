/**
 * Answers a question from the index with one of three explicit outcomes: `answered` (a short answer and the
 * sentences that back it), `disputed` (each value with its outlets) or `not_found` ("The coverage doesn't say").
 * It never offers a nearest sentence as an answer: evidence must cover the question or there is no answer.
 */
import type { CorpusIndex } from '../corpus-index.ts';
import { parseQuestion } from './question.ts';
import { questionSpeaker, scoreSentences, unknownTerms } from './evidence.ts';
import type { Answer } from './answer-types.ts';
import { notFound } from './answer-common.ts';
import { answerWho } from './answer-who.ts';
import { answerCount } from './answer-count.ts';
import { answerWhen } from './answer-when-where.ts';
import { answerWhat } from './answer-what.ts';
import { answerTyped } from './answer-typed.ts';
import { quotes } from './quoted.ts';

export { NOT_FOUND_ANSWER, type Answer, type AnswerStatus, type Citation } from './answer-types.ts';

/** Answers one question from the index. Pure and fast: the index holds everything already read. */
export function ask(index: CorpusIndex, raw: string): Answer {
  const q = parseQuestion(raw);
  if (!q.text) return notFound(q, 'The question is empty.');
  if (!q.terms.length) return notFound(q, 'The question names nothing the coverage could be searched for.');
  const speaker = questionSpeaker(index, q);
  const missing = unknownTerms(index, q, speaker);
  if (missing.length) return notFound(q, `The coverage never mentions ${missing.map((m) => `“${m}”`).join(', ')}.`);
  // Counts score their own evidence (on the question minus what the number itself must match).
  // A question quoting words is answered only from sentences holding those words.
  const scored = () => scoreSentences(index, q, speaker).filter((x) => q.quoted.every((p) => quotes(x.sentence, p)));
  const want = q.type.want;
  const identity = /^(?:who|whom)\s+(?:is|was|are|were)\s+\p{Lu}/iu.test(q.text);
  const answer =
    q.kind === 'who'
      ? identity ? answerWho(q, scored(), index) : answerTyped(q, scored(), index)
      : q.kind === 'count'
        ? ((want === 'count' || want === 'what') && !q.quoted.length ? answerCount(q, index, speaker) : null) ?? answerTyped(q, scored(), index)
        : q.kind === 'when'
          ? answerTyped(q, scored(), index) ?? (want === 'date' ? answerWhen(q, scored()) : null)
          : q.kind === 'where'
            ? answerTyped(q, scored(), index)
            : answerWhat(q, scored(), speaker);
  return answer ?? notFound(q, `No sentence in the coverage answers this ${q.kind === 'count' ? 'count' : q.kind} question.`);
}

