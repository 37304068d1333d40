/** What-questions: what a named source said (the words other outlets print too come first), or the best sentence. */
import type { Sentence } from '../types.ts';
import type { Question } from './question.ts';
import type { Answer } from './answer-types.ts';
import type { Scored } from './evidence.ts';
import { MIN_COVERAGE, citationsFrom } from './answer-common.ts';
import { oneLine } from '../source-ref.ts';
import { STARTS_UPPERCASE } from '../text/tokens.ts';

/** The words in quotation marks of a sentence when they carry most of it, else the sentence itself. */
function quotedContent(s: Pick<Sentence, 'text' | 'quoted'>): string {
  const quoted = s.quoted.join(' … ');
  // A scare-quoted phrase ("a 'sustainable' deal") is not what was said; the sentence is.
  return oneLine(s.quoted.length && quoted.length >= s.text.length * 0.4 ? quoted : s.text);
}

export function answerWhat(q: Question, scored: Scored[], speaker: string | null): Answer | null {
  // "What did X say" about someone the coverage never quotes: other sentences that merely mention X are no answer.
  if (!speaker && q.cue && q.names.length) return null;
  // A sentence that only shares the question's names ("What does Jane Roe do?") says nothing of what is asked.
  const asked = q.terms.filter((t) => !t.generic && !STARTS_UPPERCASE.test(t.word) && !t.key.startsWith('#'));
  const askedKeys = new Set(q.terms.map((t) => t.key));
  // …and one that only restates the question, adding no word of its own, tells nothing it asks.
  const saysIt = (s: Sentence) => (!asked.length || asked.some((t) => s.terms.includes(t.key))) && s.terms.some((t) => !askedKeys.has(t));
  let hits = scored.filter((x) => x.coverage >= MIN_COVERAGE.what && saysIt(x.sentence));
  if (speaker) {
    const own = scored.filter((x) => x.sentence.attribution?.key === speaker);
    const quoted = new Map(own.map((x) => [x.sentence.id, new Set(x.sentence.quotedTerms)]));
    // What a source said: the words in quotation marks that other outlets print too come first.
    // Counted without arrays, and an outlet already counted is not checked again: a source quoted hundreds of times
    // compares every pair of its sentences.
    const corroboration = (s: Sentence) => {
      const mine = quoted.get(s.id)!;
      const outlets = new Set<string>();
      if (mine.size < 2) return 0;
      for (const o of own) {
        if (o.sentence.outlet === s.outlet || outlets.has(o.sentence.outlet)) continue;
        let shared = 0;
        for (const t of quoted.get(o.sentence.id)!) if (mine.has(t) && ++shared === 2) break;
        if (shared === 2) outlets.add(o.sentence.outlet);
      }
      return outlets.size;
    };
    hits = own
      .filter((x) => x.coverage >= MIN_COVERAGE.what)
      .map((x) => ({ ...x, coverage: x.coverage * 0.5 + corroboration(x.sentence) * 0.4 + (quoted.get(x.sentence.id)!.size >= 2 ? 0.3 : 0) }))
      .sort((a, b) => b.coverage - a.coverage || a.sentence.id - b.sentence.id);
  }
  if (!hits.length) return null;
  const top = hits[0]!.sentence;
  const sentences = hits.map((h) => h.sentence);
  const seen = new Set([top.outlet]);
  const others = sentences
    .filter((s) => !seen.has(s.outlet) && (seen.add(s.outlet), true))
    .slice(0, 2)
    .map((s) => `“${quotedContent(s)}” (${s.outlet})`);
  const who = top.attribution?.display;
  return {
    question: q.text,
    status: 'answered',
    answer: quotedContent(top),
    summary: `${who ? `${who}, per ${top.outlet}` : top.outlet}: “${quotedContent(top)}”${others.length ? `; also ${others.join('; ')}` : ''}.`,
    citations: citationsFrom(sentences),
  };
}
