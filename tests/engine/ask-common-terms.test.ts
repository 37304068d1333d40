import { describe, expect, it } from 'vitest';
import { ask, buildIndex } from '../../src/engine/index.ts';
import { parseQuestion } from '../../src/engine/ask/question.ts';
import { questionSpeaker, scoreSentences } from '../../src/engine/ask/evidence.ts';
import { makeArticle } from '../helpers/corpus.ts';

// A made-up ferry story told by a hundred outlets, so that one word ("ferry") is in most sentences and a question's
// candidates run past the few hundred kept: scoring leaves such a word out of the candidates read one by one.
const names = ['Brellin', 'Tarnby', 'Oskby', 'Velby', 'Fenport', 'Harlow'];
const articles = Array.from({ length: 100 }, (_, i) => {
  const place = names[i % names.length]!;
  return makeArticle({
    file: `${String(i).padStart(3, '0')}.txt`,
    outlet: `Outlet ${i}`,
    published: `2031-05-${String(1 + (i % 9)).padStart(2, '0')}`,
    text: [
      `The ferry ran aground near ${place} on Monday, the harbour master said.`,
      `Mara Quell said ${10 + (i % 7)} passengers were taken off by lifeboat to the harbour.`,
      `He said the tide had turned early and the ferry drifted.`,
      `The coast guard said the hull of the ferry was not breached in the harbour.`,
      `Officials said the crossing to Tarnby would reopen on Friday.`,
      `A spokesman for the ferry operator said it regretted the delay.`,
      `Residents of ${place} said they heard the harbour horn at dawn.`,
      `The ferry had been refitted in ${2020 + (i % 5)}, the owners said.`,
    ].join('\n\n'),
  });
});
const index = buildIndex(articles);

const QUESTIONS = [
  'what did Mara Quell say?',
  'how many passengers were taken off?',
  'what did the ferry operator say?',
  'what did the coast guard say about the ferry?',
  'what did the harbour master say about the ferry?',
  'where did the ferry run aground?',
  'when will the crossing reopen?',
  'who said the hull was not breached?',
  'what did residents say?',
  'what did officials say about Tarnby?',
];

describe('scoring with a word most sentences hold', () => {
  it('keeps the same sentences, with the same coverage, as scoring every candidate one by one', () => {
    for (const text of QUESTIONS) {
      const q = parseQuestion(text);
      for (const speaker of [questionSpeaker(index, q), null]) {
        const variants = [q, { ...q, terms: q.terms.slice(1) }, { ...q, terms: q.terms.map((t, i) => (i === 0 ? { ...t, scale: 0.3 } : t)) }];
        for (const v of variants) {
          const every = scoreSentences(index, v, speaker, q.terms, Infinity).map((x) => [x.sentence.id, x.coverage]);
          // Every term left out, some of them, the largest only, or the most common word ("say", outscored by the rest).
          for (const from of [1, 90, 150, 300, 450, 480, 520, 700, 900]) {
            const pruned = scoreSentences(index, v, speaker, q.terms, from).map((x) => [x.sentence.id, x.coverage]);
            expect(pruned, `${text} (${from})`).toEqual(every);
          }
        }
      }
    }
  });

  it('has more candidates than it keeps, so the lowest ids of a tie decide', () => {
    const q = parseQuestion('what did the ferry operator say?');
    const ferry = q.terms.find((t) => t.word === 'ferry')!;
    expect(index.stats.postings.get(ferry.key)!.length).toBeGreaterThan(400);
    expect(scoreSentences(index, q, null, undefined, Infinity)).toHaveLength(400);
  });

  it('answers as before', () => {
    expect(ask(index, 'what did Mara Quell say?').status).toBe('answered');
  });
});
