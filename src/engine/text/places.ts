/** Places a sentence names after a locative preposition: "in Lisbon", "at the border with Spain". */
import { tokenize, isCapitalised } from './tokens.ts';
import { CAPITALISED_FUNCTION_WORDS, MONTHS, WEEKDAYS } from './lexicon.ts';
import { isOrgHead, isRoleWord } from './phrases.ts';

const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'inside', 'across', 'from', 'into', 'to']);
const SKIP = new Set(['the', 'a', 'an', 'northern', 'southern', 'eastern', 'western', 'central', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'border', 'with', 'port', 'city', 'town', 'village', 'capital', 'region', 'of', 'province',
  // "in the ruins of Tarnby", "on the outskirts of Oskby": a part of the place it is of.
  'ruins', 'rubble', 'outskirts', 'suburbs', 'heart', 'centre', 'center', 'streets', 'edge']);
const GEO_TAIL = new Set(['region', 'province', 'city', 'oblast', 'district', 'state', 'county', 'border', 'port', 'square', 'island', 'valley']);

/** Nouns after which "in" says what is owned: "shares in", "a stake in". */
const OWNED_IN = /^(?:shares|stock|stake|stakes|holding|holdings|investment|investments|interest)$/i;

export interface Place {
  text: string;
  start: number;
  end: number;
}

export function placesIn(text: string, start: number, end: number): Place[] {
  const tokens = tokenize(text, start, end);
  const out: Place[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.text;
    // "the mountain town of X", "the port of X": "of" after a settlement word is locative too.
    // So is "of" after the people who live somewhere: "residents of Oskby".
    const settlementOf = w === 'of' && /^(?:town|city|village|port|region|province|capital|district|suburb|residents|inhabitants|citizens|villagers|townspeople|locals|natives)$/.test(tokens[i - 1]?.text ?? '');
    if (!LOCATIVE.has(w) && !settlementOf) continue;
    if (w === 'to' && tokens[i - 1]?.text.toLowerCase() === 'according') continue; // a source, not a destination
    // "shares in Velco", "a stake in Tarnair": what is owned, not where.
    if (w === 'in' && OWNED_IN.test(tokens[i - 1]?.text ?? '')) continue;
    let k = i + 1;
    let skipped = 0;
    while (k < tokens.length && SKIP.has(tokens[k]!.text) && skipped < 4) {
      k++;
      skipped++;
    }
    const from = k;
    let joinedOf = false;
    while (k < tokens.length) {
      const t = tokens[k]!;
      const ok = t.kind === 'word' && isCapitalised(t.text) && !CAPITALISED_FUNCTION_WORDS.has(t.text) && !(t.text.toLowerCase() in MONTHS) && !WEEKDAYS.has(t.text.toLowerCase()) && !isRoleWord(t.text) && !isOrgHead(t.text);
      if (!ok) {
        // "the University of Brellin", "the Gulf of Oskby", "the Quinta de Tarn": a name runs on through one "of" to
        // another name.
        if (/^(?:of|de|del|da|di|do|du)$/.test(t.text) && k === from + 1 && !joinedOf && tokens[k + 1] && isCapitalised(tokens[k + 1]!.text) && !CAPITALISED_FUNCTION_WORDS.has(tokens[k + 1]!.text)) {
          joinedOf = true;
          k++;
          continue;
        }
        // "Norway’s northern Troms region": a possessive place runs on through direction words to the next name.
        if (k > from && /['’]s$/.test(tokens[k - 1]!.text) && SKIP.has(t.text) && tokens[k + 1] && isCapitalised(tokens[k + 1]!.text)) {
          k++;
          continue;
        }
        break;
      }
      k++;
    }
    // "at S$2.63": a currency's letter is no place.
    if (k === from || (k === from + 1 && tokens[from]!.text.length === 1)) continue;
    let to = k - 1;
    // "the Harbor Fire Department": a capitalised run ending in a body's name is an organisation, not a place.
    if (tokens[k] && isOrgHead(tokens[k]!.text) && isCapitalised(tokens[k]!.text)) {
      i = k;
      continue;
    }
    if (tokens[k] && GEO_TAIL.has(tokens[k]!.text)) to = k;
    // A lone demonym ("in Norwegian hands") is not a place.
    if (to === from && /(?:ian|ean|ese|ish)$/.test(tokens[from]!.text)) continue;
    out.push({ text: text.slice(tokens[from]!.start, tokens[to]!.end), start: tokens[from]!.start, end: tokens[to]!.end });
    i = to;
  }
  return out;
}

/**
 * A place as compared: "the Tarn district", "Tarn's" ("near Tarn's south pole") and "Tarn" are one place, as are
 * "T.L." and "TL".
 */
export const placeKey = (p: string) =>
  p
    .toLowerCase()
    .replace(/['’]s$/, '')
    // Full stops inside and after an initialism ("T.L."), not a decimal point.
    .replace(/\.(?=\p{L}|\s|$)/gu, '')
    .replace(/\s+(?:region|province|city|oblast|district|state|county|area|municipality)$/, '');
