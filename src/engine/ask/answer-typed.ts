/**
 * Answers by type (the TREC pipeline): from the sentences that cover the question, take the spans of the wanted type
 * (a person, a body, a place, a time, a date, a year, an age, a measure), rank them by how well their sentence covers
 * the question, how close they sit to the matched words and how many outlets give them, and answer only when one
 * stands out; when outlets give different values for the asked slot, answer `disputed` with each.
 */
import type { CorpusIndex } from '../corpus-index.ts';
import type { Sentence } from '../types.ts';
import type { Question } from './question.ts';
import type { Answer, Citation } from './answer-types.ts';
import type { Scored } from './evidence.ts';
import { citationsFrom, outletList } from './answer-common.ts';
import { ageSpans, dateSpans, looksLikePerson, nameSpans, timeSpans, yearSpans, type TypedSpan } from './spans.ts';
import { speakersOf } from './speaker.ts';
import { countScope } from './count-scope.ts';
import { eventsCompatible } from '../mentions.ts';
import { sameSubject } from './same-subject.ts';
import { tokenize } from '../text/tokens.ts';
import { termKey } from '../text/stem.ts';
import { isOrgHead } from '../text/phrases.ts';
import { CUE_FORMS, STOPWORDS } from '../text/lexicon.ts';
import { oneLine } from '../source-ref.ts';
import { lowerWords } from './corpus-words.ts';

interface Candidate {
  /** The nearness bonus alone: a rival value must sit as close to the asked words to count as a disagreement. */
  near?: number;
  span: TypedSpan;
  display: string;
  s: Sentence;
  score: number;
  coverage: number;
}

/** How much of the question a sentence must cover before its spans are considered, by what is wanted. */
const RIVAL_FLOOR = 0.35;
const FUTURE_QUESTION = /\b(?:will|shall|is due|are due|due to|going to|next|again|expected to|scheduled to|set to)\b/i;
const FUTURE_SENTENCE = /\b(?:will|would|shall|due|expected|scheduled|planned|plans?|next|set to|to resume|to reopen|to meet|going to)\b/i;

const MIN: Record<string, number> = { person: 0.5, group: 0.5, place: 0.5, time: 0.55, date: 0.55, year: 0.55 };

const LOCATIVES = new Set(['in', 'at', 'from', 'to', 'near', 'into', 'outside', 'inside', 'on', 'towards', 'toward', 'across', 'through', 'off', 'onto', 'via', 'around', 'between']);

/** Lower-cased content words of the question, to tell a candidate that merely repeats the question. */
function questionWords(q: Question): Set<string> {
  const focus = new Set(q.type.focus);
  return new Set(q.words.map((w) => w.replace(/['’]s$/, '')).filter((w) => !STOPWORDS.has(w) && !focus.has(w) && w.length > 1).map((w) => termKey(w)));
}

/** Character ranges of the question's terms inside a sentence, for nearness. */
function matchedAt(s: Sentence, q: Question): [number, number][] {
  const keys = new Set(q.terms.filter((t) => !t.key.startsWith('#') && !q.type.focus.includes(t.word.toLowerCase())).map((t) => t.key));
  const out: [number, number][] = [];
  for (const t of tokenize(s.text)) if (t.kind === 'word' && keys.has(termKey(t.text))) out.push([t.start, t.end]);
  for (const n of q.numbers) for (const m of s.text.matchAll(new RegExp(`(?<![\\d,.])${String(n)}(?![\\d])`, 'g'))) out.push([m.index!, m.index! + m[0].length]);
  return out;
}

/** A bonus for a span standing among the matched words: in "alert at 7am …, but 8.03pm before the message reached
 * phones", the time amid the asked words wins, not the one beside a single shared word. */
function nearness(span: TypedSpan, at: [number, number][], text: string): number {
  if (!at.length) return 0;
  let sum = 0;
  for (const [a, b] of at) {
    const between = a >= span.end ? text.slice(span.end, a) : span.start >= b ? text.slice(b, span.start) : '';
    // "a boy of three and the oldest a man of 78": a word past a clause boundary belongs to the other clause.
    const d = between.length * (/\b(?:and|but|while|whereas)\b|[;,]/.test(between) ? 2 : 1);
    sum += 1 / (1 + d / 25);
  }
  return (0.5 * sum) / at.length;
}

/** Whether a candidate mostly repeats the question ("Who met the mayor?" is not "the mayor"). */
function repeatsQuestion(text: string, qw: Set<string>): boolean {
  const ws = text.split(/[\s-]+/).filter((w) => w.length > 1 && !STOPWORDS.has(w.toLowerCase()));
  const repeated = ws.filter((w) => qw.has(termKey(w))).length;
  return ws.length > 0 && repeated * 2 >= ws.length;
}

/**
 * The focus noun of the question ("newspaper", "province") right next to or inside the candidate ("the Thai
 * newspaper Dagbladet", "Sligo county"): 'adjacent'; a few words away: 'near'.
 */
function focusFits(s: Sentence, span: TypedSpan, q: Question): 'adjacent' | 'near' | null {
  const head = q.type.head;
  if (!head || head === 'when' || head === 'where') return null;
  const h = termKey(head);
  const is = (w: string | undefined) => !!w && termKey(w) === h;
  const inside = s.text.slice(span.start, span.end).split(/[^\p{L}]+/u);
  const before = s.text.slice(Math.max(0, span.start - 30), span.start).split(/[^\p{L}'’]+/u).filter(Boolean);
  const after = s.text.slice(span.end, span.end + 30).split(/[^\p{L}'’]+/u).filter(Boolean);
  if (inside.some(is) || is(before[before.length - 1]) || is(after[0]) || (is(after[1]) && after[0] && /^[a-z]/.test(after[0]))) return 'adjacent';
  const window = s.text.slice(Math.max(0, span.start - 40), Math.min(s.text.length, span.end + 40));
  return window.split(/[^\p{L}]+/u).some(is) ? 'near' : null;
}

function candidatesIn(s: Sentence, q: Question, index: CorpusIndex, qw: Set<string>): { span: TypedSpan; display: string }[] {
  const want = q.type.want;
  const text = s.text;
  const plain = (spans: TypedSpan[]) => spans.map((span) => ({ span, display: span.text }));
  if (want === 'time') return plain(timeSpans(text));
  // A bare "when" takes whatever the sentence gives: a calendar date, a weekday, a time or a year.
  // …but not an earlier year the sentence looks back to ("the worst since 1973"), unless the question names a year.
  const current = (y: TypedSpan) => {
    const year = /\b(?:19|20)\d{2}\b/.exec(y.text)?.[0];
    return !year || !s.published || year >= s.published.slice(0, 4) || q.terms.some((t) => /^y\d{4}$/.test(t.key));
  };
  if (want === 'date') return plain(q.type.head === 'when' ? [...dateSpans(text).filter(current), ...timeSpans(text), ...yearSpans(text).filter((y) => !q.words.includes(y.text) && current(y))] : dateSpans(text));
  if (want === 'year') return plain(yearSpans(text).filter((y) => !q.words.includes(y.text)));
  if (want === 'age') return plain(ageSpans(text).filter((a) => !q.numbers.includes(+a.key)));
  if (MEASURES.has(want) || (want === 'count' && q.unitWord)) return measureSpans(s, q);
  const isName = lowerWords(index);
  const names = nameSpans(text, isName).filter((n) => n.text.length > 1 && !repeatsQuestion(n.text, qw) && !adjectival(text, n));
  if (want === 'place') {
    // Places after a locative as the index read them ("in Ukraine's northeastern Kharkiv region"), and names that
    // carry a place's head noun ("Lakeside General Hospital", "the Old Fort").
    const places = s.places
      .map((p) => ({ text: p, start: text.indexOf(p), end: text.indexOf(p) + p.length, key: p.toLowerCase() }))
      .filter((p) => p.start >= 0 && !repeatsQuestion(p.text, qw) && !adjectival(text, p) && !/\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/.test(p.text));
    const headed = names.filter((n) => !adjectival(text, n) && !places.some((p) => p.start <= n.start && n.end <= p.end) && ((q.type.head && n.text.toLowerCase().includes(q.type.head)) || focusFits(s, n, q) === 'adjacent' || n.text.split(/\s+/).some((w) => PLACE_NOUN.test(w)) || LOCATIVES.has(n.before ?? '')));
    // "the Harbor Fire Department" is a body, not a place.
    return plain([...places, ...headed].filter((p) => !isOrgLike(p.text) || p.text.split(/\s+/).some((w) => PLACE_NOUN.test(w))));
  }
  if (want === 'person' || want === 'group') {
    // A plain "who" may be answered by a person or a body ("the union blamed …"); "which official" by a person.
    if (want === 'person' && !q.type.head) return plain(names);
    const people = want === 'person';
    return plain(names.filter((n) => (people ? looksLikePerson(n.text) || isOrgLike(n.text) : !looksLikePerson(n.text))));
  }
  return [];
}

const MEASURES = new Set(['duration', 'distance', 'size', 'percent', 'money']);
const DISTANCE = /^(?:km|kms|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|m|feet|foot|ft|yards?|nautical)$/i;
const MONEY = /^(?:dollars?|euros?|pounds?|yen|won|yuan|rupees?|francs?|rubles?|roubles?)$/i;
const QUALIFIER_BEFORE = /\b(?:about|around|some|nearly|almost|roughly|approximately|over|under|at least|at most|more than|less than|fewer than|up to|as much as|as many as|no fewer than|no more than|just|only)\s+$/i;

const METRES: [RegExp, number][] = [
  [/^(?:km|kms|kilomet)/i, 1000],
  [/^miles?$/i, 1609],
  [/^nautical$/i, 1852],
  [/^(?:feet|foot|ft)$/i, 0.3048],
  [/^yards?$/i, 0.9144],
  [/^(?:m|met(?:re|er)s?)$/i, 1],
];
const DURATION_UNITS = /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)$/i;

/** Quantities of the measure asked for: "about 250 metres", "$1 billion", "15.7%", "six weeks". */
function measureSpans(s: Sentence, q: Question): { span: TypedSpan; display: string }[] {
  const want = q.type.want;
  const out: { span: TypedSpan; display: string }[] = [];
  const unitKey = q.unitWord ? termKey(q.unitWord) : null;
  for (const qq of s.quantities) {
    if (q.numbers.includes(qq.value) || qq.whole) continue;
    const unit = qq.unit ?? '';
    const start = qq.span.start - s.span.start;
    let end = qq.span.end - s.span.start;
    const sign = /[$€£¥]\s*$/.test(s.text.slice(Math.max(0, start - 2), start));
    let ok: boolean;
    // "10 bird strikes" counts strikes, not birds: a modifier names what is counted only before a word for people ("Canadian citizens" are Canadians).
    if (want === 'count') ok = unitKey !== null && (termKey(unit) === unitKey || (qq.unitClass === 'person' && qq.modifiers.some((m) => termKey(m) === unitKey)));
    else if (want === 'percent') ok = unit === 'percent' || /^per\s*cent/i.test(s.text.slice(end, end + 9));
    else if (want === 'money') ok = sign || MONEY.test(unit);
    else if (want === 'duration') ok = DURATION_UNITS.test(unit) || (q.type.lengthOrDuration && DISTANCE.test(unit));
    // "how much rain": any measured amount (491mm, 25 tonnes), never a count of people or a time.
    else if (want === 'size' && q.type.head && q.type.head !== 'how') ok = !!qq.unit && qq.unitClass !== 'person' && !DURATION_UNITS.test(unit) && !MONEY.test(unit);
    else ok = DISTANCE.test(unit);
    // "How many were wounded" is not answered by the number killed in the same breath.
    if (want === 'count' && q.event && qq.event && !eventsCompatible(q.event, qq.event)) ok = false;
    if (!ok) continue;
    // "1,500 to 1,600 metres": a range is one answer, read from its second number with the first in front.
    const range = /^\s*(?:to|-|–)\s*[\d,.]+\s*/.exec(s.text.slice(end));
    if (range && qq.unit === null) continue;
    const from = /[\d,.]+\s*(?:to|-|–)\s*$/.exec(s.text.slice(Math.max(0, start - 16), start));
    let rawStart = sign ? s.text.lastIndexOf(s.text.slice(Math.max(0, start - 2), start).trim(), start) : start;
    // "about 3 km", "at least 50": the qualifier is part of the answer.
    if (from) rawStart -= from[0].length;
    const qualifier = QUALIFIER_BEFORE.exec(s.text.slice(Math.max(0, rawStart - 24), rawStart));
    if (qualifier) rawStart -= qualifier[0].length;
    const text = s.text.slice(Math.max(0, rawStart), end).trim();
    const per = want === 'duration' ? `|${(qq.unit ?? '').toLowerCase().replace(/s$/, '').replace(/^.*-/, '')}` : '';
    // "5km" and "five miles" are different distances: compared in metres.
    const metres = DISTANCE.test(unit) ? METRES.find(([re]) => re.test(unit))?.[1] : undefined;
    const key = metres ? `${Math.round(qq.value * metres)}|m` : `${qq.value}|${want}${per}`;
    out.push({ span: { text, start: rawStart, end, key }, display: text });
  }
  return out;
}

const WEEKDAY_NUMBER: Record<string, number> = { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 };
const DAYS_IN: Record<string, number> = { second: 1 / 86400, minute: 1 / 1440, hour: 1 / 24, day: 1, week: 7, month: 30, year: 365, decade: 3650 };

/**
 * One key per value whatever the wording: a weekday becomes the date it fell on before the article's publication
 * ("Friday" in a Saturday paper), "six weeks" and "42-day" the same number of days, a full date its month and day.
 */
function normaliseKey(key: string, s: Sentence): string {
  if (key.startsWith('weekday:')) {
    if (!s.published) return key;
    const d = new Date(`${s.published}T12:00:00Z`);
    const back = (d.getUTCDay() - WEEKDAY_NUMBER[key.slice(8)]! + 7) % 7;
    d.setUTCDate(d.getUTCDate() - back);
    return `date:${d.toISOString().slice(5, 10)}`;
  }
  const full = /^date:\d{4}-(\d{2}-\d{2})$/.exec(key);
  if (full) return `date:${full[1]}`;
  const dur = /^([\d.]+)\|duration\|(\w+)$/.exec(key);
  if (dur && DAYS_IN[dur[2]!]) return `${+dur[1]! * DAYS_IN[dur[2]!]!}|duration`;
  return key;
}

const PLACE_NOUN = /^(?:Airport|Hospital|Square|Prison|Park|Compound|Base|Station|Street|Road|Bridge|Stadium|Centre|Center|Camp|Motorway|Highway|Avenue|Port|Harbour|Harbor|Island|Valley|Province|Region|County|District)$/;

/** "Ukrainian official", "Ukraine's northeastern region": a name used as a modifier of the noun after it. */
function adjectival(text: string, n: TypedSpan): boolean {
  if (/['’]s$/.test(text.slice(n.start, n.end + 2))) return true;
  // A demonym before a noun ("Ukrainian official") describes; a place name before a verb ("Lisbon rose") does not.
  return /^\p{Lu}\p{L}+(?:ian|ean|ese|ish|ic|i)$/u.test(n.text) && /^\s+[a-z][a-z-]{2,}/.test(text.slice(n.end));
}

const SAID_BEFORE = new RegExp(`\\b(?:${[...CUE_FORMS.keys()].join('|')})\\s+(?:on\\s+)?$`, 'i');
const PREPOSITION = /^(?:from|of|in|with|to|at|on|for|by|into|about|against|between|among|under|over|through|without|like|than)$/;
const AUX = /^(?:did|does|do|is|was|were|are|has|have|had|will|would|can|could|should|may|might|being|been|be)$/;

/**
 * Whether a name stands where the asked verb puts its answer: "who ordered a review" is answered by the subject
 * of "ordered" (named before it in the same clause, or after "by"); "whom did X blame" by the object after it.
 */
function relatesToVerb(s: Sentence, span: TypedSpan, q: Question, coverage: number, others: { span: TypedSpan }[] = []): boolean {
  let v = q.type.to;
  while (v < q.words.length && AUX.test(q.words[v]!)) v++;
  // "whom did the mayor ask": past the subject the question names, to its verb.
  if (q.type.role === 'recipient') while (v < q.words.length && !q.terms.some((t) => t.word.toLowerCase() === q.words[v] && !/^\p{Lu}/u.test(t.word))) v++;
  const verb = q.words[v];
  if (!verb) return true;
  const key = termKey(verb);
  const at: number[] = [];
  for (const t of tokenize(s.text)) if (t.kind === 'word' && termKey(t.text) === key) at.push(t.start);
  // The verb in other words: only the sentence's own subject, in a sentence that covers the question well.
  if (!at.length) return span.start < 40 && !/[,;:]/.test(s.text.slice(0, span.start)) && coverage >= 0.75;
  return at.some((p) => {
    if (q.type.role === 'recipient') return span.start > p && span.start - p <= 40 && !/[.;:]/.test(s.text.slice(p, span.start));
    // A subject is not the object of a preposition ("pressure from the US to broker talks"), nor is an infinitive its verb.
    // …and the name nearest the verb: in "T'way has 27 and Jin 19, while Eastar operates 10" only Eastar operates.
    if (span.end <= p) return p - span.end <= 60 && !/[.;:]|\bwhile\b|\bwhereas\b/.test(s.text.slice(span.end, p)) && !PREPOSITION.test(span.before ?? '') && !/\bto\s+$/.test(s.text.slice(0, p)) && !others.some((o) => o.span.start >= span.end && o.span.end <= p);
    return /\bby\s+(?:the\s+)?$/.test(s.text.slice(p, span.start)) && span.start - p <= 40;
  });
}

const isOrgLike = (name: string) => name.split(/\s+/).some((w) => isOrgHead(w)) || /^[A-Z]{2,}$/.test(name);

/** Answers a typed question, or null when no candidate of the wanted type stands in evidence that covers it. */
export function answerTyped(q: Question, scored: Scored[], index: CorpusIndex): Answer | null {
  const want = q.type.want;
  const min = MIN[want] ?? 0.6;
  const qw = questionWords(q);
  // Quoted words in a who-question are someone's words: the answer is whoever the sentence holding them quotes.
  const speaking = q.type.role === 'speaker' || ((q.cue !== null || q.quoted.length > 0) && (want === 'person' || want === 'group') && q.type.role === null);
  const found: Candidate[] = [];
  // Values that may rival the answer are gathered from a little further down, and must still come close to it.
  const floor = Math.min(min, RIVAL_FLOOR);
  // "When will it reopen?" is not answered by when it closed: a question about what is to come needs a sentence that
  // speaks of it as to come.
  const future = FUTURE_QUESTION.test(q.text) && (want === 'date' || want === 'time' || want === 'year');
  const inScope = MEASURES.has(want) || want === 'count' || want === 'age' ? countScope(q) : () => true;
  for (const scoredSentence of scored) {
    // The sentence holding the quoted words is the evidence, however the rest of the question is worded.
    const x = q.quoted.length ? { ...scoredSentence, coverage: Math.max(scoredSentence.coverage, 0.8) } : scoredSentence;
    if (x.coverage < floor) continue;
    if ((future && !FUTURE_SENTENCE.test(x.sentence.text)) || !inScope(x.sentence)) continue;
    const at = matchedAt(x.sentence, q);
    if (speaking) {
      const who = speakersOf(x.sentence, q, index).find((w) => !repeatsQuestion(w.display, qw) && !(want === 'group' && looksLikePerson(w.display) && !isOrgLike(w.display)));
      // "The union put the delay down to 'technical reasons'": quoted words with no cue verb; the subject says them.
      if (!who && q.quoted.length && !q.cue) {
        for (const c of candidatesIn(x.sentence, q, index, qw)) {
          if (!relatesToVerb(x.sentence, c.span, q, x.coverage)) continue;
          found.push({ span: c.span, display: c.display, s: x.sentence, score: x.coverage + nearness(c.span, at, x.sentence.text), coverage: x.coverage });
        }
      }
      if (!who) continue;
      // "Which news site reported …": a source named with the asked noun ("the Nettavisen news site") fits best.
      const named = q.type.head && who.display.toLowerCase().split(/\s+/).some((w) => termKey(w) === termKey(q.type.head!)) ? 0.4 : 0;
      // One source: the sentence's own coverage (with what a pronoun carries over); several: the words of this one.
      const coverage = x.sentence.claims.length <= 1 ? x.coverage : who.coverage;
      found.push({ span: { text: who.display, start: 0, end: 0, key: who.key }, display: who.display, s: x.sentence, score: coverage + (who.cueMatches ? 0.25 : 0) + named, coverage });
      continue;
    }
    const cands = candidatesIn(x.sentence, q, index, qw);
    for (const c of cands) {
      // A name the question's focus noun stands beside ("his Green party") needs no verb to tie it to the question.
      if ((want === 'person' || want === 'group') && focusFits(x.sentence, c.span, q) !== 'adjacent' && !relatesToVerb(x.sentence, c.span, q, x.coverage, cands)) continue;
      // "the spokesman said Friday that …": that is when it was said, not when the thing asked about happens.
      if ((want === 'date' || want === 'time') && !q.cue && SAID_BEFORE.test(x.sentence.text.slice(Math.max(0, c.span.start - 16), c.span.start))) continue;
      const near = nearness(c.span, at, x.sentence.text);
      let score = x.coverage + near;
      // "held at the Old Fort": the place the asked verb itself leads to.
      if (want === 'place') {
        const lead = /([\p{L}'’-]+)\s+(?:at|in|to|into|from|near|on|inside|outside)\s+(?:the\s+)?$/u.exec(x.sentence.text.slice(Math.max(0, c.span.start - 40), c.span.start));
        if (lead && q.terms.some((t) => t.key === termKey(lead[1]!) && !q.type.focus.includes(t.word.toLowerCase()))) score += 0.3;
      }
      const fit = focusFits(x.sentence, c.span, q);
      if (fit) score += fit === 'adjacent' ? 0.4 : 0.2;
      // "who asked …" wants a person before a body; "on what date" a calendar date before a weekday.
      if (want === 'person' && (!q.type.head || q.type.head === 'person') && looksLikePerson(c.display)) score += 0.3;
      if (c.span.key.startsWith('weekday:')) {
        // "On what date" wants a calendar date, not "Friday".
        if (q.type.head === 'date') continue;
        score *= 0.8;
      }
      c.span.key = normaliseKey(c.span.key, x.sentence);
      found.push({ span: c.span, display: c.display, s: x.sentence, score, coverage: x.coverage, near });
    }
  }
  // The answer itself comes from evidence that covers the question; weaker sentences may only dispute it.
  if (!found.some((c) => c.coverage >= min)) return null;
  // A bare "when" is answered by whatever date the best sentence gives; only an asked time or date is disputed.
  return decide(q, found, want !== 'person' && want !== 'group' && want !== 'place' && q.type.head !== 'when', index, min);
}

/** "Park said …": a lone name stands for the full name the same article gave earlier ("Park Min-jun"). */
function fullName(display: string, s: Sentence, index: CorpusIndex): string {
  if (!/^\p{Lu}[\p{L}'’-]+$/u.test(display)) return display;
  for (let id = s.id - 1; id >= 0 && index.sentences[id]!.file === s.file; id--) {
    const full = nameSpans(index.sentences[id]!.text, lowerWords(index)).find((n) => looksLikePerson(n.text) && n.text.split(/\s+/).includes(display));
    if (full) return full.text;
  }
  return display;
}

const kindOfKey = (k: string) => (/^\d{2}:\d{2}$/.test(k) ? 'time' : /^\d{4}$/.test(k) ? 'year' : /^date:\d{4}-\d{2}$/.test(k) ? 'month' : k.split(/[:|]/)[0]!.replace(/^[\d.]+$/, 'n'));

/** Picks the best-supported value; values outlets disagree on come back as `disputed`. */
function decide(q: Question, found: Candidate[], mayDispute: boolean, index: CorpusIndex, min: number): Answer | null {
  const groups = new Map<string, Candidate[]>();
  for (const c of found) groups.set(c.span.key, [...(groups.get(c.span.key) ?? []), c]);
  const support = (g: Candidate[]) => {
    const best = new Map<string, number>();
    for (const c of g) best.set(c.s.publisher, Math.max(best.get(c.s.publisher) ?? 0, c.score));
    const v = [...best.values()].sort((a, b) => b - a);
    return v[0]! + 0.05 * (v.length - 1);
  };
  const ranked = [...groups.values()].map((g) => ({ g: g.sort((a, b) => b.score - a.score), support: support(g) })).sort((a, b) => b.support - a.support);
  const top = ranked.find((r) => r.g.some((c) => c.coverage >= min))!;
  top.g = top.g.filter((c) => c.coverage >= min);
  const best = top.g[0]!;
  // A close second from its own sentence and publisher: the outlets disagree on this slot.
  if (mayDispute) {
    const rivals = ranked.filter((r) => r !== top).filter((r) => {
      const c = r.g[0]!;
      return kindOfKey(c.span.key) === kindOfKey(best.span.key) && sameSubject(q, best.s, c.s) && (c.near ?? 0) >= (best.near ?? 0) * 0.5 && !best.s.text.includes(c.span.text) && !c.s.text.includes(best.span.text) && c.coverage >= best.coverage * 0.8 && c.score >= best.score * 0.8 && !top.g.some((t) => t.s.publisher === c.s.publisher && t.s.id === c.s.id) && !r.g.every((x) => top.g.some((t) => t.s.publisher === x.s.publisher));
    });
    // One side per sentence: of two values in one sentence ("the youngest a boy of three, the oldest a man of 78")
    // only the one nearest the asked words speaks to the question.
    const bestIn = new Map<number, number>();
    for (const r of [top, ...rivals]) for (const c of r.g) bestIn.set(c.s.id, Math.max(bestIn.get(c.s.id) ?? 0, c.score));
    const kept = rivals.filter((r) => r.g.some((c) => c.score >= bestIn.get(c.s.id)!));
    if (kept.length) {
      const sides = [top, ...kept];
      const text = sides.map((r) => `${r.g[0]!.display} (${[...new Set(r.g.map((c) => c.s.outlet))].join(', ')})`);
      return {
        question: q.text,
        status: 'disputed',
        answer: text.join(' vs '),
        summary: `Outlets disagree: ${text.join('; ')}.`,
        citations: sides.flatMap((r) => citationsFrom(r.g.map((c) => c.s), 3)),
      };
    }
  }
  // Another outlet gives another value in a sentence that fits nearly as well, yet not well enough to call it a
  // disagreement over the same thing: rather than pick one, say the coverage does not settle it.
  if (mayDispute) {
    const unsettled = ranked.some((r) => {
      if (r === top) return false;
      const c = r.g[0]!;
      return kindOfKey(c.span.key) === kindOfKey(best.span.key) && sameSubject(q, best.s, c.s) && c.score >= best.score * 0.5 && !best.s.text.includes(c.span.text) && !c.s.text.includes(best.span.text) && r.g.some((x) => !top.g.some((t) => t.s.publisher === x.s.publisher));
    });
    if (unsettled) return null;
  }
  const sentences = [...new Set(top.g.map((c) => c.s))];
  const citations: Citation[] = citationsFrom(sentences);
  const shown = oneLine(fullName(best.display, best.s, index));
  return {
    question: q.text,
    status: 'answered',
    answer: shown,
    summary: `${shown}, as reported by ${outletList(sentences)}: “${oneLine(best.s.text)}”`,
    citations,
  };
}
