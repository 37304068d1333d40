/**
 * Answers a question from the index with one of three explicit outcomes: `answered` (a short answer and the
 * sentences that back it), `disputed` (each value with its outlets) or `not_found` ("The coverage doesn't say").
 * It never offers a nearest sentence as an answer: evidence must cover the question or there is no answer.
 */
import type { CorpusIndex } from '../corpus-index.ts';
import type { Quantity, Sentence } from '../types.ts';
import { DURATION, TIME_UNITS, parseQuestion, type Question } from './question.ts';
import { coverageOf, questionSpeaker, scoreSentences, unknownTerms, type Scored } from './evidence.ts';
import { eventsCompatible } from '../mentions.ts';
import { monthDay } from '../text/dates.ts';
import { placesIn } from '../text/places.ts';
import { nationKey, termKey } from '../text/stem.ts';
import { CUE_FORMS, EVENT_OF, PLAN_WORDS } from '../text/lexicon.ts';
import { unitClassOf } from '../text/numbers.ts';
import { oneLine } from '../source-ref.ts';
import { contentTerms } from '../analyze.ts';

export type AnswerStatus = 'answered' | 'disputed' | 'not_found';

export interface Citation {
  outlet: string;
  file: string;
  quote: string;
  speaker: string | null;
}

export interface Answer {
  question: string;
  status: AnswerStatus;
  answer: string;
  summary: string;
  citations: Citation[];
}

export const NOT_FOUND_ANSWER = "The coverage doesn't say.";

/** How much of a question the evidence must cover before it counts as an answer. */
const MIN_COVERAGE: Record<Question['kind'], number> = { who: 0.6, count: 0.5, when: 0.55, where: 0.5, what: 0.6 };

const SAY_FORMS = [...CUE_FORMS.keys()].join('|');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const cite = (s: Sentence): Citation => ({ outlet: s.outlet, file: s.file, quote: s.text, speaker: s.attribution?.display ?? null });

/** One citation per outlet, best first, at most `max`. */
function citationsFrom(sentences: Sentence[], max = 5): Citation[] {
  const seen = new Set<string>();
  const out: Citation[] = [];
  for (const s of sentences) {
    if (seen.has(s.outlet)) continue;
    seen.add(s.outlet);
    out.push(cite(s));
    if (out.length === max) break;
  }
  return out;
}

function notFound(q: Question, why: string): Answer {
  return { question: q.text, status: 'not_found', answer: NOT_FOUND_ANSWER, summary: why, citations: [] };
}

const outletList = (ss: Sentence[]) => [...new Set(ss.map((s) => s.outlet))].join(', ');

/** The role a source is given in the coverage: its name taken out of how outlets introduce it. */
function roleOf(q: Question, key: string, index: CorpusIndex): Answer | null {
  const display = index.speakers.info.get(key)?.display ?? '';
  const nameWords = new Set(display.toLowerCase().split(/\s+/));
  const roles = new Map<string, Sentence[]>();
  for (const id of index.bySpeaker.get(key) ?? []) {
    const s = index.sentences[id]!;
    for (const c of s.claims) {
      if (c.attribution.key !== key) continue;
      const role = c.attribution.surface
        .split(/\s+/)
        .filter((w) => !nameWords.has(w.toLowerCase()))
        .join(' ')
        .replace(/^(?:the|a|an)\s+/i, '');
      if (/\p{L}{3}/u.test(role)) roles.set(role, [...(roles.get(role) ?? []), s]);
    }
  }
  const best = [...roles.entries()].sort((a, b) => b[1].length - a[1].length || b[0].length - a[0].length)[0];
  return best ? answered(q, `${best[0]} ${display}`, best[1]) : null;
}

/** A short answer and the sentences that give it, each outlet cited once. */
function answered(q: Question, answer: string, sentences: Sentence[]): Answer {
  return { question: q.text, status: 'answered', answer, summary: `${answer}, as reported by ${outletList(sentences)}.`, citations: citationsFrom(sentences) };
}

function answerWho(q: Question, scored: Scored[], index: CorpusIndex): Answer | null {
  // "who confirmed/said/announced …" asks for a source; "who is the mayor …" for a person named with the role.
  // Any other verb ("who brokered the deal") asks for an agent the engine does not read: better no answer than a speaker.
  const identity = /^(?:who|whom)\s+(?:is|was|are|were)\b/i.test(q.text);
  if (!q.cue && !identity) return null;
  // "Who is Jane Roe?" asks for her role, as the coverage names it ("government spokesman Jane Roe").
  const named = identity ? questionSpeaker(index, q) : null;
  if (named) return roleOf(q, named, index);
  const cover = coverageOf(index, q);
  const hits: { s: Sentence; claim: Sentence['claims'][number]; coverage: number }[] = [];
  for (const x of scored) {
    if (x.coverage < MIN_COVERAGE.who) continue;
    for (const claim of x.sentence.claims) {
      if (identity && claim.attribution.kind !== 'person') continue;
      // A claim answers with the words that belong to it, not with another source's words in the same sentence.
      const coverage = identity ? x.coverage : cover(claim.terms);
      if (coverage < MIN_COVERAGE.who) continue;
      if (!q.numbers.every((n) => claim.terms.includes(`#${n}`))) continue;
      hits.push({ s: x.sentence, claim, coverage });
    }
  }
  if (!hits.length) return null;
  const groups = new Map<string, typeof hits>();
  for (const h of hits) groups.set(h.claim.attribution.key, [...(groups.get(h.claim.attribution.key) ?? []), h]);
  const score = (g: typeof hits) => {
    const bestByOutlet = new Map<string, number>();
    for (const h of g) {
      const v = h.coverage + (q.cue && h.claim.attribution.cue === q.cue ? 0.25 : 0) + (h.claim.attribution.kind === 'other' ? -0.2 : 0);
      bestByOutlet.set(h.s.outlet, Math.max(bestByOutlet.get(h.s.outlet) ?? 0, v));
    }
    return [...bestByOutlet.values()].reduce((a, b) => a + b, 0);
  };
  const [key, group] = [...groups.entries()].sort((a, b) => score(b[1]) - score(a[1]))[0]!;
  group.sort((a, b) => b.coverage - a.coverage);
  const who = index.speakers.info.get(key)?.display ?? group[0]!.claim.attribution.display;
  const sentences = group.map((g) => g.s);
  return {
    question: q.text,
    status: 'answered',
    answer: who,
    summary: `${who}, as reported by ${outletList(sentences)}: “${oneLine(sentences[0]!.text)}”`,
    citations: citationsFrom(sentences).map((c) => ({ ...c, speaker: who })),
  };
}

const GENERIC_UNITS = new Set(['people', 'persons', 'person', 'individuals']);

/** A bonus for a number that stands next to what the question asks about ("10% contained"). */
function nearness(s: Sentence, qq: Quantity, q: Question): number {
  const words = q.terms.filter((t) => !t.key.startsWith('#')).map((t) => t.word.toLowerCase().slice(0, 5));
  if (!words.length) return 0;
  const text = s.text.toLowerCase();
  const at = qq.span.start - s.span.start;
  let best = Infinity;
  for (const w of words) {
    for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) best = Math.min(best, Math.abs(i - at));
  }
  return best === Infinity ? 0 : 0.3 / (1 + best / 20);
}

interface CountHit {
  q: Quantity;
  s: Sentence;
  score: number;
}

function quantitySurface(s: Sentence, q: Quantity): string {
  const src = s.text;
  const off = s.span.start;
  return oneLine(src.slice(q.span.start - off, q.span.end - off));
}

function answerCount(q: Question, index: CorpusIndex, speaker: string | null): Answer | null {
  const min = MIN_COVERAGE.count;
  // What is counted and the event are checked on each number; the rest of the question is the context to cover.
  const unitKey = q.unitWord ? termKey(q.unitWord) : null;
  const checkedOnNumber = (w: string) => EVENT_OF.has(w) || (q.planned && PLAN_WORDS.has(w)) || (q.perParty && /^(?:sides?|party|parties)$/.test(w));
  const context: Question = { ...q, terms: q.terms.filter((t) => t.key !== unitKey && !checkedOnNumber(t.word.toLowerCase())) };
  const scored = scoreSentences(index, context, speaker, q.terms);
  const words = new Set(q.words.map((w) => nationKey(w.replace(/['’]s$/, ''))));
  const specific = q.unitWord !== null && !GENERIC_UNITS.has(q.unitWord.toLowerCase());
  const collect = (strictUnit: boolean): CountHit[] => {
    const hits: CountHit[] = [];
    for (const x of scored) {
      if (x.coverage < min) continue;
      for (const qq of x.sentence.quantities) {
        if (q.numbers.includes(qq.value)) continue; // the question's own number is not its answer
        if (q.unitClass === DURATION ? !TIME_UNITS.has(qq.unitClass ?? '') : q.unitClass && qq.unitClass !== q.unitClass) continue;
        if (!q.unitClass && !qq.unitClass) continue;
        // "How many died?" is answered by a number of deaths, not by a number that has no event at all.
        if (q.event && (!qq.event || !eventsCompatible(q.event, qq.event))) continue;
        const sameThing = [qq.unit ?? '', ...qq.modifiers].some((m) => m && termKey(m) === unitKey);
        // "how many soldiers": a number of captives or civilians does not answer it.
        if (strictUnit && !sameThing) continue;
        let score = x.coverage + nearness(x.sentence, qq, context);
        if ([qq.unit ?? '', ...qq.modifiers].some((m) => m && words.has(nationKey(m.replace(/['’]s$/, ''))))) score += 0.3;
        if (q.event && qq.event === q.event) score += 0.15;
        score *= q.planned === qq.planned ? 1.3 : 0.7;
        if (q.perParty && qq.perParty) score += 0.1;
        if (x.sentence.hedged) score *= 0.5;
        hits.push({ q: qq, s: x.sentence, score });
      }
    }
    return hits;
  };
  // A question naming what it counts ("how many journalists") is not answered by a count of something else.
  const hits = collect(specific);
  if (!hits.length) return noneReported(q, scored);
  const byValue = new Map<number, CountHit[]>();
  for (const h of hits) byValue.set(h.q.value, [...(byValue.get(h.q.value) ?? []), h]);
  const groupScore = (g: CountHit[]) => {
    const best = new Map<string, number>();
    for (const h of g) best.set(h.s.outlet, Math.max(best.get(h.s.outlet) ?? 0, h.score));
    return [...best.values()].reduce((a, b) => a + b, 0);
  };
  const ranked = [...byValue.entries()].sort((a, b) => groupScore(b[1]) - groupScore(a[1]));
  const [value, group] = ranked[0]!;
  group.sort((a, b) => b.score - a.score);

  // If the outlets disagree on this number, show every side.
  const conflict = index.conflicts.find((c) =>
    c.values.some((v) => v.value === value && unitClassOf(v.unit) === group[0]!.q.unitClass && v.sources.some((r) => group.some((h) => h.s.file === r.file && h.s.span.start === r.span.start))),
  );
  if (conflict?.kind === 'update') {
    // The figure changed from one day's coverage to the next: answer with the latest, and say what it was before.
    const latest = conflict.values[conflict.values.length - 1]!;
    const s = index.sentences.find((x) => x.file === latest.sources[0]!.file && x.span.start === latest.sources[0]!.span.start)!;
    const qq = s.quantities.find((x) => x.value === latest.value && x.unit === latest.unit) ?? s.quantities.find((x) => x.value === latest.value)!;
    const history = conflict.values.map((v) => `${v.value.toLocaleString('en-US')}${v.published ? ` (${v.published})` : ''}`).join(' → ');
    return {
      question: q.text,
      status: 'answered',
      answer: quantitySurface(s, qq),
      summary: `${quantitySurface(s, qq)}, the latest figure; it was updated over the coverage: ${history}.`,
      citations: conflict.values
        .slice()
        .reverse()
        .flatMap((v) => v.sources.map((r) => ({ outlet: r.outlet, file: r.file, quote: r.quote, speaker: r.speaker }))),
    };
  }
  if (conflict) {
    const sides = conflict.values.map((v) => {
      const s = index.sentences.find((x) => x.file === v.sources[0]!.file && x.span.start === v.sources[0]!.span.start)!;
      const qq = s.quantities.find((x) => x.value === v.value && x.unit === v.unit) ?? s.quantities.find((x) => x.value === v.value)!;
      return { text: `${quantitySurface(s, qq)} (${[...new Set(v.sources.map((r) => r.outlet))].join(', ')})`, sources: v.sources };
    });
    return {
      question: q.text,
      status: 'disputed',
      answer: sides.map((x) => x.text).join(' vs '),
      summary: `Outlets disagree on ${conflict.topic}: ${sides.map((x) => x.text).join('; ')}.`,
      citations: conflict.values.flatMap((v) => v.sources.map((r) => ({ outlet: r.outlet, file: r.file, quote: r.quote, speaker: r.speaker }))),
    };
  }
  const top = group[0]!;
  return answered(q, quantitySurface(top.s, top.q), [...new Set(group.map((h) => h.s))]);
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

function answerWhen(q: Question, scored: Scored[]): Answer | null {
  const hits = scored.filter((x) => x.coverage >= MIN_COVERAGE.when && x.sentence.dates.length > 0);
  // "The spokesman said Friday that …": that date is when it was said, not when the thing asked about happens.
  const saidOn = (s: Sentence, surface: string) => new RegExp(`\\b(?:${SAY_FORMS})\\s+(?:on\\s+)?${escape(surface)}`, 'i').test(s.text) && !q.cue;
  if (!hits.length) return null;
  const votes = new Map<string, { surface: string; sentences: Sentence[]; weight: number }>();
  for (const h of hits) {
    for (const d of h.sentence.dates) {
      if (saidOn(h.sentence, d.surface)) continue;
      const key = monthDay(d.key);
      const v = votes.get(key) ?? { surface: d.surface, sentences: [], weight: 0 };
      // Calendar dates beat "Friday" or "last week", which depend on when the article was written.
      v.weight += h.coverage * (key.startsWith('rel:') ? 0.4 : 1);
      v.sentences.push(h.sentence);
      votes.set(key, v);
    }
  }
  const best = [...votes.values()].sort((a, b) => b.weight - a.weight)[0];
  if (!best) return null;
  return answered(q, best.surface, best.sentences);
}

function answerWhere(q: Question, scored: Scored[]): Answer | null {
  const asked = new Set(q.words.map((w) => nationKey(w)));
  const votes = new Map<string, { surface: string; sentences: Sentence[]; weight: number }>();
  for (const h of scored) {
    if (h.coverage < MIN_COVERAGE.where) continue;
    for (const p of placesIn(h.sentence.text, 0, h.sentence.text.length)) {
      const key = p.text.toLowerCase().split(/\s+/).map(nationKey).join(' ');
      // A place the question already names is not the answer to "where".
      if (p.text.split(/\s+/).every((w) => asked.has(nationKey(w)))) continue;
      const v = votes.get(key) ?? { surface: p.text, sentences: [], weight: 0 };
      v.weight = Math.max(v.weight, h.coverage);
      if (!v.sentences.includes(h.sentence)) v.sentences.push(h.sentence);
      votes.set(key, v);
    }
  }
  // The sentence that best fits the question decides; more outlets naming the place break near ties.
  const rank = (v: { sentences: Sentence[]; weight: number }) => v.weight + 0.05 * new Set(v.sentences.map((s) => s.outlet)).size;
  const best = [...votes.values()].sort((a, b) => rank(b) - rank(a))[0];
  if (!best) return null;
  return answered(q, best.surface, best.sentences);
}

/** Content terms inside the quotation marks of a sentence. */
function quotedTerms(text: string): Set<string> {
  const quotes = [...text.matchAll(QUOTED)].map((m) => (m[1] ?? m[2])!);
  return new Set(contentTerms(quotes.join(' ').split(/[^\p{L}\p{N}'’-]+/u)));
}

const QUOTED = /[“"]([^”"]{3,})[”"“]|(?<![\p{L}])'([^']{6,})'(?![\p{L}])/gu;

/** The words in quotation marks of a sentence when they carry most of it, else the sentence itself. */
function quotedContent(text: string): string {
  const quotes = [...text.matchAll(QUOTED)].map((m) => (m[1] ?? m[2])!);
  const quoted = quotes.join(' … ');
  // A scare-quoted phrase ("a 'sustainable' deal") is not what was said; the sentence is.
  return oneLine(quotes.length && quoted.length >= text.length * 0.4 ? quoted : text);
}

function answerWhat(q: Question, scored: Scored[], speaker: string | null): Answer | null {
  // "What did X say" about someone the coverage never quotes: other sentences that merely mention X are no answer.
  if (!speaker && q.cue && q.names.length) return null;
  let hits = scored.filter((x) => x.coverage >= MIN_COVERAGE.what);
  if (speaker) {
    const own = scored.filter((x) => x.sentence.attribution?.key === speaker);
    const quoted = new Map(own.map((x) => [x.sentence.id, quotedTerms(x.sentence.text)]));
    // What a source said: the words in quotation marks that other outlets print too come first.
    const corroboration = (s: Sentence) => {
      const mine = quoted.get(s.id)!;
      return new Set(own.filter((o) => o.sentence.outlet !== s.outlet && [...quoted.get(o.sentence.id)!].filter((t) => mine.has(t)).length >= 2).map((o) => o.sentence.outlet)).size;
    };
    hits = own
      .filter((x) => x.coverage >= MIN_COVERAGE.what)
      .map((x) => ({ ...x, coverage: x.coverage * 0.5 + corroboration(x.sentence) * 0.4 + (quoted.get(x.sentence.id)!.size >= 2 ? 0.3 : 0) }))
      .sort((a, b) => b.coverage - a.coverage || a.sentence.id - b.sentence.id);
  }
  if (!hits.length) return null;
  const top = hits[0]!.sentence;
  const sentences = hits.map((h) => h.sentence);
  const others = citationsFrom(sentences.slice(1), 2).filter((c) => c.outlet !== top.outlet).map((c) => `“${quotedContent(c.quote)}” (${c.outlet})`);
  const who = top.attribution?.display;
  return {
    question: q.text,
    status: 'answered',
    answer: quotedContent(top.text),
    summary: `${who ? `${who}, per ${top.outlet}` : top.outlet}: “${quotedContent(top.text)}”${others.length ? `; also ${others.join('; ')}` : ''}.`,
    citations: citationsFrom(sentences),
  };
}

/** Answers one question from the index. Pure and fast: the index holds everything already read. */
export function ask(index: CorpusIndex, raw: string): Answer {
  const q = parseQuestion(raw);
  if (!q.text) return notFound(q, 'The question is empty.');
  if (!q.terms.length) return notFound(q, 'The question names nothing the coverage could be searched for.');
  const speaker = questionSpeaker(index, q);
  const missing = unknownTerms(index, q, speaker);
  if (missing.length) return notFound(q, `The coverage never mentions ${missing.map((m) => `“${m}”`).join(', ')}.`);
  const scored = scoreSentences(index, q, speaker);
  const answer =
    q.kind === 'who'
      ? answerWho(q, scored, index)
      : q.kind === 'count'
        ? answerCount(q, index, speaker)
        : q.kind === 'when'
          ? answerWhen(q, scored)
          : q.kind === 'where'
            ? answerWhere(q, scored)
            : answerWhat(q, scored, speaker);
  return answer ?? notFound(q, `No sentence in the coverage answers this ${q.kind === 'count' ? 'count' : q.kind} question.`);
}
