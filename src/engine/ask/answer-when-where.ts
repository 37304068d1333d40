/** When- and where-questions: the date or place the best-fitting sentences give, calendar dates before relative ones. */
import type { Sentence } from '../types.ts';
import type { Question } from './question.ts';
import type { Answer } from './answer-types.ts';
import type { Scored } from './evidence.ts';
import { MIN_COVERAGE, answered } from './answer-common.ts';
import { monthDay } from '../text/dates.ts';
import { CUE_FORMS } from '../text/lexicon.ts';

const SAY_FORMS = [...CUE_FORMS.keys()].join('|');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function answerWhen(q: Question, scored: Scored[]): Answer | null {
  const hits = scored.filter((x) => x.coverage >= MIN_COVERAGE.when && x.sentence.dates.length > 0);
  // "The spokesman said Friday that …": that date is when it was said, not when the thing asked about happens.
  const saidOn = (s: Sentence, surface: string) => new RegExp(`\\b(?:${SAY_FORMS})\\s+(?:on\\s+)?${escape(surface)}`, 'i').test(s.text) && !q.cue;
  if (!hits.length) return null;
  const votes = new Map<string, { surface: string; sentences: Sentence[]; weight: number }>();
  for (const h of hits) {
    for (const d of h.sentence.dates) {
      if (saidOn(h.sentence, d.surface)) continue;
      const key = monthDay(d.key);
      const v = votes.get(key) ?? { surface: d.surface, sentences: [], weight: 0 };
      // Calendar dates beat "Friday" or "last week", which depend on when the article was written.
      v.weight += h.coverage * (key.startsWith('rel:') ? 0.4 : 1);
      v.sentences.push(h.sentence);
      votes.set(key, v);
    }
  }
  const best = [...votes.values()].sort((a, b) => b.weight - a.weight)[0];
  if (!best) return null;
  return answered(q, best.surface, best.sentences);
}
