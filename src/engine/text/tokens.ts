import { ABBREVIATIONS } from './lexicon.ts';

/** Word-level tokens with character offsets, so anything read from them maps back to the exact source text. */

export interface Token {
  text: string;
  start: number;
  end: number;
  kind: 'word' | 'number' | 'punct';
}

// Order matters: initialisms ("U.S."), numbers with their hyphenated tails ("50-for-50", "30-day"), words with
// inner apostrophes or hyphens ("France's", "Franco-German"), then any other single visible character.
const TOKEN = /(?:\p{L}\.){2,}|(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:st|nd|rd|th|s)?(?:-[\p{L}\d]+(?:,\d{3})*)*|[\p{L}\p{M}][\p{L}\p{M}\d]*(?:['’\-][\p{L}\p{M}\d]+)*\.?|\S/gu;

// Built once: tsx's transform rebuilds a regular expression with \p{…} outside brackets wherever it is written.
const LETTER = /\p{L}/u;
const INITIALISM = /^(?:\p{L}\.){2,}$/u;

/** Splits `text[start, end)` into tokens whose offsets are absolute in `text`. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    let raw = m[0];
    // A trailing full stop belongs to the word only for abbreviations; the sentence splitter has already decided.
    if (raw.length > 1 && raw.endsWith('.') && LETTER.test(raw[0]!) && !INITIALISM.test(raw) && !ABBREVIATIONS.has(raw.slice(0, -1).toLowerCase())) {
      raw = raw.slice(0, -1);
    }
    const s = start + m.index;
    const kind = /^\d/.test(raw) ? 'number' : /^[\p{L}\p{M}]/u.test(raw) ? 'word' : 'punct';
    out.push({ text: raw, start: s, end: s + raw.length, kind });
    if (raw.length < m[0].length) {
      out.push({ text: '.', start: s + raw.length, end: s + raw.length + 1, kind: 'punct' });
    }
  }
  return out;
}

/** Lower-cases and strips a possessive ending: "France’s" → "france". */
export function bare(word: string): string {
  const w = word.toLowerCase();
  const last = w[w.length - 1];
  if (last === 's' && (w[w.length - 2] === "'" || w[w.length - 2] === '’')) return w.slice(0, -2);
  return last === "'" || last === '’' ? w.slice(0, -1) : w;
}

/** A light lemma: plural and verb endings off, enough to match "prisoners" with "prisoner" and "confirmed" with "confirm". */
export function lemma(word: string): string {
  const w = bare(word);
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) return w.slice(0, -3) + 'y';
  if (w.endsWith('men')) return w.slice(0, -3) + 'man';
  // "witnesses", "inches", "boxes": the plural's "es" goes with its "s".
  if (/(?:ss|sh|x|tch|rch|nch|zz)es$/.test(w)) return w.slice(0, -2);
  if (/(?:ss|us|is)$/.test(w)) return w;
  if (w.endsWith('s')) return w.slice(0, -1);
  return w;
}

/** A first letter in upper case, as Unicode classes it ("Ángel", "Łódź"). Shared and built once: see LETTER. */
export const STARTS_UPPERCASE = /^\p{Lu}/u;

export function isCapitalised(word: string): boolean {
  const c = word[0];
  return c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();
}
