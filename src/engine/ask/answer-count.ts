/**
 * How-many and how-long questions: the number that counts the asked thing for the asked event, near the asked words;
 * a number outlets disagree on comes back disputed with every side; an updated figure, the latest with its history.
 */
import type { CorpusIndex } from '../corpus-index.ts';
import type { Conflict, Quantity, Sentence } from '../types.ts';
import { DURATION, TIME_UNITS, type Question } from './question.ts';
import type { Answer } from './answer-types.ts';
import { scoreSentences, type Scored } from './evidence.ts';
import { ASKS_POPULATION, MIN_COVERAGE, POSSIBLE_ASKED, POSSIBLE_BEFORE, answered, saysAsAsked, citationsFrom, disagreement, sideOutlets, sidesCitations } from './answer-common.ts';
import { eventsCompatible } from '../mentions.ts';
import { nationKey, termKey } from '../text/stem.ts';
import { COMPOUND_NOUNS, EVENT_OF, PLAN_WORDS, WRITTEN_QUALIFIER } from '../text/lexicon.ts';
import { lemma, STARTS_UPPERCASE } from '../text/tokens.ts';
import { tokensOf } from './token-cache.ts';
import { parseNumberWord, unitClassOf, writesNumber } from '../text/numbers.ts';
import { oneLine } from '../source-ref.ts';
import { mainVerb } from './main-verb.ts';
import { amongOtherGroup, countScope, storysTopic } from './count-scope.ts';
import { sameSubject } from './same-subject.ts';
import { RUNNING_EVENTS, WEEKDAY_INDEX, momentOf, undercuts, weekdayOf } from '../updates.ts';
import { conflictsQuoting, forTheAsked, ofAskedDay, ofTheAsked, sentenceAt } from './digest-disputes.ts';
import { ONE_AFTER_PREPOSITION, namesInQuestion, rateNotAsked } from './typed-candidates.ts';
import { clausePlaces } from '../value-scope.ts';
import { populationAt } from '../slot-values.ts';
import { forOthers } from './beneficiary.ts';

const GENERIC_UNITS = new Set(['people', 'persons', 'person', 'individuals']);
/** A question asking for a total, and a number counted out of one group's own ("133 of its residents"). */
const ASKS_TOTAL = /\b(?:in all|in total|altogether|all told|overall)\b/i;
const PART_OF_ONE = /^[\d,.]+\s+of\s+(?:its|their|his|her)\s/i;
/** A total as written before its figure ("for a total of 155,300"). */
const TOTAL_BEFORE = /\b(?:a|the)\s+total\s+of\s+(?:about\s+|some\s+)?$/i;

const lowered = new WeakMap<Sentence, string>();
const lowerText = (s: Sentence) => {
  let t = lowered.get(s);
  if (t === undefined) lowered.set(s, (t = s.text.toLowerCase()));
  return t;
};

/** The question's words as nearness looks for them, read once per question rather than once per number. */
const nearWords = new WeakMap<Question, string[]>();
const wordsNear = (q: Question) => {
  let words = nearWords.get(q);
  if (!words) nearWords.set(q, (words = q.terms.filter((t) => !t.key.startsWith('#')).map((t) => t.word.toLowerCase().slice(0, 5))));
  return words;
};

/** A bonus for a number that stands next to what the question asks about ("10% contained"). */
function nearness(s: Sentence, qq: Quantity, q: Question): number {
  const words = wordsNear(q);
  if (!words.length) return 0;
  const text = lowerText(s);
  const at = qq.span.start - s.span.start;
  let best = Infinity;
  for (const w of words) {
    for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) best = Math.min(best, Math.abs(i - at));
  }
  return best === Infinity ? 0 : 0.3 / (1 + best / 20);
}

/** "Of 110,000 flights scheduled, 5,000 had been cancelled": the number nearest the asked verb is what it counts. */
function verbNearness(s: Sentence, qq: Quantity, verbKey: string): number {
  let best = Infinity;
  const at = qq.span.end - s.span.start;
  const { tokens, keys } = tokensOf(s.text);
  for (let i = 0; i < tokens.length; i++) if (keys[i] === verbKey) best = Math.min(best, Math.abs(tokens[i]!.start - at));
  return best === Infinity ? 0 : 0.4 / (1 + best / 15);
}

interface CountHit {
  q: Quantity;
  s: Sentence;
  score: number;
}

/** The figure as written, with its bound or approximation ("more than 60 people", "at least a dozen people"). */
function quantitySurface(s: Sentence, q: Quantity): string {
  const text = s.text;
  const end = q.span.end - s.span.start;
  let start = q.span.start - s.span.start;
  // "at least a dozen": the article stands between the bound and the number.
  const article = /(?<=\s)an?\s+$/i.exec(text.slice(Math.max(0, start - 8), start));
  const from = article ? start - article[0].length : start;
  const qualifier = WRITTEN_QUALIFIER.exec(text.slice(Math.max(0, from - 24), from));
  // "just eight", "only 40": emphasis, not a bound.
  if (qualifier && !/^(?:just|only)$/i.test(qualifier[1]!)) start = from - qualifier[0].length;
  // "between five and 15 people", "five to 15": the upper end of a range is shown with the range.
  const range = /(?:\bbetween\s+([\w,.]+)\s+and|\b([\w,.]+)\s+to)\s+$/i.exec(text.slice(Math.max(0, start - 32), start));
  if (range && parseNumberWord((range[1] ?? range[2])!) !== null) start -= range[0].length;
  return oneLine(text.slice(start, end));
}

export function answerCount(q: Question, index: CorpusIndex, speaker: string | null): Answer | null {
  const min = MIN_COVERAGE.count;
  // What is counted and the event are checked on each number; the rest of the question is the context to cover.
  const unitKey = q.unitWord ? termKey(q.unitWord) : null;
  const checkedOnNumber = (w: string) => EVENT_OF.has(w) || (q.planned && PLAN_WORDS.has(w)) || (q.perParty && /^(?:sides?|party|parties)$/.test(w));
  const context: Question = { ...q, terms: q.terms.filter((t) => t.key !== unitKey && !checkedOnNumber(t.word.toLowerCase())) };
  const scored = scoreSentences(index, context, speaker, q.terms);
  const words = new Set(q.words.map((w) => nationKey(w.replace(/['’]s$/, ''))));
  // "How many Palestinians were killed" is answered by "killed 19 people" too: a people named by nation is people here.
  const specific = q.unitWord !== null && !GENERIC_UNITS.has(q.unitWord.toLowerCase()) && !(STARTS_UPPERCASE.test(q.unitWord) && q.unitClass === 'person');
  // "How many flights were cancelled": a sentence that never says "cancelled" (or its like) counts something else.
  const verbKey = askedVerbKey(q);
  const inScope = countScope(q, { topic: storysTopic(index) });
  const total = ASKS_TOTAL.test(q.text);
  const elsewhere = otherPlace(q);
  const asksPopulation = ASKS_POPULATION.test(q.text);
  const askedNames = namesInQuestion(q.text);
  const possibleAsked = POSSIBLE_ASKED.test(q.text);
  const askedYears = q.terms.filter((t) => /^y\d{4}$/.test(t.key)).map((t) => t.key.slice(1));
  const collect = (strictUnit: boolean, floor = min): CountHit[] => {
    const hits: CountHit[] = [];
    for (const x of scored) {
      if (x.coverage < floor || !inScope(x.sentence)) continue;
      if (verbKey && !x.sentence.terms.includes(verbKey)) continue;
      // "40 had declared for him …, against at least 90 for Roe", asked of Roe: the figure for the one asked about.
      const others = forOthers(x.sentence, askedNames);
      const speakers = speaker ? claimOwners(x.sentence) : null;
      for (const [n, qq] of x.sentence.quantities.entries()) {
        if (others[n]) continue;
        // "Hillcrest said it had treated more than 100, and Providence said it had seen 65", asked of Providence.
        if (speakers && speakers.has(speaker!) && ownerAt(speakers, qq.span.start - x.sentence.span.start) !== speaker) continue;
        if (q.numbers.includes(qq.value) || qq.whole) continue; // the question's own number, or the whole a part is of
        // "10 of the derailed cars" counts among the derailed ones: no answer to a question that does not ask of them.
        if (amongOtherGroup(x.sentence.text.slice(qq.span.start - x.sentence.span.start, qq.span.end - x.sentence.span.start + 40), q)) continue;
        if (elsewhere(x.sentence, qq)) continue;
        // "faces up to 40 years", asked how many years he was sentenced to: what could be is not what was.
        if (!possibleAsked && POSSIBLE_BEFORE.test(x.sentence.text.slice(Math.max(0, qq.span.start - x.sentence.span.start - 48), qq.span.start - x.sentence.span.start))) continue;
        // "12.5 million watched, up from 9.8 million in 2029", asked how many watched in 2029: the figure the asked
        // year stands beside, not one another figure parts from it.
        if (askedYears.length && !besideAskedYear(x.sentence, qq, askedYears)) continue;
        // "a village of about 4,700 people" is how many live there, no count of what the question asks.
        if (!asksPopulation && populationAt(x.sentence.text, qq.span.start - x.sentence.span.start)) continue;
        // "the axle of one rail car" points at a car; it counts nothing.
        if (qq.value === 1 && ONE_AFTER_PREPOSITION.test(x.sentence.text.slice(Math.max(0, qq.span.start - x.sentence.span.start - 12), qq.span.start - x.sentence.span.start))) continue;
        // "one round for each year of her life" is a rate, not how many were fired.
        if (rateNotAsked(q, x.sentence.text, qq.span.end - x.sentence.span.start)) continue;
        // "How many were evacuated in all?" is not answered by "all 133 of its residents", a count of one place's.
        if (total && PART_OF_ONE.test(x.sentence.text.slice(qq.span.start - x.sentence.span.start))) continue;
        const totalWritten = total && !qq.unit && TOTAL_BEFORE.test(x.sentence.text.slice(Math.max(0, qq.span.start - x.sentence.span.start - 20), qq.span.start - x.sentence.span.start));
        if (!totalWritten && (q.unitClass === DURATION ? !TIME_UNITS.has(qq.unitClass ?? '') : q.unitClass && qq.unitClass !== q.unitClass)) continue;
        if (!totalWritten && !q.unitClass && !qq.unitClass) continue;
        // "How many died?" is answered by a number of deaths, not by a number that has no event at all.
        if (q.event && (!qq.event || !eventsCompatible(q.event, qq.event))) continue;
        const compound = qq.unit && qq.modifiers.length ? COMPOUND_NOUNS[`${qq.modifiers[qq.modifiers.length - 1]} ${lemma(qq.unit)}`] : undefined;
        // "How many of the dead": a toll with no noun ("the toll stood at 92") counts the dead.
        const tollOf = !qq.unit && qq.event !== null && EVENT_OF.get(q.unitWord?.toLowerCase() ?? '') === qq.event;
        // "donate 125,300 doses …, for a total of 155,300", asked how many in total: the total is of the sentence's noun.
        const totalOf = totalWritten && x.sentence.quantities.some((o) => o !== qq && !!o.unit && termKey(o.unit) === unitKey);
        const sameThing = totalOf || tollOf || [qq.unit ?? '', ...(GENERIC_UNITS.has((qq.unit ?? '').toLowerCase()) ? qq.modifiers : []), compound ?? ''].some((m) => m && termKey(m) === unitKey);
        // "how many soldiers": a number of captives or civilians does not answer it.
        // "How many of the 90 prisoners …" answered by "Just eight of them …", them a group of several kinds of people.
        const partOfGroup = qq.inherited === true && GENERIC_UNITS.has(qq.unit ?? '') && q.ofWhole && q.unitClass === 'person';
        if (strictUnit && !sameThing && !partOfGroup) continue;
        let score = x.coverage + nearness(x.sentence, qq, context) + (verbKey ? verbNearness(x.sentence, qq, verbKey) : 0);
        if ([qq.unit ?? '', ...qq.modifiers].some((m) => m && words.has(nationKey(m.replace(/['’]s$/, ''))))) score += 0.3;
        if (q.event && qq.event === q.event) score += 0.15;
        if (totalOf) score += 0.3;
        score *= q.planned === qq.planned ? 1.3 : 0.7;
        if (q.perParty && qq.perParty) score += 0.1;
        if (x.sentence.hedged) score *= 0.5;
        hits.push({ q: qq, s: x.sentence, score });
      }
    }
    return hits;
  };
  // A question naming what it counts ("how many journalists") is not answered by a count of something else.
  // A question about a plan ("is Israel to free") is answered by the figures planned, wherever the coverage has them.
  const all = collect(specific);
  const planned = q.planned && all.some((h) => h.q.planned) ? all.filter((h) => h.q.planned) : all;
  // "How many had declared by Saturday evening?": a running tally is asked at a moment; figures of other days are
  // that tally at other moments, neither the answer nor rivals to it.
  const day = askedWeekday(q);
  const onDay = day < 0 ? [] : planned.filter((h) => momentOf(h.s, h.q.span.start - h.s.span.start) === day);
  const hits = onDay.length ? onDay : planned;
  if (!hits.length) return noneReported(q, scored);
  const groupScore = (g: CountHit[]) => {
    const best = new Map<string, number>();
    for (const h of g) best.set(h.s.outlet, Math.max(best.get(h.s.outlet) ?? 0, h.score));
    return [...best.values()].reduce((a, b) => a + b, 0);
  };
  const ranked = byGroupScore(groupByValue(hits), groupScore);
  const [value, group] = ranked[0]!;
  group.sort((a, b) => b.score - a.score);

  // If the outlets disagree on this number, show every side.
  // An update the digest found counts only when every day's sentence fits this question too (a toll of today is no
  // update of one from 1973).
  let fits: Set<string> | undefined;
  const fitting = (r: { file: string; span: { start: number } }) => (fits ??= new Set(scored.filter((x) => x.coverage >= min * 0.8).map((x) => `${x.sentence.file}:${x.sentence.span.start}`))).has(`${r.file}:${r.span.start}`);
  const named = namesInQuestion(q.text);
  // When the answer's source is named in the question ("had the Relief Office recorded"), a side that never names that source is
  // another source's figure, not the asked one's.
  const source = group[0]!.s.attribution?.display.toLowerCase() ?? '';
  const held = [...named].filter((n) => source.includes(n));
  const naming = (r: { file: string; span: { start: number } }) => {
    const s = sentenceAt(index, r);
    return !!s && held.every((n) => lowerText(s).includes(n));
  };
  const ofDay = onDay.length ? ofAskedDay(index, q.text) : () => true;
  const fitsAsked = (c: Conflict) => ofTheAsked(index, c, named) && (c.kind !== 'disagreement' || (ofDay(c) && forTheAsked(index, c, named))) && (c.kind === 'disagreement' ? c.values.every((v) => v.sources.some(naming)) : c.values.every((v) => v.sources.some(fitting)));
  // The same figure of the same noun in other evidence for the question ("a team of 12 rat-hole miners" where the
  // sentence answering says they were "brought in") may be the side a disagreement quotes: read only when the
  // answering sentences are quoted by none, as most count questions find theirs at once.
  const unitOf = (x: Quantity) => (x.unit ? lemma(x.unit.toLowerCase()) : '');
  const told = group[0]!.q;
  const sameFigure = () => scored.flatMap((x) => (x.coverage >= min * 0.8 && !group.some((h) => h.s === x.sentence) ? x.sentence.quantities.filter((y) => y.value === value && unitOf(y) === unitOf(told) && !!y.unit).map((y) => ({ q: y, s: x.sentence, score: 0 })) : []));
  const conflict = conflictOf(index, value, told.unitClass, group, fitsAsked) ?? conflictOf(index, value, told.unitClass, [...group, ...sameFigure()], fitsAsked) ?? sameNounDisagreement(index, value, unitOf(told), fitsAsked);
  // Only a running toll (deaths, injured, missing …) is updated from day to day; other figures that differ between
  // days ("3,100" on Sunday, "3,300" on Monday for one plan) are outlets disagreeing.
  if (conflict?.kind === 'update' && RUNNING_EVENTS.has(group[0]!.q.event ?? '')) {
    // The figure changed from one day's coverage to the next: answer with the latest, and say what it was before; a
    // question naming a day ("killed on Monday") asks for that day's figure.
    const day = askedWeekday(q);
    const ofDay = day < 0 ? [] : conflict.values.filter((v) => v.published && weekdayOf(v.published) === day);
    const latest = ofDay[ofDay.length - 1] ?? conflict.values[conflict.values.length - 1]!;
    const told = toldAs(index, latest);
    const history = conflict.values.map((v) => `${v.value.toLocaleString('en-US')}${v.published ? ` (${v.published})` : ''}`).join(' → ');
    return {
      question: q.text,
      status: 'answered',
      answer: told,
      summary: `${told}, ${ofDay.length ? `the figure of ${latest.published}` : 'the latest figure'}; it was updated over the coverage: ${history}.`,
      citations: sidesCitations(conflict.values.slice().reverse()),
    };
  }
  // "…, according to the agency?": of outlets that disagree, the side told on that authority is the answer.
  const asked = conflict?.kind === 'disagreement' ? sideOfAskedSource(index, q, conflict) : null;
  if (asked) {
    return answered(q, toldAs(index, asked), asked.sources.map((r) => sentenceAt(index, r)!));
  }
  if (conflict) {
    const sides = conflict.values.map((v) => ({ text: `${toldAs(index, v)} (${sideOutlets(v)})`, sources: v.sources }));
    return {
      question: q.text,
      status: 'disputed',
      answer: sides.map((x) => x.text).join(' vs '),
      summary: `Outlets disagree on ${conflict.topic}: ${sides.map((x) => x.text).join('; ')}.`,
      citations: sidesCitations(conflict.values),
    };
  }
  const top = group[0]!;
  const disputed = rivalValues(q, ranked, groupScore);
  if (disputed) return disputed;
  if (unsettled(q, ranked, 0.6)) return null;
  // Rival values are looked for in weaker evidence too: a second outlet's other figure there also unsettles it.
  const hitAt = new Set(hits.map((x) => `${x.s.id}:${x.q.span.start}`));
  const weak = collect(specific, RIVAL_FLOOR).filter((h) => !hitAt.has(`${h.s.id}:${h.q.span.start}`) && (!onDay.length || momentOf(h.s, h.q.span.start - h.s.span.start) === day));
  if (weak.length && unsettled(q, [ranked[0]!, ...groupByValue(weak.filter((h) => h.q.value !== value))], 0.6)) return null;
  const answer = answered(q, quantitySurface(top.s, top.q), [...new Set(group.map((h) => h.s))]);
  // A later report with another figure for the same count ("at least 85 homes", then "90 homes") is told, not hidden.
  // A later article retelling the earlier figure ("earlier estimates had put the toll at 9") does not date it.
  const newest = group.reduce((d, h) => (h.s.published && !RETOLD.test(h.s.text) && (!d || h.s.published > d) ? h.s.published : d), null as string | null);
  // The figures of other days than the one asked are told as what came after it, never stated for it.
  const laterGroup = (onDay.length ? byGroupScore(groupByValue(planned), groupScore).filter(([v]) => v !== value) : ranked.slice(1))
    .map(([, g]) => g.sort((a, b) => b.score - a.score))
    .find(([h]) => newest && h!.s.published && h!.s.published > newest && h!.q.unitClass === top.q.unitClass && h!.q.event === top.q.event && h!.score >= top.score * 0.6);
  if (!laterGroup) return answer;
  const later = laterGroup[0]!;
  // A running toll's later figure is the count now ("as many as 9 dead" on Monday, "seven bodies recovered" on Tuesday):
  // it answers, with the earlier figure told; shown as an exact figure where one of its sentences gives it so.
  if (RUNNING_EVENTS.has(top.q.event ?? '') && later.q.event === top.q.event && !asksPastYear(q, later.s) && !onDay.length) {
    const shown = laterGroup.find((h) => h.q.qualifier === 'exact' && h.score >= later.score * 0.75) ?? later;
    const now = answered(q, quantitySurface(shown.s, shown.q), [...new Set(laterGroup.map((h) => h.s))]);
    return {
      ...now,
      summary: `${now.summary.replace(/\.$/, '')}; earlier reports (${top.s.outlet}, ${top.s.published}) gave ${quantitySurface(top.s, top.q)}.`,
      citations: [...now.citations, ...answer.citations.filter((c) => !now.citations.some((x) => x.file === c.file && x.quote === c.quote))],
    };
  }
  return {
    ...answer,
    summary: `${answer.summary.replace(/\.$/, '')}; a later report (${later.s.outlet}, ${later.s.published}) gives ${quantitySurface(later.s, later.q)}.`,
    citations: [...answer.citations, ...citationsFrom([later.s]).filter((c) => !answer.citations.some((x) => x.file === c.file && x.quote === c.quote))],
  };
}

/** A side's figure as its first source writes it ("at least 151 people"). */
function toldAs(index: CorpusIndex, v: Conflict['values'][number]): string {
  const s = sentenceAt(index, v.sources[0]!)!;
  const qq = s.quantities.find((x) => x.value === v.value && x.unit === v.unit) ?? s.quantities.find((x) => x.value === v.value)!;
  return quantitySurface(s, qq);
}

/** The one side of a disagreement told on the authority the question names by its kind; null for none or several. */
function sideOfAskedSource(index: CorpusIndex, q: Question, c: Conflict): Conflict['values'][number] | null {
  const says = saysAsAsked(q);
  if (!says) return null;
  const held = c.values.filter((v) => v.sources.some((r) => says(sentenceAt(index, r)?.text ?? '')));
  return held.length === 1 ? held[0]! : null;
}

/**
 * Where each source a sentence reports is named, when it reports two or more ("X said …, and Y said …"): by key, the
 * first position of its name as written. Null for a sentence of one source.
 */
function claimOwners(s: Sentence): Map<string, number> | null {
  if (s.claims.length < 2) return null;
  const at = new Map<string, number>();
  for (const c of s.claims) {
    const i = s.text.indexOf(c.attribution.surface);
    if (i >= 0 && !at.has(c.attribution.key)) at.set(c.attribution.key, i);
  }
  return at.size >= 2 ? at : null;
}

/** The source named nearest before a position, of those claimOwners found. */
function ownerAt(owners: Map<string, number>, at: number): string | null {
  let best: [string, number] | null = null;
  for (const [k, i] of owners) if (i <= at && (!best || i > best[1])) best = [k, i];
  return best?.[0] ?? null;
}

/**
 * The match key of the question's own verb, which a sentence must say to count the same thing ("how many flights were
 * cancelled"), or null when that verb is an event's (checked on the number) or none of the question's own words.
 * `predicate` is the verb to read: a count's by default; a when- or where-question passes the verb it inverts ("did
 * the rig sink"), as a time must be told of the same deed.
 */
export function askedVerbKey(q: Question, predicate: string | null | undefined = mainVerb(q)): string | null {
  return predicate && q.terms.some((t) => t.word.toLowerCase() === predicate && !t.generic && !t.scale && !STARTS_UPPERCASE.test(t.word)) && !EVENT_OF.has(predicate) ? termKey(predicate) : null;
}

/** The day of the week a question names ("killed on Monday", "as of Wednesday"), 0 for Sunday; -1 when none. */
function askedWeekday(q: Question): number {
  const days = [...new Set(q.words.filter((w) => WEEKDAY_INDEX.includes(w)))];
  return days.length === 1 ? WEEKDAY_INDEX.indexOf(days[0]!) : -1;
}

/**
 * Whether a number is another place's, where the question asks about a place its sentence names: "5,800 died in Oskby
 * …; in Tarnby 1,850 were killed" gives Tarnby's figure in a clause of its own, and "12,000 dead in Oskby and Tarnby"
 * adds both up: neither is Oskby's toll.
 */
function otherPlace(q: Question): (s: Sentence, qq: Quantity) => boolean {
  const asked = new Set(q.names);
  return (s, qq) => {
    if (!asked.size || !s.places.some((p) => asked.has(p.toLowerCase()))) return false;
    const scopes = clausePlaces(s, qq.span.start - s.span.start, qq.span.end - s.span.start);
    return scopes.size > 0 && ![...scopes].some((k) => k.split('+').every((p) => asked.has(p)));
  };
}

/** Groups by their score, best first: each score worked out once, not at every comparison of the sort. */
function byGroupScore(groups: [number, CountHit[]][], groupScore: (g: CountHit[]) => number): [number, CountHit[]][] {
  const score = new Map(groups.map((e) => [e, groupScore(e[1])]));
  return groups.sort((a, b) => score.get(b)! - score.get(a)!);
}

/**
 * The first conflict, in the index's order, with a side of this value and kind of count quoting a sentence of the
 * group, that `fits`: found from the group's sentences rather than by reading every side's sources (tens of thousands
 * at 10,000 articles) at every count question.
 */
function conflictOf(index: CorpusIndex, value: number, unitClass: string | null, group: CountHit[], fits: (c: Conflict) => boolean): Conflict | undefined {
  const quoting = conflictsQuoting(index);
  const candidates = new Set<number>();
  for (const h of group) {
    const pairs = quoting.get(h.s.id) ?? [];
    for (let k = 0; k < pairs.length; k += 2) {
      const v = index.conflicts[pairs[k]!]!.values[pairs[k + 1]!]!;
      if (v.value === value && unitClassOf(v.unit) === unitClass) candidates.add(pairs[k]!);
    }
  }
  for (const i of [...candidates].sort((a, b) => a - b)) if (fits(index.conflicts[i]!)) return index.conflicts[i]!;
  return undefined;
}

/** Nouns too common to say two figures count one thing: "25 people" here and there are rarely the same 25. */
const COMMON_NOUN = /^(?:people|person|percent|year|day|hour|time|minute|week|month)$/;

/**
 * A disagreement the digest found over the same figure of the same distinctive noun ("its 25 crew" against "its 23
 * crew"), where the sentence answering gives that figure of that noun in other words ("the 25 Indian crew members").
 */
function sameNounDisagreement(index: CorpusIndex, value: number, unit: string, fits: (c: Conflict) => boolean): Conflict | undefined {
  if (!unit || COMMON_NOUN.test(unit)) return undefined;
  return index.conflicts.find((c) => c.kind === 'disagreement' && c.values.some((v) => v.value === value && !!v.unit && lemma(v.unit.toLowerCase()) === unit) && fits(c));
}

/** A question about a past year ("the 1973 floods") asks for a settled figure, which is not updated day to day. */
const asksPastYear = (q: Question, s: Sentence) => q.terms.some((t) => /^y\d{4}$/.test(t.key) && !(s.published ?? '').startsWith(t.key.slice(1)));

/** Another outlet's value for the same kind of count, from evidence nearly as good, that no rule tells apart. */
function unsettled(q: Question, ranked: [number, CountHit[]][], ratio: number): boolean {
  const [topValue, topGroup] = ranked[0]!;
  const top = topGroup[0]!;
  return ranked.slice(1).some(([v, g]) => {
    const h = g.slice().sort((a, b) => b.score - a.score)[0]!;
    if (h.q.unitClass !== top.q.unitClass || h.q.event !== top.q.event || h.score < top.score * ratio || apart(top, h) || !sameSubject(q, top.s, h.s) || !sameNumbers(q, top.s, h.s)) return false;
    if (g.every((x) => topGroup.some((t) => t.s.publisher === x.s.publisher))) return false;
    if (h.s.published !== top.s.published && RUNNING_EVENTS.has(h.q.event ?? '') && !asksPastYear(q, h.s) && !undercut(top, h)) return false;
    return !topGroup.some((t) => t.s.quantities.some((x) => x.value === v)) && !g.some((x) => x.s.quantities.some((y) => y.value === topValue));
  });
}

const RIVAL_FLOOR = 0.35;

/**
 * "388 seats" and "within one seat", "the one remaining seat": a single one named is not another outlet's count of
 * many, however alike their words.
 */
const apart = (a: CountHit, b: CountHit) => Math.min(a.q.value, b.q.value) === 1 && Math.max(a.q.value, b.q.value) >= 10;

/** A figure told as an earlier one: "earlier estimates", "initial reports", "police had put the toll at". */
const RETOLD = /\b(?:earlier|initial|first|previous|preliminary)\s+(?:estimates?|reports?|figures?|counts?|tolls?|tallies?)\b|\bhad\s+(?:put|estimated|given|reported)\b/i;

/** An estimate's ceiling, as its sentence writes it: "as many as 9", "between four and 9". */
const ceiling = (h: CountHit) => h.q.qualifier === 'at_most';

/** A later day's smaller figure no update explains (13 killed after 19): outlets disagreeing, as the digest reads it. */
function undercut(a: CountHit, b: CountHit): boolean {
  const dated = (h: CountHit) => ({ value: h.q.value, published: h.s.published });
  const ev = a.q.event ?? '';
  return undercuts(ev, dated(a), dated(b), b.q.qualifier === 'at_least', ceiling(a)) || undercuts(ev, dated(b), dated(a), a.q.qualifier === 'at_least', ceiling(b));
}

/** Whether a rival's sentence gives the numbers the question names wherever the answer's does ("three hostages"). */
function sameNumbers(q: Question, answer: Sentence, rival: Sentence): boolean {
  const has = (s: Sentence, n: number) => s.quantities.some((x) => x.value === n);
  return q.numbers.every((n) => !has(answer, n) || has(rival, n));
}

/** Whether a sentence writes a number, as a quantity or alone ("and the defense seven"). */
const writes = (s: Sentence, value: number) => s.quantities.some((x) => x.value === value) || writesNumber(tokensOf(s.text).tokens, value);

/**
 * Whether a figure may be of the asked year: its sentence never writes that year, or no other figure of the sentence
 * stands between them ("up from 9.8 million in 2029").
 */
function besideAskedYear(s: Sentence, qq: Quantity, years: string[]): boolean {
  const at = years.map((y) => s.text.indexOf(y)).filter((i) => i >= 0);
  if (!at.length) return true;
  const start = qq.span.start - s.span.start;
  const end = qq.span.end - s.span.start;
  return at.some((y) => !s.quantities.some((o) => o !== qq && (y < start ? o.span.start - s.span.start > y && o.span.end - s.span.start <= start : o.span.start - s.span.start >= end && o.span.end - s.span.start <= y)));
}

function groupByValue(hits: CountHit[]): [number, CountHit[]][] {
  const by = new Map<number, CountHit[]>();
  for (const h of hits) (by.get(h.q.value) ?? by.set(h.q.value, []).get(h.q.value)!).push(h);
  return [...by.entries()];
}

/**
 * Outlets that give another value for the same count, from sentences that fit the question as well: a disagreement
 * the digest may not have paired (other wording, other scope words). Not one when a single sentence gives both
 * numbers (two different counts) or when the other value comes from a later day (an update).
 */
function rivalValues(q: Question, ranked: [number, CountHit[]][], groupScore: (g: CountHit[]) => number): Answer | null {
  const [, topGroup] = ranked[0]!;
  const top = topGroup[0]!;
  const topScore = groupScore(topGroup);
  const dates = new Set(topGroup.filter((h) => !RETOLD.test(h.s.text)).map((h) => h.s.published));
  const sides = [ranked[0]!];
  for (const entry of ranked.slice(1)) {
    // The group's best (the first of its best scores, which the sort puts first): most groups score too low to rival,
    // and are passed over without a sorted copy.
    let best = entry[1][0]!;
    for (const x of entry[1]) if (x.score > best.score) best = x;
    if (best.score < top.score * 0.85) continue;
    const g = entry[1].slice().sort((a, b) => b.score - a.score);
    const h = g[0]!;
    if (h.q.unitClass !== top.q.unitClass || (top.q.event && h.q.event && !eventsCompatible(top.q.event, h.q.event)) || !sameSubject(q, top.s, h.s)) continue;
    if (apart(top, h)) continue;
    if (h.score < top.score * 0.85 || groupScore(g) < topScore * 0.5) continue;
    if (h.q.planned !== top.q.planned || h.q.perParty !== top.q.perParty) continue;
    // "for the first three hostages": a figure given beside the asked number rivals only one given beside it too.
    if (!sameNumbers(q, top.s, h.s)) continue;
    if (g.every((x) => topGroup.some((t) => t.s.publisher === x.s.publisher))) continue;
    // Both numbers in one sentence count different things; a value from another day is an update, told apart.
    if (sides.some(([, sg]) => sg.some((t) => g.some((x) => x.s.id === t.s.id)))) continue;
    // "60 captives: 45 soldiers and 15 civilians": a sentence that gives both values tells a whole and its part.
    // ("prosecutors called 38 witnesses and the defense seven": a number whose noun is left unsaid counts too.)
    if (sides.some(([v, sg]) => sg.some((t) => writes(t.s, entry[0])) || g.some((x) => writes(x.s, v)))) continue;
    // A toll still being counted (deaths, injured, missing, rescued…) is updated from day to day; other figures are not.
    // A question about a past year ("the 1973 floods") asks for a settled figure, which is not updated.
    if (h.s.published && !dates.has(h.s.published) && RUNNING_EVENTS.has(h.q.event ?? '') && !asksPastYear(q, h.s) && !undercut(top, h)) continue;
    sides.push([entry[0], g]);
  }
  if (sides.length < 2) return null;
  return disagreement(q, sides.map(([, g]) => ({ value: quantitySurface(g[0]!.s, g[0]!.q), sentences: [...new Set(g.map((h) => h.s))] })));
}

/** "No deaths have been reported": the coverage's own word that the count is zero. */
const NONE = /\b(?:no|zero)\s+(?:deaths?|fatalities|casualties|injuries|victims|one)\b|\bno one (?:was|has been|had been|were) (?:killed|hurt|injured|harmed)\b|\bnobody (?:was|has been) (?:killed|hurt|injured)\b/i;
const NONE_EVENT: Record<string, RegExp> = { kill: /death|fatalit|casualt|killed|victims|died/i, injure: /injur|hurt|harmed|casualt/i };

function noneReported(q: Question, scored: Scored[]): Answer | null {
  const want = q.event ? NONE_EVENT[q.event] : undefined;
  if (!want) return null;
  const hits = scored.filter((x) => x.coverage >= MIN_COVERAGE.count && NONE.test(x.sentence.text) && want.test(x.sentence.text)).map((x) => x.sentence);
  if (!hits.length) return null;
  return answered(q, oneLine(hits[0]!.text.match(NONE)![0]!).replace(/^./, (c) => c.toUpperCase()), hits);
}
