/**
 * Typed spans of one sentence, the candidates an answer is chosen from: names (people, bodies, places), times of
 * day, dates, years, ages and measures. Offsets are relative to the sentence text, so every answer maps back to the
 * exact words it was read from.
 */
import { isCapitalised, STARTS_UPPERCASE, type Token } from '../text/tokens.ts';
import { RecentReads, tokensOf } from './token-cache.ts';
import { CAPITALISED_FUNCTION_WORDS, MONTHS, NUMBER_WORDS, WEEKDAYS } from '../text/lexicon.ts';
import { NAME_PARTICLE, isOrgHead, isTitleWord } from '../text/phrases.ts';

export interface TypedSpan {
  text: string;
  start: number;
  end: number;
  /** What the span is compared by across outlets: a normalised value ("09:03", "2024", "32") or lower-cased name. */
  key: string;
  /** For names: the lower-cased word before the span (a preposition tells a place: "in", "at", "from"). */
  before?: string;
  /** For counts: the event the number counts ("kill" for "62 residents had been killed"), null for none. */
  event?: string | null;
}

const FOREIGN_CONNECTOR = /^(?:de|del|du|des|da|di|della)$/;
const NAME_CONNECTORS = new Set(['of', 'de', 'del', 'la', 'el', 'al', 'von', 'van', 'der', 'du', 'des', 'da', 'di', 'for']);

/** A capitalised word that names something rather than opening a sentence ("The", "Passengers" at the start). */
export type IsNameWord = (word: string, sentenceInitial: boolean) => boolean;

/**
 * Runs of capitalised words ("Nordic Rail Authority", "Anna Berg-Holm", "Ministry of the Interior"), acronyms,
 * and lower-case body names ending in an organisation head ("the finance ministry"). A possessive ends a name.
 */
export function nameSpans(text: string, isName: IsNameWord): TypedSpan[] {
  // The same evidence sentence is read for names by several steps of a question and by the next questions: read once
  // per corpus (its word list decides what is a name), handed out as copies since callers rekey them.
  let hit = namesRead.get(text);
  if (!hit || hit.isName !== isName) hit = namesRead.set(text, { isName, spans: readNames(text, isName) });
  return hit.spans.map((x) => ({ ...x }));
}

const MIDDLE_INITIAL = /^[A-Z]$/;
const PEOPLES_POSSESSIVE = /^(?:Women|Men|Children|People|Workers|Veterans)['’]s$/;
/** Endings of common nouns, never of a person's name: "Innovation", "Development", "Security", "Technology". */
const COMMON_NOUN_ENDING = /(?:tion|sion|ment|ity|ness|ance|ence|ogy|ics|ism|ture|ship)s?$/;
const NAME_ADJECTIVE = /^\p{Lu}[\p{L}.]*-\p{Ll}+$/u;

const namesRead = new RecentReads<{ isName: IsNameWord; spans: TypedSpan[] }>();

function readNames(text: string, isName: IsNameWord): TypedSpan[] {
  const { tokens } = tokensOf(text);
  const out: TypedSpan[] = [];
  // "Singapore-flagged", "US-led": a name joined to a lower-case word is an adjective, not a name.
  const starts = (t: Token, i: number) => t.kind === 'word' && isCapitalised(t.text) && !isMonthOrDay(t.text) && !NAME_ADJECTIVE.test(t.text) && (i === 0 || /^[“"‘'(]$/.test(tokens[i - 1]!.text) ? isName(t.text, true) : !CAPITALISED_FUNCTION_WORDS.has(t.text) || isName(t.text, false));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (starts(t, i)) {
      let j = i;
      let ofAt = -1;
      while (j + 1 < tokens.length) {
        const n = tokens[j + 1]!;
        // "Velby Women's Health Organization": a people's possessive followed by a name stands inside one.
        if (/['’]s$/.test(tokens[j]!.text) && !(PEOPLES_POSSESSIVE.test(tokens[j]!.text) && n.kind === 'word' && isCapitalised(n.text) && !CAPITALISED_FUNCTION_WORDS.has(n.text))) break;
        // "Lena K. Orvik", "Piet J. Brandl": a middle initial and its full stop stand inside a name.
        if (MIDDLE_INITIAL.test(n.text) && tokens[j + 2]?.text === '.' && tokens[j + 3]?.kind === 'word' && isCapitalised(tokens[j + 3]!.text) && !CAPITALISED_FUNCTION_WORDS.has(tokens[j + 3]!.text)) j += 3;
        else if (n.kind === 'word' && isCapitalised(n.text) && !CAPITALISED_FUNCTION_WORDS.has(n.text)) j++;
        // 'Kenneth "Ken" Roe': a nickname in quotes between a first name and a surname stands inside the name.
        else if (/^["“]$/.test(n.text) && tokens[j]!.kind === 'word' && isCapitalised(tokens[j + 2]?.text ?? '') && /^["”]$/.test(tokens[j + 3]?.text ?? '') && tokens[j + 4]?.kind === 'word' && isCapitalised(tokens[j + 4]!.text) && !CAPITALISED_FUNCTION_WORDS.has(tokens[j + 4]!.text)) j += 4;
        // "the Oskby P&I Club", "Tarn & Velmar": an ampersand between capitalised words stands inside one name.
        // A lone capital after it is a letter of the name, not the pronoun ("P&I").
        else if (n.text === '&' && tokens[j + 2]?.kind === 'word' && isCapitalised(tokens[j + 2]!.text) && (tokens[j + 2]!.text.length === 1 || !CAPITALISED_FUNCTION_WORDS.has(tokens[j + 2]!.text))) j += 2;
        // "Hanan al-Gidra", "Ahmed el-Sayed": a particle joined to a capitalised name is part of it.
        else if (n.kind === 'word' && NAME_PARTICLE.test(n.text)) j++;
        // "the Tarnish Council on Clean Water", "Committee on Foreign Relations": "on" after a body's head
        // noun runs the body's name on to the capitalised words of its subject (not "Roe on Friday").
        else if (n.text === 'on' && isOrgHead(tokens[j]!.text) && isCapitalised(tokens[j]!.text) && tokens[j + 2]?.kind === 'word' && isCapitalised(tokens[j + 2]!.text) && !CAPITALISED_FUNCTION_WORDS.has(tokens[j + 2]!.text) && !isMonthOrDay(tokens[j + 2]!.text)) j += 2;
        // "Channel File 291", "Flight 2216": a bare number closing a name is part of it.
        else if (n.kind === 'number' && /^\d+$/.test(n.text) && tokens[j]!.kind === 'word' && tokens[j + 2]?.kind !== 'word' && tokens[j + 2]?.kind !== 'number') { j++; break; }
        else if (NAME_CONNECTORS.has(n.text)) {
          // "Ministry of the Interior", "Puerto de la Cruz": up to two connectors before a capitalised word.
          let c = j + 1;
          while (c < j + 3 && tokens[c] && (NAME_CONNECTORS.has(tokens[c]!.text) || tokens[c]!.text === 'the')) c++;
          if (c > j + 1 && tokens[c]?.kind === 'word' && isCapitalised(tokens[c]!.text) && !CAPITALISED_FUNCTION_WORDS.has(tokens[c]!.text) && !isMonthOrDay(tokens[c]!.text)) {
            if (n.text === 'of') ofAt = j + 1;
            j = c;
          } else if (FOREIGN_CONNECTOR.test(n.text) && c === j + 2 && tokens[c]?.kind === 'word' && /^\p{Ll}{4,}$/u.test(tokens[c]!.text) && tokens[c + 1]?.kind !== 'word') {
            // "the Fondation du littoral,": a name in a language that writes its nouns in lower case ends there.
            j = c;
            break;
          } else break;
        }
        // "Department of Financial Protection and Innovation": past its "of", a body's name runs on through "and" to a
        // common word ("Innovation"), not to a name ("the Ministry of the Interior and Pablo de la Vega's office").
        // "Rail and Harbour Authority", "Food and Drug Administration": "and" inside a body's name, whose
        // capitalised words run on to a body's head noun.
        else if (n.text === 'and' && capitalRunToOrgHead(tokens, j + 2)) j = capitalRunToOrgHead(tokens, j + 2);
        else if (n.text === 'and' && ofAt > i && tokens[j + 2]?.kind === 'word' && isCapitalised(tokens[j + 2]!.text) && !CAPITALISED_FUNCTION_WORDS.has(tokens[j + 2]!.text) && !isMonthOrDay(tokens[j + 2]!.text) && tokens.slice(i, ofAt).some((x) => isOrgHead(x.text)) && (!isName(tokens[j + 2]!.text, false) || COMMON_NOUN_ENDING.test(tokens[j + 2]!.text))) j += 2;
        else break;
      }
      const end = tokens[j]!.end;
      let surface = text.slice(t.start, end).replace(/['’]s$/, '');
      // The word before a name, past any determiner: "held at the Old Fort" is a place.
      let b = i - 1;
      while (b >= 0 && /^(?:the|a|an)$/i.test(tokens[b]!.text)) b--;
      const before = b >= 0 ? tokens[b]!.text.toLowerCase() : '';
      out.push({ text: surface, start: t.start, end: t.start + surface.length, key: surface.toLowerCase(), before });
      i = j;
      continue;
    }
    // "the finance ministry", "the civil protection agency": a body named in lower case.
    if (t.kind === 'word' && t.text === 'the') {
      let j = i + 1;
      while (j < tokens.length && j - i <= 4 && tokens[j]!.kind === 'word' && !isOrgHead(tokens[j]!.text) && /^[a-z]/.test(tokens[j]!.text)) j++;
      if (j < tokens.length && j > i + 1 && tokens[j]!.kind === 'word' && isOrgHead(tokens[j]!.text) && /^[a-z]/.test(tokens[j]!.text)) {
        const surface = text.slice(tokens[i + 1]!.start, tokens[j]!.end).replace(/['’]s$/, '');
        if (!/^(?:same|other|whole|entire|new|first|last|next|second|third)\b/.test(surface)) out.push({ text: surface, start: tokens[i + 1]!.start, end: tokens[i + 1]!.start + surface.length, key: surface.toLowerCase(), before: 'the' });
      }
    }
  }
  return out;
}

/** The index of the body head ending a run of up to three capitalised words from i ("Markets Authority"), or 0. */
function capitalRunToOrgHead(tokens: Token[], i: number): number {
  for (let k = i; k < i + 3 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || !isCapitalised(t.text) || CAPITALISED_FUNCTION_WORDS.has(t.text)) return 0;
    if (isOrgHead(t.text)) return k;
  }
  return 0;
}

// "Feb. 6": an abbreviated month keeps its point.
const isMonthOrDay = (w: string) => w.toLowerCase().replace(/\.$/, '') in MONTHS || WEEKDAYS.has(w.toLowerCase());

/** A regnal number: "Harald V". */
const ROMAN = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})$/;

const personLike = new RecentReads<boolean>();

/** Whether a name reads as a person's: two or more capitalised words with no body word, or a titled name. */
export function looksLikePerson(name: string): boolean {
  // The same few names are asked about for every evidence sentence that gives them, by several steps of a question.
  const hit = personLike.get(name);
  return hit ?? personLike.set(name, readsAsPerson(name));
}

const COMPASS_LED = /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central)$/;

function readsAsPerson(name: string): boolean {
  const ws = name.split(/\s+/);
  if (ws.some((w) => isOrgHead(w))) return false;
  // "North Oskland", "Western Tarnby": a name led by a point of the compass is a region's.
  if (ws.length >= 2 && COMPASS_LED.test(ws[0]!)) return false;
  // "King Harald V": a title and a regnal number with one name are a person too.
  if (ws.length >= 2 && ROMAN.test(ws[ws.length - 1]!) && ws.slice(0, -1).some((w) => isCapitalised(w) && !isTitleWord(w))) return true;
  // "Harbor Connection", "Global Networks": a last word shaped like a common noun names a body, not a person.
  if (/(?:tion|sion|ment|ness|ship|ity|ance|ence|ency|ism|ure|ings|ware|works|lines|ways|port|bank|group|media|news|net|air|tech|care|press)$/i.test(ws[ws.length - 1]!)) return false;
  // "Hanan al-Gidra": a particle joined to a capitalised name is a name word.
  const caps = ws.filter((w) => (isCapitalised(w) || NAME_PARTICLE.test(w)) && !isTitleWord(w) && !ROMAN.test(w));
  return caps.length >= 2 && caps.length <= 4 && !ws.some((w) => /^[A-Z]{2,}$/.test(w) && !ROMAN.test(w));
}

const TIME_RE = /\b(?:(noon|midday|midnight)|(\d{1,2})(?:[:.](\d{2}))?\s*(a\.m\.|p\.m\.|am\b|pm\b)|(?<![\d:.])(?<!\b(?:under|inside|below|in|of|than|clocked|ran|run|timed)\s+)(\d{1,2})[:h](\d{2})\b(?![:.]\d)(?:\s*(?:GMT|UTC|BST|CET|CEST|ET|EST|EDT|PT|local time))?)/gi;

const PART_OF_DAY_TIME = /\bat\s+(\d{1,2})[.:](\d{2})\s+(?:on\s+\p{L}+\s+|in\s+the\s+)(morning|afternoon|evening|night)\b/giu;

/**
 * Times of day: "8:57 a.m.", "7.31am", "09:15 GMT", "noon". Keyed as minutes after midnight ("08:57"). A race's time,
 * "2:05:12" or "ran under 2:05", is a length, not a time of day.
 */
export function timeSpans(text: string): TypedSpan[] {
  const out: TypedSpan[] = [];
  TIME_RE.lastIndex = 0;
  for (let m = TIME_RE.exec(text); m; m = TIME_RE.exec(text)) {
    let h: number;
    let min = 0;
    if (m[1]) h = /midnight/i.test(m[1]) ? 0 : 12;
    else if (m[2]) {
      h = +m[2];
      min = m[3] ? +m[3] : 0;
      const pm = /^p/i.test(m[4]!);
      if (pm && h < 12) h += 12;
      if (!pm && h === 12) h = 0;
    } else {
      h = +m[5]!;
      min = +m[6]!;
    }
    if (h > 23 || min > 59) continue;
    // "1.5 per cent" is no time; a colon or am/pm makes one.
    out.push({ text: m[0].trim(), start: m.index, end: m.index + m[0].trimEnd().length, key: `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}` });
  }
  // "at 2.17 on Wednesday afternoon", "at 4.30 in the morning": a time the part of the day it is in says is one.
  PART_OF_DAY_TIME.lastIndex = 0;
  for (let m = PART_OF_DAY_TIME.exec(text); m; m = PART_OF_DAY_TIME.exec(text)) {
    let h = +m[1]!;
    const min = +m[2]!;
    if (h > 12 || min > 59) continue;
    if (/afternoon|evening|night/i.test(m[3]!) && h < 12) h += 12;
    const at = m.index + m[0].indexOf(m[1]!);
    if (out.some((o) => o.start <= at && at < o.end)) continue;
    out.push({ text: `${m[1]}.${m[2]}`, start: at, end: at + m[1]!.length + 1 + m[2]!.length, key: `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}` });
  }
  // "a quarter past eleven in the morning", "half past six", "nine o'clock in the evening".
  for (let m = WORD_TIME.exec(text); m; m = WORD_TIME.exec(text)) {
    const hour = HOUR_WORDS.indexOf(m[3]?.toLowerCase() ?? m[4]!.toLowerCase());
    let h = hour >= 0 ? hour : Number(m[3] ?? m[4]);
    let min = 0;
    if (m[1]) {
      const quarter = /quarter/i.test(m[1]);
      if (/past/i.test(m[2]!)) min = quarter ? 15 : 30;
      else if (quarter) [h, min] = [h - 1, 45];
      else continue;
    }
    if (/afternoon|evening|night/i.test(m[5] ?? '') && h < 12) h += 12;
    if (h < 0 || h > 23) continue;
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length, key: `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}` });
  }
  return out;
}

const HOUR_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const WORD_TIME = /\b(?:(a quarter|quarter|half)\s+(past|to)\s+(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})|(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+o['’]clock)(?:\s+(?:in the\s+)?(morning|afternoon|evening|at night))?/gi;

// "Dec. 12": a three-letter abbreviation is a month only with its full stop ("Mar" alone may be a name).
const MONTH_NAMES = [...Object.keys(MONTHS).filter((m) => m.length > 3 || m === 'may'), ...Object.keys(MONTHS).filter((m) => m.length === 3 && m !== 'may').map((m) => `${m}(?=\\.)`)].join('|');
const DATE_RE = new RegExp(`\\b(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_NAMES})\\b\\.?(?:,?\\s+(\\d{4}))?|(${MONTH_NAMES})\\b\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?|(${MONTH_NAMES})\\s+(\\d{4}))`, 'gi');
const WEEKDAY_RE = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g;

/** Calendar dates ("29 December", "Jan 19, 2025", "December 2023") and weekdays ("on Monday"). */
export function dateSpans(text: string): TypedSpan[] {
  const out: TypedSpan[] = [];
  DATE_RE.lastIndex = 0;
  for (let m = DATE_RE.exec(text); m; m = DATE_RE.exec(text)) {
    const month = MONTHS[(m[2] ?? m[4] ?? m[7])!.toLowerCase()]!;
    const day = m[1] ?? m[5];
    const year = m[3] ?? m[6] ?? m[8];
    if (!STARTS_UPPERCASE.test(m[2] ?? m[4] ?? m[7]!)) continue; // "may" the verb
    const key = `date:${year ? `${year}-` : ''}${String(month).padStart(2, '0')}${day ? `-${day.padStart(2, '0')}` : ''}`;
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length, key });
  }
  WEEKDAY_RE.lastIndex = 0;
  for (let m = WEEKDAY_RE.exec(text); m; m = WEEKDAY_RE.exec(text)) {
    if (out.some((d) => d.start <= m!.index && m!.index < d.end)) continue;
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length, key: `weekday:${m[0].toLowerCase()}` });
  }
  return out;
}

/** Years 1900–2100 written as numbers ("in 1973", "since 2015"). */
export function yearSpans(text: string): TypedSpan[] {
  const out: TypedSpan[] = [];
  for (const m of text.matchAll(/(?<![\d,.$€£-])\b(19\d{2}|20\d{2}|2100)\b(?!\d|,\d|-\d)/g)) out.push({ text: m[0], start: m.index!, end: m.index! + 4, key: m[0] });
  return out;
}

const AGE_WORD = Object.keys(NUMBER_WORDS).join('|');
const AGE_RES: RegExp[] = [
  /\baged\s+(\d{1,3})\b/gi,
  new RegExp(`\\b(\\d{1,3}|${AGE_WORD})-year-old\\b`, 'gi'),
  new RegExp(`\\b(\\d{1,3}|${AGE_WORD})\\s+years?\\s+old\\b`, 'gi'),
  /(?<=\p{Lu}[\p{L}’'-]+),\s+(\d{1,3})(?:,|\.?$)/gu,
  new RegExp(`\\b(?:man|woman|boy|girl|child|person|one|oldest|youngest)\\s+(?:was\\s+)?(?:of|aged)\\s+(\\d{1,3}|${AGE_WORD})\\b`, 'gi'),
  /\bin (?:his|her|their) (\d0)s\b/gi,
  new RegExp(`\\b(?:at|by|from|until|since)\\s+the\\s+age\\s+of\\s+(\\d{1,3}|${AGE_WORD})\\b`, 'gi'),
];

/** Ages: "aged 32", "a 79-year-old man", "Lee, 33,", "a boy of three", "at the age of 25". */
export function ageSpans(text: string): TypedSpan[] {
  const out: TypedSpan[] = [];
  for (const re of AGE_RES) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const raw = m[1]!;
      const v = /^\d/.test(raw) ? +raw : NUMBER_WORDS[raw.toLowerCase()];
      if (v === undefined || v > 130) continue; // no one is older
      const start = m.index! + m[0].indexOf(raw);
      if (out.some((o) => o.start === start)) continue;
      out.push({ text: m[0].replace(/^,\s*|[,.]$/g, ''), start, end: start + raw.length, key: String(v) });
    }
  }
  return out;
}
