/**
 * Quantities in a sentence: the value, what is counted, the qualifier ("at least"), the event the number belongs to
 * ("killing two workers") and whether it is per party or a plan. Dates, years, times and ordinals are not quantities.
 */
import type { Qualifier, Quantity } from '../types.ts';
import type { Token } from './tokens.ts';
import { monthOf } from './dates.ts';
import { bare, isCapitalised, lemma } from './tokens.ts';
import { partOfCode } from './codes.ts';
import { eventAt } from './events.ts';
import { EVENT_OF, NUMBER_WORDS, PEOPLE_GROUPS, PERSON_NOUNS, PLAN_WORDS, SCALE_WORDS, STOPWORDS, WEEKDAYS } from './lexicon.ts';

const QUALIFIERS: [string[], Qualifier][] = [
  // Negated bounds first: "no fewer than 62" is at least 62, "no more than 5" at most 5.
  [['no', 'fewer', 'than'], 'at_least'],
  [['no', 'less', 'than'], 'at_least'],
  [['not', 'less', 'than'], 'at_least'],
  [['no', 'more', 'than'], 'at_most'],
  [['at', 'least'], 'at_least'],
  [['more', 'than'], 'at_least'],
  [['over'], 'at_least'],
  [['upwards', 'of'], 'at_least'],
  [['up', 'to'], 'at_most'],
  // "as many as 9 dead" is an early estimate's ceiling: a later, firmer count below it narrows it.
  [['as', 'many', 'as'], 'at_most'],
  [['as', 'much', 'as'], 'at_most'],
  [['fewer', 'than'], 'at_most'],
  [['less', 'than'], 'at_most'],
  [['under'], 'at_most'],
  [['nearly'], 'approx'],
  [['almost'], 'approx'],
  [['about'], 'approx'],
  [['around'], 'approx'],
  [['roughly'], 'approx'],
  [['approximately'], 'approx'],
  [['some'], 'approx'],
  [['estimated'], 'approx'],
];

/** Parses "4,500", "2.5", "1990s" → number, or null. */
export function parseDigits(raw: string): number | null {
  const m = /^(\d[\d,]*(?:\.\d+)?)/.exec(raw);
  if (!m) return null;
  const v = Number(m[1]!.replace(/,/g, ''));
  return Number.isFinite(v) ? v : null;
}

/** Reads a number written in words or digits ("two", "twenty-five", "4,500") or returns null. */
export function parseNumberWord(word: string): number | null {
  const first = word.charCodeAt(0);
  if (first >= 48 && first <= 57) return parseDigits(word);
  if (word.length > 20) return null;
  const w = word.toLowerCase();
  const n = NUMBER_WORDS[w];
  if (n !== undefined) return n;
  if (!w.includes('-')) return null;
  const parts = w.split('-');
  if (parts.length === 2 && parts[0]! in NUMBER_WORDS && parts[1]! in NUMBER_WORDS) return NUMBER_WORDS[parts[0]!]! + NUMBER_WORDS[parts[1]!]!;
  return null;
}

const PARTITIVE_FILLER = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'about', 'some', 'nearly', 'almost', 'around', 'roughly', 'approximately', 'more', 'than', 'over']);
const POSSESSIVE_S = /['’]s$/;
const BARE_S = /^['’]s$/;
const WORD = /^\p{L}+$/u;
/** A word between "N of" and the whole: a determiner or a rough word, or whose the whole is ("the party's", "party 's"). */
const partitiveFiller = (w: string, i: number, all: string[]) => PARTITIVE_FILLER.has(w) || POSSESSIVE_S.test(w) || (BARE_S.test(all[i + 1] ?? '') && WORD.test(w));

/** Units written onto a number with no space: "951ft", "5km", "20kg". */
const GLUED_UNIT = /^(?:ft|m|km|mi|cm|mm|kg|t|mph|kph|kmh|nm|sq|lb|lbs|oz|g)$/i;

const PEOPLE_EVENTS = new Set(['kill', 'injure', 'missing', 'evacuate', 'rescue']);

/** Words after a number that say where or how far it reaches, not what it counts: "5,168 worldwide", "30 apiece". */
const EXTENT_WORDS = new Set(['worldwide', 'nationwide', 'countrywide', 'statewide', 'overall', 'altogether', 'apiece', 'abroad', 'overseas']);

// Built once: tsx's transform rebuilds a regular expression with \p{…} outside brackets wherever it is written.
const DEMONYM_PLURAL = /^\p{Lu}\p{Ll}+(?:ians|ans|ese|is|s)$/u;
const HYPHENATED_TAIL = /^\d[\d,.]*-(\p{L}[\p{L}-]*)$/u;
const isMonth = (t: Token | undefined) => !!t && monthOf(t.text) !== undefined;

/** Whether the tokens write a number, in digits or in a word, with or without a noun after it ("and the defense seven"). */
export function writesNumber(tokens: readonly Token[], value: number): boolean {
  for (const t of tokens) if ((t.kind === 'number' ? parseDigits(t.text) : t.kind === 'word' ? parseNumberWord(t.text.toLowerCase()) : null) === value) return true;
  return false;
}

/** The class quantities are compared by: any word for people is "person"; a demonym plural ("Canadians") too. */
export function unitClassOf(unit: string | null): string | null {
  if (!unit) return null;
  const u = bare(unit);
  if (PERSON_NOUNS.has(u) || PERSON_NOUNS.has(lemma(u))) return 'person';
  if (DEMONYM_PLURAL.test(unit) && /(?:ians|ans)$/.test(u)) return 'person';
  return lemma(u);
}

function qualifierBefore(tokens: Token[], i: number): Qualifier {
  // "at least a dozen", "more than a hundred": the article belongs to the number.
  if (/^an?$/i.test(tokens[i - 1]?.text ?? '') && tokens[i]?.kind === 'word') i--;
  for (const [phrase, q] of QUALIFIERS) {
    const n = phrase.length;
    if (i - n < 0) continue;
    if (phrase.every((p, k) => tokens[i - n + k]!.text.toLowerCase() === p)) return q;
  }
  // "between five and 15 people": a range's ends are its bounds.
  const word = (k: number) => tokens[k]?.text.toLowerCase();
  if (word(i - 1) === 'between') return 'at_least';
  if (word(i - 1) === 'and' && word(i - 3) === 'between') return 'at_most';
  return 'exact';
}

/** Whether an "and", a comma, "while" or another number stands in tokens[from, to). */
function clauseBreak(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const x = tokens[k]!;
    if (x.text === 'and' || x.text === ',' || x.text === 'while' || x.kind === 'number') return true;
  }
  return false;
}

/** "is to free", "are to be released": a plan told with "be to", between `from` and `to` of lower-cased `words`. */
function isToVerb(words: string[], from: number, to: number): boolean {
  for (let k = from; k < to - 1; k++) if (/^(?:is|are|was|were)$/.test(words[k]!) && words[k + 1] === 'to') return true;
  return false;
}

function eventNear(tokens: Token[], words: string[], from: number, to: number): string | null {
  let best: string | null = null;
  let bestDist = Infinity;
  for (let k = Math.max(0, from - 8); k < Math.min(tokens.length, to + 7); k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') continue;
    const ev = eventAt(words, k);
    if (!ev) continue;
    const dist = k < from ? from - k : k - to;
    // "killed 19 people and wounded 36": with a verb before the number, one past "and" governs the next number
    // ("60 soldiers and 15 civilians were returned" has none before, and the verb after governs both).
    if (k > to && best !== null && clauseBreak(tokens, to + 1, k)) continue;
    // "two were missing after a ferry with 64 people aboard capsized": a verb before the number does not
    // reach into the clause a subordinator opens between them.
    if (k < from && subordinateBetween(words, k + 1, from)) continue;
    // "firing eight shots before a sniper killed him": nor does a verb after it reach back out of that clause.
    if (k > to && best !== null && subordinateBetween(words, to + 1, k)) continue;
    // A verb after the counted noun ("40 passengers were rescued") is as good as one before it.
    if (dist < bestDist) {
      best = ev;
      bestDist = dist;
    }
  }
  return best ?? eventPastAside(tokens, words, to);
}

const SUBORDINATORS = new Set(['after', 'before', 'when', 'while', 'because']);

/** Whether a subordinating word stands among words[from..to). */
function subordinateBetween(words: string[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (SUBORDINATORS.has(words[k]!)) return true;
  return false;
}

/** "30 residents of the town, which has 9,000 people and lies south of the city, had been killed": the verb after an aside. */
function eventPastAside(tokens: Token[], words: string[], to: number): string | null {
  const open = tokens.findIndex((t, k) => k > to && k <= to + 6 && t.text === ',' && /^(?:which|who|whose|where)$/.test(words[k + 1] ?? ''));
  if (open < 0) return null;
  const close = tokens.findIndex((t, k) => k > open + 1 && k <= open + 30 && t.text === ',');
  if (close < 0) return null;
  for (let k = close + 1; k < Math.min(tokens.length, close + 5); k++) {
    const ev = tokens[k]!.kind === 'word' ? eventAt(words, k) : null;
    if (ev) return ev;
  }
  return null;
}

const TOLL_QUALIFIERS = new Set(['no', 'fewer', 'less', 'than', 'more', 'at', 'least', 'about', 'around', 'some', 'nearly', 'almost', 'approximately', 'roughly', 'over']);

/** The index of the word a figure hangs on, past the bounds written before it ("at no fewer than eight"), or -1. */
function hungOn(tokens: Token[], i: number): number {
  let k = i - 1;
  while (k >= 0 && TOLL_QUALIFIERS.has(tokens[k]!.text.toLowerCase()) && tokens[k]!.text.toLowerCase() !== 'at') k--;
  return k;
}

/**
 * "put the death toll from the latest attacks at no fewer than eight", "the death toll stood at 12": a number a
 * death toll is put at counts the dead, though no noun follows it.
 */
function tollBefore(tokens: Token[], i: number): boolean {
  const k = hungOn(tokens, i);
  // The preposition the figure hangs on: "at", "to" ("rose to 16" is read by its verb already).
  if (k < 0 || !/^(?:at|to)$/i.test(tokens[k]!.text)) return false;
  for (let b = k - 1; b >= Math.max(0, k - 9); b--) {
    const w = tokens[b]!.text.toLowerCase();
    if (tokens[b]!.kind === 'punct') return false;
    // "the toll stood at 92": in news a toll with no other word is a death toll.
    if (w === 'toll' && (/^(?:death|casualty|the)$/i.test(tokens[b - 1]?.text ?? ''))) return true;
  }
  return false;
}

/** Verbs that put a count on what they name: "put cancellations at 2,310", "estimated the evacuees at 3,000". */
const ESTIMATE_VERBS = new Set(['put', 'puts', 'putting', 'placed', 'places', 'estimated', 'estimates', 'estimate']);

/**
 * "The latest figures put cancellations at about 2,310": the plural noun a number is put at is what it counts, though
 * it comes before the number. The noun is the last word before "at", the verb at most six words before it.
 */
function countedBefore(tokens: Token[], i: number): string | null {
  const k = hungOn(tokens, i);
  if (k < 1 || tokens[k]!.text.toLowerCase() !== 'at') return null;
  const noun = tokens[k - 1]!;
  const lw = noun.text.toLowerCase();
  if (noun.kind !== 'word' || !/[^s]s$/.test(lw) || STOPWORDS.has(lw)) return null;
  for (let b = k - 2; b >= Math.max(0, k - 8); b--) {
    if (tokens[b]!.kind !== 'word') return null;
    if (ESTIMATE_VERBS.has(tokens[b]!.text.toLowerCase())) return noun.text;
  }
  return null;
}

/** Verbs that give the number of something its new figure: "the number of people killed rose to 64". */
const FIGURE_VERBS = new Set(['rose', 'risen', 'rises', 'climbed', 'climbs', 'jumped', 'jumps', 'reached', 'reaches', 'hit', 'hits', 'stood', 'stands', 'increased', 'grew', 'fell', 'dropped']);

/**
 * "The number of people killed by the floods rose to 64", "the number of missing stood at 89": the figure counts
 * the noun "the number of" names, and what happened to it is the word after that noun. Returns the noun's and the
 * event word's token indices, or null. The verb is the word the figure hangs on ("rose to", "stood at") or right
 * before it ("reached 64"); "the number of" stands at most twelve words before the verb, with no clause break.
 */
function numberOfBefore(tokens: Token[], i: number): { noun: number; event: number } | null {
  let k = hungOn(tokens, i);
  if (k >= 0 && /^(?:at|to)$/i.test(tokens[k]!.text)) k--;
  if (k < 0 || !FIGURE_VERBS.has(tokens[k]!.text.toLowerCase())) return null;
  for (let b = k - 1; b >= Math.max(2, k - 12); b--) {
    if (tokens[b]!.kind === 'punct' && /^[,;:()—–]$/.test(tokens[b]!.text)) return null;
    if (tokens[b]!.text.toLowerCase() !== 'of' || tokens[b - 1]!.text.toLowerCase() !== 'number' || !/^the$/i.test(tokens[b - 2]!.text)) continue;
    const noun = b + 1;
    if (noun >= k || tokens[noun]!.kind !== 'word' || STOPWORDS.has(tokens[noun]!.text.toLowerCase())) return null;
    return { noun, event: noun + 1 < k ? noun + 1 : noun };
  }
  return null;
}

/** Nouns that say how a figure is reckoned, not what it counts: "a total of 40" counts whatever was counted before. */
const RECKONING_NOUNS = new Set(['total', 'number', 'maximum', 'minimum', 'average', 'sum', 'figure', 'count', 'tally', 'amount', 'range', 'estimate', 'peak', 'high', 'low', 'record', 'rate', 'ratio']);

/**
 * "a majority of 7,120", "a margin of 470": a bare number after "a noun of" is a measure of that noun. Returns the
 * noun, or null when the word before "of" is no plain noun or only says how the figure was reckoned.
 */
function nounOfBefore(tokens: Token[], i: number): string | null {
  const k = hungOn(tokens, i);
  if (k < 2 || tokens[k]!.text.toLowerCase() !== 'of') return null;
  const noun = tokens[k - 1]!;
  const lw = noun.text.toLowerCase();
  if (noun.kind !== 'word' || noun.text !== lw || STOPWORDS.has(lw) || RECKONING_NOUNS.has(lw) || !/^[a-z]{3,}$/.test(lw)) return null;
  // "a majority", "his majority", "a Commons majority": the noun is one, not a verb or a partitive word.
  const det = tokens.slice(Math.max(0, k - 4), k - 1).some((x) => /^(?:a|an|the|his|her|its|their)$/i.test(x.text));
  return det ? noun.text : null;
}

/** What "of them" may point back to: the last thing counted (not a share or a time), within the sentence or before it. */
function referentOf(qs: Quantity[]): Pick<Quantity, 'unit' | 'unitClass'> | null {
  const counted = qs.filter((q) => q.unit !== null && q.unitClass !== 'percent' && !q.whole);
  const [before, last] = counted.slice(-2);
  // "69 women and 21 children. Just eight of them …": them are the whole group, people of both kinds.
  if (before && last && last.unitClass === 'person' && before.unitClass === 'person' && before.unit !== last.unit) return { unit: 'people', unitClass: 'person' };
  return last ?? before ?? null;
}

/**
 * Extracts the quantities of one sentence's tokens. `previous` holds the quantities of the sentence before in the same
 * article, which "19 of them" may count ("It carried 160 passengers. Once it had docked, 19 of them …").
 */
const SCALE_WORD = /^(?:thousand|million|billion|trillion)$/;
const CURRENCY_SIGN = /^(?:[$£€¥]|[A-Z]{1,3}\$)$/;

/**
 * Whether the bare number at token `i` counts what the counted figure before it does: "an average of 21 million
 * people …, with a peak of 24.6 million" (one scale word, no clause break between). A sum is not read so: its
 * currency says what it is ("a $1.6 billion loss and … $2.4 billion in new capital").
 */
function sameScaleAsBefore(tokens: Token[], lower: string[], i: number, before: Quantity, lastEnd: number): boolean {
  const scale = lower[i + 1] ?? '';
  if (!before.unit || !SCALE_WORD.test(scale) || i - lastEnd > 16) return false;
  const inBefore = tokens.filter((x) => x.start >= before.span.start && x.end <= before.span.end);
  if (CURRENCY_SIGN.test(tokens[i - 1]?.text ?? '') || CURRENCY_SIGN.test(inBefore[0]?.text ?? '')) return false;
  return inBefore.some((x) => x.text.toLowerCase() === scale) && !tokens.slice(lastEnd + 1, i).some((x) => /^[.;:]$/.test(x.text));
}

export function extractQuantities(tokens: Token[], previous: Quantity[] = []): Quantity[] {
  const out: Quantity[] = [];
  const lower = tokens.map((t) => t.text.toLowerCase());
  let lastEnd = -100;
  /** Token indices of plan participles that describe a count already read ("9,000 ferries scheduled"). */
  const describesOther = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let value: number | null = null;
    let perParty = false;
    let measure: string | null = null;
    if (t.kind === 'number') {
      const raw = t.text;
      if (/^\d+(?:st|nd|rd|th)\b/.test(raw) || /^\d+s$/.test(raw)) continue; // ordinals, decades
      const prev = tokens[i - 1];
      const next = tokens[i + 1];
      // Times and ratios ("10:30", "3/4"): a colon or slash touching the number. ("Oskland: 50,000 doses" is a count.)
      if ((prev && (prev.text === ':' || prev.text === '/') && prev.end === t.start) || (next && (next.text === ':' || next.text === '/') && next.start === t.end)) continue;
      if (isMonth(prev) || isMonth(next)) continue; // "May 16", "16 May"
      if (partOfCode(tokens, i)) continue;
      // "7pm", "9 a.m.": a time of day, not a count.
      if (next && /^(?:am|pm|a\.m|p\.m)\.?$/i.test(next.text)) continue;
      if (prev?.text === ',' && next?.text === ',' && tokens[i - 2]?.kind === 'word' && isCapitalised(tokens[i - 2]!.text)) continue; // "Alexander, 45, hugs"
      const forN = /^(\d[\d,]*)-for-(\d[\d,]*)$/.exec(raw);
      if (forN) {
        value = parseDigits(forN[1]!);
        perParty = true;
      } else {
        value = parseDigits(raw);
        const tail = HYPHENATED_TAIL.exec(raw);
        if (tail) measure = tail[1]!;
        else if (raw.includes('-')) continue;
      }
      if (value === null) continue;
      if (!raw.includes(',') && /^\d{4}$/.test(raw) && value >= 1900 && value <= 2100 && !measure) continue; // years
    } else if (t.kind === 'word') {
      value = parseNumberWord(t.text);
      if (value === null) continue;
      const next = tokens[i + 1];
      const prev = tokens[i - 1];
      const nextWord = next?.kind === 'word' ? next.text.toLowerCase() : null;
      const prevEvent = prev ? EVENT_OF.has(prev.text.toLowerCase()) : false;
      // "one of those", "one small boy cried": a number word counts only when it names a quantity.
      // "eight of them" counts; "one of them" picks one out.
      // "four of the 11 calls": the whole may be a number too.
      const partitive = nextWord === 'of' && ((/^(?:its|their|the|his|her|our)$/i.test(tokens[i + 2]?.text ?? '') && (tokens[i + 3]?.kind === 'word' || tokens[i + 3]?.kind === 'number')) || (value >= 2 && /^(?:them|those|these)$/i.test(tokens[i + 2]?.text ?? '')));
      const boundAfter = nextWord === 'or' && /^(?:more|over|fewer|less)$/i.test(tokens[i + 2]?.text ?? '');
      // "seven people missing: six in the town and one driver": a number word right after a count of people counts them.
      const listing = out[out.length - 1]?.unitClass === 'person' && i - lastEnd <= 4 && !!nextWord;
      if ((nextWord === 'of' && !partitive) || (!nextWord && !prevEvent && !tollBefore(tokens, i)) || (nextWord && STOPWORDS.has(nextWord) && !partitive && !prevEvent && !boundAfter && !listing && !tollBefore(tokens, i))) continue;
      if (value === 1 && t.text[0] === t.text[0]!.toUpperCase()) continue;
    } else continue;

    let j = i + 1;
    // "150 or more people", "five or fewer": the bound follows the number.
    let boundAfter: Qualifier | null = null;
    if (tokens[j]?.text.toLowerCase() === 'or' && /^(?:more|over|fewer|less)$/i.test(tokens[j + 1]?.text ?? '')) {
      boundAfter = /^(?:more|over)$/i.test(tokens[j + 1]!.text) ? 'at_least' : 'at_most';
      j += 2;
    }
    // "16 of its citizens", "three of the victims": the partitive names what is counted.
    if (tokens[j]?.text.toLowerCase() === 'of' && /^(?:its|their|the|his|her|our|those|these)$/i.test(tokens[j + 1]?.text ?? '') && tokens[j + 2]?.kind === 'word' && !STOPWORDS.has(tokens[j + 2]!.text.toLowerCase())) {
      j += 2;
    }
    // "10%": the sign is the unit.
    if (tokens[j]?.text === '%' && !measure) measure = 'percent';
    // "6.4 percent", "8 per cent": the words are the sign.
    else if (!measure && tokens[j]?.text.toLowerCase() === 'percent') {
      measure = 'percent';
      j++;
    } else if (!measure && tokens[j]?.text.toLowerCase() === 'per' && tokens[j + 1]?.text.toLowerCase() === 'cent') {
      measure = 'percent';
      j += 2;
    }
    // "951ft container vessel", "5km road": a unit written onto the number is what it measures, whatever follows.
    if (!measure && tokens[j]?.kind === 'word' && tokens[j]!.start === t.end && GLUED_UNIT.test(tokens[j]!.text)) {
      measure = tokens[j]!.text;
      j++;
    }
    const scale = tokens[j] && SCALE_WORDS[tokens[j]!.text.toLowerCase()];
    if (scale) {
      value *= scale;
      j++;
    }

    // What is counted: up to three words after the number, stopping at function words and punctuation.
    const words: string[] = [];
    let headAt = -1;
    if (!measure) {
      for (let k = j; k < Math.min(tokens.length, j + 3); k++) {
        const w = tokens[k]!;
        if (w.kind !== 'word') break;
        const lw = w.text.toLowerCase();
        // "300 UK crossings": an initialism in capitals is not the stopword it spells.
        const initialism = w.text.length > 1 && w.text === w.text.toUpperCase();
        // "500 more soldiers", "20 other passengers": what is counted follows the word that says it adds to a count.
        if (k === j && /^(?:more|extra|additional|further|other)$/.test(lw) && tokens[k + 1]?.kind === 'word' && !/^(?:than|of|to|and|or|in|on|at|for|from|by)$/i.test(tokens[k + 1]!.text)) continue;
        if ((STOPWORDS.has(lw) && !PERSON_NOUNS.has(lw) && !initialism) || WEEKDAYS.has(lw) || isMonth(w) || EVENT_OF.has(lw) && words.length > 0) break;
        if ((/ly$/.test(lw) && lw.length > 4) || EXTENT_WORDS.has(lw)) break;
        // "26 million viewers watched Sunday's final": a possessive after the noun opens another phrase.
        if (words.length > 0 && /['’]s$/.test(lw)) break;
        // "10 reached Tarnby": a verb in the past and a name after it; "205 captured soldiers" describes a noun.
        if (words.length === 0 && /ed$/.test(lw) && !PERSON_NOUNS.has(lw) && (tokens[k + 1]?.kind !== 'word' || isCapitalised(tokens[k + 1]!.text))) break;
        words.push(w.text);
        headAt = k;
      }
    }
    // "80 million degrees Celsius": degrees are what is counted, in whichever scale.
    if (words.length >= 2 && /^(?:celsius|fahrenheit|centigrade|c|f)$/i.test(words[words.length - 1]!) && /^degrees?$/i.test(words[words.length - 2]!)) {
      words.pop();
      headAt--;
    }
    // "76 search and rescue specialists": two modifiers joined by "and" before the plural noun counted.
    if (value !== 1 && words.length && !/[^s]s$/.test(words[words.length - 1]!) && /^(?:and|&)$/.test(tokens[headAt + 1]?.text ?? '')) {
      const a = tokens[headAt + 2];
      const b = tokens[headAt + 3];
      if (a?.kind === 'word' && b?.kind === 'word' && /^\p{Ll}/u.test(a.text) && /[^s]s$/.test(b.text) && !STOPWORDS.has(b.text.toLowerCase())) {
        words.push(a.text, b.text);
        headAt += 3;
      }
    }
    // A participle cannot be what is counted ("about 400 compared to"), only describe it ("205 captured soldiers").
    while (words.length && /(?:ed|ing)$/.test(words[words.length - 1]!) && !PERSON_NOUNS.has(words[words.length - 1]!.toLowerCase())) {
      words.pop();
      headAt--;
    }
    if (!words.length) headAt = -1;
    // Counts are plural: "31 media professionals remain" counts professionals, not "remain".
    if (value !== 1 && words.length > 1) {
      const plural = words.map((w, k) => ({ w, k })).filter(({ w }) => /[^s]s$/.test(w)).pop();
      if (plural && plural.k < words.length - 1) {
        headAt -= words.length - 1 - plural.k;
        words.length = plural.k + 1;
      }
    }
    // "the 50-for-50 swap": the word after the ratio names the deal, not what is counted.
    if (perParty && /-for-/.test(t.text)) {
      words.length = 0;
      headAt = -1;
    }
    // "23 people alive": a word for people is what is counted, whatever follows it.
    const personAt = words.findIndex((w) => PERSON_NOUNS.has(w.toLowerCase()));
    if (personAt >= 0 && personAt < words.length - 1) {
      headAt -= words.length - 1 - personAt;
      words.length = personAt + 1;
    }
    // "a rescue team of 10": the group's size, a count of its people.
    const group = !measure && !words.length && tokens[i - 1]?.text.toLowerCase() === 'of' && PEOPLE_GROUPS.has(tokens[i - 2]?.text.toLowerCase() ?? '') ? tokens[i - 2]!.text : null;
    let unit = measure ?? (words.length ? words[words.length - 1]! : group);
    if (unit && /^%|percent$/.test(unit)) unit = 'percent';
    let unitClass = group ? 'person' : unitClassOf(unit);
    const modifiers = words.slice(0, -1).map((w) => bare(w));
    const end = headAt >= 0 ? headAt : tokens[i + 1]?.text === '%' ? i + 1 : j - 1;

    // A bare number after a counted one counts the same thing: "100 hostages, 50 from each side".
    let inherited = false;
    if (!unit) {
      const prevQ = out[out.length - 1];
      // "Of the 110,000 flights scheduled, 5,000 were cancelled": a partitive opening names what the next number counts.
      const partitive = prevQ && /^of$/i.test(tokens[0]?.text ?? '') && tokens.findIndex((x) => x.start === prevQ.span.start) <= 5 && tokens.slice(lastEnd + 1, i).some((x) => x.text === ',');
      if (prevQ && ((prevQ.unitClass === 'person' && i - lastEnd <= 4) || partitive || sameScaleAsBefore(tokens, lower, i, prevQ, lastEnd))) {
        unit = prevQ.unit;
        unitClass = prevQ.unitClass;
        inherited = true;
      } else if (/^(?:numbering|totalling|totaling)$/.test(lower[i - 1] ?? '')) {
        // "Passengers in their 50s formed the largest group, numbering 40": the sentence's subject is what is counted.
        const subject = tokens.slice(0, i - 1).find((x) => x.kind === 'word' && /[^s]s$/.test(x.text) && PERSON_NOUNS.has(x.text.toLowerCase()));
        if (subject) {
          unit = subject.text;
          unitClass = 'person';
          inherited = true;
        }
      } else if (lower[i + 1] === 'of' && /^(?:them|those|these)$/.test(lower[i + 2] ?? '')) {
        // "400 buses a day, 30 of them electric": "them" are the things counted last.
        const referent = referentOf(out) ?? referentOf(previous);
        if (referent) {
          unit = referent.unit;
          unitClass = referent.unitClass;
          inherited = true;
        }
      }
    }

    const toll = !unit && tollBefore(tokens, i);
    const putAt = !unit && !toll && !measure ? countedBefore(tokens, i) : null;
    if (putAt) {
      unit = putAt;
      unitClass = unitClassOf(putAt);
    }
    const numberOf = !unit && !toll && !measure ? numberOfBefore(tokens, i) : null;
    if (numberOf) {
      unit = tokens[numberOf.noun]!.text;
      unitClass = unitClassOf(unit);
    }
    // "the remains of 131 of the 168 victims": a part counted out of a whole is counted as the whole is; "a request of
    // 63 to 78 months": the first number of a range counts what the second does.
    const ofNoun = !unit && !toll && !measure && !inherited && lower[end + 1] !== 'of' && !/^(?:to|-|–)$/.test(lower[end + 1] ?? '') ? nounOfBefore(tokens, i) : null;
    if (ofNoun) {
      unit = ofNoun;
      unitClass = unitClassOf(unit);
    }
    // A group's size is no count of what happened to it ("a rescue team of 10" rescued no 10).
    let event = toll ? 'kill' : numberOf ? (eventAt(lower, numberOf.event) ?? eventAt(lower, numberOf.noun) ?? eventNear(tokens, lower, i, end)) : group ? null : eventNear(tokens, lower, i, end);
    // "Lost 240 seats", "lost 3,000 jobs": things lost are no toll; "lost 40" with no noun, or "40 people lost", may be.
    if (event === 'kill' && unitClass && unitClass !== 'person' && lower.slice(Math.max(0, i - 4), i).includes('lost')) event = null;
    // A toll with no noun ("the toll rose to 16", "wounding eight") counts people.
    if (!unitClass && event && PEOPLE_EVENTS.has(event)) unitClass = 'person';
    const after = tokens.slice(end + 1, end + 5).map((x) => x.text.toLowerCase());
    const before = tokens.slice(Math.max(0, i - 4), i).map((x) => x.text.toLowerCase());
    if (after.includes('each') || after.includes('apiece') || before.includes('each') || eachInClause(tokens, i, end)) perParty = true;
    const from = Math.max(0, i - 8);
    const planWindow = tokens.slice(from, Math.min(tokens.length, end + 4)).map((x) => x.text.toLowerCase());
    // "set to free 90" is a plan, "set free 90" is done; "Oskby is to free 30 hostages and Westmark 1,500" plans both.
    // A participle right after another count's noun is that noun's ("Of 9,000 ferries scheduled, 300 were cancelled").
    const planned =
      planWindow.some((w, k) => PLAN_WORDS.has(w) && !describesOther.has(from + k) && (w !== 'set' || /^(?:to|for)$/.test(planWindow[k + 1] ?? ''))) || isToVerb(lower, Math.max(0, i - 14), i);

    out.push({
      value,
      unit,
      unitClass,
      modifiers,
      ...(inherited ? { inherited } : {}),
      qualifier: boundAfter ?? qualifierBefore(tokens, i),
      event,
      perParty,
      planned,
      span: { start: t.start, end: tokens[end]?.end ?? t.end },
    });
    if (unit && /ed$/.test(lower[end + 1] ?? '') && PLAN_WORDS.has(lower[end + 1]!)) describesOther.add(end + 1);
    i = Math.max(i, end);
    lastEnd = i;
  }
  // "41 of the 63 victims", "2,030 of about 96,000 flights": the first number counts what the second names, and
  // the second is the whole it is counted out of.
  for (let k = 0; k + 1 < out.length; k++) {
    const [part, whole] = [out[k]!, out[k + 1]!];
    // "193 of the party's" names no unit: whose the whole is.
    const owner = part.unit !== null && /['’]s$/.test(part.unit);
    if (part.unit !== null && !part.inherited && !owner) continue;
    const partEnd = owner ? tokens.find((t) => t.start >= part.span.start)!.end : part.span.end;
    const between: string[] = [];
    for (const t of tokens) if (t.start >= partEnd && t.end <= whole.span.start) between.push(t.text.toLowerCase());
    if (between[0] !== 'of' || !between.slice(1).every(partitiveFiller) || between.length > 5 || !whole.unit) continue;
    const span = owner ? { ...part.span, end: partEnd } : part.span;
    out[k] = { ...part, span, unit: whole.unit, unitClass: whole.unitClass, modifiers: whole.modifiers, inherited: true, event: part.event ?? whole.event };
    out[k + 1] = { ...whole, whole: true };
  }
  // "4,671 containers, 52 of which held …": the second counts what the first names (the first still counts what it
  // says: "was carrying 4,671 containers").
  for (let k = 1; k < out.length; k++) {
    const [whole, part] = [out[k - 1]!, out[k]!];
    const after = tokens.filter((t) => t.start >= part.span.end).slice(0, 2).map((t) => t.text.toLowerCase());
    if (part.unit !== null || !whole.unit || after[0] !== 'of' || !/^(?:which|whom)$/.test(after[1] ?? '')) continue;
    const gap = tokens.filter((t) => t.start >= whole.span.end && t.end <= part.span.start).map((t) => t.text);
    if (gap.length !== 1 || gap[0] !== ',') continue;
    out[k] = { ...part, unit: whole.unit, unitClass: whole.unitClass, modifiers: whole.modifiers, inherited: true };
  }
  // A spelled span takes in the bare number it opens with ("3 and a half hours" is one length, not 3 and 3.5).
  const spelled = spelledDurations(tokens, lower);
  const kept = spelled.length ? out.filter((q) => !spelled.some((d) => d.span.start <= q.span.start && q.span.end <= d.span.end)) : out;
  return [...kept, ...spelled].sort((a, b) => a.span.start - b.span.start);
}

const SPELLED_UNIT = /^(?:second|minute|hour|day|week|month|year)$/;

/**
 * "an hour and a half later", "half an hour", "a week earlier": a span of time written without a digit. Only where
 * the words cannot be a rate ("600 trucks a day") or a phrase ("a day of mourning"): with a half, or before a word of
 * time order.
 */
function spelledDurations(tokens: Token[], lower: string[]): Quantity[] {
  const out: Quantity[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    let value: number | null = null;
    let from = i;
    let to = i + 1;
    let unitAt = -1;
    // "two and a half years", "3 and a half hours": a whole and a half of the unit after it.
    const whole = tokens[i]!.kind === 'number' ? Number(lower[i]!.replace(/,/g, '')) : NUMBER_WORDS[lower[i]!];
    if (whole !== undefined && Number.isFinite(whole) && lower[i + 1] === 'and' && /^an?$/.test(lower[i + 2] ?? '') && lower[i + 3] === 'half' && SPELLED_UNIT.test((lower[i + 4] ?? '').replace(/s$/, ''))) {
      value = whole + 0.5;
      to = i + 4;
      unitAt = i + 4;
    } else if (lower[i] === 'half' && /^an?$/.test(lower[i + 1]!) && SPELLED_UNIT.test(lower[i + 2] ?? '')) {
      value = 0.5;
      to = i + 2;
    } else if (/^an?$/.test(lower[i]!) && SPELLED_UNIT.test(lower[i + 1]!) && !(tokens[i - 1]?.kind === 'number' || /s$/.test(lower[i - 1] ?? ''))) {
      if (lower[i + 2] === 'and' && /^an?$/.test(lower[i + 3] ?? '') && lower[i + 4] === 'half') {
        value = 1.5;
        to = i + 4;
      } else if (/^(?:later|earlier|after|before|ago)$/.test(lower[i + 2] ?? '')) value = 1;
    }
    if (value === null) continue;
    const unit = lower[unitAt >= 0 ? unitAt : to === i + 2 && value === 0.5 ? i + 2 : i + 1]!;
    out.push({ value, unit, unitClass: unitClassOf(unit), modifiers: [], qualifier: qualifierBefore(tokens, from), event: null, perParty: false, planned: false, span: { start: tokens[from]!.start, end: tokens[to]!.end } });
    i = to;
  }
  return out;
}

/**
 * "Rs 2 lakh in financial help for each worker", "each worker would receive Rs 1 lakh": a figure given to each of a
 * group, read within its clause (up to eight words either side, to a comma or a semicolon).
 */
function eachInClause(tokens: readonly { text: string }[], i: number, end: number): boolean {
  for (let k = end + 1; k < Math.min(tokens.length, end + 9); k++) {
    const w = tokens[k]!.text.toLowerCase();
    if (/^[,;:.]$/.test(w)) break;
    if ((w === 'each' || w === 'every') && /^(?:for|to)$/i.test(tokens[k - 1]!.text)) return true;
  }
  for (let k = i - 1; k >= Math.max(0, i - 8); k--) {
    const w = tokens[k]!.text.toLowerCase();
    if (/^[,;:.]$/.test(w)) break;
    if (w === 'each' && k + 2 < i) return true;
  }
  return false;
}

/** How many characters of a sign stand before a temperature starting at `start` ("minus 45C", "-45C"); 0 when none. */
export function minusSignLength(text: string, start: number, unit: string): number {
  if (!TEMPERATURE_UNIT.test(unit)) return 0;
  // ("-45C" and "−45C" with the sign written before the figure, not a range's dash: "30-45C".)
  return /\bminus\s+$|(?<=^|\s)[-−]$/i.exec(text.slice(Math.max(0, start - 8), start))?.[0].length ?? 0;
}
const TEMPERATURE_UNIT = /^(?:°?[CF]|degrees?|celsius|fahrenheit)$/i;
