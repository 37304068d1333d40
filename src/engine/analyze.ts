/**
 * Reads one cleaned article into sentences: tokens, quantities, attribution, hedging, entities and dates.
 * Runs once per article; everything later (facts, digest, answers) works on its output.
 */
import type { Article, Quantity, Span } from './types.ts';
import type { CleanedArticle } from './clean.ts';
import { tokenize, isCapitalised, type Token } from './text/tokens.ts';
import { splitSentences } from './text/sentences.ts';
import { extractQuantities } from './text/numbers.ts';
import { extractDates, monthDay, type DateMention } from './text/dates.ts';
import { isOrgHead, isTitleWord, properNouns } from './text/phrases.ts';
import { termKey } from './text/stem.ts';
import { BACKWARD_HEDGE, HEDGES, STOPWORDS } from './text/lexicon.ts';
import { attributeAll, kindOf, type RawAttribution } from './attribution.ts';
import { placesIn } from './text/places.ts';
import { quotedPassages, quotedRanges } from './text/quotes.ts';
import { codeTerm, joinedCodeTerm, timeTerms } from './text/codes.ts';

export interface AnalysedSentence {
  span: Span;
  text: string;
  terms: string[];
  quantities: Quantity[];
  attribution: RawAttribution | null;
  claims: { attribution: RawAttribution; terms: string[] }[];
  hedged: boolean;
  entities: string[];
  /** Capitalised words of the sentence, lower-cased, used to compare contexts across outlets. */
  names: string[];
  dates: DateMention[];
  places: string[];
  quoted: string[];
  quotedTerms: string[];
  position: number;
}

const HEDGING_CUES = new Set(['claim', 'allege', 'suggest']);
// Built once: tsx's transform rebuilds a regular expression with \p{…} outside brackets wherever it is written.
const HAS_LETTER = /\p{L}/u;
const NOT_WORD_CHARS = /[^\p{L}\p{N}'’-]+/u;

/** Content terms of a token list: synonym-class or stem keys, numbers as "#value". */
export function contentTerms(words: string[]): string[] {
  const out: string[] = [];
  for (const [i, w] of words.entries()) {
    const lw = w.toLowerCase();
    // "US" is a country, not the pronoun.
    if (!HAS_LETTER.test(w) || (STOPWORDS.has(lw) && !/^[A-Z]{2,}$/.test(w)) || lw.length < 2) continue;
    out.push(termKey(w));
    // "CFO" and "chief financial officer" are one title, however an outlet writes it.
    const spelled = ROLE_ACRONYMS[lw];
    if (spelled && /^[A-Z]{3}$/.test(w)) for (const part of spelled) out.push(termKey(part));
    if (lw === 'chief' && words[i + 2]?.toLowerCase() === 'officer') {
      const acronym = `c${words[i + 1]![0]}o`.toLowerCase();
      if (ROLE_ACRONYMS[acronym]?.[1] === words[i + 1]!.toLowerCase()) out.push(termKey(acronym));
    }
  }
  return out;
}

/** Titles outlets write both as initials and in full. */
const ROLE_ACRONYMS: Record<string, string[]> = Object.assign(Object.create(null) as Record<string, string[]>, {
  ceo: ['chief', 'executive', 'officer'],
  cfo: ['chief', 'financial', 'officer'],
  coo: ['chief', 'operating', 'officer'],
  cto: ['chief', 'technology', 'officer'],
});

/** Splits a sentence's terms between its attributions: each word belongs to the nearest cue. */
function claimTerms(tokens: ReturnType<typeof tokenize>, all: RawAttribution[], quantities: Quantity[]): { attribution: RawAttribution; terms: string[] }[] {
  const words: string[][] = all.map(() => []);
  const nearest = (k: number) => {
    let best = 0;
    all.forEach((a, i) => {
      if (Math.abs(a.cueAt - k) < Math.abs(all[best]!.cueAt - k)) best = i;
    });
    return best;
  };
  tokens.forEach((t, k) => {
    if (t.kind === 'word' && !all.some((a) => k >= a.from && k <= a.to)) words[nearest(k)]!.push(t.text);
  });
  return all.map((a, i) => {
    const mine = quantities.filter((q) => nearest(tokens.findIndex((t) => t.start === q.span.start)) === i).map((q) => `#${q.value}`);
    return { attribution: a, terms: [...contentTerms(words[i]!), ...mine] };
  });
}

/** Bodies a sentence names without quoting them ("the transport ministry laid out …"), as sources "the ministry" may mean. */
function bodiesNamed(tokens: ReturnType<typeof tokenize>, text: string): RawAttribution[] {
  const out: RawAttribution[] = [];
  tokens.forEach((t, k) => {
    // "the budget airline's fleet" names the fleet, not the airline as a source.
    if (t.kind !== 'word' || isCapitalised(t.text) || !isOrgHead(t.text) || /['’]s$/.test(t.text)) return;
    let from = k;
    while (from > 0 && k - from < 2 && tokens[from - 1]!.kind === 'word' && !isCapitalised(tokens[from - 1]!.text) && !STOPWORDS.has(tokens[from - 1]!.text.toLowerCase())) from--;
    if (from === k || !/^the$/i.test(tokens[from - 1]?.text ?? '')) return;
    out.push({ surface: text.slice(tokens[from]!.start, t.end), cue: '', kind: 'organization', from, to: k, cueAt: -1 });
  });
  return out;
}

/** Where a name's title begins: "Gov. Ann Roe" from "Ann", "Governor Ann Roe" from "Ann". */
function titleStart(tokens: Token[], from: number): number {
  if (tokens[from - 1]?.text === '.' && isTitleWord(tokens[from - 2]?.text ?? '')) return from - 2;
  return isTitleWord(tokens[from - 1]?.text ?? '') ? from - 1 : from;
}

/** A sentence that is one quotation and nothing else. */
const WHOLE_QUOTE = /^["“][^"“”]+["”]$/;

/** A name after one of these is a place's ("off Port Alder"), not a person's. */
const LOCATIVE = /^(?:in|at|off|near|from|to|into|outside|inside|across|around)$/i;

export function analyseArticle(article: Article, cleaned: CleanedArticle): AnalysedSentence[] {
  const text = article.text;
  const out: AnalysedSentence[] = [];
  let previous: RawAttribution | null = null;
  let named: RawAttribution | null = null;
  const recent: RawAttribution[] = [];
  const surnames = new Set<string>();

  // The sentence before's quantities, which "19 of them" may count; news often gives each sentence its own paragraph.
  let before: ReturnType<typeof extractQuantities> = [];
  for (const para of cleaned.paragraphs) {
    // The source of the paragraph's sentence before, when that sentence quoted it.
    let quotingBefore: RawAttribution | null = null;
    for (const span of splitSentences(text, para)) {
      const tokens = tokenize(text, span.start, span.end);
      const sentenceText = text.slice(span.start, span.end);
      const all = attributeAll(tokens, text, { previous, recent, named });
      // '"The record has sat in Tarnby for years," Roe said. "It was time to bring it back."': a quote standing alone
      // right after a quote of the same paragraph goes on in the same mouth.
      if (!all.length && quotingBefore && WHOLE_QUOTE.test(sentenceText.trim())) all.push({ ...quotingBefore, from: -1, to: -1, cueAt: -1 });
      const att = all[0] ?? null;
      const hedged = HEDGES.some((h) => h.test(sentenceText)) || (att !== null && HEDGING_CUES.has(att.cue));
      if (BACKWARD_HEDGE.test(sentenceText) && out.length > 0) out[out.length - 1]!.hedged = true;

      const proper = properNouns(tokens, text);
      const nouns = proper.filter((p) => !att || p.to < att.from || p.from > att.to);
      const quantities = extractQuantities(tokens, before);
      before = quantities;
      // Years are not quantities but a question may name one ("freed since March 2022").
      const years = tokens.filter((t) => /^\d{4}$/.test(t.text) && +t.text >= 1900 && +t.text <= 2100).map((t) => `y${t.text}`);
      const dates = extractDates(tokens, text);
      // Calendar dates are terms too, so "released on May 23" finds the sentences dated that day.
      const dateTerms = dates.filter((d) => !d.key.startsWith('rel:')).map((d) => `d${monthDay(d.key)}`);
      const codes = tokens.map((t, k) => codeTerm(t.text) ?? joinedCodeTerm(tokens, k)).filter((c): c is string => c !== null);
      const numberTerms = [...quantities.map((q) => `#${q.value}`), ...years, ...dateTerms, ...codes, ...timeTerms(sentenceText)];
      const quoted = quotedPassages(sentenceText);
      const places = placesIn(text, span.start, span.end).map((p) => p.text);
      const terms = [...contentTerms(tokens.filter((t) => t.kind === 'word').map((t) => t.text)), ...numberTerms];
      out.push({
        span,
        text: sentenceText,
        terms,
        quantities,
        attribution: att,
        claims: all.length <= 1 ? all.map((a) => ({ attribution: a, terms })) : claimTerms(tokens, all, quantities),
        hedged,
        entities: nouns.map((n) => n.text),
        names: tokens.filter((t) => t.kind === 'word' && isCapitalised(t.text)).map((t) => t.text.toLowerCase()),
        dates,
        places,
        quoted,
        quotedTerms: [...new Set(contentTerms(quoted.join(' ').split(NOT_WORD_CHARS)))],
        position: out.length,
      });
      // Only a source named in this sentence (or resolved for it) can be "he" in the next one.
      previous = att;
      quotingBefore = att && att.kind !== 'other' && quoted.length ? att : null;
      // "Presenter Ann Roe shared a picture. She wrote …": the one person the sentence named, for a pronoun to reach.
      // A person's name has two words at least ("Ann Roe"); single words are not weighed at all.
      // …or one word, the surname of a person the article named in full before ("Didier Roe … Roe declined to say").
      // (Not a name inside quotation marks: "Ivo Roe was a fierce man," he said — the speaker speaks of him.)
      const quotes = quotedRanges(sentenceText, span.start);
      const people = proper.filter((p) => ((p.to > p.from && kindOf(p.text) === 'person') || (p.to === p.from && surnames.has(p.text))) && !places.some((x) => x.includes(p.text)) && !LOCATIVE.test(tokens[p.from - 1]?.text ?? '') && !quotes.some(([a, b]) => a <= tokens[p.from]!.start && tokens[p.from]!.start < b));
      for (const p of people) if (p.to > p.from) surnames.add(tokens[p.to]!.text);
      // A sentence naming no one and quoting no one leaves that person the one a pronoun would mean.
      if (att || people.length) named = att?.kind === 'person' ? att : people.length === 1 ? { surface: people[0]!.text, cue: '', kind: 'person', from: -1, to: -1, cueAt: -1 } : null;
      // "the transport ministry laid out a timeline … the ministry said": the body named last is the one meant.
      recent.push(...bodiesNamed(tokens, text).filter((b) => !all.some((a) => a.from <= b.to && b.from <= a.to)));
      // "Gov. Ann Roe flew over the town. … The governor said": a titled person named, not quoted, is whom a later
      // "the governor" means.
      for (const p of people) {
        const from = titleStart(tokens, p.from);
        if (p.to > p.from && (from < p.from || isTitleWord(tokens[p.from]!.text))) recent.push({ surface: text.slice(tokens[from]!.start, tokens[p.to]!.end), cue: '', kind: 'person', from: -1, to: -1, cueAt: -1 });
      }
      if (att) recent.push(att);
    }
  }
  return out;
}
