import type { Span } from '../types.ts';
import { ABBREVIATIONS } from './lexicon.ts';

const OPENERS = '“‘"\'(«';
const INITIALS = /^(?:\p{L}\.)+\p{L}$/u;
const SENTENCE_OPENERS = /^(?:The|A|An|It|Its|He|She|They|We|I|This|That|These|Those|There|But|And|In|At|On|By|After|Before|When|As)\s/;

/**
 * Splits a paragraph span into sentence spans. A full stop ends a sentence unless it closes an abbreviation or an
 * initial; a quotation opened with a curly quote is kept whole, so a quoted statement and its speaker stay together.
 */
export function splitSentences(text: string, para: Span): Span[] {
  const out: Span[] = [];
  let start = para.start;
  let openQuote = false;
  let quoteAt = 0;
  for (let i = para.start; i < para.end; i++) {
    const c = text[i]!;
    if (c === '“' || (c === '"' && !openQuote && (i === para.start || /[\s(]/.test(text[i - 1]!)))) {
      // An opening quote: curly, or a straight one at the start or after a space.
      openQuote = true;
      quoteAt = i;
    } else if (c === '”' || c === '"') openQuote = false;
    if (c !== '.' && c !== '!' && c !== '?') continue;
    let j = i + 1;
    while (j < para.end && /[.!?]/.test(text[j]!)) j++;
    while (j < para.end && /["'”’)\]“]/.test(text[j]!)) {
      // A stray opening curly quote after end punctuation is a typo for a closing one.
      if (text[j] === '“' || text[j] === '”' || text[j] === '"') openQuote = false;
      j++;
    }
    if (j < para.end && !/\s/.test(text[j]!)) continue;
    let k = j;
    while (k < para.end && /\s/.test(text[k]!)) k++;
    if (k >= para.end) break;
    const next = text[k]!;
    if (!/[\p{Lu}\d]/u.test(next) && !OPENERS.includes(next)) continue;
    if (c === '.') {
      const before = /([\p{L}.]+)\.$/u.exec(text.slice(Math.max(para.start, i - 12), i + 1));
      const word = before?.[1]?.toLowerCase() ?? '';
      // "at 9:07 a.m. The airport lies …": a time's "a.m." ends the sentence when a sentence's first word follows.
      const endsTime = /^[ap]\.m$/.test(word) && SENTENCE_OPENERS.test(text.slice(k, k + 12));
      // "reached 40C. Tarnby …": a letter written onto a number is its unit, not an initial.
      const unitOfNumber = /^\p{L}$/u.test(word) && /\d/.test(text[i - 2] ?? '');
      if (!endsTime && (ABBREVIATIONS.has(word) || ABBREVIATIONS.has(word.replace(/\.$/, '')) || (/^\p{L}$/u.test(word) && !unitOfNumber))) continue;
      // "said B.H.M. Roe, a scientist": initials before a name; "in the U.S. The …" ends at a sentence's first word.
      if (INITIALS.test(word) && !SENTENCE_OPENERS.test(text.slice(k, k + 12))) continue;
    }
    // An unclosed quotation (a scraping slip) must not swallow the rest of the paragraph.
    if (openQuote && i - quoteAt < 400) continue;
    openQuote = false;
    out.push({ start, end: j });
    start = k;
    i = k - 1;
  }
  if (start < para.end) out.push({ start, end: para.end });
  return out.filter((s) => /\p{L}/u.test(text.slice(s.start, s.end)));
}
