/**
 * Noun phrases that can name a source, a place or a date, read from tokens with capitalisation and small lexicons
 * (no tagger): "government spokesman John Doe", "France's Ministry of Health", "regional Gov. Ana Silva".
 */
import type { Token } from './tokens.ts';
import { bare, isCapitalised, lemma } from './tokens.ts';
import { CAPITALISED_FUNCTION_WORDS, MONTHS, ORG_HEADS, STOPWORDS, TITLE_ABBREVIATIONS, TITLE_MODIFIERS, TITLE_WORDS, WEEKDAYS } from './lexicon.ts';

const INITIAL = /^[A-Z]$/;
const CONNECTORS = new Set(['of', 'for', 'the', 'and', '&', 'de', 'on']);
const ORG_MODIFIERS = new Set(['air', 'naval', 'border', 'emergency', 'emergencies', 'health', 'security', 'fire', 'coast', 'interior', 'justice', 'finance', 'energy', 'education', 'transport', 'armed', 'civil', 'defense', 'defence', 'foreign', 'intelligence', 'media', 'state', 'news', 'rescue', 'prosecutor', "prosecutor's", 'city', "city's", 'regional', 'military', 'public', 'prison']);

export function isTitleWord(w: string): boolean {
  const b = bare(w).replace(/\.$/, '');
  return TITLE_WORDS.has(b) || TITLE_WORDS.has(b + '.') || TITLE_WORDS.has(lemma(b));
}

/** A word naming a role held by a person (not a modifier such as "foreign" or "regional"). */
export function isRoleWord(w: string): boolean {
  const b = bare(w).replace(/\.$/, '');
  return isTitleWord(w) && !TITLE_MODIFIERS.has(b);
}

export function isOrgHead(w: string): boolean {
  const b = bare(w);
  return ORG_HEADS.has(b) || ORG_HEADS.has(lemma(b));
}

const isMonthOrDay = (w: string) => bare(w) in MONTHS || WEEKDAYS.has(bare(w));

/** A token that can sit inside a name. */
/** A surname written with a lower-case particle: "al-Rashid", "el-Sayed", "bin-Talal". */
export const NAME_PARTICLE = /^(?:al|el|ad|as|ash|at|az|bin|ibn|abu|ben)-\p{Lu}/u;

function nameLike(t: Token): boolean {
  if (t.kind !== 'word') return false;
  if (isCapitalised(t.text)) return !CAPITALISED_FUNCTION_WORDS.has(t.text) && !isMonthOrDay(t.text);
  if (NAME_PARTICLE.test(t.text)) return true;
  const lw = t.text.toLowerCase();
  return isTitleWord(lw) || isOrgHead(lw) || ORG_MODIFIERS.has(lw);
}

export interface Phrase {
  from: number;
  to: number; // inclusive token index
  text: string;
}

function trim(tokens: Token[], from: number, to: number, text: string): Phrase | null {
  while (from <= to && (tokens[from]!.kind !== 'word' || CONNECTORS.has(tokens[from]!.text.toLowerCase()) || (CAPITALISED_FUNCTION_WORDS.has(tokens[from]!.text) && !(from < to && /^(?:both|all)$/i.test(tokens[from]!.text) && !isCapitalised(tokens[from + 1]!.text))))) from++;
  const closingNumber = (k: number) => tokens[k]!.kind === 'number' && k > from && isCapitalised(tokens[k - 1]!.text);
  while (to >= from && ((tokens[to]!.kind !== 'word' && !closingNumber(to)) || CONNECTORS.has(tokens[to]!.text.toLowerCase()))) to--;
  if (from > to) return null;
  const words = tokens.slice(from, to + 1);
  // A source needs a capitalised name or a head noun for a body or a role ("the ministry", "a senior official").
  if (!words.some((w) => isCapitalised(w.text) && !CAPITALISED_FUNCTION_WORDS.has(w.text)) && !words.some((w) => isOrgHead(w.text) || isTitleWord(w.text))) return null;
  return { from, to, text: text.slice(tokens[from]!.start, tokens[to]!.end) };
}

/** The name-like phrase that ends just before token `end` (exclusive), reading backwards. */
export function phraseBefore(tokens: Token[], end: number, text: string): Phrase | null {
  let k = end - 1;
  let from = end;
  while (k >= 0) {
    const t = tokens[k]!;
    // "the organisers of Tarnby 2031": a number closing a name is part of it.
    if (nameLike(t) || (t.kind === 'number' && k === end - 1 && k > 0 && isCapitalised(tokens[k - 1]!.text))) from = k;
    // "P. Roe": an initial and its full stop open the name.
    else if (t.text === '.' && from === k + 1 && k > 0 && INITIAL.test(tokens[k - 1]!.text)) from = --k;
    // ("Velco Airlines and Tarnair said": a body's name complete before "and" is one of two speakers.)
    else if (CONNECTORS.has(t.text.toLowerCase()) && k > 0 && nameLike(tokens[k - 1]!) && from === k + 1 && !(t.text.toLowerCase() === 'and' && isOrgHead(tokens[k - 1]!.text))) from = k;
    // "Ilse Marrow of the Harbour Guard", "the Ministry of the Interior": "of the" inside a name.
    else if (t.text === 'the' && from === k + 1 && tokens[k - 1]?.text === 'of' && k > 1 && nameLike(tokens[k - 2]!)) from = --k;
    else if (t.text === 'the' || t.text === 'The' || t.text === 'a' || t.text === 'A') {
      from = k;
      break;
    } else {
      // "Both sides said": the quantifier is part of who speaks.
      if (/^(?:both|all)$/i.test(t.text) && from < end && !isCapitalised(tokens[from]!.text)) from = k;
      break;
    }
    k--;
  }
  if (from >= end) return null;
  // "the regional civil protection agency": a body named in lower case, back to its article.
  if (from === end - 1 && isOrgHead(tokens[from]!.text) && !isCapitalised(tokens[from]!.text)) {
    for (let b = from - 1; b >= Math.max(0, from - 5); b--) {
      const w = tokens[b]!;
      if (/^(?:the|a|an)$/i.test(w.text)) {
        if (b < from - 1) return trim(tokens, b + 1, end - 1, text);
        break;
      }
      if (w.kind !== 'word' || STOPWORDS.has(w.text.toLowerCase()) || isCapitalised(w.text)) break;
    }
  }
  return trim(tokens, from, end - 1, text);
}

/** The name-like phrase that starts at token `start`, reading forwards; leading articles are skipped. */
const RETIRED = /^(?:retd|ret|retired)\.?$/i;

export function phraseAfter(tokens: Token[], start: number, text: string): Phrase | null {
  let k = start;
  while (k < tokens.length && /^(?:the|a|an)$/i.test(tokens[k]!.text)) k++;
  const from = k;
  let to = k - 1;
  while (k < tokens.length) {
    const t = tokens[k]!;
    if (nameLike(t) || (t.kind === 'punct' && t.text === '.' && k > from && (TITLE_ABBREVIATIONS.has(tokens[k - 1]!.text.toLowerCase()) || INITIAL.test(tokens[k - 1]!.text)))) to = k;
    else if (CONNECTORS.has(t.text.toLowerCase()) && k + 1 < tokens.length && nameLike(tokens[k + 1]!) && !(t.text.toLowerCase() === 'and' && isOrgHead(tokens[k - 1]?.text ?? ''))) to = k;
    else if (CONNECTORS.has(t.text.toLowerCase()) && /^the$/i.test(tokens[k + 1]?.text ?? '') && tokens[k + 2] && nameLike(tokens[k + 2]!)) to = ++k;
    // "Lt Gen (retd) Jane Roe": a rank's "(retd)" sits inside the name.
    else if (t.text === '(' && k > from && RETIRED.test(tokens[k + 1]?.text ?? '') && tokens[k + 2]?.text === ')' && tokens[k + 3] && nameLike(tokens[k + 3]!)) k += 2;
    else break;
    k++;
  }
  if (to < from) return null;
  return trim(tokens, from, to, text);
}

/** Proper-noun runs of a sentence (months, weekdays and sentence-initial function words aside). */
export function properNouns(tokens: Token[], text: string): Phrase[] {
  const out: Phrase[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || !isCapitalised(t.text) || CAPITALISED_FUNCTION_WORDS.has(t.text) || isMonthOrDay(t.text)) continue;
    let to = k;
    while (to + 1 < tokens.length) {
      const n = tokens[to + 1]!;
      if (n.kind === 'word' && isCapitalised(n.text) && !isMonthOrDay(n.text) && !CAPITALISED_FUNCTION_WORDS.has(n.text)) to++;
      else break;
    }
    out.push({ from: k, to, text: text.slice(t.start, tokens[to]!.end) });
    k = to;
  }
  return out;
}
