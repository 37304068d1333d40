/**
 * Disagreements by slot, whatever the wording: two outlets give values of one kind (a count of one class of thing, a
 * share, a distance, an age, a time of day, a date) in the same words ("mayday call … 8:58" and "8:59 … mayday call"),
 * and the values cannot both hold. Each value is compared with its best match in the other outlet: when that best
 * match gives the same value the outlets agree, whatever else they say.
 */
import type { Conflict, ConflictValue, Qualifier, Sentence } from './types.ts';
import type { TermStats } from './similarity.ts';
import { UnionFind, joinApart } from './similarity.ts';
import { dedupeRefs as dedupe, toSourceRef } from './source-ref.ts';
import { eventsCompatible } from './mentions.ts';
import { lemma } from './text/tokens.ts';
import { minusSignLength, parseNumberWord } from './text/numbers.ts';
import { placeKey } from './text/places.ts';
import { otherVerb, qualifierUnshared, sharesOfOtherStates, verbUnshared } from './count-identity.ts';
import { NUMBER_WORDS, SCALE_WORDS, STOPWORDS, WRITTEN_QUALIFIER } from './text/lexicon.ts';
import { termKey } from './text/stem.ts';
import { isTitleWord } from './text/phrases.ts';
import { DESIGNATION_BEFORE, contextOf, isPopulation, pointsBackToShares, sharesNamedIn, slotValues, wordsOf, type SlotKind, type SlotValue } from './slot-values.ts';
import { aboutAnEarlierYear, dayOfValue, earlierYearInClause, firstReported, splitByDay, weekdaysOfEvents, writtenDayOfValue } from './updates.ts';
import { frontedScopesDiffer, nameOpeningSentenceBefore, namesInside, pronounSubjectsDiffer, sentenceBefore, subjectsDiffer } from './value-scope.ts';

/**
 * Two values of one slot agree only when they are equal or one is a round approximation that admits the other ("about
 * 9 a.m." and 9:04, "about 500" and 490). Outlets giving different figures are shown as disagreeing, bounds included:
 * "at least 40 killed" against "38 killed" is two counts a reader should see side by side, and "about 6:12" or "some
 * 170 km" are precise figures another outlet's 6:09 or 168 contradicts. A lower bound admits the figure it rounds down
 * ("at least 40" and 43).
 */
export function valuesCompatible(a: { value: number; qualifier: Qualifier }, b: { value: number; qualifier: Qualifier }, kind: SlotKind = 'count'): boolean {
  if (a.value === b.value) return true;
  // "more than 21 million" and "about 21.2 million": a figure in millions rounded to two digits, and one within a
  // hundredth of it, are one figure. ("About 290" is a precise figure that 288 contradicts.)
  if (kind === 'count' && (roundMillions(a) || roundMillions(b)) && Math.abs(a.value - b.value) <= 0.01 * Math.max(a.value, b.value)) return true;
  return admits(a, b, kind) || admits(b, a, kind);
}

/** A bound or approximation of a million or more with two significant digits at most ("more than 21 million"). */
function roundMillions(x: { value: number; qualifier: Qualifier }): boolean {
  if (x.qualifier === 'exact' || x.value < 1e6) return false;
  const step = 10 ** (Math.floor(Math.log10(x.value)) - 1);
  return x.value % step === 0;
}

/**
 * Whether x, a round approximation, admits y, an exact figure. Kept out of valuesCompatible: the pair loops call that
 * tens of millions of times on a large corpus, and a closure made per call (named at run time by tsx) cost seconds.
 */
function admits(x: { value: number; qualifier: Qualifier }, y: { value: number; qualifier: Qualifier }, kind: SlotKind): boolean {
  if (x.qualifier === 'at_least' && y.qualifier !== 'at_least' && y.qualifier !== 'at_most' && kind !== 'time' && kind !== 'date' && kind !== 'age') return y.value >= x.value && y.value < x.value + Math.min(lastDigitStep(x.value), x.value * BOUND_REACH);
  return x.qualifier === 'approx' && y.qualifier === 'exact' && Math.abs(x.value - y.value) <= roundingOf(x.value, kind);
}

/**
 * How far above a lower bound a figure may lie and still be the one the bound rounds down: "more than 300 ferries"
 * says 3xx, which 317 is, while "more than 1,760" says 1,76x, which "about 1,830" is not, and "at least 40" admits
 * 43 but not 52. The step is the place of the bound's last digit that is not zero, and no more than a tenth of the
 * bound (BOUND_REACH): "more than 300 million tonnes" is no way of writing 450 million.
 */
const BOUND_REACH = 0.1;
function lastDigitStep(value: number): number {
  if (!Number.isInteger(value) || value === 0) return 0;
  let step = 1;
  while (value % (step * 10) === 0) step *= 10;
  return step;
}

/**
 * "25 miles" and "40 km", "20 yards" and "18 metres": one distance written in two units, rounded in each. Within
 * 5% of each other, figures in different units are one figure converted, not a disagreement.
 */
/** A length of time told in two parts: "an hour and 45 minutes", "8 minutes and 12 seconds". */
const LENGTH_IN_PARTS = /\band\s+\S+\s+(?:minutes?|seconds?)$/i;

function converted(a: SlotValue, b: SlotValue): boolean {
  // "8.01am BST" and "12:01 a.m." (on the story's own clock): whole hours apart, one moment on two clocks.
  if (a.kind === 'time' && b.kind === 'time') return a.zone !== b.zone && Math.abs(a.value - b.value) % 60 === 0;
  if (a.kind !== 'distance' || b.kind !== 'distance' || lemma((a.unit ?? '').toLowerCase()) === lemma((b.unit ?? '').toLowerCase())) return false;
  return Math.abs(a.value - b.value) <= 0.05 * Math.max(a.value, b.value);
}

/** How far a round approximation reaches: an hour, half or quarter hour ±5 minutes, "about 500" ±5%, "about 60%" ±2.5 points. */
function roundingOf(value: number, kind: SlotKind): number {
  if (kind === 'time') return value % 15 === 0 ? 5 : 0;
  // "about 60 per cent" admits 59.7; "about 62%" admits 61.6.
  if (kind === 'percent') return Number.isInteger(value) ? (value % 5 === 0 ? 2.5 : 0.5) : 0;
  return value % 100 === 0 ? value * 0.05 : 0;
}

const KIND_WORD: Record<SlotKind, string> = { count: '', percent: 'share', distance: 'distance', age: 'age', time: 'time', date: 'date', measure: 'measure', money: 'amount' };

interface Candidate {
  v: SlotValue;
  context: Map<string, number>;
  weight: number;
  /** The counted noun's term, in the context but not evidence of the slot on its own. */
  unit: string | null;
  /** Whether the value is a gap from one event to another ("an hour after …"), read once per value. */
  gap: boolean;
  /** A count listed with others of its noun ("two counts of X and five counts of Y"): what they add up to. */
  total: number | null;
  /** For a time of day, the words of its clause further out (see WIDE_REACH). */
  wide: Context | null;
  /**
   * For a count in a sentence that points back ("The boat had 23 people aboard"), the sentence before, whose words are
   * read with the count's own (`back`, made when a pair first needs it).
   */
  before: Sentence | null;
  back?: Context;
}

type Context = Pick<Candidate, 'context' | 'weight' | 'unit'>;

/**
 * Shared context as a share of the smaller context, and the rarest shared word's weight: "tickets … cancelled" and
 * "cancelled … tickets" share the verb that says which tickets; "residents" alone says nothing of which residents.
 */
function overlap(a: Context, b: Context): { score: number; best: number; n: number } {
  let shared = 0;
  let best = 0;
  let n = 0;
  for (const [t, w] of a.context) {
    const o = b.context.get(t);
    if (o === undefined) continue;
    n++;
    shared += Math.min(w, o);
    if (t !== a.unit) best = Math.max(best, Math.min(w, o));
  }
  return { score: shared / Math.min(a.weight, b.weight), best, n };
}

// Read once per value and per sentence: every value is set against hundreds of others on a large corpus.
const scopes = new WeakMap<SlotValue, string[]>();
const sentenceWords = new WeakMap<Sentence, string[]>();

/**
 * Capitalised words between a count and its noun ("300 UK crossings"): the count is of those alone. Not its unit
 * ("3.15 MJ"), nor a name the story is about (`common`: "100 Velco customer records" in Velco's breach is all of them).
 */
function scopeOf(v: SlotValue, common: (word: string) => boolean): string[] {
  let out = scopes.get(v);
  if (!out) {
    const unit = (v.unit ?? '').toLowerCase();
    const words = (v.label.match(/(?<=\s)\p{Lu}[\p{L}.]*/gu) ?? []).map((w) => w.toLowerCase().replace(/\./g, ''));
    scopes.set(v, (out = words.filter((w) => w !== unit && !common(w))));
  }
  return out;
}

/** Whether a sentence names a scope word, or a word made from it ("Israeli" for "Israel"). */
function names(s: Sentence, word: string): boolean {
  const stem = word.slice(0, Math.max(2, Math.min(word.length, 5)));
  let words = sentenceWords.get(s);
  if (!words) sentenceWords.set(s, (words = s.text.toLowerCase().replace(/\./g, '').split(/[^\p{L}]+/u)));
  return words.some((w) => w === word || (word.length > 3 && w.startsWith(stem)));
}

/** Units of an amount weighed or poured: a count of them is a measure, which does not grow from day to day. */
const AMOUNT_UNIT = /^(?:kg|kgs|kilo(?:gram(?:me)?)?s?|tonnes?|tons?|lbs?|grams?|litres?|liters?|gallons?|barrels?)$/i;

/**
 * Whether two figures lie more than ten times apart, where that says they measure two things: always for a measure,
 * a sum or a share, and for a count only when both were told the same day (a toll may rise that far over days).
 */
export function tenfoldApart(x: number, y: number, apply: boolean): boolean {
  return apply && Math.max(x, y) > 10 * Math.min(x, y);
}

/** The noun a sum is named by just before it: "a loyalty bonus of €5m", "a fee worth $9 million" → "bonus", "fee". */
function sumNamed(s: Sentence, v: SlotValue): string {
  const m = SUM_NAMED.exec(s.text.slice(Math.max(0, v.at - 40), v.at));
  return m ? termKey(m[1]!.toLowerCase()) : '';
}
/** Two sums in one currency that one noun names ("a bonus of €5m", "a bonus worth €6 million"). */
function oneNamedSum(a: SlotValue, b: SlotValue, sa: Sentence, sb: Sentence): boolean {
  if (a.kind !== 'money' || a.unit !== b.unit) return false;
  const noun = sumNamed(sa, a);
  return noun !== '' && noun === sumNamed(sb, b);
}
const SUM_NAMED = /(\p{Ll}{3,})\s+(?:of|worth|totalling|totaling|valued at)\s+(?:about|around|some|roughly|nearly|almost)?\s*$/u;

function sameKind(a: SlotValue, b: SlotValue, ca: Candidate, cb: Candidate, sa: Sentence, sb: Sentence, common: (word: string) => boolean): boolean {
  // A plan is no rival of what was done ("is to free 1,500", "freed 1,300"); a load a ship "will carry" and one it "is
  // carrying" is one load, when neither count is of something done.
  // (Nor is a route's length: "will travel 230 miles by road" and "took four hours to cover the 215 miles" are one road.)
  // (Nor is a sum named by one noun: "a bonus of €5m that was due" and "a bonus worth €6 million he was owed".)
  const planApart =
    a.planned !== b.planned &&
    !(((a.kind === 'count' && !a.event && !b.event && !!a.unit && a.unit === b.unit) || (placeApart(sa, a) && placeApart(sb, b)) || oneNamedSum(a, b, sa, sb)) && sameOrder(a.value, b.value));
  // A time with no zone written is on the story's own clock, which a zone written beside another may name ("4:08 p.m.
  // ET" and "4:14 p.m."): only two zones written differently set two times apart.
  if (a.kind !== b.kind || planApart || a.perParty !== b.perParty || (a.zone !== b.zone && a.zone !== '' && b.zone !== '') || a.limit !== b.limit) return false;
  // "The rover weighs 26 kg" and "the lander weighs about 1,400 kg": figures more than ten times apart measure two
  // things. (A count may rise that far from one day's coverage to the next: only within one day for counts.)
  if (a.kind !== 'time' && a.kind !== 'age' && tenfoldApart(a.value, b.value, a.kind !== 'count' || sa.published === sb.published || AMOUNT_UNIT.test(a.unit ?? ''))) return false;
  // "Brandl, 33" and "Roe, 25" are two people's ages; Acme's shares and Tarnsoft's are two companies' shares.
  if (a.holder && b.holder && a.holder !== b.holder) return false;
  // "Marek Brandl, 48" and "Ivo Brandl, 19": a father and a son.
  if (a.given && b.given && a.given !== b.given) return false;
  // A share price moves through the day: a premarket figure is no rival of the close. A figure read in the afternoon
  // and one at the close are both the day's move, as readers take them ("9% lower by mid-afternoon", "ended 11% lower").
  if (a.moment && b.moment && sessionOf(a.moment) !== sessionOf(b.moment)) return false;
  // "Its shares jumped 7%" and "Tarnsoft shares closed down 11%": a rise and a fall are two moves, unless both are
  // said of one company (then the outlets disagree on which way it went).
  if (a.direction && b.direction && a.direction !== b.direction && !(a.holder && a.holder === b.holder)) return false;
  // "Roe owns about 2% of Velco's shares" is a stake, "Velco shares rose 5%" a move: one company's, two slots.
  if (a.kind === 'percent' && a.holder && a.holder === b.holder && !a.direction !== !b.direction) return false;
  // "85% contained" and "86% of them residential" are shares of two states.
  if (a.kind === 'percent' && sharesOfOtherStates(sa, a.end, sb, b.end)) return false;
  // "a 15% pay rise" is a share of a pay rise: a share its rival's sentence never names that noun against is another's
  // ("rejected the offer by 88.2%").
  if (a.kind === 'percent' && (shareOfUnnamedNoun(sa, a, sb) || shareOfUnnamedNoun(sb, b, sa))) return false;
  // "the Greens took about 12% of the vote" and "the party took 31.4 per cent": sizeable shares more than twice apart are
  // two parties' or two groups' shares; outlets misreporting one share are not that far out. (Progress may grow
  // that much: "10% contained", then "45% contained".)
  if (a.kind === 'percent' && Math.min(a.value, b.value) >= 10 && !sameOrder(a.value, b.value) && !changeTold(sa, a) && !changeTold(sb, b)) return false;
  // A time of day is of one day: two told in coverage days apart, neither naming its day, are of two days' events.
  if (a.kind === 'time' && daysApart(sa, sb)) return false;
  // "Monday's operation began at 11am" against "The operation began at 10 a.m." in Sunday's article: a time told
  // before the day the other is written against is of an earlier day.
  if (a.kind === 'time' && (toldBefore(sa, sb, b) || toldBefore(sb, sa, a))) return false;
  // "The first call came at 9:45 p.m." and "the last call came at 9:41 p.m." are two moments.
  if (a.kind === 'time' && ordinalsApart(ordinalOf(sa, a), ordinalOf(sb, b))) return false;
  // A magnitude is no category and no alert level.
  if (a.kind === 'measure') return a.unitClass === b.unitClass;
  // "$40 million a day" is a rate, "$3bn" a total; "$250 a week" and "$300 a week" are one rate.
  if ((a.kind === 'money' || a.kind === 'count') && rateOf(sa, a) !== rateOf(sb, b)) return false;
  // Dollars are not euros, and "US$4.2 million (S$5.6 million)" is one amount in two currencies.
  if (a.kind === 'money') return a.unit === b.unit;
  if (a.kind !== 'count') return true;
  // "300 UK crossings" against "2,400 crossings around the world": one country's count is not the world's.
  if (scopeOf(a, common).some((w) => !names(sb, w)) || scopeOf(b, common).some((w) => !names(sa, w))) return false;
  // "A town of some 3,100 people" is how many live there, not how many anything happened to.
  if (isPopulation(sa, a) !== isPopulation(sb, b)) return false;
  // "the remaining eight boys", "another 20 people": what is left of a whole, or added to it, is no count of the whole.
  if (partOfMore(sa, a) !== partOfMore(sb, b)) return false;
  // Counts of something that happened ("12 killed") are compared by the event clusters in conflicts.ts.
  if (a.event && b.event) return false;
  if (!eventsCompatible(a.event, b.event)) return false;
  // "9,400 people had taken refuge" says what happened to its people, and it is not "212 people had been killed".
  if (a.event && otherVerb(sb, b, a.event)) return false;
  if (b.event && otherVerb(sa, a, b.event)) return false;
  // "38 cars had derailed" against "a train of 149 cars": a count whose own verb the other's words never use.
  if (verbUnshared(sa, a, sb) || verbUnshared(sb, b, sa)) return false;
  // "10 of the derailed cars" counts among the derailed ones: only a count said of them too is its rival.
  if (qualifierUnshared(sa, a, sb, b) || qualifierUnshared(sb, b, sa, a)) return false;
  if (a.unitClass && b.unitClass) {
    if (a.unitClass !== b.unitClass) return false;
    // "two journalists" and "four men" are both people, but not the same people; "about 33,000 union members" and
    // "some 32,000 workers" who walked out are one crowd told two ways, large and all but equal.
    const [ua, ub] = [lemma(a.unit ?? ''), lemma(b.unit ?? '')];
    return ua === ub || (a.unitClass === 'person' && allButEqual(a.value, b.value, 1000));
  }
  // "30 of the 45 victims" names its noun after the number: a bare count matches when its words hold the other's noun.
  const named = a.unitClass ? a : b;
  const bare = a.unitClass ? cb : ca;
  return !!named.unit && [...bare.context.keys()].some((t) => named.unit!.toLowerCase().startsWith(t));
}


/** The lower-case words between a count's number and its noun ("13 foreign divers" → "foreign"), as terms. */
function modifiersOf(v: SlotValue): string[] {
  const words = v.label.split(/\s+/).slice(1, -1);
  return words.filter((w) => /^\p{Ll}[\p{L}-]+$/u.test(w) && !STOPWORDS.has(w) && !(w in NUMBER_WORDS) && !(w in SCALE_WORDS)).map(termKey);
}

/** A share written before its noun: "a 38% stake", "the 25% tariff" (the noun's first word). */
const NOUN_AFTER_SHARE = /^\s+(\p{Ll}[\p{L}-]+)/u;
const SHARE_WORD = /^(?:share|proportion|portion|fraction)$/i;

/** Whether a share is of a noun written after it, after a determiner ("a 15% pay rise"), that the other sentence never uses. */
function shareOfUnnamedNoun(s: Sentence, v: SlotValue, other: Sentence): boolean {
  const noun = NOUN_AFTER_SHARE.exec(s.text.slice(v.end))?.[1];
  // "a 58.4% share of everyone watching": a share named as one is of what follows it, which the other may word otherwise.
  if (!noun || STOPWORDS.has(noun.toLowerCase()) || SHARE_WORD.test(noun) || !DESIGNATION_BEFORE.test(s.text.slice(Math.max(0, v.at - 6), v.at))) return false;
  return !other.terms.includes(termKey(noun.toLowerCase()));
}

/** The whole a share is of, as written after it: "(share) of everyone watching television". */
const WHOLE_AFTER = /^\s*(?:%|per\s*cent|percent)?\s*(?:share\s+)?of\s+((?:[\p{L}'’-]+\s+){1,4}[\p{L}'’-]+)/u;

/** The content words of the whole a share is of, as written after it ("of everyone watching television"), or null. */
function wholeAfter(s: Sentence, v: SlotValue): Set<string> | null {
  const m = WHOLE_AFTER.exec(s.text.slice(v.end));
  return m ? new Set(m[1]!.toLowerCase().split(/\s+/).filter((w) => !STOPWORDS.has(w)).map(termKey)) : null;
}

/** Whether two shares are of one whole: at least two content words of one's, all in the other's. */
function sameWhole(x: Set<string> | null, y: Set<string> | null): boolean {
  if (!x || !y) return false;
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  return small.size >= 2 && [...small].every((t) => large.has(t));
}

/** The part of the trading day a moment is in: the session's own hours and its close are one. */
const sessionOf = (m: string) => (m === 'intraday' || m === 'close' ? 'session' : m);

/** Whether a value is said of the first or of the last of something, read in its clause before it, once per value. */
function ordinalOf(s: Sentence, v: SlotValue): 'first' | 'last' | '' {
  let o = ordinals.get(v);
  if (o === undefined) {
    const m = ORDINAL_BEFORE.exec(s.text.slice(Math.max(0, v.at - 60), v.at));
    ordinals.set(v, (o = !m ? '' : /^first|^earliest/i.test(m[1]!) ? 'first' : 'last'));
  }
  return o;
}
const ordinals = new WeakMap<SlotValue, 'first' | 'last' | ''>();
const ORDINAL_BEFORE = /\b(first|earliest|last|final|latest)\b[^.;,]*$/i;
const ordinalsApart = (x: string, y: string) => x !== '' && y !== '' && x !== y;

/**
 * The period or thing an amount is per: "$40 million a day" → "day", "$250 a week" → "week", "$12 million in revenue
 * for every day" → "day"; "" when none.
 */
function rateOf(s: Sentence, v: SlotValue): string {
  // ("Every day the canal stays shut adds roughly two days": a rate told before its figure.)
  return (RATE_AFTER.exec(s.text.slice(v.end)) ?? RATE_BEFORE.exec(s.text.slice(Math.max(0, v.at - 80), v.at)))?.[1]?.toLowerCase() ?? '';
}
const RATE_BEFORE = /\b(?:every|each)\s+(day|week|month|year|hour|minute|night)\b[^,.;:]*$/i;
const RATE_AFTER = /^\s+(?:(?:in|of)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+)?(?:for\s+)?(?:a|an|per|each|every)\s+(day|week|month|year|hour|minute|share|head|person|night|barrel|tonne|ton)\b/iu;



/**
 * Two counts of one noun within a twentieth of each other ("212 days", "211 days") are one figure told twice, whatever
 * words surround them: different counts of one thing in one story rarely lie that close. Small numbers coincide.
 */
function nearCounts(a: SlotValue, b: SlotValue): boolean {
  if ((a.kind !== 'count' && a.kind !== 'distance') || a.kind !== b.kind || !a.unit || !b.unit || lemma(a.unit) !== lemma(b.unit)) return false;
  return allButEqual(a.value, b.value, a.kind === 'count' ? 10 : 0);
}

/** Two figures of one order: neither more than twice the other. */
const sameOrder = (x: number, y: number) => Math.max(x, y) <= 2 * Math.min(x, y);

/** Two values of at least `floor` within a twentieth of each other. */
function allButEqual(x: number, y: number, floor: number): boolean {
  return Math.min(x, y) >= floor && Math.abs(x - y) <= 0.05 * Math.max(x, y) + 1e-9;
}

const LETTER = /\p{L}/u;

const DURATION_UNITS = new Set(['day', 'week', 'month', 'year', 'hour', 'minute']);
/** What follows a duration that measures the gap from one event to another: "an hour after …", "two days later". */
const GAP_AFTER = /^\s+(?:after|before|later|earlier|since|ago|past)\b/i;

/** Whether a count of time is a gap between two events rather than how long something lasted. */
function gapOf(v: SlotValue, s: Sentence): boolean {
  // ("deliberated for more than 11 hours before sending a note": "for" makes it how long, whatever came after.)
  return v.kind === 'count' && !!v.unit && DURATION_UNITS.has(lemma(v.unit.toLowerCase())) && GAP_AFTER.test(s.text.slice(v.end)) && !LASTED_FOR.test(s.text.slice(Math.max(0, v.at - 40), v.at));
}
const LASTED_FOR = /\bfor\s+(?:(?:about|around|roughly|nearly|almost|some|more\s+than|less\s+than|over|under|just|only)\s+)*$/i;

/** ln(1 + 8): the idf of a word found in one sentence in eight. */
const COMMON_NAME = Math.log(9);
/** How far a time's wider window reaches, in words each way. */
const WIDE_REACH = 16;
/** Times this close (in minutes) may be one moment misreported, matched by their wider windows. */
const NEAR_MINUTES = 30;
/** Scores above this (shared context over the smaller context) make two values one slot. */
const SAME_SLOT = 0.3;
/** The rarest shared word must be this informative (idf after distance decay): "said" alone ties nothing. */
const DISTINCTIVE = 1.2;
/** A counted noun this informative, sharing this much of the context in four words or more, names its slot. */
const DISTINCTIVE_NOUN = 1.5;
const SAME_NOUN_SLOT = 0.6;
/** Whether two values' words share enough, and something telling enough, to make them one slot. */
const sharesEnough = (o: { score: number; best: number; n: number }) => o.score >= SAME_SLOT && o.best >= DISTINCTIVE && o.n >= 2;
/** For the only value of its noun in each outlet, the rarest shared word besides the noun need be only this informative. */
const SOLE_DISTINCTIVE = 0.4;

export function findSlotConflicts(sentences: Sentence[], stats: TermStats): Conflict[] {
  const idf = (t: string) => stats.idf(t);
  // A name in one sentence in eight or more is what the story is about, not a scope narrowing a count.
  const common = (word: string) => idf(termKey(word)) < COMMON_NAME;
  // Per sentence, once: the pair loop below asks for the same sentences many times.
  const earlierOf: (boolean | undefined)[] = [];
  // An age, a length or a sum is dated by a past year only in its own clause; a count or a share, which moves from
  // year to year, by any past year its sentence names.
  // (A count of years or days is a length: "came in 2009 and has run the shop for 20 years" is not of 2009.)
  const lengthOf = new Map<SlotValue, boolean>();
  const isLength = (v: SlotValue) => {
    let r = lengthOf.get(v);
    if (r === undefined) lengthOf.set(v, (r = DURATION_UNITS.has(lemma((v.unit ?? '').toLowerCase()))));
    return r;
  };
  const earlier = (s: Sentence, v: SlotValue) => (earlierOf[s.id] ??= aboutAnEarlierYear(s)) && ((v.kind === 'count' && !isLength(v)) || v.kind === 'percent' || earlierYearNear(s, v));
  const elsewhere = placesDiffer();
  const otherDay = daysDiffer();
  const isName = namesInside(sentences);
  // Read once per sentence and per value, not once per pair compared.
  const unsaidOf: (number[] | undefined)[] = [];
  const unsaid = (s: Sentence) => (unsaidOf[s.id] ??= unsaidNumbers(s.text));
  const wholes = new Map<SlotValue, Set<string> | null>();
  const wholeOf = (s: Sentence, v: SlotValue) => (wholes.has(v) ? wholes.get(v)! : wholes.set(v, wholeAfter(s, v)).get(v)!);
  // "In Tarnby, …" against a count with no such scope, "his party won five" against "the Greens won 388": two slots.
  const scopeApart = (a: SlotValue, b: SlotValue, sa: Sentence, sb: Sentence) =>
    frontedScopesDiffer(sa, sb) || ((a.kind === 'count' || a.kind === 'money') && (subjectsDiffer(sa, a.at, sb, b.at, isName) || pronounSubjectsDiffer(sentences, sa, sb, isName)));
  const all: Candidate[] = [];
  // The company whose shares the sentence before named, for a share that points back at them ("the stock", "It").
  let sharesBefore: { article: number; position: number; holder: string } | null = null;
  const titled = titledNames(sentences);
  for (const s of sentences) {
    const values = slotValues(s);
    // "The King, 74": an age held by a title is the age of the one its article names with that title.
    for (const v of values) if (v.kind === 'age' && isTitleWord(v.holder)) v.holder = titled(s.article, v.holder) || v.holder;
    if (sharesBefore && sharesBefore.article === s.article && sharesBefore.position === s.position - 1) {
      for (const v of values) if (pointsBackToShares(s, v)) v.holder = sharesBefore.holder;
    }
    // "Larks won 388 seats. The party took 31.4 per cent of the vote": a share of the party the sentence before opens with.
    if (POINTS_BACK_TO_BODY.test(s.text)) {
      const owner = nameOpeningSentenceBefore(sentences, s, isName);
      if (owner) for (const v of values) if (v.kind === 'percent' && !v.holder && v.at < 60) v.holder = owner.toLowerCase();
    }
    const named = sharesNamedIn(s, values);
    sharesBefore = named ? { article: s.article, position: s.position, holder: named } : null;
    // The sentence's words are read once for all its values.
    const words = values.length ? wordsOf(s.text) : undefined;
    for (const v of values) {
      // Other values of the same thing in the sentence ("40 relief boats and 6 fuel boats"), whose words are theirs.
      const others = values.filter((o) => o !== v && o.kind === v.kind && (v.kind !== 'count' || (!!o.unit && !!v.unit && lemma(o.unit.toLowerCase()) === lemma(v.unit.toLowerCase()))));
      const context = contextOf(s, v.at, v.end, idf, undefined, v.kind === 'time', words, others);
      // What a count counts ("tickets", "victims") is part of what it is a count of, though written inside the value.
      // (So is a distance's unit: "11,000 feet" and "11,500 feet" below the surface are one depth told twice.)
      const unit = (v.kind === 'count' || v.kind === 'distance') && v.unit ? termKey(v.unit.toLowerCase()) : null;
      if (unit) context.set(unit, Math.max(context.get(unit) ?? 0, idf(unit)));
      // So are the words that narrow the noun: "13 foreign divers" and "15 foreign divers" count the same divers.
      if (v.kind === 'count' && unit) for (const t of modifiersOf(v)) context.set(t, Math.max(context.get(t) ?? 0, idf(t)));
      let weight = 0;
      for (const w of context.values()) weight += w;
      // ("prosecutors called 38 witnesses and the defense seven": a number with its noun left unsaid is a part too.)
      const total = v.kind === 'count' && others.length ? others.reduce((sum, o) => sum + o.value, v.value) : v.kind === 'count' ? unsaidParts(s, v) : null;
      // A time's clause often tells its event further out than a count's ("At 4:08 p.m. on Tuesday, minutes after the
      // market closed, Brandl posted …"): its wider window is read too, for times close enough to be one misreported.
      const far = v.kind === 'time' ? contextOf(s, v.at, v.end, idf, WIDE_REACH, true, words, others) : null;
      const wide = far ? { context: far, weight: [...far.values()].reduce((x, y) => x + y, 0), unit: null } : null;
      const before = v.kind === 'count' ? pointedBackTo(s, v, sentences) : null;
      if (weight > 0) all.push({ v, context, weight, unit, gap: gapOf(v, s), total, wide, before });
    }
  }
  const byKind = new Map<SlotKind, number[]>();
  all.forEach((c, i) => (byKind.get(c.v.kind) ?? byKind.set(c.v.kind, []).get(c.v.kind)!).push(i));

  // Each value's best match in each other outlet, among values sharing a context word that is not everywhere (so
  // the comparison stays near-linear on a large corpus).
  const edges: [number, number][] = [];
  for (const list of byKind.values()) {
    const postings = new Map<string, number[]>();
    for (const i of list) for (const t of (all[i]!.wide ?? all[i]!).context.keys()) (postings.get(t) ?? postings.set(t, []).get(t)!).push(i);
    // One company's shares at one moment of the day meet whatever words they share (see `slot` below).
    const atMoment = (v: SlotValue) => (v.holder && v.moment ? `\0${v.holder}|${v.moment}` : '');
    for (const i of list) {
      const k = atMoment(all[i]!.v);
      if (k) (postings.get(k) ?? postings.set(k, []).get(k)!).push(i);
    }
    const kindsValues = list.map((i) => all[i]!.v);
    const together = valuesTogether(kindsValues);
    const sole = soleSignatures(kindsValues, sentences);
    const lone = loneTimes(kindsValues, sentences);
    const aloneOfOrder = onlyOfItsOrder(kindsValues, sentences);
    const best = new Map<number, Map<string, number>>();
    for (const i of list) {
      const a = all[i]!;
      const sa = sentences[a.v.sentence]!;
      const near = new Set<number>();
      for (const t of (a.wide ?? a).context.keys()) {
        const p = postings.get(t)!;
        if (p.length <= 200) for (const j of p) near.add(j);
      }
      if (atMoment(a.v)) for (const j of postings.get(atMoment(a.v))!) near.add(j);
      const bestBy = new Map<string, { j: number; score: number }>();
      for (const j of near) {
        const b = all[j]!;
        const sb = sentences[b.v.sentence]!;
        if (sb.publisher === sa.publisher || !sameKind(a.v, b.v, a, b, sa, sb, common)) continue;
        // One person's age is theirs wherever and on whichever day a sentence tells of them: "In Tarnby, the loss of
        // Ivo Brandl, 37" and "Brandl, 38, died on Friday" are one age told two ways.
        const onePersonsAge = a.v.kind === 'age' && a.v.holder !== '' && a.v.holder === b.v.holder;
        // So is one company's share move on one day wherever it is told to have traded ("In Tarnby, Velco shares
        // slid 7.8%", "Velco closed down 12.4%"): the place is the market's, not a scope of the move.
        const oneHoldersMove = a.v.kind === 'percent' && a.v.holder !== '' && a.v.holder === b.v.holder && a.v.direction !== '' && a.v.direction === b.v.direction;
        if (!onePersonsAge && (otherDay(sa, sb) || (!oneHoldersMove && (elsewhere(sa, sb) || scopeApart(a.v, b.v, sa, sb))))) continue;
        // "taking about nine hours rather than 11": a sentence that gives the other figure too sets the two apart itself.
        if (a.v.kind === 'count' && b.v.kind === 'count' && (bareNumberIn(sa, b.v.value, unsaid) || bareNumberIn(sb, a.v.value, unsaid))) continue;
        // A duration counts from its start: "212 days after the raid of May 2030" is of this year's coverage.
        // (One person's age is theirs now, whatever year their sentence recalls: "Brandl, 55, chief executive since 2011".)
        // (How far one place lies from another is no year's: "some 640 km north of the capital, where he served from 2031".)
        if (!onePersonsAge && earlier(sa, a.v) !== earlier(sb, b.v) && !(nearCounts(a.v, b.v) && DURATION_UNITS.has(lemma(a.v.unit!))) && !(placeApart(sa, a.v) && placeApart(sb, b.v))) continue;
        // "An hour after the evacuation should have begun" is when something else happened; "three hours behind
        // schedule" is how late it began: a gap between two events is no length, unless the two figures all but agree.
        if (a.gap !== b.gap && !nearCounts(a.v, b.v)) continue;
        // "two counts of fraud and five of conspiracy" against "seven counts": a part of a list that adds up to it.
        if (a.total === b.v.value || b.total === a.v.value) continue;
        let shared = overlap(a, b);
        if (a.wide && b.wide && !sharesEnough(shared) && Math.abs(a.v.value - b.v.value) <= NEAR_MINUTES) {
          const wider = overlap(a.wide, b.wide);
          if (sharesEnough(wider)) shared = wider;
        }
        if (a.before && b.before && !sharesEnough(shared) && closeCounts(a.v.value, b.v.value) && aloneOfOrder(a.v) && aloneOfOrder(b.v)) {
          const before = overlap(backContext(a, idf), backContext(b, idf));
          if (sharesEnough(before)) shared = before;
        }
        const { score, best, n } = shared;
        // One person's age is one slot, however differently the outlets describe the person; one company's share
        // move needs words in common besides the name, as its shares move from hour to hour, unless both say the same
        // moment of the trading day ("in premarket trade", "before the opening bell").
        const sameHolder = a.v.holder !== '' && a.v.holder === b.v.holder;
        // A figure on one scale (a magnitude) in shared words needs no rare word besides: the scale says what it is.
        const slot = a.v.kind === 'age' ? sameHolder : a.v.kind === 'measure' ? score >= SAME_SLOT : sameHolder && (score >= SAME_SLOT || (a.v.moment !== '' && a.v.moment === b.v.moment));
        // A rare counted noun ("officers") with most of the rest in common ("in Oskby on Saturday night") is one slot,
        // though each shared word is common in a story told from one place; figures of another order ("9,000 votes",
        // "four million votes") count at another scale.
        const namedCount = !!a.unit && a.unit === b.unit && idf(a.unit) >= DISTINCTIVE_NOUN && score >= SAME_NOUN_SLOT && n >= 4 && sameOrder(a.v.value, b.v.value);
        // The one count of containers each of two outlets gives for one day, in a clause that shares a telling word
        // besides, is one slot told twice when of one order (a count given for another day may have moved since; a
        // distance does not move).
        const soleOfItsKind =
          sole(a.v) !== '' && sole(a.v) === sole(b.v) && sameOrder(a.v.value, b.v.value) && n >= 2 && best >= SOLE_DISTINCTIVE && (a.v.kind !== 'count' || sameDayTold(sa, a.v, sb, b.v));
        // "62 per cent of everyone watching telly" and "a 58.4% share of everyone watching television": a share of the
        // same whole, told in the same words, is one share told twice, whatever else each sentence says.
        const ofOneWhole = a.v.kind === 'percent' && sameWhole(wholeOf(sa, a.v), wholeOf(sb, b.v));
        // "lifted off at 6:41 a.m. from Tarn Bay" and "roared off the pad at Tarn Bay at 6:37 a.m.": two times minutes apart,
        // each the only one its outlet gives near the other, sharing a telling word, are one moment told in other verbs.
        const loneMoment = a.v.kind === 'time' && n >= 1 && best >= DISTINCTIVE && Math.abs(a.v.value - b.v.value) <= NEAR_MINUTES && lone(a.v, b.v) && lone(b.v, a.v);
        // "Brandl & Marr estimated insured losses at $41 billion" and "… has estimated insured losses from the storm at
        // $43 billion": one named source's sum in one currency, told two ways, is one estimate. (Not so its counts, which
        // a source revises from a provisional figure to a final one.)
        const oneSourcesSum = a.v.kind === 'money' && a.v.unit === b.v.unit && sameOrder(a.v.value, b.v.value) && n >= 2 && sameNamedSource(sa, sb);
        if (!sharesEnough(shared) && !nearCounts(a.v, b.v) && !slot && !namedCount && !soleOfItsKind && !ofOneWhole && !loneMoment && !oneSourcesSum) continue;
        // A share of the very whole the other names is its closest match, however little else the two share.
        const rank = ofOneWhole ? score + 1 : score;
        const prev = bestBy.get(sb.publisher);
        if (!prev || rank > prev.score) bestBy.set(sb.publisher, { j, score: rank });
      }
      best.set(i, new Map([...bestBy].map(([p, { j }]) => [p, j])));
    }
    // A pair is one slot when each is the other's best match in the other's outlet.
    for (const i of list) {
      for (const j of best.get(i)!.values()) {
        if (j < i || best.get(j)?.get(sentences[all[i]!.v.sentence]!.publisher) !== i) continue;
        if (!valuesCompatible(all[i]!.v, all[j]!.v, all[i]!.v.kind) && !together(all[i]!.v, all[j]!.v) && !converted(all[i]!.v, all[j]!.v) && !gapTells(all[i]!.v, all[j]!.v, sentences) && !gapTells(all[j]!.v, all[i]!.v, sentences)) edges.push([i, j]);
      }
    }
  }

  // Disagreements sharing a side are one, unless that would make two values of one sentence sides of one slot.
  const uf = new UnionFind(all.length);
  joinApart(uf, edges, (i) => new Set([all[i]!.v.sentence]));
  const groups = new Map<number, Set<number>>();
  for (const [i, j] of edges) {
    const r = uf.find(i);
    if (r !== uf.find(j)) continue;
    groups.set(r, (groups.get(r) ?? new Set()).add(i).add(j));
  }

  const conflicts: Conflict[] = [];
  for (const members of groups.values()) {
    const cands = [...members].map((i) => all[i]!);
    const byValue = new Map<number, Candidate[]>();
    for (const c of cands) (byValue.get(c.v.value) ?? byValue.set(c.v.value, []).get(c.v.value)!).push(c);
    const values: ConflictValue[] = [...byValue.entries()]
      .sort((p, r) => p[0] - r[0])
      .map(([value, cs]) => {
        const first = cs[0]!.v;
        const v: ConflictValue = {
          value: first.kind === 'time' ? Math.floor(value / 60) + (value % 60) / 100 : value,
          unit: first.kind === 'count' ? (cs.map((c) => c.v.unit).find((u) => u) ?? null) : first.kind === 'distance' ? 'km' : first.kind === 'percent' ? 'percent' : first.kind === 'measure' || first.kind === 'money' ? first.unit : null,
          sources: dedupe(cs.map((c) => toSourceRef(sentences[c.v.sentence]!))),
          published: firstReported(cs.map((c) => dayOfValue(sentences[c.v.sentence]!, c.v.at, c.v.end))),
        };
        if (first.kind !== 'count' && first.kind !== 'percent') v.label = [...new Set(cs.map((c) => c.v.label))].join(' / ');
        else {
          // "more than 6%" is not 6%: a bound every source writes the same way is shown as written.
          const bounds = new Set(cs.map((c) => WRITTEN_QUALIFIER.exec(sentences[c.v.sentence]!.text.slice(Math.max(0, c.v.at - 30), c.v.at))?.[1]?.toLowerCase() ?? ''));
          const [bound] = bounds;
          // "minus 45C" is a reading below zero, shown so wherever every source writes it so.
          const sign = cs.every((c) => minusSignLength(sentences[c.v.sentence]!.text, c.v.at, c.v.unit ?? '') > 0) ? 'minus ' : '';
          if ((bounds.size === 1 && bound) || sign) v.label = `${bounds.size === 1 && bound ? `${bound} ` : ''}${sign}${first.label}`;
          // "8 minutes and 12 seconds" reads better than its 492 seconds.
          else if (LENGTH_IN_PARTS.test(first.label)) v.label = [...new Set(cs.map((c) => c.v.label))].join(' / ');
        }
        return v;
      });
    const of = holderAsWritten(cands, sentences);
    const topic = topicOf(cands, sentences, of);
    // A share can change from one day to the next ("10% contained", then 15%), not a time, a date, an age or a
    // distance, not a plan and not a past year's figure. Counts that grow (tolls) are counts of an event, found in
    // conflicts.ts; a count with no event here ("9,000 tickets", "57 victims identified") is one figure.
    const first = cands[0]!.v;
    // A count some side says changed ("20 sites on Saturday, up from a dozen") is one that can change too.
    // So can a share told as a move or as progress ("inflation slowed to 4.1%", "85% contained"), not a share held
    // ("owns a 38% stake"): two outlets giving two stakes days apart disagree.
    const changes = (first.kind === 'percent' || first.kind === 'count') && cands.some((c) => changeTold(sentences[c.v.sentence]!, c.v));
    const growing = changes && !first.planned && !cands.some((c) => aboutAnEarlierYear(sentences[c.v.sentence]!));
    const c = splitByDay(topic, values, growing);
    if (c && of) c.of = of;
    if (c) conflicts.push(c);
  }
  return conflicts;
}

/**
 * "He arrived at 9:25 p.m., about 40 minutes after the first report" against "the first report came at 8:45 p.m.":
 * a time told with its gap to another moment gives that moment too, and the other side is that moment, not a rival.
 * ("5:12 p.m., almost four hours before the surge" against 5:18 p.m. is still two accounts of one call.)
 */
function gapTells(a: SlotValue, b: SlotValue, sentences: Sentence[]): boolean {
  if (a.kind === 'date' && b.kind === 'date') return dateGapTells(a, b, sentences);
  if (a.kind !== 'time' || b.kind !== 'time') return false;
  const m = GAP_AFTER_TIME.exec(sentences[a.sentence]!.text.slice(a.end));
  if (!m) return false;
  const n = gapAmount(m[1]!);
  if (!Number.isFinite(n)) return false;
  const minutes = (n + (m[2] ? 0.5 : 0)) * (/^hour/i.test(m[3]!) ? 60 : 1);
  const other = /^(?:after|later|since)$/i.test(m[4]!) ? a.value - minutes : a.value + minutes;
  return Math.abs(other - b.value) <= Math.max(5, minutes * 0.1);
}
/**
 * "On April 15, a day after Velco's offer, the board …" against "Velco made its offer on April 14": a date told with
 * its gap to another event gives that event's date too, and the other side is that date, not a rival.
 */
function dateGapTells(a: SlotValue, b: SlotValue, sentences: Sentence[]): boolean {
  const m = GAP_AFTER_DATE.exec(sentences[a.sentence]!.text.slice(a.end));
  if (!m) return false;
  const n = gapAmount(m[1]!);
  if (!Number.isFinite(n)) return false;
  const days = n * (/^week/i.test(m[2]!) ? 7 : 1);
  // A date's value is month × 100 + day: counted on a calendar, so a gap may cross the end of a month, and (its year
  // unwritten) the end of a year.
  const onCalendar = (v: number) => Date.UTC(2001, Math.floor(v / 100) - 1, v % 100) / 86_400_000;
  const other = /^(?:after|later)$/i.test(m[3]!) ? onCalendar(a.value) - days : onCalendar(a.value) + days;
  return (((other - onCalendar(b.value)) % DAYS_IN_YEAR) + DAYS_IN_YEAR) % DAYS_IN_YEAR === 0;
}
const DAYS_IN_YEAR = 365;

/** The number a gap is written with: "40", "a", "an", "one", "three". NaN when it is none. */
function gapAmount(word: string): number {
  const w = word.toLowerCase();
  return /^\d+$/.test(w) ? Number(w) : w === 'a' || w === 'an' ? 1 : (NUMBER_WORDS[w] ?? NaN);
}

/** ", a day after", ", two weeks before": the gap's number, its unit and direction, after a date. */
const GAP_AFTER_DATE = /^[^.;]{0,24}?,\s+(?:(?:about|some|nearly|almost|just|only)\s+)?(\d+|[a-z]+)\s+(days?|weeks?)\s+(after|before|later|earlier)\b/i;

/** ", about 40 minutes after", ", three and a half hours before": the gap's number, its half, its unit and direction. */
const GAP_AFTER_TIME = /^[^.;]{0,40}?,\s+(?:(?:about|some|around|roughly|nearly|almost|just|only|more than|less than|under|over)\s+)?(\d+|[a-z]+)\s+(and a half\s+)?(minutes?|hours?)\s+(after|before|later|earlier|since)\b/i;

/** A sentence that opens by pointing back at a body named before: "The party took …", "The company said …". */
const POINTS_BACK_TO_BODY = /^The\s+(?:party|company|firm|group|bank|airline|union|team|club|government)\s+\p{Ll}/u;

/**
 * Whether two counts are told of one day: the day each sentence writes, else the day it came out. A count written of
 * one day ("900 calls on Tuesday") and one told without a day in an article of the next ("the busiest day … 700
 * calls") may be of one day too: a next day's article tells the day before.
 */
function sameDayTold(sa: Sentence, a: SlotValue, sb: Sentence, b: SlotValue): boolean {
  const da = dayOfValue(sa, a.at, a.end);
  const db = dayOfValue(sb, b.at, b.end);
  if (da === db) return true;
  const wa = writtenDayOfValue(sa, a.at, a.end);
  const wb = writtenDayOfValue(sb, b.at, b.end);
  if (!!wa === !!wb || !da || !db) return false;
  const [written, unwritten] = wa ? [da, db] : [db, da];
  return nextDay(written) === unwritten;
}

const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** What a value is a value of, as far as its own words say: its kind and its noun or unit; "" when that says too little. */
function signature(v: SlotValue, s: Sentence): string {
  // "$12 million for every day it was closed": an amount per day in one currency is one outlet's figure of that rate.
  if (v.kind === 'money') {
    const rate = rateOf(s, v);
    return rate ? `money:${v.unit ?? ''}:${rate}` : '';
  }
  if (v.kind !== 'count' && v.kind !== 'distance') return '';
  const unit = lemma((v.unit ?? '').toLowerCase());
  // A length of time is said of many things ("12 years in office", "20 years of work"); small counts coincide.
  return !unit || DURATION_UNITS.has(unit) || (v.kind === 'count' && v.value < 10) ? '' : `${v.kind}:${unit}`;
}

/** A sentence that goes on about what the one before named: "The boat had …", "It was carrying …". */
const POINTS_BACK = /^(?:The|This|That|These|Those|It|They|Its|Their)\s/;
/** Words the sentence before adds count for half their weight. */
const BACK_WEIGHT = 0.5;
/** Two counts close enough to be one misreported: neither more than a quarter above the other. */
const closeCounts = (x: number, y: number) => Math.max(x, y) <= 1.25 * Math.min(x, y);

/**
 * The sentence before a count's, when the count's sentence points back to what that one named and that one counts
 * nothing of its noun ("… migrants whose boat sank. The boat had 23 people aboard"); else null.
 */
function pointedBackTo(s: Sentence, v: SlotValue, sentences: Sentence[]): Sentence | null {
  const prev = sentenceBefore(sentences, s);
  if (!POINTS_BACK.test(s.text) || !prev) return null;
  const noun = lemma((v.unit ?? '').toLowerCase());
  return prev.quantities.some((q) => !!q.unit && lemma(q.unit.toLowerCase()) === noun) ? null : prev;
}

/** A count's own words with those of the sentence it points back to (see pointedBackTo), made once per count. */
function backContext(c: Candidate, idf: (t: string) => number): Context {
  if (c.back) return c.back;
  const context = new Map(c.context);
  for (const t of c.before!.terms) if (!/^[#~]/.test(t) && !context.has(t)) context.set(t, idf(t) * BACK_WEIGHT);
  let weight = 0;
  for (const w of context.values()) weight += w;
  // (The counted noun is in the context but, as in the value's own, no evidence of the slot on its own.)
  return (c.back = { context, weight, unit: c.unit });
}

/**
 * Whether a count is the only one of its noun and order its outlet gives (however often): "23 people" beside "2.5
 * million people" is alone, "17,100 containers" beside "20,000 containers" is not.
 */
function onlyOfItsOrder(values: SlotValue[], sentences: Sentence[]): (v: SlotValue) => boolean {
  const byNoun = new Map<string, number[]>();
  const keys = new Map<SlotValue, string>();
  for (const v of values) {
    if (v.kind !== 'count') continue;
    const key = `${sentences[v.sentence]!.publisher}\0${lemma((v.unit ?? '').toLowerCase())}`;
    keys.set(v, key);
    (byNoun.get(key) ?? byNoun.set(key, []).get(key)!).push(v.value);
  }
  // Read once per value: the pair loop asks for each value many times.
  const alone = new Set([...keys].filter(([v, key]) => byNoun.get(key)!.every((x) => x === v.value || !sameOrder(x, v.value))).map(([v]) => v));
  return (v) => alone.has(v);
}

/** Whether two sentences are told on the word of one body or person named in full ("Brandl & Marr estimated …"). */
function sameNamedSource(sa: Sentence, sb: Sentence): boolean {
  const [x, y] = [sa.attribution, sb.attribution];
  return !!x && !!y && x.key === y.key && x.kind !== 'other' && /\s/.test(x.display) && /^\p{Lu}/u.test(x.display);
}

/**
 * Whether a time is the only one its outlet gives within NEAR_MINUTES of itself or of another outlet's time (however
 * often it gives it): read from each outlet's times sorted once, as the pair loop asks for many pairs.
 */
function loneTimes(values: SlotValue[], sentences: Sentence[]): (v: SlotValue, other: SlotValue) => boolean {
  const byOutlet = new Map<string, number[]>();
  for (const v of values) {
    const p = sentences[v.sentence]!.publisher;
    if (v.kind === 'time') (byOutlet.get(p) ?? byOutlet.set(p, []).get(p)!).push(v.value);
  }
  for (const list of byOutlet.values()) list.sort((x, y) => x - y);
  // The index of the first value at or above x.
  const from = (list: number[], x: number) => {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return (v, other) => {
    const list = byOutlet.get(sentences[v.sentence]!.publisher)!;
    const inWindow = from(list, Math.max(v.value, other.value) + NEAR_MINUTES + 1) - from(list, Math.min(v.value, other.value) - NEAR_MINUTES);
    return inWindow === from(list, v.value + 1) - from(list, v.value);
  };
}

/**
 * The signature of each value that is the only one of its signature its outlet gives (however often it gives it),
 * else "": read once per value, as the pair loop asks for each value many times.
 */
function soleSignatures(values: SlotValue[], sentences: Sentence[]): (v: SlotValue) => string {
  const signatures = new Map<SlotValue, string>();
  const seen = new Map<string, number | null>();
  for (const v of values) {
    const sig = signature(v, sentences[v.sentence]!);
    if (!sig) continue;
    signatures.set(v, sig);
    const key = `${sentences[v.sentence]!.publisher}\0${sig}`;
    const prev = seen.get(key);
    seen.set(key, prev === undefined || prev === v.value ? v.value : null);
  }
  const sole = new Map<SlotValue, string>();
  for (const [v, sig] of signatures) if (seen.get(`${sentences[v.sentence]!.publisher}\0${sig}`) === v.value) sole.set(v, sig);
  return (v) => sole.get(v) ?? '';
}

/**
 * What follows a distance that says how far one place lies from another: "north of Tarnby", "from the coast", "away",
 * "by road to the Palace of Oskby".
 */
const PLACE_APART_AFTER = /^\s+(?:(?:due\s+)?(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|inland|offshore|upstream|downstream|outside|off)(?:\s+of|\s+from)?|from|away|(?:by\s+(?:road|rail|sea|air)\s+)?(?:to|between)\s+(?:the\s+)?\p{Lu})/u;
const placeApart = (s: Sentence, v: SlotValue) => v.kind === 'distance' && PLACE_APART_AFTER.test(s.text.slice(v.end));

/** A title before a name ("King Ivo", "President Lena Marr", "Pope Ivo IX"): the title, then the name's words. */
const TITLE_THEN_NAME = /\b(\p{Lu}\p{Ll}+)\s+((?:\p{Lu}[\p{L}'’-]*\s+)*\p{Lu}[\p{L}'’-]*)/gu;
/** A name said to hold a title: "Ivo was proclaimed King", "Marr is now President", "Roe became Pope". */
const NAME_THEN_TITLE = /\b(\p{Lu}[\p{L}'’-]+)\s+(?:is|was|became|has\s+become)\s+(?:now\s+|formally\s+)?(?:(?:proclaimed|named|crowned|elected|appointed|declared|sworn\s+in\s+as)\s+)?(?:the\s+(?:new\s+)?)?(\p{Lu}\p{Ll}+)\b/gu;
const ROMAN = /^[IVX]+$/;

/**
 * The one name each article writes after a title, as the surname an age is held by ("King Ivo III" → "ivo"), read
 * per article when first asked; "" when the article gives that title to none or to two people.
 */
function titledNames(sentences: Sentence[]): (article: number, title: string) => string {
  const byArticle = new Map<number, Map<string, string>>();
  // Each article's sentences, grouped once when first asked: a large corpus asks for many articles.
  let grouped: Map<number, Sentence[]> | null = null;
  return (article, title) => {
    let names = byArticle.get(article);
    if (!names) {
      names = new Map();
      if (!grouped) {
        grouped = new Map();
        for (const s of sentences) (grouped.get(s.article) ?? grouped.set(s.article, []).get(s.article)!).push(s);
      }
      for (const s of grouped.get(article) ?? []) {
        const pairs = [...s.text.matchAll(TITLE_THEN_NAME)].map((m) => [m[1]!, m[2]!.split(/\s+/).filter((w) => !ROMAN.test(w)).pop() ?? '']);
        for (const m of s.text.matchAll(NAME_THEN_TITLE)) pairs.push([m[2]!, m[1]!]);
        for (const [title, written] of pairs) {
          const [t, name] = [title!.toLowerCase(), written!.toLowerCase()];
          if (!isTitleWord(t) || !name || isTitleWord(name) || STOPWORDS.has(name)) continue;
          const seen = names.get(t);
          names.set(t, seen === undefined || seen === name ? name : '');
        }
      }
      byArticle.set(article, names);
    }
    return names.get(title) ?? '';
  };
}

/** Whether a past year stands in the value's own clause (see earlierYearInClause), read once per value. */
function earlierYearNear(s: Sentence, v: SlotValue): boolean {
  let near = yearNear.get(v);
  if (near === undefined) yearNear.set(v, (near = earlierYearInClause(s, v.at, v.end)));
  return near;
}
const yearNear = new WeakMap<SlotValue, boolean>();

/** What follows a figure that says it changed from another: "…, up from a dozen", "revised down from 40". */
const CHANGED_FROM = /^[^.;]{0,40}?\b(?:up|down|rising|rose|risen|falling|fell|fallen|increased|decreased|revised(?:\s+(?:up|down)(?:wards?)?)?)\s+from\b/i;

/** A move told just before a share: "slowed to", "were up", "fell by", "climbed". */
const MOVED_BEFORE = /\b(?:up|down|rose|risen|rising|fell|fallen|falling|slowed|slowing|climbed|jumped|dropped|increased|decreased|eased|grew|grown|gained|declined|surged|plunged|accelerated|cooled|ticked|edged|shrank|contracted|expanded)\b[^.;]{0,30}$/i;
/** Progress told just after a share: "85% contained", "60 per cent restored". */
const PROGRESS_AFTER = /^\s+(?:contained|complete|completed|done|restored|counted|reporting|finished|built|vaccinated|evacuated)\b/i;

/** Whether a sentence tells its value as one that changed or is changing (a count "up from a dozen", a share's move or progress). */
function changeTold(s: Sentence, v: SlotValue): boolean {
  if (CHANGED_FROM.test(s.text.slice(v.end))) return true;
  return v.kind === 'percent' && (MOVED_BEFORE.test(s.text.slice(Math.max(0, v.at - 40), v.at)) || PROGRESS_AFTER.test(s.text.slice(v.end)));
}

/**
 * One sentence giving both values (or another outlet's sentence giving both) means they count different things; so do
 * a part and its total given together. Indexed by value, so a check reads only the sentences that give one of them.
 */
function valuesTogether(values: SlotValue[]): (a: SlotValue, b: SlotValue) => boolean {
  const inSentence = new Map<number, Set<number>>();
  for (const v of values) inSentence.set(v.sentence, (inSentence.get(v.sentence) ?? new Set()).add(v.value));
  const sentencesWith = new Map<number, number[]>();
  for (const [s, vals] of inSentence) for (const x of vals) (sentencesWith.get(x) ?? sentencesWith.set(x, []).get(x)!).push(s);
  const sums = new Map<number, number>();
  for (const [s, vals] of inSentence) sums.set(s, [...vals].reduce((x, y) => x + y, 0));
  return (a, b) => {
    if (a.sentence === b.sentence) return true;
    const [sa, sb] = [sentencesWith.get(a.value) ?? [], sentencesWith.get(b.value) ?? []];
    for (const s of sa) if (inSentence.get(s)!.has(b.value)) return true;
    if (a.kind !== 'count') return false;
    for (const s of sa) if (sums.get(s)! - a.value === b.value) return true;
    for (const s of sb) if (sums.get(s)! - b.value === a.value) return true;
    return false;
  };
}

/** The name every side's value belongs to, as the first side writes it ("Brandl", "Velmar"), or "". */
function holderAsWritten(cands: Candidate[], sentences: Sentence[]): string {
  if (!cands[0]!.v.holder || cands.some((c) => c.v.holder !== cands[0]!.v.holder)) return '';
  // A share that points back at its company ("It … was 7% lower") does not write the name: another side does.
  const first = cands.find((c) => wholeWordsAt(sentences[c.v.sentence]!.text.toLowerCase(), c.v.holder).length)?.v ?? cands[0]!.v;
  const text = sentences[first.sentence]!.text;
  // The whole word nearest before the value ("Brandl, 40"), else the first after it ("15% of Velmar's ferries").
  const at = wholeWordsAt(text.toLowerCase(), first.holder);
  const before = at.filter((i) => i < first.at);
  const i = before.length ? before[before.length - 1]! : (at.find((x) => x >= first.end) ?? at[0] ?? -1);
  // A holder read from the sentence before ("The party took …") is written in none of the sides: shown as a name.
  return i < 0 ? first.holder.replace(/(^|\s)\p{Ll}/gu, (m) => m.toUpperCase()) : text.slice(i, i + first.holder.length);
}

/** Where `word` stands in `text` as a whole word (not "lee" in "fleet"). */
function wholeWordsAt(text: string, word: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    if (!LETTER.test(text[i - 1] ?? ' ') && !LETTER.test(text[i + word.length] ?? ' ')) out.push(i);
  }
  return out;
}

/** "time (mayday call)", "trucks (harbour)", "age (Brandl)": what is counted or measured and the words both sides share, or whose it is. */
function topicOf(cands: Candidate[], sentences: Sentence[], of: string): string {
  const first = cands[0]!;
  if (of) return `${KIND_WORD[first.v.kind]} (${of})`;
  const shared = new Map<string, number>();
  // The counted noun is said once, as what is counted: "seats (won)", not "seats (seats won)".
  for (const [t, w] of first.context) if (t !== first.unit && cands.slice(1).some((c) => c.context.has(t))) shared.set(t, w);
  const words = [...sentences[first.v.sentence]!.text.matchAll(/[\p{L}][\p{L}'’-]*/gu)].map((m) => m[0]);
  const top = [...shared.entries()].sort((p, r) => r[1] - p[1]).slice(0, 3).map(([t]) => words.find((w) => w.toLowerCase().startsWith(t.replace(/^~\d+$/, '\0'))) ?? '').filter(Boolean);
  const what = first.v.kind === 'count' ? (cands.map((c) => c.v.unit).find((u) => u) ?? 'number') : first.v.kind === 'measure' ? first.v.unit! : KIND_WORD[first.v.kind];
  return top.length ? `${what} (${top.join(' ')})` : what;
}

/**
 * Whether two sentences that each name where they happen name no place in common: they tell of different places.
 * Each sentence's places are lower-cased once per call of this factory, as the pair loops read the same sentences
 * many times (tens of millions of pairs on a large corpus).
 */
export function placesDiffer(): (a: Sentence, b: Sentence) => boolean {
  const listOf: (string[] | undefined)[] = [];
  const setOf: (Set<string> | undefined)[] = [];
  const routeOf: (boolean | undefined)[] = [];
  // A route is compared with a route; against a sentence with none, only the places off the route tell where.
  const list = (s: Sentence, route: boolean) => (route ? s.places.map(placeKey) : (listOf[s.id] ??= placesOffRoute(s).map(placeKey)));
  return (a, b) => {
    const routes = (routeOf[a.id] ??= ROUTE.test(a.text)) && (routeOf[b.id] ??= ROUTE.test(b.text));
    const [la, lb] = [list(a, routes), list(b, routes)];
    if (!la.length || !lb.length) return false;
    const pa = routes ? new Set(la) : (setOf[a.id] ??= new Set(la));
    return !lb.some((p) => pa.has(p));
  };
}

/** A journey's ends: "from Tarnby in Oskland to Velby", "from Tarnby to Velby". */
const ROUTE = /\bfrom\s+(?:the\s+)?\p{Lu}[^.;:()]{0,60}?\bto\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*/u;

/**
 * The places a sentence names other than a journey's ends ("carrying 1,830 crates from Tarnby to Velby" tells
 * what the ship carried on its way, not where the count holds; "ran aground near Oskby with 1,760 on board" does).
 */
function placesOffRoute(s: Sentence): string[] {
  return s.places.filter((p) => !onRoute(s.text, p));
}

/** Whether a place is one of the ends (or on the way) of a journey the text tells: "from Tarnby in Oskland to Velby". */
export function onRoute(text: string, place: string): boolean {
  const m = ROUTE.exec(text);
  if (!m) return false;
  const at = text.indexOf(place, m.index);
  return at >= 0 && at < m.index + m[0].length;
}

/** Whether a sentence writes a figure with no noun of its own ("rather than 11"), as the other side of a comparison. */
/** A count plus the number its sentence writes after it with no noun ("38 witnesses and the defense seven"), or null. */
function unsaidParts(s: Sentence, v: SlotValue): number | null {
  const n = unsaidNumbers(s.text.slice(v.end))[0];
  return n === undefined ? null : v.value + n;
}

/** Numbers written after "and" and one word with no noun of their own: "and the defense seven", "and Velco 12;". */
function unsaidNumbers(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(UNSAID)) {
    const n = parseNumberWord(m[1]!.toLowerCase());
    if (n !== null) out.push(n);
  }
  return out;
}
const UNSAID = /\band\s+(?:the\s+)?[\p{L}-]+\s+([\p{L}\d,]+)\s*(?:[.;,]|$)/gu;

function bareNumberIn(s: Sentence, value: number, unsaid: (s: Sentence) => number[]): boolean {
  return s.quantities.some((q) => q.value === value && !q.unit) || unsaid(s).includes(value);
}

const REMAINDER_BEFORE = /\b(?:remaining|other|last|final|another|further|additional|extra)\s+$/i;

/** Whether a count is said of what is left of a whole or added to it ("the remaining eight", "another 20"). */
function partOfMore(s: Sentence, v: SlotValue): boolean {
  return REMAINDER_BEFORE.test(s.text.slice(Math.max(0, v.at - 16), v.at));
}

/** Whether a sentence was published before the day another writes against its value. */
function toldBefore(s: Sentence, other: Sentence, v: SlotValue): boolean {
  if (!s.published || !other.dates.length) return false;
  const day = writtenDayOfValue(other, v.at, v.end);
  return !!day && day > s.published;
}

/** Whether two sentences were published two days or more apart and neither names a day of the week. */
function daysApart(a: Sentence, b: Sentence): boolean {
  if (!a.published || !b.published || a.dates.length || b.dates.length) return false;
  const gap = Math.abs(Date.parse(a.published) - Date.parse(b.published)) / 86_400_000;
  return gap >= 2;
}

/**
 * Whether two sentences that each name a day of the week name none in common: "1,848 flights scrapped by Saturday
 * morning" and "5,000 cancelled on Friday" are counts of two days, not two counts of one. Read once per sentence.
 */
export function daysDiffer(): (a: Sentence, b: Sentence) => boolean {
  const daysOf: (Set<string> | undefined)[] = [];
  const days = (s: Sentence) => (daysOf[s.id] ??= weekdaysOfEvents(s.text));
  return (a, b) => {
    const da = days(a);
    const db = days(b);
    if (!da.size || !db.size) return false;
    for (const d of da) if (db.has(d)) return false;
    return true;
  };
}


