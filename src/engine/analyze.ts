/**
 * Reads one cleaned article into sentences: tokens, quantities, attribution, hedging, entities and dates.
 * Runs once per article; everything later (facts, digest, answers) works on its output.
 */
import type { Article, Quantity, Span } from './types.ts';
import type { CleanedArticle } from './clean.ts';
import { tokenize, isCapitalised } from './text/tokens.ts';
import { splitSentences } from './text/sentences.ts';
import { extractQuantities } from './text/numbers.ts';
import { extractDates, type DateMention } from './text/dates.ts';
import { properNouns } from './text/phrases.ts';
import { termKey } from './text/stem.ts';
import { BACKWARD_HEDGE, HEDGES, STOPWORDS } from './text/lexicon.ts';
import { attribute, type RawAttribution } from './attribution.ts';

export interface AnalysedSentence {
  span: Span;
  text: string;
  terms: string[];
  quantities: Quantity[];
  attribution: RawAttribution | null;
  hedged: boolean;
  entities: string[];
  /** Capitalised words of the sentence, lower-cased, used to compare contexts across outlets. */
  names: string[];
  dates: DateMention[];
  position: number;
}

const HEDGING_CUES = new Set(['claim', 'allege', 'suggest']);

/** Content terms of a token list: synonym-class or stem keys, numbers as "#value". */
export function contentTerms(words: string[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    const lw = w.toLowerCase();
    if (!/\p{L}/u.test(w) || STOPWORDS.has(lw) || lw.length < 2) continue;
    out.push(termKey(w));
  }
  return out;
}

export function analyseArticle(article: Article, cleaned: CleanedArticle): AnalysedSentence[] {
  const text = article.text;
  const out: AnalysedSentence[] = [];
  let previous: RawAttribution | null = null;
  const recent: RawAttribution[] = [];

  for (const para of cleaned.paragraphs) {
    for (const span of splitSentences(text, para)) {
      const tokens = tokenize(text, span.start, span.end);
      const sentenceText = text.slice(span.start, span.end);
      const att = attribute(tokens, text, { previous, recent });
      const hedged = HEDGES.some((h) => h.test(sentenceText)) || (att !== null && HEDGING_CUES.has(att.cue));
      if (BACKWARD_HEDGE.test(sentenceText) && out.length > 0) out[out.length - 1]!.hedged = true;

      const nouns = properNouns(tokens, text).filter((p) => !att || p.to < att.from || p.from > att.to);
      const quantities = extractQuantities(tokens);
      const numberTerms = quantities.map((q) => `#${q.value}`);
      out.push({
        span,
        text: sentenceText,
        terms: [...contentTerms(tokens.filter((t) => t.kind === 'word').map((t) => t.text)), ...numberTerms],
        quantities,
        attribution: att,
        hedged,
        entities: nouns.map((n) => n.text),
        names: tokens.filter((t) => t.kind === 'word' && isCapitalised(t.text)).map((t) => t.text.toLowerCase()),
        dates: extractDates(tokens, text),
        position: out.length,
      });
      // Only a source named in this sentence (or resolved for it) can be "he" in the next one.
      previous = att;
      if (att) recent.push(att);
    }
  }
  return out;
}
