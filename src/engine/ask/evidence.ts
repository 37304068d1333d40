/**
 * Finds the sentences that back an answer: IDF-weighted coverage of the question's terms, with a named speaker's
 * name satisfied by attribution. Works on the index only; no article is read again.
 */
import type { Sentence } from '../types.ts';
import type { CorpusIndex } from '../corpus-index.ts';
import type { Question } from './question.ts';
import { nationKey, termKey } from '../text/stem.ts';
import { CUE_FORMS, STOPWORDS } from '../text/lexicon.ts';
import { RUNNING_EVENTS, WEEKDAY_INDEX, weekdayOf } from '../updates.ts';
import { IdListsBuilder, type IdListsByKey } from '../id-lists.ts';

export interface Scored {
  sentence: Sentence;
  /** Share of the question's required weight the sentence covers (generic words present can push it past 1). */
  coverage: number;
}

interface SpeakerNames {
  /** Each speaker key, in the table's order. */
  keys: string[];
  /** The parts of each key's name, split when a question first weighs that speaker. */
  parts: (string[] | undefined)[];
  /** Positions in `keys` of the speakers a word can name: a part of the name, or a person's whole key body. */
  byWord: IdListsByKey<string>;
}
const namesCache = new WeakMap<CorpusIndex, SpeakerNames>();

/**
 * The speakers' names indexed by word once per index rather than scanned at every question. A name's parts are split
 * only for the speakers a question's words lead to: split for all of them up front, they were most of this.
 */
function speakerNames(index: CorpusIndex): SpeakerNames {
  let names = namesCache.get(index);
  if (!names) {
    const keys = [...index.speakers.info.keys()];
    const byWord = new IdListsBuilder<string>();
    keys.forEach((key, i) => {
      if (key.startsWith('p:')) byWord.add(key.slice(2), i);
      // Each word once per speaker, however often its name repeats it.
      else for (const p of new Set(key.slice(2).split('|'))) byWord.add(p, i);
    });
    namesCache.set(index, (names = { keys, parts: new Array(keys.length), byWord: byWord.done() }));
  }
  return names;
}

const AFTER_LOCATIVE = /^(?:in|at|around|near|off|across|outside|inside|from|into|towards?)$/;

/** The speaker a question names ("what did the Norwegian defense ministry say"), as a canonical key, or null. */
export function questionSpeaker(index: CorpusIndex, q: Question): string | null {
  // Words that only describe ("Besides Israeli, …", "which Thai newspaper") name no speaker.
  const described = new Set(q.terms.filter((t) => t.generic).map((t) => t.word.toLowerCase()));
  // "the fire around Tarnby": a name after a locative is where something is, not who speaks.
  const placed = (i: number) => AFTER_LOCATIVE.test(q.words[i - 1] ?? '');
  const words = new Set(q.words.filter((w, i) => !described.has(w) && !placed(i)).map((w) => w.replace(/['’]s$/, '')));
  // "did Tarnaid say …", "according to Tarnaid": of two names that could be sources, the one the question has speak.
  const speaking = new Set(q.words.flatMap((w, i) => (CUE_FORMS.has(q.words[i + 1] ?? '') || (q.words[i - 1] === 'to' && q.words[i - 2] === 'according') ? [w.replace(/['’]s$/, ''), nationKey(w)] : [])));
  // A name spelled as any outlet spells it ("Kowalskyy" or "Kowalsky") leads to the one canonical source.
  const lookup = (key: string) => {
    const k = index.speakers.canonical.get(key);
    return k && index.speakers.info.has(k) ? k : null;
  };
  for (const w of words) {
    const key = speaking.has(w) ? (lookup(`p:${w}`) ?? lookup(`x:${w}`) ?? lookup(`x:${nationKey(w)}`)) : null;
    if (key) return key;
  }
  for (const w of words) {
    const key = lookup(`p:${w}`) ?? lookup(`x:${w}`);
    if (key) return key;
  }
  const nations = new Set([...words].map(nationKey));
  const { keys, parts: split, byWord } = speakerNames(index);
  // Only a speaker one of the question's words names can score; they are weighed in the table's order, as a scan would.
  const named = new Set<number>();
  for (const w of [...words, ...nations]) for (const i of byWord.get(w) ?? []) named.add(i);
  let best: { key: string; hits: number } | null = null;
  for (const i of [...named].sort((a, b) => a - b)) {
    const key = keys[i]!;
    const parts = (split[i] ??= key.slice(2).split('|'));
    const body = key.slice(2);
    let hits = 0;
    if (key.startsWith('p:')) hits = words.has(body) ? 2 : 0;
    else {
      const found = parts.filter((p) => words.has(p) || nations.has(p)).length;
      // A body needs most of its name: "defense ministry" names a ministry, "ministry" alone does not.
      hits = found >= Math.min(2, parts.length) && found >= parts.length - 1 ? found : 0;
    }
    if (hits > 0 && parts.some((p) => speaking.has(p))) hits += 0.5;
    if (hits > 0 && (!best || hits > best.hits)) best = { key, hits };
  }
  return best?.key ?? null;
}

/** Question terms that a speaker's name accounts for, so its sentences are not asked to repeat the name. */
function speakerTerms(index: CorpusIndex, key: string, q: Question): Set<string> {
  const display = index.speakers.info.get(key)?.display ?? '';
  const body = [...key.slice(2).split('|'), ...display.toLowerCase().split(/\s+/).map((w) => w.replace(/['’]s$/, ''))];
  const out = new Set<string>();
  for (const t of q.terms) {
    const w = t.word.toLowerCase().replace(/['’]s$/, '');
    if (body.includes(w) || body.includes(nationKey(w))) out.add(t.key);
  }
  return out;
}

/** A function giving the share of the question's weight a set of terms covers. */
export function coverageOf(index: CorpusIndex, q: Question): (terms: readonly string[]) => number {
  const generic = new Set(q.terms.filter((t) => t.generic).map((t) => t.key));
  const weights = q.terms.map((t) => ({ key: t.key, w: index.stats.idf(t.key) * (t.key.startsWith('#') ? 1.5 : t.generic ? 0.3 : 1) * (t.scale ?? 1) }));
  const total = weights.filter((x) => !generic.has(x.key)).reduce((a, b) => a + b.w, 0);
  // A question's few terms looked up in the sentence's list: no set is built per claim of every evidence sentence.
  return (terms) => {
    let got = 0;
    for (const { key, w } of weights) if (terms.includes(key)) got += w;
    return total === 0 ? 1 : got / total;
  };
}

/**
 * What the sentences around a sentence lend it, kept as lists of ids only: a set of names per sentence pointing back
 * was most of this, tens of megabytes at 10,000 articles.
 */
interface SentenceContext {
  /** For each sentence whose definite noun or pronoun subject points back ("The home had …"), the sentence it points to; else -1. */
  antecedent: Int32Array;
  /** For each name carried, the sentences it is carried into, ascending: "She had been held since …" is found by her name. */
  carriedInto: IdListsByKey<string>;
  /** The sentences whose main source is each speaker, by key. */
  attributedTo: IdListsByKey<string>;
}
const contextCache = new WeakMap<CorpusIndex, SentenceContext>();

/**
 * The names a sentence opening with a pronoun points back to ("Lee was taken to hospital. He suffered a broken
 * shoulder."): the capitalised words of the sentence before, in the same article. Read once per index, with each
 * sentence's speaker beside it, so scoring reads two arrays rather than every candidate sentence's object.
 */
function sentenceContext(index: CorpusIndex): SentenceContext {
  let context = contextCache.get(index);
  if (!context) {
    // What each of the last few sentences carries (a sentence points back at most ANTECEDENT_REACH sentences), each
    // put in `into` as it is made: a set kept for every sentence was a hundred megabytes at the first question.
    const recent: (Set<string> | null)[] = new Array(4).fill(null);
    const carriedAt = (k: number) => recent[k & 3] ?? null;
    const into = new IdListsBuilder<string>();
    const antecedents = new Map<number, number>();
    // "Programmes had been due …" names nothing: an opening word is a name only where the coverage also names it
    // inside a sentence.
    const opens = (s: Sentence, n: string) => s.text.length >= n.length && s.text.slice(0, n.length).toLowerCase() === n;
    const inner = new Set<string>();
    for (const s of index.sentences) for (const n of s.names) if (!opens(s, n)) inner.add(n);
    const namesSomething = index.sentences.map((s) => s.names.some((n) => !STOPWORDS.has(n) && (inner.has(n) || !opens(s, n))));
    for (const [i, s] of index.sentences.entries()) {
      const prev = index.sentences[i - 1];
      // "… his Green party. The party called the deal …": a definite noun the sentence before used points back; a
      // sentence naming no one ("By the afternoon the force had …", "The resignations take effect …") leans on it too.
      const definite = /^(?:The|This|That|These|Those)\s+([a-z][a-z-]+)/.exec(s.text);
      // "Nordline accounted for 310 of them", "They were trapped in …": who or what they are, where and when, the
      // sentence before said; all its words carry. (Only these openers: "It …" and "The …" lean on it less surely.)
      const partOf = /\b(?:of|among) (?:them|those|these)\b/.test(s.text);
      const prevUses = !!definite && new RegExp(`\\b${definite[1]}\\b`, 'i').test(prev?.text ?? '');
      const points = partOf || /^(?:He|She|They|His|Her|Their|It|Its)\b/.test(s.text) || !namesSomething[i] || prevUses;
      // A sentence pointing back to one that itself points back reaches the names that one reached.
      // "The train left the rails … It was running from Tarnby to Oskby": "it" is the thing the sentence before opened with.
      // (Its first two words: "the freight train left" carries "freight" and "train".)
      const opening = /^(?:It|Its)\b/.test(s.text) ? /^(?:The|This|That)\s+([a-z][a-z-]+)(?:\s+([a-z][a-z-]+))?/.exec(prev?.text ?? '') : null;
      const thing = opening ? [opening[1]!, opening[2]].filter((w): w is string => !!w && !STOPWORDS.has(w)).map((w) => termKey(w)) : [];
      const set = prev && prev.file === s.file && points ? new Set([...prev.names.map((n) => termKey(n.replace(/['’]s$/, ''))), ...(partOf || /^(?:He|She|They)\b/.test(s.text) ? prev.terms : []), ...thing, ...(i > 0 ? (carriedAt(i - 1) ?? []) : [])]) : null;
      // "… a care home in Oskby … The water rose. The home had 80 residents": in a sentence naming nothing, a definite
      // noun the sentence before does not use points to the last sentence that did, a little further back.
      const named = definite && !namesSomething[i] && !prevUses ? antecedent(index, i, definite[1]!) : -1;
      if (named >= 0) antecedents.set(i, named);
      else if (prev && prev.file === s.file && (/^(?:He|She|They|It)\b/.test(s.text) || prevUses)) antecedents.set(i, i - 1);
      // "the company said it had sent …", "the security firm released …": a body the article named before.
      const body = !set && BODY_BY_KIND.test(s.text) ? nearestNaming(index, i) : -1;
      let names: Set<string> | null;
      if (named >= 0) names = new Set([...(set ?? []), ...index.sentences[named]!.names.map((n) => termKey(n.replace(/['’]s$/, ''))), ...modifiersOf(index.sentences[named]!.text, definite![1]!), ...(carriedAt(named) ?? [])]);
      else if (body >= 0) names = new Set(index.sentences[body]!.names.map((n) => termKey(n.replace(/['’]s$/, ''))));
      else names = set;
      recent[i & 3] = names;
      if (names) for (const n of names) into.add(n, i);
    }
    const attributedTo = new IdListsBuilder<string>();
    for (const s of index.sentences) {
      const key = s.attribution?.key;
      if (key !== undefined) attributedTo.add(key, s.id);
    }
    const pointsTo = new Int32Array(index.sentences.length).fill(-1);
    for (const [id, to] of antecedents) pointsTo[id] = to;
    contextCache.set(index, (context = { antecedent: pointsTo, carriedInto: into.done(), attributedTo: attributedTo.done() }));
  }
  return context;
}

/** The sentence a sentence's subject points back to ("The home had 80 residents" → "… a care home in Oskby"), if any. */
export function antecedentOf(index: CorpusIndex, s: Sentence): Sentence | null {
  const id = sentenceContext(index).antecedent[s.id]!;
  return id < 0 ? null : index.sentences[id]!;
}

/** "the company", "the security firm": a body named by its kind, as an article names again the one it spoke of. */
const BODY_BY_KIND = /\bthe\s+(?:[a-z-]+\s+){0,2}(?:company|firm)\b/i;

/** The id of the nearest earlier sentence of the same article, within reach, that names something, or -1. */
function nearestNaming(index: CorpusIndex, id: number): number {
  const file = index.sentences[id]!.file;
  for (let k = id - 1; k >= Math.max(0, id - ANTECEDENT_REACH) && index.sentences[k]!.file === file; k--) if (index.sentences[k]!.names.length) return k;
  return -1;
}

/** How far back (in sentences of the same article) a definite noun may point. */
const ANTECEDENT_REACH = 3;

/** "a nursing home": the words that said which one the noun was, where it was first named, as match keys. */
function modifiersOf(text: string, noun: string): string[] {
  const m = new RegExp(`((?:[a-z][a-z-]+\\s+){1,2})${noun}\\b`, 'i').exec(text);
  return m ? m[1]!.trim().split(/\s+/).filter((w) => !STOPWORDS.has(w.toLowerCase())).map((w) => termKey(w)) : [];
}

/** The id of the nearest earlier sentence of the same article, within reach, that uses `noun`, or -1. */
function antecedent(index: CorpusIndex, id: number, noun: string): number {
  const word = new RegExp(`\\b${noun}\\b`, 'i');
  const file = index.sentences[id]!.file;
  for (let k = id - 2; k >= Math.max(0, id - ANTECEDENT_REACH) && index.sentences[k]!.file === file; k--) if (word.test(index.sentences[k]!.text)) return k;
  return -1;
}

/**
 * Per index, scratch arrays reused by every question: a stamp marking this call's candidates, their scores, and which
 * of the question's first 32 terms each holds (so a sentence scored one by one needs no set of its terms).
 */
interface Scratch {
  stamp: Uint32Array;
  got: Float64Array;
  has: Uint32Array;
  /** This call's candidates in the order found: tens of thousands at 10,000 articles, so not a growing array. */
  found: Int32Array;
  /** Each candidate's coverage, in the order found, and room to select from a copy of it: at 10,000 articles a
   * question's candidates would otherwise take a megabyte of fresh buffers, and the collector's time with it. */
  coverage: Float64Array;
  select: Float64Array;
  /** The candidates tying at the 400th best coverage. */
  atFloor: Int32Array;
  call: number;
}
const scratchCache = new WeakMap<CorpusIndex, Scratch>();

function scratchOf(index: CorpusIndex): Scratch {
  let s = scratchCache.get(index);
  const n = index.sentences.length;
  if (!s) {
    const got = new Float64Array(n);
    const has = new Uint32Array(n);
    // The kept candidates are selected once the scores are summed, and a call sets a sentence's score and terms afresh
    // when it stamps it: the selection reuses their room (1.5 MB at 10,000 articles).
    scratchCache.set(index, (s = { stamp: new Uint32Array(n), got, has, found: new Int32Array(n), coverage: new Float64Array(n), select: got, atFloor: new Int32Array(has.buffer), call: 0 }));
  }
  if (++s.call === 0xffffffff) {
    s.stamp.fill(0);
    s.call = 1;
  }
  return s;
}

/**
 * Scores every sentence sharing a term with the question and keeps the best few hundred. The scores are summed a
 * term at a time over the postings into a typed array, in the question's term order, so each sum is the same float
 * the sentence-by-sentence loop gives, a term carried over from the sentence before included; only sentences
 * attributed to the named speaker are scored one by one. No object is made for a sentence that is not kept.
 */
export function scoreSentences(index: CorpusIndex, q: Question, speaker: string | null, candidateTerms: Question['terms'] = q.terms, commonFrom = COMMON_FROM): Scored[] {
  const weights = q.terms.map((t) => ({ key: t.key, w: index.stats.idf(t.key) * (t.key.startsWith('#') ? 1.5 : t.generic ? 0.3 : 1) * (t.scale ?? 1) }));
  // Generic words add to a sentence's score when present but are never required.
  const generic = new Set(q.terms.filter((t) => t.generic).map((t) => t.key));
  const total = weights.filter((x) => !generic.has(x.key)).reduce((a, b) => a + b.w, 0);
  const byName = speaker ? speakerTerms(index, speaker, q) : new Set<string>();
  const context = sentenceContext(index);
  const scoring: Scoring = { index, q, speaker, candidateTerms, weights, total, byName, context };
  // Terms most sentences hold ("said" at 10,000 articles) are left out of the candidates scored one by one. First all
  // of them: when enough candidates score above all that those terms alone could give, no sentence only they bring in
  // can be kept. Else only the largest: the sentences it alone brings in score alike, and of each such score only the
  // lowest ids can be kept (see unscoredAlike); or, where it is weighed twice, none. Not where a weekday adds to
  // sentences by their date, nor for a question of no weight.
  const common = total > 0 && weights.length <= 32 && !RUNNING_EVENTS.has(q.event ?? '') ? commonTerms(index, context, candidateTerms, commonFrom) : [];
  let left = common;
  let { scratch, count } = scoreCandidates(scoring, left);
  if (left.length && !outscored(scratch, count, weights, left, total)) {
    left = common.slice(0, 1).filter((k) => weights.filter((x) => x.key === k).length <= 1);
    if (common.length > 1 || !left.length) ({ scratch, count } = scoreCandidates(scoring, left));
    if (left.length) count = unscoredAlike(index, context, left[0]!, weights, total, scratch, count);
  }
  const { found, coverage } = scratch;
  // The best few hundred are plenty to answer from, and bound the work on a large corpus.
  const kept: Scored[] = [];
  if (count <= MAX_EVIDENCE) for (let i = 0; i < count; i++) kept.push({ sentence: index.sentences[found[i]!]!, coverage: coverage[i]! });
  else {
    // The 400th best coverage: every sentence above it is kept, and of those at it the lowest ids, as the sort would.
    const select = scratch.select.subarray(0, count);
    select.set(coverage.subarray(0, count));
    const floor = nthSmallest(select, count - MAX_EVIDENCE);
    const atFloor = scratch.atFloor;
    let ties = 0;
    for (let i = 0; i < count; i++) {
      if (coverage[i]! > floor) kept.push({ sentence: index.sentences[found[i]!]!, coverage: coverage[i]! });
      else if (coverage[i] === floor) atFloor[ties++] = found[i]!;
    }
    // Thousands of sentences can tie at the floor: the highest id to keep is selected, not found by sorting them all.
    const room = MAX_EVIDENCE - kept.length;
    let last = Infinity;
    if (room < ties) {
      const ids = scratch.select.subarray(0, ties);
      for (let i = 0; i < ties; i++) ids[i] = atFloor[i]!;
      last = nthSmallest(ids, room - 1);
    }
    for (let i = 0; i < ties; i++) if (atFloor[i]! <= last) kept.push({ sentence: index.sentences[atFloor[i]!]!, coverage: floor });
  }
  return kept
    .sort((a, b) => b.coverage - a.coverage || a.sentence.id - b.sentence.id)
    .slice(0, MAX_EVIDENCE);
}

/** What scoring a question's candidates reads (see scoreSentences). */
interface Scoring {
  index: CorpusIndex;
  q: Question;
  speaker: string | null;
  candidateTerms: Question['terms'];
  weights: { key: string; w: number }[];
  total: number;
  byName: Set<string>;
  context: SentenceContext;
}

/**
 * The candidates, every term of `left` aside, and their coverage, into the scratch arrays (found, coverage): their
 * count. The scores are summed a term at a time over the postings, in the question's term order, so each sum is the
 * same float the sentence-by-sentence loop gives.
 */
function scoreCandidates({ index, q, speaker, candidateTerms, weights, total, byName, context }: Scoring, left: string[]): { scratch: Scratch; count: number } {
  const scratch = scratchOf(index);
  const { stamp, got, has, found, call } = scratch;
  let count = 0;
  // Candidates: every sentence holding a term, the named speaker's, and those carrying a term over from before.
  const lists: (ArrayLike<number> | undefined)[] = [];
  for (const t of candidateTerms) if (!left.includes(t.key)) lists.push(index.stats.postings.get(t.key));
  if (speaker) lists.push(index.bySpeaker.get(speaker));
  for (const t of candidateTerms) if (!left.includes(t.key)) lists.push(context.carriedInto.get(t.key));
  // The named speaker's own sentences are scored one by one below, whichever term brought them in.
  if (speaker && left.length) lists.push((context.attributedTo.get(speaker) ?? []).filter((id) => left.some((k) => holds(index.stats.postings.get(k), id) || holds(context.carriedInto.get(k), id))));
  for (const list of lists) {
    if (!list) continue;
    for (let k = 0; k < list.length; k++) {
      const id = list[k]!;
      if (stamp[id] === call) continue;
      stamp[id] = call;
      got[id] = 0;
      has[id] = 0;
      found[count++] = id;
    }
  }
  // A term at a time, in the question's order: w for each candidate holding it, else 0.8 w for one carrying it over
  // from the sentence before. Each sum is the same float a sentence-by-sentence loop gives, and a sentence pointing
  // back costs a look at the lists of the question's few terms, not a look-up of every term in its own set.
  for (let j = 0; j < weights.length; j++) {
    const { key, w } = weights[j]!;
    const bit = j < 32 ? 1 << j : 0;
    const postings = index.stats.postings.get(key);
    if (postings) {
      for (let k = 0; k < postings.length; k++) {
        const id = postings[k]!;
        if (stamp[id] !== call) continue;
        got[id] = got[id]! + w;
        has[id] = has[id]! | bit;
      }
    }
    const carriers = context.carriedInto.get(key);
    if (!carriers) continue;
    const part = w * 0.8;
    for (let k = 0; k < carriers.length; k++) {
      const id = carriers[k]!;
      if (stamp[id] !== call) continue;
      if (bit ? (has[id]! & bit) !== 0 : index.stats.terms(id).has(key)) continue;
      got[id] = got[id]! + part;
    }
  }
  // "killed on Monday", "the toll as of Wednesday": a running count in an article of that day that names no day is that
  // day's. (Not a share price's move, which changes from hour to hour: the day's article may not tell the close.)
  for (let j = 0; j < weights.length && RUNNING_EVENTS.has(q.event ?? ''); j++) {
    const day = WEEKDAY_INDEX.indexOf(weights[j]!.key);
    if (day < 0 || j >= 32) continue;
    const bit = 1 << j;
    for (let i = 0; i < count; i++) {
      const id = found[i]!;
      if ((has[id]! & bit) !== 0) continue;
      const s = index.sentences[id]!;
      if (s.published && weekdayOf(s.published) === day && !s.dates.length) {
        got[id] = got[id]! + weights[j]!.w;
        has[id] = has[id]! | bit;
      }
    }
  }
  // The named speaker's sentences are scored one by one: the speaker's name stands in for the words naming them.
  // They are found from the speaker's own list, not by visiting every candidate (tens of thousands at 10,000 articles).
  if (speaker) {
    for (const id of context.attributedTo.get(speaker) ?? []) {
      if (stamp[id] !== call) continue;
      let sum = 0;
      for (let j = 0; j < weights.length; j++) {
        const { key, w } = weights[j]!;
        const present = j < 32 ? (has[id]! & (1 << j)) !== 0 : index.stats.terms(id).has(key);
        if (present || byName.has(key)) sum += w;
        else if (holds(context.carriedInto.get(key), id)) sum += w * 0.8;
      }
      got[id] = sum;
    }
  }
  // A question with nothing left to match (all its words checked elsewhere) is covered by any candidate.
  const coverage = scratch.coverage;
  for (let i = 0; i < count; i++) coverage[i] = total === 0 ? 1 : got[found[i]!]! / total;
  return { scratch, count };
}

/**
 * Whether MAX_EVIDENCE candidates or more score above the most the `left` terms alone could give a sentence (all their
 * weights, added in the question's order as the scoring adds them: no sum of fewer of them, or of their carried four
 * fifths, is larger).
 */
function outscored(scratch: Scratch, count: number, weights: { key: string; w: number }[], left: string[], total: number): boolean {
  let most = 0;
  for (const x of weights) if (left.includes(x.key)) most = most + x.w;
  const bound = most / total;
  let above = 0;
  for (let i = 0; i < count && above < MAX_EVIDENCE; i++) if (scratch.coverage[i]! > bound) above++;
  return above >= MAX_EVIDENCE;
}

const MAX_EVIDENCE = 400;

/** A term whose sentences are this many or more is left out of the candidates scored one by one (see scoreSentences). */
const COMMON_FROM = 4096;

/** The question's candidate terms with `from` sentences or more (holding or carrying them), the largest first. */
function commonTerms(index: CorpusIndex, context: SentenceContext, terms: Question['terms'], from: number): string[] {
  const sizes = new Map<string, number>();
  for (const t of terms) sizes.set(t.key, (index.stats.postings.get(t.key)?.length ?? 0) + (context.carriedInto.get(t.key)?.length ?? 0));
  return [...sizes].filter(([, n]) => n >= from).sort((a, b) => b[1] - a[1]).map(([k]) => k);
}

/**
 * Appends to the scratch candidates the sentences only the common term brought in, with the coverage the scoring
 * above would give them: holding it, its weight alone; carrying it over, four fifths of it; when the question's
 * weights leave it out (a count's own noun), none. Sentences of one score are kept lowest ids first, so past the
 * MAX_EVIDENCE lowest of each score none could be kept, and none is appended. Returns the new count.
 */
function unscoredAlike(index: CorpusIndex, context: SentenceContext, common: string, weights: { key: string; w: number }[], total: number, scratch: Scratch, count: number): number {
  const { stamp, found, coverage, call } = scratch;
  const holding = index.stats.postings.get(common) ?? [];
  const carrying = context.carriedInto.get(common) ?? [];
  // Weighed at most once (commonTerm).
  const at = weights.filter((x) => x.key === common);
  const append = (ids: ArrayLike<number>, value: number, skip?: ArrayLike<number>) => {
    let taken = 0;
    for (let k = 0; k < ids.length && taken < MAX_EVIDENCE; k++) {
      const id = ids[k]!;
      if (stamp[id] === call || (skip && holds(skip, id))) continue;
      found[count] = id;
      coverage[count++] = value;
      taken++;
    }
  };
  if (at.length === 1) {
    const w = at[0]!.w;
    append(holding, (0 + w) / total);
    append(carrying, (0 + w * 0.8) / total, holding);
  } else {
    // Neither weighed: every such sentence scores nothing; the lowest ids of either list, each once.
    const ids: number[] = [];
    let a = 0;
    let b = 0;
    while (ids.length < 2 * MAX_EVIDENCE && (a < holding.length || b < carrying.length)) {
      const x = a < holding.length ? holding[a]! : Infinity;
      const y = b < carrying.length ? carrying[b]! : Infinity;
      const id = Math.min(x, y);
      if (x === id) a++;
      if (y === id) b++;
      if (stamp[id] !== call) ids.push(id);
    }
    append(ids, 0 / total);
  }
  return count;
}

/** Whether an ascending list of ids holds `id` (binary search). */
function holds(ids: ArrayLike<number> | undefined, id: number): boolean {
  if (!ids) return false;
  let lo = 0;
  let hi = ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ids[mid]! === id) return true;
    if (ids[mid]! < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** The value at position n of `a` sorted ascending (quickselect, in place): linear where a sort of every candidate is not. */
function nthSmallest(a: Float64Array, n: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i++] = a[j]!;
        a[j--] = t;
      }
    }
    if (n <= j) hi = j;
    else if (n >= i) lo = i;
    else return a[n]!;
  }
  return a[n]!;
}

/** Question terms the coverage never uses: a question about them cannot be answered from it. */
export function unknownTerms(index: CorpusIndex, q: Question, speaker: string | null): string[] {
  const byName = speaker ? speakerTerms(index, speaker, q) : new Set<string>();
  // A day of the week an article was published on is known, as its running counts are that day's (see scoreSentences).
  const day = (key: string) => RUNNING_EVENTS.has(q.event ?? '') && publishedWeekdays(index).has(WEEKDAY_INDEX.indexOf(key));
  return q.terms.filter((t) => !t.generic && !index.stats.df.has(t.key) && !byName.has(t.key) && !day(t.key)).map((t) => t.word);
}

const weekdaysCache = new WeakMap<CorpusIndex, Set<number>>();
/** The days of the week the articles were published on, read once per index. */
function publishedWeekdays(index: CorpusIndex): Set<number> {
  let days = weekdaysCache.get(index);
  if (!days) weekdaysCache.set(index, (days = new Set(index.articles.flatMap((a) => (a.published ? [weekdayOf(a.published)] : [])))));
  return days;
}
