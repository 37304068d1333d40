/**
 * An answer read from one sentence may be one side of a disagreement the digest found across outlets (a time, a
 * distance, a share, a count written in other words): the reader must see every side, not the one the question's
 * wording happened to match best.
 */
import type { CorpusIndex } from '../corpus-index.ts';
import type { Conflict, Sentence } from '../types.ts';
import type { Answer } from './answer-types.ts';
import { oneLine } from '../source-ref.ts';
import { ASKS_POPULATION, sideOutlets, sidesCitations } from './answer-common.ts';
import { lemma } from '../text/tokens.ts';
import { MONTHS, WEEKDAYS } from '../text/lexicon.ts';
import { timeSpans } from './spans.ts';
import { namesInQuestion } from './typed-candidates.ts';
import { minusSignLength } from '../text/numbers.ts';
import { momentsNamed, populationAt } from '../slot-values.ts';
import { forOthers } from './beneficiary.ts';
import { WEEKDAY_INDEX, WEEKDAY_WORD, momentOf } from '../updates.ts';
import { IdListsBuilder, type IdListsByKey } from '../id-lists.ts';

/** Each article's sentence ids in order, by file, built once per index: a source's sentence is found by its offset. */
const idsByFile = new WeakMap<CorpusIndex, IdListsByKey<string>>();

/** The id of the sentence of `file` starting at `start`, or -1. */
function sentenceIdAt(index: CorpusIndex, file: string, start: number): number {
  let byFile = idsByFile.get(index);
  if (!byFile) {
    const lists = new IdListsBuilder<string>();
    for (const s of index.sentences) lists.add(s.file, s.id);
    idsByFile.set(index, (byFile = lists.done()));
  }
  const ids = byFile.get(file);
  if (!ids) return -1;
  // An article's sentences follow one another through its text.
  let lo = 0;
  let hi = ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = index.sentences[ids[mid]!]!.span.start;
    if (at === start) return ids[mid]!;
    if (at < start) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The sentence a disagreement's source quotes. */
export function sentenceAt(index: CorpusIndex, ref: { file: string; span: { start: number } }): Sentence | undefined {
  const id = sentenceIdAt(index, ref.file, ref.span.start);
  return id < 0 ? undefined : index.sentences[id];
}

/**
 * For each sentence a disagreement quotes, by id, the conflicts and sides quoting it as pairs
 * [conflict, side, conflict, side, …]: built once per index, so a question finds the disagreements its evidence is a
 * side of without reading every side's sources.
 */
const quotedIn = new WeakMap<CorpusIndex, IdListsByKey<number>>();

export function conflictsQuoting(index: CorpusIndex): IdListsByKey<number> {
  let lists = quotedIn.get(index);
  if (!lists) {
    const pairs = new IdListsBuilder<number>();
    // The pair last added for each sentence: a side quoting one sentence twice is listed once.
    const last = new Int32Array(2 * index.sentences.length).fill(-1);
    for (const [i, c] of index.conflicts.entries()) {
      for (const [j, v] of c.values.entries()) {
        for (const r of v.sources) {
          const id = sentenceIdAt(index, r.file, r.span.start);
          if (id < 0 || (last[2 * id] === i && last[2 * id + 1] === j)) continue;
          last[2 * id] = i;
          last[2 * id + 1] = j;
          pairs.add(id, i);
          pairs.add(id, j);
        }
      }
    }
    quotedIn.set(index, (lists = pairs.done()));
  }
  return lists;
}

/** The numbers an answer states, thousands separators dropped: "some 290 kilometres" → [290]. */
function numbersIn(text: string): number[] {
  return [...text.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) => Number(m[0].replace(/,/g, '')));
}

/** How one side reads: its value as written when the conflict kept it, else the number with its noun in its sentence. */
function sideText(v: Conflict['values'][number], sentence: Sentence | undefined): string {
  if (v.label) return oneLine(v.label);
  const written = sentence?.quantities.find((q) => q.value === v.value);
  if (!written || !sentence) return `${v.value.toLocaleString('en-US')}${v.unit ? ` ${v.unit}` : ''}`;
  const start = written.span.start - sentence.span.start;
  return oneLine(sentence.text.slice(start - minusSignLength(sentence.text, start, written.unit ?? ''), written.span.end - sentence.span.start));
}

/** Whether a side gives the answer's value: its label is in the answer, or its number is. */
function givesAnswer(v: Conflict['values'][number], answer: string): boolean {
  if (v.label && answer.includes(oneLine(v.label))) return true;
  // A count's label adds its bound ("at least 40 people"), so its number is what an answer states; a time's label
  // ("8:58 a.m.") is its value.
  const time = !!v.label && /\d[:.]\d/.test(v.label);
  return !time && numbersIn(answer).includes(v.value);
}

/**
 * The disagreements by each source's quote, as pairs [article, disagreement, …] in the index's order, built once per
 * index: an answer's few citations lead to the disagreements they can be a side of, instead of every disagreement's
 * every source being compared at every question. (A map of quotes per file was a map for each of 10,000 articles.)
 */
const disagreementsBySource = new WeakMap<CorpusIndex, IdListsByKey<string>>();

function disagreementsOf(index: CorpusIndex): IdListsByKey<string> {
  let byQuote = disagreementsBySource.get(index);
  if (byQuote) return byQuote;
  const articleOf = new Map(index.articles.map((a, k) => [a.file, k]));
  const pairs = new IdListsBuilder<string>();
  index.conflicts.forEach((c, i) => {
    if (c.kind !== 'disagreement') return;
    for (const v of c.values) {
      for (const r of v.sources) {
        // A citation is always of an article's sentence: a source of no article is no citation's.
        const article = articleOf.get(r.file);
        if (article === undefined) continue;
        pairs.add(r.quote, article);
        pairs.add(r.quote, i);
      }
    }
  });
  disagreementsBySource.set(index, (byQuote = pairs.done()));
  return byQuote;
}

/** The disagreements (by number) with a source quoting `quote` from `file`, from disagreementsOf. */
function quotedFrom(index: CorpusIndex, byQuote: IdListsByKey<string>, file: string, quote: string): number[] {
  const pairs = byQuote.get(quote);
  const out: number[] = [];
  if (pairs) for (let k = 0; k < pairs.length; k += 2) if (index.articles[pairs[k]!]!.file === file) out.push(pairs[k + 1]!);
  return out;
}

/** The topic the digest gives a disagreement over who said some quoted words. */
const SPEAKER_TOPIC = /^who said /;

/** The disputed form of an answer when the sentence it quotes is one side of a disagreement on the answer's value. */

export function disputedByDigest(index: CorpusIndex, a: Answer, want: string): Answer | null {
  if (a.status !== 'answered') return null;
  // A date's day ("Nov. 2") is no count: a disagreement of another kind of value than the one asked is not its.
  // A speaker asked for is disputed by outlets putting the answer's quoted words in other mouths, nothing else.
  // A place is disputed only by a disagreement over a place, and nothing else by one.
  const ofKind = (c: Conflict) => {
    if (want === 'person') return SPEAKER_TOPIC.test(c.topic);
    const kind = kindOf(c);
    if (kind === 'place' || want === 'place') return kind === want;
    return !KINDS.has(want) || want === 'count' || kind === want || (want === 'year' && kind === 'date');
  };
  const bySource = disagreementsOf(index);
  const cited = (r: { file: string; quote: string }) => a.citations.some((c) => c.file === r.file && c.quote === r.quote);
  // Only a disagreement one of the citations is a source of can be it; the first of them in the index's order wins.
  const reached = [...new Set(a.citations.flatMap((c) => quotedFrom(index, bySource, c.file, c.quote)))].sort((x, y) => x - y).map((i) => index.conflicts[i]!);
  const named = namesInQuestion(a.question);
  // "How many had the Relief Office recorded …?": when the answer's source is named in the question, a side no source of which
  // names that source is someone else's figure.
  const source = a.citations[0]?.speaker?.toLowerCase() ?? '';
  const held = [...named].filter((n) => source.includes(n));
  const naming = (c: Conflict) => c.values.every((v) => v.sources.some((r) => held.every((n) => r.quote.toLowerCase().includes(n))));
  const ofDay = ofAskedDay(index, a.question);
  const ofMoment = ofAskedMoment(a.question);
  // "How old is the owner of Joe's Garage?": a disagreement over one person's age is of the asked one when the
  // answer's own sentence names, with that person, every name the question gives ("Ivo Roe, the 73-year-old owner of
  // Joe's Garage").
  const answerText = a.citations.map((c) => c.quote.toLowerCase()).join(' ');
  const heldBy = (c: Conflict) => !!c.of && answerText.includes(c.of.toLowerCase()) && [...named].every((n) => answerText.includes(n));
  const conflict = reached.find((c) => ofKind(c) && c.values.some((v) => givesAnswer(v, a.answer) && v.sources.some(cited)) && (ofTheAsked(index, c, named) || heldBy(c)) && naming(c) && ofDay(c) && ofMoment(c) && forTheAsked(index, c, named));
  return conflict ? allSides(index, a.question, conflict) : null;
}

/**
 * "How many backed Roe?": a side given only as someone else's figure in a sentence that gives Roe's ("40 had declared
 * for him, against at least 90 for Roe") is not a side of Roe's; a disagreement left with one side is none.
 */
export function forTheAsked(index: CorpusIndex, c: Conflict, named: Set<string>): boolean {
  if (!named.size) return true;
  const ofAsked = (v: Conflict['values'][number]) =>
    v.sources.some((r) => {
      const s = sentenceAt(index, r);
      if (!s) return true;
      const others = forOthers(s, named);
      return s.quantities.some((qq, n) => qq.value === v.value && !others[n]) || !s.quantities.some((qq) => qq.value === v.value);
    });
  return c.values.filter(ofAsked).length >= 2;
}

/**
 * "How many had declared by Sunday night?": a tally asked at a moment is disputed only by two figures of that day
 * (the day a sentence names, else the day its article came out); figures of other days are the tally at other moments.
 * Not so a time of day, which the slot conflicts already keep to one day's event.
 */
export function ofAskedDay(index: CorpusIndex, question: string): (c: Conflict) => boolean {
  const days = [...new Set((question.match(WEEKDAY_WORD) ?? []).map((d) => d.toLowerCase()))];
  if (days.length !== 1) return () => true;
  const day = WEEKDAY_INDEX.indexOf(days[0]!);
  const onDay = (r: { file: string; span: { start: number } }) => {
    const s = sentenceAt(index, r);
    return !!s && momentOf(s, r.span.start - s.span.start) === day;
  };
  // A time of day is when one thing happened, whichever day a sentence names: "the dive began at 8 a.m." and "began
  // its descent at 9 a.m. on Sunday" disagree, though only one says Sunday.
  return (c) => kindOf(c) === 'time' || c.values.filter((v) => v.sources.some(onDay)).length >= 2;
}

/**
 * "By how much were Velco shares down at Friday's close?": a share's move asked at a moment of the trading day is
 * disputed only by two sides read at that moment; "9% lower by mid-afternoon" is the price at another hour.
 */
export function ofAskedMoment(question: string): (c: Conflict) => boolean {
  const asked = momentsNamed(question);
  if (asked.size !== 1) return () => true;
  const [m] = asked;
  return (c) => c.values.filter((v) => v.sources.some((r) => momentsNamed(r.quote).has(m!))).length >= 2;
}

/**
 * "How many seats did the Greens get?" is not disputed by a disagreement over the Forward party's seats, however the
 * answer's sentence came to be one of its sides: a disagreement scoped by names ("seats (seats Forward)", of "Brandl")
 * that the question does not name is the question's only when a side's sentence names what the question names. (A
 * topic's words are read from its sentences, so a name there need not be whose the figure is: "Oskby is to free 33
 * hostages in return for 2,000 prisoners" gives a disagreement over prisoners "(Oskby)" that is Westmark's too.)
 */
export function ofTheAsked(index: CorpusIndex, c: Conflict, named: Set<string>): boolean {
  if (!named.size) return true;
  if (c.of) return named.has(c.of.toLowerCase());
  // A day or a month in the topic ("time (Saturday ship)") says when, not whose; a place says where, which sets the
  // disagreement apart only from a question that names a place ("time (Tarn Bay)" is the launch asked of Velco's rocket).
  // (A name the coverage never writes may be a place for all it knows.)
  const namesPlace = namesAPlace(index, named);
  const placeWord = (w: string) => !namesPlace && mostlyPlace(index, w.toLowerCase());
  const scope = (/\(([^)]*)\)/.exec(c.topic)?.[1] ?? '').split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) && !WEEKDAYS.has(w.toLowerCase()) && !(w.toLowerCase() in MONTHS) && !placeWord(w));
  if (!scope.length || scope.some((w) => named.has(w.replace(/['’]s?$/, '').toLowerCase()))) return true;
  for (const n of named) if (quotesName(c, n)) return true;
  return false;
}

/** Per index and question's names, whether they name a place: read once, not once per disagreement tried. */
const placeNamed = new WeakMap<CorpusIndex, WeakMap<Set<string>, boolean>>();

function namesAPlace(index: CorpusIndex, named: Set<string>): boolean {
  let byNames = placeNamed.get(index);
  if (!byNames) placeNamed.set(index, (byNames = new WeakMap()));
  let yes = byNames.get(named);
  if (yes === undefined) byNames.set(named, (yes = [...named].some((n) => n.split(/\s+/).some((w) => mostlyPlace(index, w) || !index.nameFrequency.has(w)))));
  return yes;
}

const placeUses = new WeakMap<CorpusIndex, Map<string, number>>();

/**
 * Whether the coverage writes a (lower-cased) word as part of a place in at least half the sentences naming it: "the
 * Velco upper stage", once read as a place, does not make the rocket a place.
 */
function mostlyPlace(index: CorpusIndex, word: string): boolean {
  let uses = placeUses.get(index);
  if (!uses) {
    placeUses.set(index, (uses = new Map()));
    for (const s of index.sentences) for (const w of new Set(s.places.flatMap((p) => p.toLowerCase().split(/\s+/)))) uses.set(w, (uses.get(w) ?? 0) + 1);
  }
  const n = uses.get(word) ?? 0;
  return n > 0 && 2 * n >= (index.nameFrequency.get(word) ?? 0);
}

/** Per disagreement, which names its quotes were found to hold: its sides quote thousands of sentences at 10,000 articles. */
const quotedNames = new WeakMap<Conflict, Map<string, boolean>>();

/** Whether any sentence a side of the disagreement quotes holds the (lower-cased) name. */
function quotesName(c: Conflict, n: string): boolean {
  let known = quotedNames.get(c);
  if (!known) quotedNames.set(c, (known = new Map()));
  let has = known.get(n);
  if (has === undefined) {
    has = c.values.some((v) => v.sources.some((r) => r.quote.toLowerCase().includes(n)));
    known.set(n, has);
  }
  return has;
}

/** A disagreement as an answer: every side with its outlets, every quote behind it. */
function allSides(index: CorpusIndex, question: string, conflict: Conflict): Answer {
  const sides = conflict.values.map((v) => `${sideText(v, sentenceAt(index, v.sources[0]!))} (${sideOutlets(v)})`);
  return {
    question,
    status: 'disputed',
    answer: sides.join(' vs '),
    summary: `Outlets disagree on ${conflict.topic}: ${sides.join('; ')}.`,
    citations: sidesCitations(conflict.values),
  };
}

/**
 * What kind of value a disagreement is about, read from its sides: a distance and a share by their unit, a time, an
 * age or a date by the topic slot-conflicts.ts gives them ("time (red alert)"), else a count.
 */
function kindOf(c: Conflict): 'time' | 'distance' | 'percent' | 'age' | 'date' | 'count' | 'place' {
  if (PLACE_TOPIC.test(c.topic)) return 'place';
  const v = c.values[0]!;
  if (v.unit === 'km') return 'distance';
  if (v.unit === 'percent') return 'percent';
  const slot = /^(time|age|date)\b/.exec(c.topic)?.[1];
  return slot === 'time' || slot === 'age' || slot === 'date' ? slot : 'count';
}

type Kind = ReturnType<typeof kindOf>;
const KINDS = new Set<string>(['time', 'distance', 'percent', 'age', 'date', 'count', 'place']);
const PLACE_TOPIC = /^place(?: \(|$)/;

/**
 * When no single answer holds, a disagreement the digest found is the answer if the question fits its sentences (see
 * `tied`) and it is the only such disagreement of the wanted kind.
 */
export function disputeForQuestion(index: CorpusIndex, question: string, want: string, unitWord: string | null, fitting: Sentence[]): Answer | null {
  if (!KINDS.has(want)) return null;
  const kind = want as Kind;
  const fits = new Set(fitting.map((s) => `${s.file}|${s.span.start}`));
  // "How many children": a disagreement over how many people died does not answer it.
  const counts = (c: Conflict) => kind !== 'count' || (!!unitWord && c.values.some((v) => v.unit && lemma(v.unit) === lemma(unitWord)));
  // Two sides that fit tie the disagreement to the question; one does only when its sentence gives no other value of
  // the kind ("a red alert at 7am, yet it was 8.03pm before the message reached phones" fits either time).
  const tied = (c: Conflict) => {
    const sides = c.values.filter((v) => v.sources.some((r) => fits.has(`${r.file}|${r.span.start}`)));
    if (sides.length >= 2) return true;
    const ref = sides[0]?.sources.find((r) => fits.has(`${r.file}|${r.span.start}`));
    const s = ref ? sentenceAt(index, ref) : undefined;
    return !!s && valuesOfKind(s, kind, c) === 1;
  };
  // One person's age or one company's share does not answer a question that names someone else and not them.
  const named = namesInQuestion(question);
  const whose = (c: Conflict) => ofTheAsked(index, c, named);
  const ofDay = ofAskedDay(index, question);
  const ofMoment = ofAskedMoment(question);
  // Only a disagreement with a side quoting a fitting sentence can be tied to the question: those are found from the
  // fitting sentences, in the index's order, rather than by reading every side's sources of every disagreement.
  const quoting = conflictsQuoting(index);
  const reached = new Set<number>();
  for (const s of fitting) {
    const pairs = quoting.get(s.id) ?? [];
    for (let k = 0; k < pairs.length; k += 2) reached.add(pairs[k]!);
  }
  // "a village of about 4,700 people" tells how many live there: it answers only a question about that.
  const population = (c: Conflict) => !ASKS_POPULATION.test(question) && c.values.every((v) => v.sources.every((r) => givesPopulation(index, r, v.value)));
  const found = [...reached]
    .sort((a, b) => a - b)
    .map((i) => index.conflicts[i]!)
    .filter((c) => c.kind === 'disagreement' && kindOf(c) === kind && counts(c) && whose(c) && tied(c) && !population(c) && ofDay(c) && ofMoment(c));
  return found.length === 1 ? allSides(index, question, found[0]!) : null;
}

/** Whether a side's sentence gives its value as a place's population ("a village of about 4,700 people"). */
function givesPopulation(index: CorpusIndex, r: { file: string; span: { start: number } }, value: number): boolean {
  const s = sentenceAt(index, r);
  const q = s?.quantities.find((x) => x.value === value);
  return !!s && !!q && populationAt(s.text, q.span.start - s.span.start);
}

/** How many values of a disagreement's kind one sentence gives: times of day, or counts of its noun. */
function valuesOfKind(s: Sentence, kind: Kind, c: Conflict): number {
  if (kind === 'time') return timeSpans(s.text).length;
  const unit = c.values.find((v) => v.unit)?.unit;
  return s.quantities.filter((q) => (unit ? q.unit !== null && lemma(q.unit) === lemma(unit) : true)).length;
}

