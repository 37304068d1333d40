/**
 * Slot values: every value a sentence gives for something that could be counted, measured or timed, with the words
 * around it. A count ("62 people"), a share ("31%"), a distance ("5km", "five miles", both in km), an age ("aged 32",
 * "a 79-year-old"), a time of day ("7.31am", "8:58 a.m.") or a calendar date ("July 18"). Two outlets disagree when
 * they give different values of one kind in the same words (see slot-conflicts.ts). An amount of money ("$4.2
 * million", "€5m", "25 million euros") is a value in its currency: two currencies' amounts are never one slot.
 */
import type { Qualifier, Sentence } from './types.ts';
import { termKey } from './text/stem.ts';
import { metresPer } from './text/units.ts';
import { STOPWORDS, NUMBER_WORDS, PLAN_WORDS, MONTHS, WEEKDAYS } from './text/lexicon.ts';
import { isTitleWord } from './text/phrases.ts';
import { DURATION_UNITS, EVERY_BEFORE, lengthBefore, lengthGoesOn } from './text/durations.ts';
import { STARTS_UPPERCASE } from './text/tokens.ts';

/**
 * A distance in km, rounded so that one told in miles and in km compares equal ("5km", "3.1 miles"), and so that
 * lengths under a kilometre ("3.2 metres", "4 metres wide") keep what tells them apart.
 */
const kmValue = (km: number): number => (km >= 1 ? Math.round(km * 10) / 10 : Number(km.toPrecision(3)));

export type SlotKind = 'count' | 'percent' | 'distance' | 'age' | 'time' | 'date' | 'measure' | 'money';

export interface SlotValue {
  sentence: number;
  kind: SlotKind;
  /**
   * Comparable value: minutes after midnight for a time, km for a distance, month × 100 + day for a date, the figure
   * on its scale for a measure ("magnitude 6.1").
   */
  value: number;
  /** The value as written ("7.31am", "five miles"). */
  label: string;
  unit: string | null;
  unitClass: string | null;
  qualifier: Qualifier;
  event: string | null;
  planned: boolean;
  perParty: boolean;
  /** Offsets of the value in the sentence text. */
  at: number;
  end: number;
  /** The time zone written after a time ("GMT", "AEST"), upper-cased; "" when none. */
  zone: string;
  /** A ceiling or a floor ("a maximum sentence of 25 years", "a minimum of 40"): what could be, not what was. */
  limit: boolean;
  /** For an age or a share, whose it is ("Brandl, 40", "Brandl, a deckhand aged 40", "Velmar's shares fell 6%"), lower-cased; else "". */
  holder: string;
  /** For an age, the holder's given name when the sentence writes it ("Ivo Brandl, 19"), lower-cased; else "". */
  given: string;
  /** For a share in a sentence about trading, when in the trading day it was read (see momentOf); else "". */
  moment: TradingMoment | '';
  /** For a share in a sentence about trading, whether it is a rise or a fall (see directionOf); else "". */
  direction: 'up' | 'down' | '';
}

const TIME_12 = /\b(\d{1,2})(?:[:.](\d{2}))?\s*(a\.m\.?|p\.m\.?|am|pm)(?!\p{L})/giu;
/** Noon and midnight are times of day with no digit: "around noon" against "shortly after 9am". */
const TIME_WORD = /\b(noon|midday|midnight)\b/gi;
/**
 * A figure on a scale: "magnitude 6.1", "a magnitude of 6.1", "a 6.4-magnitude quake", "category 4", "alert level 3",
 * "4.5 on the ten-point scale". The scale's word is the unit; two scales' figures are never one slot.
 */
const SCALE_BEFORE = /\b(magnitude|category|level|force)(?:\s+of)?\s+(\d{1,2}(?:\.\d+)?)(?![\d.,]*\d)(?!\s*(?:%|per|metres|meters|feet|km|miles|m)\b)/gi;
const SCALE_AFTER = /\b(\d{1,2}(?:\.\d+)?)[-\s](magnitude)\b/gi;
/** "put the magnitude of the second quake, centred in Tarnby, at 7.6": the scale's word, then its figure after "at". */
const SCALE_AT = /\b(magnitude)\s+of\s+(?:the\s+)?[^.;:]{0,60}?\bat\s+(\d{1,2}\.\d)\b/gi;
const ON_SCALE = /\b(\d{1,3}(?:\.\d+)?)\s+on\s+(?:the|its|a|an)\s+(?:[\p{L}-]+\s+){0,3}?(scale)\b/giu;
const TIME_24 = /\b([01]?\d|2[0-3]):([0-5]\d)\b(?!\s*(?:a\.?m|p\.?m))/giu;
const AGE = /\baged (\d{1,3})\b|\b(\d{1,3})-year-old\b|\b(?:man|woman|boy|girl) of (\d{1,3})\b|(?<=\p{Lu}[\p{L}'’-]*\p{L}, )(\d{1,3})(?=,(?!\d)|\.?$)/gu;
/** Each scale pattern with the groups of its figure and of its scale word. */
const MEASURES: [RegExp, number, number][] = [
  [SCALE_BEFORE, 2, 1],
  [SCALE_AFTER, 1, 2],
  [ON_SCALE, 1, 2],
  [SCALE_AT, 2, 1],
];
const APPROX_BEFORE = /(?:about|around|roughly|approximately|some|nearly|almost|shortly (?:after|before)|just (?:after|before))\s*$/i;
/** A figure with its unit and an opening bracket, right before another figure. */
export const CONVERTED = /\d[\d,.]*\s*(?:[%\p{L}.]+\s*){1,2}\(\s*(?:about|around|roughly|some|nearly|almost|approximately|c\.)?\s*(?:US|A|C|NZ|HK)?[$€£¥]?\s*$/u;

// Built once: tsx's transform rebuilds a regular expression with \p{…} outside brackets wherever it is written.
const HYPHENATED_MEASURE = /^\d[\d,.]*-\p{L}/u;
/** Units a hyphenated count gives of a thing's own parts ("a 340-page report", "a 12-storey tower", "a 40-seat hall"). */
const OWN_PARTS = /^(?:pages?|stor(?:e)?y|stor(?:e)?ies|floors?|seats?|rooms?|beds?|members?|cars?|carriages?|lanes?|berths?)$/i;
const PARTITIVE_AFTER = /^\s+of\s+(?:the|its|their|his|her)\s+\p{L}/u;
const SHARE_OF = /^\s+of\s+(\p{Lu}[\p{L}-]*)(?:['’]s)?\s/u;

/** "Set" with a particle is something done, not a plan: "set out", "set up", "set aside". */
const SET_DONE = /\bset\s+(?:out|up|off|aside|down|about|in)\b/g;
/** What makes a value a ceiling or a floor: "a maximum sentence of", "a minimum of". */
const LIMIT_BEFORE = /\b(?:maximum|minimum|max|ceiling|cap|limit)\b(?:\s+[\p{L}-]+){0,2}?\s+(?:of\s+)?$/iu;
/** A superlative, up to four words of what it describes, then "in"/"for" and a bound: "the worst defeat in more than". */
const RECORD_SPAN_BEFORE =
  /\b(?:worst|best|deadliest|biggest|largest|heaviest|strongest|highest|lowest|hottest|coldest|wettest|driest|costliest|busiest|longest|greatest|first|most\s+\p{Ll}+)(?:\s+[\p{L}'’-]+){0,4}?\s+(?:in|for)\s+(?:(?:the\s+)?(?:past|last)\s+)?(?:more than|over|nearly|almost|about|some|at least|well over|just over|just under)?\s*$/iu;
const RECORD_SPAN_UNITS = /^(?:years?|decades?|century|centuries|generations?)$/;

const qualifierAt = (text: string, at: number): Qualifier => (APPROX_BEFORE.test(text.slice(Math.max(0, at - 24), at)) ? 'approx' : 'exact');

/** The slot values of one sentence. */
export function slotValues(s: Sentence): SlotValue[] {
  const out: SlotValue[] = [];
  const taken: [number, number][] = [];
  const base = { sentence: s.id, unit: null, unitClass: null, event: null, planned: false, perParty: false };
  const overlaps = (a: number, b: number) => taken.some(([x, y]) => a < y && b > x);
  // Only a sentence about trading gives a share a moment of the trading day.
  const trading = TRADING.test(s.text);
  const push = (v: Omit<SlotValue, 'end' | 'zone' | 'holder' | 'given' | 'limit' | 'moment' | 'direction'>, end: number) => {
    if (overlaps(v.at, end)) return;
    // "By 6:25 a.m., 540 flights…", "as of Monday": the moment a count was taken, not when something happened.
    if ((v.kind === 'time' || v.kind === 'date') && /\b(?:by|as of|until|till)\s+(?:about |around )?$/i.test(s.text.slice(Math.max(0, v.at - 16), v.at))) return;
    taken.push([v.at, end]);
    // Zones are written in capitals ("GMT", "AEST"); "that Tuesday" after a time names none.
    // ("5.17pm local time" is the story's own clock, as a time with no zone is.)
    const written = v.kind === 'time' ? (/^\s*\(?(GMT|UTC|[A-Z]{2,4}T|ET|[Ll]ocal)\b/.exec(s.text.slice(end))?.[1]?.toUpperCase() ?? '') : '';
    const zone = written === 'LOCAL' ? '' : written;
    // "Due to start at 8.30am", "expected at about 4.30pm": a plan, not what happened.
    // ("Set out £43bn of cuts" is done; "set to raise" plans.)
    const window = s.text.slice(Math.max(0, v.at - 60), v.at).toLowerCase().replace(SET_DONE, ' ');
    // "They need someone to close it at 7 p.m.", "it should have shut at 9pm": a time wished for is no time something
    // happened either.
    const before = window.split(/[^a-z]+/);
    const planned = v.planned || (v.kind !== 'count' && before.slice(-8).some((w) => PLAN_WORDS.has(w))) || (v.kind === 'time' && before.slice(-12).some((w) => WISHED.has(w)));
    const limit = LIMIT_BEFORE.test(s.text.slice(Math.max(0, v.at - 50), v.at));
    const move = trading && v.kind === 'percent';
    const moment = move ? momentOf(s.text, v.at, end) : '';
    const direction = move ? directionOf(s.text, v.at, end) : '';
    const holder = v.kind === 'age' || v.kind === 'percent' ? holderOf(s, v.at, end, v.kind) : '';
    const given = v.kind === 'age' && holder ? givenNameBefore(s.text, holder, v.at) : '';
    out.push({ ...v, end, zone, planned, limit, holder, given, moment, direction });
  };
  // Every time and age pattern needs a digit: a sentence without one (most of them) is not searched for them.
  const digits = /\d/.test(s.text);
  for (const m of digits ? s.text.matchAll(TIME_12) : []) {
    let h = Number(m[1]);
    const min = Number(m[2] ?? 0);
    if (h > 12 || min > 59) continue;
    if (/^p/i.test(m[3]!) && h < 12) h += 12;
    if (/^a/i.test(m[3]!) && h === 12) h = 0;
    push({ ...base, kind: 'time', value: h * 60 + min, label: m[0], qualifier: qualifierAt(s.text, m.index!), at: m.index! }, m.index! + m[0].length);
  }
  for (const m of s.text.matchAll(TIME_WORD)) {
    const value = /midnight/i.test(m[1]!) ? 0 : 720;
    push({ ...base, kind: 'time', value, label: m[0], qualifier: qualifierAt(s.text, m.index!), at: m.index! }, m.index! + m[0].length);
  }
  for (const [re, valueAt, unitAt] of digits ? MEASURES : []) {
    for (const m of s.text.matchAll(re)) {
      const unit = m[unitAt]!.toLowerCase();
      // "the magnitude of the second quake … at 7.6" reads "magnitude 7.6", its figure where it stands: the words
      // between say which quake, and are its context.
      const apart = re === SCALE_AT;
      const at = apart ? m.index! + m[0].length - m[2]!.length : m.index!;
      push({ ...base, kind: 'measure', value: Number(m[valueAt]), label: apart ? `${m[1]} ${m[2]}` : m[0], unit, unitClass: unit, qualifier: qualifierAt(s.text, at), at }, m.index! + m[0].length);
    }
  }
  for (const m of digits ? s.text.matchAll(TIME_24) : []) {
    push({ ...base, kind: 'time', value: Number(m[1]) * 60 + Number(m[2]), label: m[0], qualifier: qualifierAt(s.text, m.index!), at: m.index! }, m.index! + m[0].length);
  }
  for (const m of digits ? s.text.matchAll(AGE) : []) {
    const n = Number(m[1] ?? m[2] ?? m[3] ?? m[4]);
    // "Aged 70 to 80" is a range over several people, not one person's age.
    if (n > 130 || /^\s*(?:to|-|–|and|or)\s*\d/.test(s.text.slice(m.index! + m[0].length))) continue;
    // "Aged" is the value's own word, like "km" after a distance: it says the value is an age, not whose age it is.
    const at = m[1] ? m.index! : m.index! + m[0].indexOf(String(n));
    push({ ...base, kind: 'age', value: n, label: m[0], qualifier: 'exact', at }, m.index! + m[0].length);
  }
  for (const d of s.dates) {
    const md = /(?:^|-)(\d{2})-(\d{2})$/.exec(d.key);
    if (!md || d.key.startsWith('rel:')) continue;
    const at = s.text.indexOf(d.surface);
    if (at < 0) continue;
    push({ ...base, kind: 'date', value: Number(md[1]) * 100 + Number(md[2]), label: d.surface, qualifier: 'exact', at }, at + d.surface.length);
  }
  for (const q of s.quantities) {
    const at = q.span.start - s.span.start;
    const end = q.span.end - s.span.start;
    if (overlaps(at, end)) continue;
    // "about 20 yards (18 metres)": a figure in brackets after another is the same figure converted.
    if (CONVERTED.test(s.text.slice(Math.max(0, at - 40), at))) continue;
    const unit = q.unit?.toLowerCase() ?? null;
    const label = s.text.slice(at, end);
    if (unit && /^(?:a\.?m\.?|p\.?m\.?|time|gmt|utc)$/.test(unit)) continue;
    // "A 16-year low", "the 42-day first phase": a hyphenated measure describes something else; it is not reported.
    // ("the 53-metre escape passage" is the passage's length, as "55 metres long" is.)
    const perMetre = unit ? metresPer(unit) : undefined;
    const perKm = perMetre === undefined ? undefined : perMetre / 1000;
    // ("The 340-page report" counts the report's pages: a count of a thing's own parts, not of a span of time.)
    if (HYPHENATED_MEASURE.test(label) && unit !== 'year-old' && perKm === undefined && !OWN_PARTS.test(unit ?? '')) continue;
    // "30 of the 45 victims": the 45 is the whole the part is counted against, not a value reported here.
    if (q.whole || /\d\s+of\s+(?:the|its|their)\s+$/.test(s.text.slice(Math.max(0, at - 30), at))) continue;
    const money = moneyAt(s.text, at, end, q.value, unit);
    if (money) {
      push({ ...base, kind: 'money', value: money.value, label: s.text.slice(money.at, money.end), unit: money.currency, unitClass: 'money', qualifier: q.qualifier, planned: q.planned, at: money.at }, money.end);
      continue;
    }
    // "Its worst defeat in more than 40 years": how far back a record reaches, a claim record-conflicts.ts reads.
    if (unit && RECORD_SPAN_UNITS.test(unit) && RECORD_SPAN_BEFORE.test(s.text.slice(Math.max(0, at - 80), at))) continue;
    // A bare number is a value of something only as a partitive: "30 of the 45 victims".
    if (!q.unit && !PARTITIVE_AFTER.test(s.text.slice(end))) continue;
    // "the 787 line", "its 777 wing line": a number before a singular noun names a model or a route, it counts nothing.
    // ("the 812km cable" is a length: a unit of distance is no model's name, and "a 38% stake" is a share.)
    if (q.unit && q.value > 1 && unit !== 'percent' && !(HYPHENATED_MEASURE.test(label) && OWN_PARTS.test(unit ?? '')) && DESIGNATION_BEFORE.test(s.text.slice(Math.max(0, at - 6), at)) && !/s$/i.test(q.unit) && !INVARIANT_PLURALS.has(q.unit.toLowerCase()) && perKm === undefined) continue;
    // Built only for a quantity that is a value: the set phase reads every quantity of the corpus.
    // "every 30 minutes" is how often, not how long; "an hour and 45 minutes" is one length, read whole.
    if (unit && DURATION_UNITS.test(unit) && EVERY_BEFORE.test(s.text.slice(Math.max(0, at - 16), at))) continue;
    if (unit && lengthGoesOn(s.text, end, unit)) continue;
    const whole = unit ? lengthBefore(s.text, at, q.value, unit) : null;
    const common = whole
      ? { ...base, value: whole.value, label: s.text.slice(whole.start, end), unit: q.unit, unitClass: q.unitClass, qualifier: q.qualifier, event: q.event, planned: q.planned, perParty: q.perParty, at: whole.start }
      : { ...base, value: q.value, label, unit: q.unit, unitClass: q.unitClass, qualifier: q.qualifier, event: q.event, planned: q.planned, perParty: q.perParty, at };
    if (unit === 'percent') push({ ...common, kind: 'percent' }, end);
    // "20,000 cubic metres of sand", "7,600 square miles": a volume or an area, no distance.
    else if (perKm !== undefined && CUBED_OR_SQUARED.test(s.text.slice(Math.max(0, at), end))) push({ ...common, kind: 'measure' }, end);
    else if (perKm !== undefined) push({ ...common, kind: 'distance', value: kmValue(q.value * perKm), unitClass: 'km' }, end);
    else if (unit === 'year-old') push({ ...common, kind: 'age' }, end);
    else push({ ...common, kind: 'count' }, end);
  }
  return out;
}

/** A currency written before an amount: "$", "US$", "S$", "€", "£", "¥", "₩"; letters before "$" name whose dollar. */
const CURRENCY_BEFORE = /(?:\b([A-Z]{1,2}))?([$€£¥₩])\s?$/;
/** A currency written as a word after the amount ("25 million euros"); "pounds" is left out, as it weighs too. */
const CURRENCY_WORDS: Record<string, string> = { dollars: '$', euros: '€', euro: '€', yen: '¥', won: '₩' };
/** An amount's figure and scale before the noun a quantity took as its unit: "55bn", "68.7 billion". */
const AMOUNT_THEN_NOUN = /^[\d,.]+(?:(bn|mn|m|k|tn|b)\b|\s*(?:million|billion|trillion|thousand)\b)?/i;
/** Scale words a quantity may have taken as its unit ("€5m", "$2.5bn"). */
const SCALE_UNITS: Record<string, number> = { m: 1e6, mn: 1e6, million: 1e6, bn: 1e9, b: 1e9, billion: 1e9, k: 1e3, thousand: 1e3, tn: 1e12, trillion: 1e12 };

/**
 * An amount of money at a quantity's offsets: its currency ("$" for US$ too), its value in that currency, and its
 * offsets with the currency sign; null when no currency is written. A scale word read as a unit ("5m" is no
 * distance after "€") is folded into the value.
 */
function moneyAt(text: string, at: number, end: number, value: number, unit: string | null): { currency: string; value: number; at: number; end: number } | null {
  const before = CURRENCY_BEFORE.exec(text.slice(Math.max(0, at - 4), at));
  if (before) {
    const currency = before[1] === 'US' ? '$' : `${before[1] ?? ''}${before[2]}`;
    const scale = unit ? SCALE_UNITS[unit] : 1;
    if (scale !== undefined) return { currency, value: value * scale, at: at - before[0].length, end };
    // "£55bn takeover", "$68.7 billion deal": an amount whatever noun follows it, its scale glued to the figure or
    // already read into it.
    const amount = AMOUNT_THEN_NOUN.exec(text.slice(at, end));
    if (!amount) return null;
    const glued = amount[1] ? (SCALE_UNITS[amount[1].toLowerCase()] ?? 1) : 1;
    return { currency, value: value * glued, at: at - before[0].length, end: at + amount[0].length };
  }
  const word = unit ? CURRENCY_WORDS[unit] : undefined;
  return word ? { currency: word, value, at, end } : null;
}

/** Words back from a value, nearest first: what ends the search (a number, "and", a break), a name, or a lower-case word. */
const BACK_WORD = /(?:([;:()—–]|\band|\d[\d,.]*)|(\p{Lu}[\p{L}'’-]*)|(\p{Ll}[\p{L}'’-]*))$/u;
/** Lower-case words a holder's phrase never crosses: a relative clause or another person's noun ("his daughter"). */
const BACK_STOP = new Set(['who', 'whom', 'whose', 'which', 'that', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);
/** The name a relative clause follows: "Adobe, which …". */
const RELATIVE_OF = /(?:^|\s)(\p{Lu}[\p{L}'’-]*),\s*$/u;
/** A determiner right before a number: "the 787 line". */
export const DESIGNATION_BEFORE = /\b(?:the|a|an|its|their|his|her|this|that)\s+$/i;
/** Plural nouns with no "s": "the 12 crew", "the 45 dead". */
const INVARIANT_PLURALS = new Set(['people', 'police', 'staff', 'crew', 'personnel', 'children', 'men', 'women', 'feet', 'sheep', 'cattle', 'aircraft', 'dead', 'injured', 'wounded', 'missing', 'faithful', 'elderly', 'homeless', 'unemployed']);
/** What may follow a name that opens a sentence for it to own a share there: "Acme's", "Acme shares". */
const OWNS_AFTER = /^(?:['’]s?\b|\s+(?:shares|stock|stocks)\b)/i;

/** Whose an age or a share at these offsets of a sentence is (see holderBefore); "15% of Velmar's ferries" says it after. */
export function holderOf(s: Sentence, at: number, end: number, kind: 'age' | 'percent'): string {
  const whose = kind === 'percent' ? SHARE_OF.exec(s.text.slice(end)) : null;
  if (whose) return whose[1]!.toLowerCase();
  // "Shares in Velmar, Oskby's Tarn-listed parent, closed 3.5 per cent lower": the shares say whose they are.
  const shares = kind === 'percent' ? SHARES_IN_BEFORE.exec(s.text.slice(Math.max(0, at - 128), at)) : null;
  return shares ? shares[1]!.toLowerCase() : holderBefore(s.text, at, kind, s.places);
}
const SHARES_IN_BEFORE = /\b(?:[Ss]hares|[Ss]tock)\s+(?:in|of)\s+(\p{Lu}[\p{L}&-]*)(?:['’]s)?\b[^.;:]*$/u;

/**
 * Whose value an age or a share is, lower-cased, or "". An age is its holder's in apposition only: "Brandl, 40",
 * "Brandl, a deckhand aged 40" (the name followed by a comma), not "Brandl hired a deckhand, 19". A share is the
 * nearest name's before it ("while Velmar was down 2%", "Velmar's shares fell 6%"); a word that opens the sentence is
 * a name there only when it owns the shares ("Velmar's", "Velmar shares"), as "Shares" or "Nearly" are not. The
 * search stops at another number ("his wife, who was 61, his son, 37"), "and", a clause break, a relative pronoun or
 * a possessive determiner; a place, a day or a month is passed over ("in Tarnby was 4% lower"). A possessive owns a
 * share but not an age ("Oskby's daughter, 42" is not Oskby's age).
 */
const ATTRIBUTIVE_AGE = /^\d+-year-old\b/;

function holderBefore(text: string, at: number, kind: 'age' | 'percent', places: string[]): string {
  let rest = text.slice(0, at).replace(/[\s,]+$/, '');
  for (let k = 0; k < 12 && rest; k++) {
    const m = BACK_WORD.exec(rest);
    if (!m || m[1]) return '';
    if (m[3] && BACK_STOP.has(m[3].toLowerCase())) {
      // "Adobe, which fell 8.5%", "Brandl, who is 40": the relative clause is of the name just before it.
      const named = /^(?:which|who|that)$/i.test(m[3]) ? RELATIVE_OF.exec(rest.slice(0, m.index)) : null;
      return named && !STOPWORDS.has(named[1]!.toLowerCase()) ? named[1]!.toLowerCase() : '';
    }
    if (m[2] !== undefined) {
      const word = m[2].replace(/['’]s?$/, '');
      const lower = word.toLowerCase();
      const passed = lower in MONTHS || WEEKDAYS.has(lower) || places.some((p) => p.split(/\s+/).includes(word));
      if (!passed) {
        const after = text.slice(m.index + word.length);
        const possessive = word !== m[2];
        if (STOPWORDS.has(lower)) return '';
        // "Ivo Roe, Velco's 52-year-old founder": the possessive owns the role the age describes, not the age; the
        // holder is the name the phrase stands beside.
        if (kind === 'age' && possessive && ATTRIBUTIVE_AGE.test(text.slice(at, at + 16))) {
          rest = rest.slice(0, m.index).replace(/[\s,]+$/, '');
          continue;
        }
        if (kind === 'age') return !possessive && after.startsWith(',') ? lower : '';
        return m.index > 0 || OWNS_AFTER.test(after) ? lower : '';
      }
    }
    rest = rest.slice(0, m.index).replace(/[\s,]+$/, '');
  }
  return '';
}

/**
 * The given name written before a holder's surname ("Ivo Brandl, the 19-year-old": "ivo"), lower-cased, or
 * "": two people of one family share a surname, and their ages are two slots.
 */
function givenNameBefore(text: string, holder: string, at: number): string {
  let given = '';
  let previous = '';
  for (const m of text.slice(0, at).matchAll(/[\p{L}'’-]+/gu)) {
    if (m[0].toLowerCase() === holder && STARTS_UPPERCASE.test(previous)) given = previous;
    previous = m[0];
  }
  const lower = given.toLowerCase();
  return given && !STOPWORDS.has(lower) && !isTitleWord(given) ? lower : '';
}

/** "Shares in the ferry operator Tarnsoft", "Tarnsoft shares", "Tarnsoft's stock": a company whose shares are named. */
const SHARES_NAMED = /\b(?:[Ss]hares|[Ss]tock)\s+(?:in|of)\s+(?:the\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,3}?(\p{Lu}[\p{L}-]*)|(\p{Lu}[\p{L}-]*)(?:['’]s)?\s+(?:shares|stock)\b/gu;
/** A subject that points back at shares named before: "the stock was down 18%", "It … was 7% lower"; not "the stock market". */
const SHARES_BACK = /^(?:It|They)\b|\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:stock|shares)\b(?!\s+(?:market|index|exchange)s?\b)/;

/**
 * The one company whose shares a sentence is about, lower-cased: the holder of its shares ("Velmar's shares fell 6%")
 * or a company named with its shares ("Shares in Tarnsoft tumbled"); "" when it names none, or two.
 */
export function sharesNamedIn(s: Sentence, values: SlotValue[]): string {
  const named = new Set(values.filter((v) => v.kind === 'percent' && v.holder).map((v) => v.holder));
  if (/\b(?:shares|stock)\b/i.test(s.text)) {
    for (const m of s.text.matchAll(SHARES_NAMED)) {
      const name = (m[1] ?? m[2]!).toLowerCase();
      if (!STOPWORDS.has(name)) named.add(name);
    }
  }
  return named.size === 1 ? [...named][0]! : '';
}

/**
 * Whether a share no name owns in its clause points back at shares the sentence before named: its subject is "the
 * stock", "its shares", or a pronoun opening the sentence ("It recovered part of the loss … and was 7% lower").
 */
export function pointsBackToShares(s: Sentence, v: SlotValue): boolean {
  return v.kind === 'percent' && !v.holder && SHARES_BACK.test(s.text.slice(0, v.at));
}

export type TradingMoment = 'premarket' | 'open' | 'intraday' | 'close' | 'after-hours';

/** A sentence about trading in shares. */
const TRADING = /\b(?:shares|stocks?|trad(?:e|ing)|premarket|pre-market)\b/i;
/** The moments of a trading day, as written; "Thursday's closing price" is a reference, not when a figure was read. */
const MOMENTS: [TradingMoment, RegExp][] = [
  ['after-hours', /\b(?:after[- ]hours|extended trading|after the (?:close|closing bell|bell))\b/gi],
  ['premarket', /\b(?:pre-?market|before the (?:market )?(?:open(?:ing bell|ed)?|bell)|ahead of the (?:market )?open(?:ing bell)?|before trading (?:began|opened|started))\b/gi],
  ['open', /\b(?:at the open(?:ing bell)?|in early trading|in early deals|at the start of trading)\b/gi],
  ['intraday', /\b(?:mid-?(?:morning|day)|(?:mid-?)?afternoon|in (?:morning|midday) trading|intraday)\b/gi],
  ['close', /\b(?:(?:at|by) (?:the|\p{Lu}\p{Ll}+['’]s) close(?! of)|closed|ended|finished)\b/giu],
];
/** What ends a share's clause: a semicolon, or a contrast with another clause ("… before the open but soon returned"). */
const CLAUSE_END = /;|\b(?:while|whereas|but)\b/gi;

/**
 * When in the trading day a share was read ("slid 12% in premarket trade", "ended Friday 11% lower", "by
 * mid-afternoon was about 9% lower"): the moment written nearest to it in its own clause, or "". Two outlets' figures
 * for one company's shares at two moments are two figures of a price that moves, not a disagreement.
 */
export function momentOf(text: string, at: number, end: number): TradingMoment | '' {
  return nearestInClause(text, at, end, MOMENTS);
}

/** The moments of the trading day a text names anywhere ("at Friday's close", "before the opening bell"). */
export function momentsNamed(text: string): Set<TradingMoment> {
  const out = new Set<TradingMoment>();
  for (const [m, re] of MOMENTS) if (text.match(re)) out.add(m);
  return out;
}

/** Which way a share moved, as written ("jumped more than 7%", "11% lower", "closed down 0.7%"). */
const DIRECTIONS: ['up' | 'down', RegExp][] = [
  ['up', /\b(?:rose|risen|rises?|jumped|jumps?|climbed|climbs?|gained|gains?|soared|surged|rallied|advanced|added|up|higher)\b/gi],
  ['down', /\b(?:fell|fallen|falls?|dropped|drops?|slid|slides?|slipped|tumbled|plunged|sank|slumped|lost|declined|shed|down|lower)\b/gi],
];

/**
 * Whether a share rose or fell: the direction written nearest to it in its own clause, or "". A rise and a fall are
 * two companies' moves or two moments', not one figure told twice, unless both are said of one company.
 */
export function directionOf(text: string, at: number, end: number): 'up' | 'down' | '' {
  return nearestInClause(text, at, end, DIRECTIONS);
}

/** Of the patterns' matches in a value's clause, the kind of the one nearest the value, or "". */
function nearestInClause<T extends string>(text: string, at: number, end: number, kinds: [T, RegExp][]): T | '' {
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(CLAUSE_END)) {
    if (m.index! + m[0].length <= at) from = m.index! + m[0].length;
    else if (m.index! >= end) {
      to = m.index!;
      break;
    }
  }
  const clause = text.slice(from, to);
  let best: T | '' = '';
  let nearest = Infinity;
  const taken: [number, number][] = [];
  for (const [kind, re] of kinds) {
    for (const m of clause.matchAll(re)) {
      const a = from + m.index!;
      const b = a + m[0].length;
      // A match an earlier kind took is that kind's: "after the close" is after hours, not the close.
      if (taken.some(([x, y]) => a < y && b > x)) continue;
      taken.push([a, b]);
      const d = b <= at ? at - b : a >= end ? a - end : 0;
      if (d < nearest) [best, nearest] = [kind, d];
    }
  }
  return best;
}

/** A colon inside a time ("04:09") is no clause break. */
const WORD_OR_BREAK = /[\p{L}][\p{L}'’-]*|[;()—–]|:(?!\d)/gu;
/** A contrast opens a clause with its own subject: "Acme shares slid 7%, while Velmar was down 2%". */
const CLAUSE_BREAK = /^(?:[;:()—–]|while|whereas)$/i;
/** Words that join values into a list: "40 relief boats and 6 fuel boats". */
const JOINING = /^(?:and|or|plus)$/i;
// Built once: tsx's transform rebuilds a regular expression with \p{…} outside brackets wherever it is written.
const PURPOSE = /^\s+to\s+\p{Ll}/u;
/** Words that put what follows among what should or could be, not what was. */
const WISHED = new Set(['need', 'needs', 'needed', 'should', 'could', 'ought']);

/**
 * A sentence's words and clause breaks with their offsets, read once for all the values of a sentence: the pair loops
 * ask for the context of the same few sentences tens of thousands of times on a large corpus. Each word's term is
 * worked out on first use (null: a word that is never context).
 */
export interface SentenceWords {
  text: string[];
  index: number[];
  isBreak: boolean[];
  term: (string | null | undefined)[];
}

export function wordsOf(text: string): SentenceWords {
  const out: SentenceWords = { text: [], index: [], isBreak: [], term: [] };
  for (const m of text.matchAll(WORD_OR_BREAK)) {
    out.text.push(m[0]);
    out.index.push(m.index!);
    out.isBreak.push(CLAUSE_BREAK.test(m[0]));
    out.term.push(undefined);
  }
  return out;
}

/** The term a word stands for in a context, or null for a stop word, a number word or a single letter. */
function contextTerm(words: SentenceWords, k: number): string | null {
  let t = words.term[k];
  if (t === undefined) {
    const lw = words.text[k]!.toLowerCase();
    words.term[k] = t = STOPWORDS.has(lw) || lw.length < 2 || lw in NUMBER_WORDS ? null : termKey(lw);
  }
  return t;
}

/**
 * The words around a value, each weighted by how rare it is and how near it stands: the value's own clause decides
 * what it is a value of. The window stops at a semicolon, a colon, a bracket or a dash, and after a time at a "to"
 * that opens a purpose ("cleared at 8:40 a.m. to land"): what the time was for happened later, if at all. The words
 * of `others` (the sentence's other values of the same thing) are passed over and not counted as distance.
 */
export function contextOf(s: Sentence, at: number, end: number, idf: (term: string) => number, reach = 10, timeOfDay = false, words = wordsOf(s.text), others: readonly { at: number; end: number }[] = []): Map<string, number> {
  // The value's own words ("290 kilometres") say what kind of value it is, not what it is a value of: the window
  // after it starts at the first word at or past its end, the window before it at the last word before its start.
  const n = words.index.length;
  let before = 0;
  while (before < n && words.index[before]! < at) before++;
  // "3.2 metres (10.5 feet) wide": a conversion in brackets is the value again, and what follows it is the value's.
  const conversion = BRACKETED_FIGURE.exec(s.text.slice(end, end + 48));
  const from = conversion ? end + conversion[0].length : end;
  let after = before;
  while (after < n && words.index[after]! < from) after++;
  const out = new Map<string, number>();
  const purpose = timeOfDay && PURPOSE.test(s.text.slice(end));
  // Another value's own words ("6 fuel boats" beside "40 relief boats") say what that value is, not this one, and
  // the "and" that joins them is no distance: what follows a list of values ("… had sailed") is said of each.
  const within = (k: number) => k >= 0 && k < n && others.some((o) => words.index[k]! >= o.at && words.index[k]! < o.end);
  const inOther = (k: number) => within(k) || (JOINING.test(words.text[k]!) && (within(k - 1) || within(k + 1)));
  // "at about 2.10am local time", "at 13:45 hrs": words that say which clock a time is on say nothing of what
  // happened then, and every time in a story shares them.
  const clock = (k: number) => timeOfDay && CLOCK_WORD.test(words.text[k]!);
  for (let k = after, d = 0; k < n && d < reach && !purpose; k++) {
    if (words.isBreak[k]) break;
    if (!inOther(k) && !clock(k)) visitWord(words, k, d++, idf, out);
  }
  for (let k = before - 1, d = 0; k >= 0 && d < reach; k--) {
    if (words.isBreak[k]) break;
    if (!inOther(k) && !clock(k)) visitWord(words, k, d++, idf, out);
  }
  return out;
}

/** A figure in brackets right after a value: its conversion ("(10.5 feet)", "(about $1.2m)"). */
const BRACKETED_FIGURE = /^\s*\([^()\d]{0,16}\d[^()]{0,24}\)/;
const CUBED_OR_SQUARED = /\b(?:cubic|square|sq\.?)\s+\S+$/i;
const CLOCK_WORD = /^(?:local|time|hrs|gmt|utc|bst|cet|cest|est|edt|pst|pdt|cst|cdt|mst|mdt|et|pt|ct|mt|eastern|pacific|ist|aest|aedt|jst|kst|msk|hkt|sgt)$/i;

/** Weighs word k, d words from the value, into a context: the nearest occurrence of a term counts. */
function visitWord(words: SentenceWords, k: number, d: number, idf: (term: string) => number, out: Map<string, number>): void {
  const t = contextTerm(words, k);
  if (t === null) return;
  const weight = idf(t) / (1 + d / 4);
  if (weight > (out.get(t) ?? 0)) out.set(t, weight);
}

/** A place, or its population, just before the number: "a town of some 3,100 people", "a population of 40,000". */
const POPULATION_BEFORE = /\b(?:town|city|village|hamlet|community|country|nation|island|county|region|district|province|municipality|suburb|population|home to)\s+(?:of\s+)?(?:about|some|around|roughly|nearly|almost|over|just over|just under|more than|fewer than|less than|barely|only)?\s*$/i;

export function isPopulation(s: Sentence, v: SlotValue): boolean {
  return populationAt(s.text, v.at);
}

/** Whether the number at offset `at` of a text is how many live somewhere ("a village of about 4,700 people"). */
export function populationAt(text: string, at: number): boolean {
  return POPULATION_BEFORE.test(text.slice(Math.max(0, at - 40), at));
}
