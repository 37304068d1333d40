/** From typed candidates to an answer: the best-supported value, a disagreement between outlets, or no answer. */
import type { CorpusIndex } from '../corpus-index.ts';
import type { Sentence } from '../types.ts';
import type { Question } from './question.ts';
import type { Answer, Citation } from './answer-types.ts';
import { citationsFrom, disagreement, outletList } from './answer-common.ts';
import { looksLikePerson, nameSpans } from './spans.ts';
import { DAY_NAMED, namesAskedDay, sameSubject } from './same-subject.ts';
import { tenfoldApart } from '../slot-conflicts.ts';
import { antecedentOf } from './evidence.ts';
import { askedVerb } from './participles.ts';
import { invertedVerb } from './main-verb.ts';
import { oneLine } from '../source-ref.ts';
import { termKey } from '../text/stem.ts';
import { MONTHS, WEEKDAYS } from '../text/lexicon.ts';
import { namesSomeone, samePerson } from '../quote-conflicts.ts';
import { isTitleWord } from '../text/phrases.ts';
import { focusFits } from './typed-candidates.ts';
import { lowerWords } from './corpus-words.ts';
import { tokensOf } from './token-cache.ts';
import { writesNumber } from '../text/numbers.ts';
import type { Candidate } from './answer-typed.ts';

const ONE_NAME = /^\p{Lu}[\p{L}'’-]+$/u;

/** Capitalised words before a name's last two ("Director Ivo Roe"), which may be titles. */
const LEADING_TITLES = /^(?:\p{Lu}[\p{L}.]*\s+)+(?=\p{Lu}[\p{L}'’-]*\s+\p{Lu})/u;

/** "Park said …": a lone name stands for the full name the same article gave earlier ("Park Min-jun"). */
function fullName(display: string, s: Sentence, index: CorpusIndex): string {
  if (!ONE_NAME.test(display)) return display;
  // ("Director Ivo Roe was seen …, and it was Roe who …": the sentence itself may name the person in full first.)
  for (let id = s.id; id >= 0 && index.sentences[id]!.file === s.file; id--) {
    const full = nameSpans(index.sentences[id]!.text, lowerWords(index)).find((n) => looksLikePerson(n.text) && n.text.split(/\s+/).includes(display));
    // ("Director Ivo Roe" opening a sentence: the title is not the name.)
    if (full) return full.text.replace(LEADING_TITLES, (m) => (m.trim().split(/\s+/).every((w) => isTitleWord(w.replace(/\.$/, ''))) ? '' : m));
  }
  return display;
}

/** "80 residents" and "30 residents had been killed" count different things: a number of an event is no stock. */
const sameCount = (q: Question, a: Candidate, b: Candidate) => q.type.want !== 'count' || (a.span.event ?? null) === (b.span.event ?? null);

const kindOfKey = (k: string) => (/^\d{2}:\d{2}$/.test(k) ? 'time' : k.endsWith('|m2') ? 'area' : /^\d{4}$/.test(k) ? 'year' : /^date:\d{4}-\d{2}$/.test(k) ? 'month' : k.split(/[:|]/)[0]!.replace(/^[\d.]+$/, 'n'));

/**
 * "Velco closed at $14.20" and "short sellers lost $3.1 billion": figures more than ten times apart measure
 * different things, whatever words they share; outlets that disagree on one figure stay within that.
 */
function farApart(a: Candidate, b: Candidate): boolean {
  const x = FIGURE_KEY.exec(a.span.key);
  const y = FIGURE_KEY.exec(b.span.key);
  if (!x || !y) return false;
  return Math.min(+x[1]!, +y[1]!) > 0 && tenfoldApart(+x[1]!, +y[1]!, true);
}
const FIGURE_KEY = /^(\d+(?:\.\d+)?)\|/;
const COUNT_KEY = /^(\d+(?:\.\d+)?)\|count$/;

/** A figure as written: its number and whether it is told roughly ("about 60%", "nearly 14 per cent"). */
function roughly(display: string): { value: number; approx: boolean } | null {
  const m = /^(?:(about|around|roughly|nearly|almost|approximately|some|close to)\s+)?[$€£]?(\d[\d,]*(?:\.\d+)?)/i.exec(display);
  return m ? { value: Number(m[2]!.replace(/,/g, '')), approx: !!m[1] } : null;
}

/** Whether a rough figure admits an exact one: "about 60" admits 59.4, not 58. */
function agrees(a: { value: number; approx: boolean } | null, b: { value: number; approx: boolean } | null): boolean {
  if (!a || !b || a.approx === b.approx) return false;
  const [rough, exact] = a.approx ? [a, b] : [b, a];
  return Math.abs(rough.value - exact.value) < Math.max(1, rough.value * 0.02);
}

/** A time of day as told: its minutes, how far either way it reaches, and whether it is told roughly. */
interface TimeTold {
  value: number;
  approx: boolean;
  from: number;
  to: number;
}

/** Words before a time that widen it: "shortly before midday" is the twenty minutes up to noon, "about 6pm" ±5 minutes. */
const TIME_BEFORE = /\b(?:(shortly|just|soon|minutes)\s+(before|after)|(about|around|approximately|roughly|some))\s+$/i;
const TIME_REACH = 20;

function timeTold(c: Candidate): TimeTold | null {
  const m = /^(\d{2}):(\d{2})$/.exec(c.span.key);
  if (!m) return null;
  const value = Number(m[1]) * 60 + Number(m[2]);
  const q = TIME_BEFORE.exec(c.s.text.slice(Math.max(0, c.span.start - 24), c.span.start));
  if (!q) return { value, approx: false, from: value, to: value };
  // "About 9:05" is as precise as 9:05; "about 9 a.m." reaches 9:04 (as the digest reads them: see roundingOf).
  if (q[3]) return value % 15 === 0 ? { value, approx: true, from: value - 5, to: value + 5 } : { value, approx: false, from: value, to: value };
  return /^before$/i.test(q[2]!) ? { value, approx: true, from: value - TIME_REACH, to: value } : { value, approx: true, from: value, to: value + TIME_REACH };
}

/** Whether a time told roughly reaches one told exactly. */
function timesAgree(a: TimeTold | null, b: TimeTold | null): boolean {
  if (!a || !b || a.approx === b.approx) return false;
  const [rough, exact] = a.approx ? [a, b] : [b, a];
  return exact.value >= rough.from && exact.value <= rough.to;
}

/**
 * The share of the names a question gives outside its quotation that a sentence holds. Quoted words ("significant
 * damage") may be said twice, by two people of two things: a name in the rest of the question ("along the coast of
 * Tarnby") says which saying is asked about. The focus ("which Tarnish minister") describes the answer, not the saying.
 */
function unquotedCover(q: Question): (s: Sentence) => number {
  const inQuote = new Set(q.quoted.flatMap((p) => p.toLowerCase().split(/[^\p{L}\p{N}']+/u)));
  const focus = new Set(q.type.focus);
  const outside = q.terms.filter((t) => !inQuote.has(t.word.toLowerCase()) && !focus.has(t.word.toLowerCase()) && CAPITALISED.test(t.word));
  return (s) => (outside.length ? outside.filter((t) => s.terms.includes(t.key)).length / outside.length : 1);
}
const UNQUOTED_SHARE = 0.6;
const CAPITALISED = /^\p{Lu}/u;

/** Words for the start of something and for its end: a phase asked about is one of them. */
const PHASES = [
  /\b(?:begin|began|begun|begins|beginning|start|started|starts|starting|commence[ds]?|commencing)\b/i,
  /\b(?:end|ended|ends|ending|finish|finished|finishes|complete|completed|completes|conclude[ds]?|concluded)\b/i,
];

/**
 * "What time did the descent begin?": when the best sentence says so ("the descent began at 5:44"), a sentence that
 * does not speak of a start ("the lander completed its descent at 6:03", "touched down at 6.04") gives the time of
 * another moment, not a rival one.
 */
function samePhase(q: Question, best: Sentence, other: Sentence): boolean {
  // The asked verb's phase only: "killed while the start of the ceasefire was delayed" asks no start.
  const verb = askedVerb(q);
  const phase = verb ? PHASES.find((re) => re.test(verb)) : undefined;
  return !phase || !phase.test(best.text) || phase.test(other.text);
}

/**
 * "At what time did the pope appear on the balcony?": when the best sentence holds the asked verb ("appeared at
 * 7:23"), a sentence that does not ("white smoke billowed out at 6:12") tells the moment of something else, not a
 * rival one. The verb is read past the subject ("did the crew park", "were the men arrested").
 */
function sameAct(q: Question, best: Sentence, other: Sentence): boolean {
  if (q.type.want !== 'time' && q.type.want !== 'place') return true;
  const verb = invertedVerb(q);
  const term = verb ? q.terms.find((t) => t.word.toLowerCase() === verb && !t.generic && !t.scale) : undefined;
  return !term || !best.terms.includes(term.key) || other.terms.includes(term.key);
}

/**
 * "At what time on Monday was the stern freed?": "Traffic resumed at 6pm on Monday" holds only when the question
 * asks, none of what: a value whose sentence shares no word of the question but its day, month or date is of
 * something else that day.
 */
function tellsWhatIsAsked(q: Question, s: Sentence): boolean {
  const what = q.terms.filter((t) => !t.generic && !/^[d@y#%]/.test(t.key) && !WEEKDAYS.has(t.word.toLowerCase()) && !(t.word.toLowerCase() in MONTHS));
  return !what.length || what.some((t) => s.terms.includes(t.key));
}

const PART_OF_DAY_AFTER = /^\s+(?:morning|afternoon|evening|night)\b/;

/**
 * "late on Sunday night": a day is shown with the part of it the sentences name ("on Sunday" and "on Sunday night"
 * tell one moment), unless they name different parts.
 */
function partOfDay(sides: Candidate[], best: Candidate): string {
  const weekday = (text: string) => WEEKDAYS.has(text.toLowerCase());
  if (!weekday(best.display) || best.display !== best.span.text) return '';
  const parts = new Set(sides.filter((c) => c.span.key === best.span.key && weekday(c.span.text)).map((c) => PART_OF_DAY_AFTER.exec(c.s.text.slice(c.span.end, c.span.end + 12))?.[0] ?? '').filter(Boolean));
  return parts.size === 1 ? [...parts][0]! : '';
}

const MEASURE_WANTS = new Set(['distance', 'size', 'percent', 'money', 'duration']);

/** How much of the question both sentences of a disagreement over a place must hold. */
const PLACE_RIVAL_COVERAGE = 0.8;

/** Picks the best-supported value; values outlets disagree on come back as `disputed`. */
export function decide(q: Question, found: Candidate[], mayDispute: boolean, index: CorpusIndex, min: number): Answer | null {
  const groups = new Map<string, Candidate[]>();
  for (const c of found) (groups.get(c.span.key) ?? groups.set(c.span.key, []).get(c.span.key)!).push(c);
  const support = (g: Candidate[]) => {
    // One candidate (most of a where-question's thousand values at 10,000 articles): its score, with no map made.
    if (g.length === 1) return g[0]!.score;
    const best = new Map<string, number>();
    for (const c of g) best.set(c.s.publisher, Math.max(best.get(c.s.publisher) ?? 0, c.score));
    const v = [...best.values()].sort((a, b) => b - a);
    return v[0]! + 0.05 * (v.length - 1);
  };
  const ranked = [...groups.values()].map((g) => ({ g: g.sort((a, b) => b.score - a.score), support: support(g) })).sort((a, b) => b.support - a.support);
  let top = ranked.find((r) => r.g.some((c) => c.coverage >= min))!;
  // "about 60%" and "59.7 per cent" are one figure told roughly and exactly: the exact one answers, backed by both,
  // and neither rivals the other.
  // So are "shortly before midday" and 11:48.
  // (A time's reach is its own: the tolerance of a figure told roughly is no measure of minutes.)
  const told = (r: (typeof ranked)[number]) => roughly(r.g[0]!.display) ?? timeTold(r.g[0]!);
  const same = (a: (typeof ranked)[number], b: (typeof ranked)[number]) => a !== b && (agrees(roughly(a.g[0]!.display), roughly(b.g[0]!.display)) || timesAgree(timeTold(a.g[0]!), timeTold(b.g[0]!)));
  if (told(top)?.approx) {
    const exact = ranked.find((r) => same(r, top) && !told(r)?.approx && r.g.some((c) => c.coverage >= min));
    if (exact) top = { g: [...exact.g, ...top.g], support: exact.support };
  }
  top.g = top.g.filter((c) => c.coverage >= min);
  let best = top.g[0]!;
  let settled = false;
  // What each rival is compared with, read once: the rivals of a question asked of thousands of articles are hundreds.
  const bestKind = kindOfKey(best.span.key);
  const topPublishers = new Set(top.g.map((t) => t.s.publisher));
  const topSentences = new Set(top.g.map((t) => t.s.id));
  // "prosecutors called 38 witnesses and the defense seven": a sentence writing both numbers counts two things. (Read
  // last of a rival's tests: it reads both sentences' words.)
  const counted = (c: Candidate) => (COUNT_KEY.test(c.span.key) ? parseFloat(c.span.key) : undefined);
  const bestNumber = counted(best);
  const writesBoth = (c: Candidate) => {
    const v = counted(c);
    return bestNumber !== undefined && v !== undefined && (writesNumber(tokensOf(c.s.text).tokens, bestNumber) || writesNumber(tokensOf(best.s.text).tokens, v));
  };
  // A close second from its own sentence and publisher: the outlets disagree on this slot.
  if (mayDispute) {
    // Outlets word a moment in their own ways ("the alert reached mobile phones at 8.03pm", "the alert landed on
    // residents' phones at 8.12pm"): another time of day only needs evidence half as close to count as a rival.
    const rivalShare = q.type.want === 'time' ? 0.5 : 0.8;
    // Nearness to the asked words picks among a sentence's values; a sentence giving one value of the kind has no
    // other to confuse it with.
    const valuesIn = new Map<number, number>();
    for (const c of found) valuesIn.set(c.s.id, (valuesIn.get(c.s.id) ?? 0) + 1);
    const rivals = ranked.filter((r) => r !== top && !same(r, top) && !top.g.includes(r.g[0]!)).filter((r) => {
      const c = r.g[0]!;
      // The cheap tests first; sameSubject, which reads both sentences, last.
      return c.coverage >= best.coverage * rivalShare && c.score >= best.score * rivalShare && !farApart(c, best) && ((c.near ?? 0) >= (best.near ?? 0) * 0.5 || valuesIn.get(c.s.id) === 1) && kindOfKey(c.span.key) === bestKind && sameCount(q, c, best) && !topSentences.has(c.s.id) && !r.g.every((x) => topPublishers.has(x.s.publisher)) && !best.s.text.includes(c.span.text) && !c.s.text.includes(best.span.text) && samePhase(q, best.s, c.s) && sameAct(q, best.s, c.s) && tellsWhatIsAsked(q, c.s) && !writesBoth(c) && sameSubject(q, best.s, c.s, antecedentOf(index, c.s), q.type.want === 'year' || q.type.want === 'date' ? undefined : c.span);
    });
    // One side per sentence: of two values in one sentence ("the youngest a boy of three, the oldest a man of 78")
    // only the one nearest the asked words speaks to the question.
    const bestIn = new Map<number, number>();
    for (const r of [top, ...rivals]) for (const c of r.g) bestIn.set(c.s.id, Math.max(bestIn.get(c.s.id) ?? 0, c.score));
    const kept = rivals.filter((r) => r.g.some((c) => c.score >= bestIn.get(c.s.id)!));
    if (kept.length) {
      // "How big did the search area eventually become?": of values told on different days, the latest is asked.
      // "How many ships were at the site on Sunday?": of values told on different days, the one told of that day.
      const last = LATEST_ASKED.test(q.text) ? latestOf([top, ...kept]) : ofAskedWeekday(q, [top, ...kept]);
      if (!last) return disagreement(q, [top, ...kept].map((r) => ({ value: r.g[0]!.display, sentences: r.g.map((c) => c.s) })));
      top = last;
      best = top.g[0]!;
      settled = true;
    }
  }
  // "Who said 'a matter of life and death'?": outlets that put the same quoted words in different mouths disagree on
  // who said them; every sentence here holds the words, so another outlet's other speaker is the other side.
  if (q.quoted.length && (q.type.want === 'person' || q.type.want === 'group')) {
    // A role alone ("the PM", "officials") points at someone named elsewhere: no other speaker.
    const around = unquotedCover(q);
    const others = ranked.filter((r) => r !== top && r.g[0]!.score >= best.score * 0.5 && r.g.every((c) => !topPublishers.has(c.s.publisher)) && namesSomeone(r.g[0]!.display) && !samePerson(r.g[0]!.display, best.display) && around(r.g[0]!.s) >= around(best.s) * UNQUOTED_SHARE);
    if (others.length) {
      // One side per person, however many outlets name them; each by the fullest name its sentence or article gives.
      const sides: { value: string; sentences: Sentence[] }[] = [];
      for (const r of [top, ...others]) {
        const c = r.g[0]!;
        const value = fullName(c.display, c.s, index);
        const side = sides.find((x) => samePerson(x.value, value));
        if (side) side.sentences.push(...r.g.map((x) => x.s));
        else sides.push({ value, sentences: r.g.map((x) => x.s) });
      }
      if (sides.length > 1) return disagreement(q, sides);
    }
  }
  // Another outlet gives another value in a sentence that fits nearly as well, yet not well enough to call it a
  // disagreement over the same thing: rather than pick one, say the coverage does not settle it.
  if (mayDispute && !settled) {
    const unsettled = ranked.some((r) => {
      if (r === top || same(r, top) || top.g.includes(r.g[0]!)) return false;
      const c = r.g[0]!;
      // "How far offshore …": a figure written beside the asked word ("31km offshore") is read as asked; one that is
      // not ("the 812km cable") is of something else, and unsettles nothing.
      if (q.type.focus.length && MEASURE_WANTS.has(q.type.want) && best.fit === 'adjacent' && c.fit !== 'adjacent') return false;
      return c.score >= best.score * 0.5 && !farApart(c, best) && kindOfKey(c.span.key) === bestKind && sameCount(q, c, best) && r.g.some((x) => !topPublishers.has(x.s.publisher)) && !best.s.text.includes(c.span.text) && !c.s.text.includes(best.span.text) && samePhase(q, best.s, c.s) && sameAct(q, best.s, c.s) && tellsWhatIsAsked(q, c.s) && !writesBoth(c) && sameSubject(q, best.s, c.s, antecedentOf(index, c.s));
    });
    if (unsettled) return null;
  } else if (q.type.want === 'place') {
    // A place no verb of the question leads to, against another outlet's as loosely tied, in evidence as good, that is
    // neither inside nor around it ("at the Tarn Hall in Oskby" against "at the Roe Theatre in Velby"): the coverage
    // does not settle where.
    if (best.tied === false && ranked.some((r) => r !== top && r.support >= top.support * LOOSE_SUPPORT && r.g.some((c) => c.tied === false && c.s.publisher !== best.s.publisher && c.score >= best.score * LOOSE_RIVAL && c.coverage >= best.coverage * LOOSE_RIVAL && !c.s.text.includes(best.span.text) && !best.s.text.includes(c.span.text) && !nested(index, c.span.text, best.span.text)))) return null;
    // Another outlet's sentence that fits the question nearly as well puts the same event somewhere else, and names
    // neither of the answer's places: the outlets disagree on where, and both places are shown.
    const elsewhere = (c: Candidate) => c.tied !== false && c.s.publisher !== best.s.publisher && c.coverage >= best.coverage * 0.85 && !c.s.text.includes(best.span.text) && !best.s.text.includes(c.span.text) && sameAct(q, best.s, c.s) && sameSubject(q, best.s, c.s);
    const others = ranked.filter((r) => r !== top && r.g.some(elsewhere));
    // The other outlets' places, best first, as the answer's was picked from its own sentence.
    const rivals = others.flatMap((r) => r.g.filter(elsewhere)).sort((a, b) => b.score - a.score);
    // "Which city …": a place the coverage never calls a city and names far more often than one it does is the
    // country that city is in: no rival to it, and no answer where the city is put forward too.
    const called = new Map<Candidate, boolean>();
    const isCalled = (c: Candidate) => called.get(c) ?? called.set(c, calledAsAsked(index, c.span.text, q)).get(c)!;
    const container = (a: Candidate, b: Candidate) => !!q.type.head && isCalled(b) && !isCalled(a) && mentions(index, a.span.text) >= WIDER * mentions(index, b.span.text);
    // …and a place the coverage puts inside the answer ("the Tarnby Show grounds" in "Oskland") says where more closely.
    // (Read once per rival: each reads up to 400 sentences.)
    const nesting = new Map<Candidate, ReturnType<typeof nested>>();
    const nestedIn = (c: Candidate) => (nesting.has(c) ? nesting.get(c)! : nesting.set(c, nested(index, c.span.text, best.span.text)).get(c)!);
    const city = rivals.find((c) => container(best, c)) ?? rivals.find((c) => nestedIn(c) === 'inside');
    if (city) {
      top = others.find((r) => r.g.includes(city))!;
      top.g = top.g.filter((c) => c.coverage >= min * 0.85);
      best = city;
    } else {
      // "at the Tarn Show grounds near Tarnby, Oskland": a place the coverage puts inside the other is no rival.
      const rival = rivals.find((c) => !container(c, best) && !nestedIn(c));
      // Two places are a disagreement only when both sentences hold most of the question; otherwise they may well be
      // of two moments of the story, and the coverage does not settle where (on stories no rule was written for,
      // place disagreements from weaker sentences were wrong four times in five).
      if (rival) return rival.coverage < PLACE_RIVAL_COVERAGE || best.coverage < PLACE_RIVAL_COVERAGE ? null : disagreement(q, [best, rival].map((c) => ({ value: c.display, sentences: [c.s] })));
    }
  }
  // The story's setting, named all through the coverage (the town a train derailed in), answers where the
  // story's event itself happened ("where is the fire?"), but not where some part of it did ("where were the cars
  // taken after the cleanup?") unless the sentence ties it to the asked words or calls it what was asked.
  if (q.type.want === 'place' && best.tied !== true && !best.fit && asksMoreThanTheEvent(q) && isSetting(index, best.span.text)) return null;
  const sentences = [...new Set(top.g.map((c) => c.s))];
  const citations: Citation[] = citationsFrom(sentences);
  const shown = oneLine(fullName(best.display + partOfDay(top.g, best), best.s, index));
  // "Which firm wrote the report?": "Roe told them", where the article named Ivo Roe before, is a person.
  if (q.type.want === 'group' && shown !== best.display && looksLikePerson(shown)) return null;
  // A value read from the sentence the covering one points back to is shown with both.
  const via = best.via ? citationsFrom([best.via]) : [];
  return {
    question: q.text,
    status: 'answered',
    answer: shown,
    summary: `${shown}, as reported by ${outletList(sentences)}: “${oneLine(best.s.text)}”${best.via ? ` … “${oneLine(best.via.text)}”` : ''}`,
    citations: [...citations, ...via],
  };
}

/** How close a loosely tied place of another outlet must come to leave where unsettled. */
const LOOSE_RIVAL = 0.95;
/** …backed as well: a place more outlets give (each adds to its support) is not unsettled by one that fewer give. */
const LOOSE_SUPPORT = 0.98;

/**
 * Of sides told on different days, the one side whose sentence names the day the question asks of ("on Sunday"), when
 * the others name no day and were published later; null otherwise.
 */
function ofAskedWeekday<T extends { g: Candidate[] }>(q: Question, sides: T[]): T | null {
  if (!q.words.some((w) => WEEKDAYS.has(w))) return null;
  const names = (c: Candidate) => namesAskedDay(q, c.s.text);
  const of = sides.filter((r) => r.g.some(names));
  if (of.length !== 1) return null;
  const day = Math.max(...of[0]!.g.filter(names).map((c) => Date.parse(c.s.published ?? '')));
  return sides.every((r) => r === of[0] || r.g.every((c) => !DAY_NAMED.test(c.s.text) && Date.parse(c.s.published ?? '') > day)) ? of[0]! : null;
}

/** A question asking for a figure's last value: "eventually", "finally", "in the end", "by the end". */
export const LATEST_ASKED = /\b(?:eventually|finally|ultimately|in the end|by the end|(?:the|its|their) (?:completed|final|finished) \w+)\b/i;

/** Of sides told on different days, the one told last, when a single side is (null when two share the last day). */
function latestOf<T extends { g: Candidate[] }>(sides: T[]): T | null {
  const day = (r: T) => r.g.reduce((m, c) => ((c.s.published ?? '') > m ? (c.s.published ?? '') : m), '');
  const sorted = sides.map((r) => [day(r), r] as const).sort((a, b) => (a[0] < b[0] ? 1 : a[0] > b[0] ? -1 : 0));
  return sorted[0]![0] && sorted[0]![0] > sorted[1]![0] ? sorted[0]![1] : null;
}

/** Words that ask only that something happened, not what: "where did the exchange take place?". */
const HAPPENING = /^(?:happen|happened|occur|occurred)$/i;
const TAKE_PLACE = /^(?:take|takes|took|taken|place)$/i;

/** Whether the question names more than one thing besides its happening: more than the story's event itself. */
function asksMoreThanTheEvent(q: Question): boolean {
  const takesPlace = /\b(?:take|takes|took|taken)\s+place\b/i.test(q.text);
  return q.terms.filter((t) => !HAPPENING.test(t.word) && !(takesPlace && TAKE_PLACE.test(t.word))).length >= 2;
}

/** A place named in at least this share of the coverage's sentences, and in this many, is the story's setting. */
const SETTING_SHARE = 1 / 15;
const SETTING_MENTIONS = 8;

function isSetting(index: CorpusIndex, place: string): boolean {
  const n = mentions(index, place);
  return n >= SETTING_MENTIONS && n >= index.sentences.length * SETTING_SHARE;
}

/** One place written right before another that holds it: "Tarnby, Oskland", "the Tarn grounds near Tarnby, Oskland". */
const INSIDE = /^[^.;:]{0,40}?(?:,|\bin|\bnear|\boutside|\bof)\s+(?:the\s+)?$/;

/**
 * Whether some sentence of the coverage names the first place inside the second or around it (of the first sentences
 * holding them). A venue named after its town ("the Tarnby Show grounds") is inside whatever holds the town ("Tarnby,
 * Oskland").
 */
function nested(index: CorpusIndex, a: string, b: string): 'inside' | 'around' | null {
  const town = (p: string) => (/\s/.test(p) ? p.split(/\s+/)[0]! : p);
  const ids = index.stats.postings.get(termKey(town(a).toLowerCase())) ?? [];
  for (let k = 0; k < Math.min(ids.length, 400); k++) {
    const text = index.sentences[ids[k]!]!.text;
    for (const [inner, outer, says] of [[a, b, 'inside'], [b, a, 'around'], [town(a), b, 'inside'], [town(b), a, 'around']] as const) {
      const i = text.indexOf(inner);
      const o = i < 0 ? -1 : text.indexOf(outer, i + inner.length);
      if (o >= 0 && INSIDE.test(text.slice(i + inner.length, o))) return says;
    }
  }
  return null;
}

/** How many times more often than a city the coverage names the country it is in, at least. */
const WIDER = 5;

/** How many sentences hold a name's first word. */
const mentions = (index: CorpusIndex, name: string) => index.stats.df.get(termKey(name.split(/\s+/)[0]!)) ?? 0;

/**
 * calledAsAsked's answers by head noun and name, per index: they depend on nothing else of the question, and each
 * reads up to 400 sentences, for every rival place of every where-question (half the time of such a question at
 * 10,000 articles). Cleared when full, so a long-running bot's cache stays small.
 */
const calledCache = new WeakMap<CorpusIndex, Map<string, boolean>>();
const CALLED_CACHE_SIZE = 20_000;

/** Whether some sentence of the coverage names the place with the question's head noun beside it ("the city of Tarnby"). */
export function calledAsAsked(index: CorpusIndex, name: string, q: Question): boolean {
  let cache = calledCache.get(index);
  if (!cache) calledCache.set(index, (cache = new Map()));
  const key = `${q.type.head ?? ''}\0${name}`;
  let called = cache.get(key);
  if (called === undefined) {
    if (cache.size >= CALLED_CACHE_SIZE) cache.clear();
    cache.set(key, (called = readCalledAsAsked(index, name, q)));
  }
  return called;
}

function readCalledAsAsked(index: CorpusIndex, name: string, q: Question): boolean {
  const head = termKey(q.type.head ?? '');
  // "the city of Tarnby" calls it a city as plainly as "Tarnby city".
  return someMention(index, name, (s, at) => {
    const of = /(\p{L}+)\s+of\s+$/u.exec(s.text.slice(Math.max(0, at - 24), at));
    return (!!of && termKey(of[1]!) === head) || focusFits(s, { start: at, end: at + name.length, text: name, key: name }, q) === 'adjacent';
  });
}

/** How many sentences naming a name are read to tell how the coverage writes it: a name's use shows early. */
const MENTIONS_READ = 400;

/**
 * Whether `test` holds at some place a name is written, read in the first MENTIONS_READ sentences holding its first
 * word (by the index's postings, not by reading every sentence).
 */
export function someMention(index: CorpusIndex, name: string, test: (s: Sentence, at: number) => boolean): boolean {
  const ids = index.stats.postings.get(termKey(name.split(/\s+/)[0]!)) ?? [];
  for (let k = 0; k < Math.min(ids.length, MENTIONS_READ); k++) {
    const s = index.sentences[ids[k]!]!;
    for (let at = s.text.indexOf(name); at >= 0; at = s.text.indexOf(name, at + 1)) if (test(s, at)) return true;
  }
  return false;
}
