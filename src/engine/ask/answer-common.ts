/** What every answerer shares: how much evidence is enough, citations one per outlet, the plain answer shape. */
import type { ConflictValue, Sentence } from '../types.ts';
import type { CorpusIndex } from '../corpus-index.ts';
import type { Question } from './question.ts';
import { NOT_FOUND_ANSWER, type Answer, type Citation } from './answer-types.ts';
import { STOPWORDS } from '../text/lexicon.ts';
import { termKey } from '../text/stem.ts';

/** How much of a question the evidence must cover before it counts as an answer. */
/** A question about what is to come ("when will it reopen?") and a sentence that speaks of something as to come. */
/** What asks how many live somewhere: only such a question is answered by a place's population. */
export const ASKS_POPULATION = /\b(?:live|lives|living|population|inhabitants|home to|residents)\b/i;
export const FUTURE_QUESTION = /\b(?:will|shall|is due|are due|due to|going to|next|again|expected to|scheduled to|set to)\b/i;
export const FUTURE_SENTENCE = /\b(?:will|would|shall|due|expected|scheduled|planned|plans?|next|set to|to resume|to reopen|to meet|going to)\b/i;

/**
 * "It was unclear what started the fire", "officials did not say when everyone could return": a sentence saying the
 * coverage does not know what the question asks (its wh-word, as group 1 or 2).
 */
export const NOT_KNOWN = /\b(?:(?:unclear|not (?:yet )?(?:known|clear)|unknown|uncertain)(?:\s+[\w,]+){0,3}?\s+(what|when|where|who|why|how|whether)|(?:did|do|does|would|could|will) not (?:say|specify|disclose|reveal|know)\s+(what|when|where|who|why|how|whether)|(?:didn['’]t|don['’]t|doesn['’]t|wouldn['’]t|couldn['’]t|won['’]t|declined to|refused to) (?:say|specify|disclose|reveal|know)\s+(what|when|where|who|why|how|whether)|(?:determin|establish|investigat)\w*\s+(what|when|where|who|why|how|whether))\b/i;

/** Whether a sentence says the coverage does not know what a question with this wh-word asks. */
export function saysNotKnown(text: string, question: string): boolean {
  const m = NOT_KNOWN.exec(text);
  if (!m) return false;
  return notKnownAsked((m[1] ?? m[2] ?? m[3] ?? m[4])!.toLowerCase(), question);
}

const WH_WORDS = ['what', 'when', 'where', 'who', 'why', 'how', 'whether'];

/** Per sentence list, by sentence id: 0 not read yet, 1 says nothing is unknown, 2 + k unknown WH_WORDS[k]. */
const notKnownRead = new WeakMap<readonly Sentence[], Uint8Array>();

/**
 * saysNotKnown of an indexed sentence, its own part read once into a byte per sentence id: a typed question tests
 * each of its hundreds of evidence sentences, and the next question the same ones.
 */
export function sentenceSaysNotKnown(s: Sentence, index: CorpusIndex, question: string): boolean {
  const all = index.sentences;
  if (all[s.id] !== s) return saysNotKnown(s.text, question);
  let read = notKnownRead.get(all);
  if (!read || read.length < all.length) notKnownRead.set(all, (read = new Uint8Array(all.length)));
  if (!read[s.id]) {
    const m = NOT_KNOWN.exec(s.text);
    read[s.id] = m ? 2 + WH_WORDS.indexOf((m[1] ?? m[2] ?? m[3] ?? m[4])!.toLowerCase()) : 1;
  }
  return read[s.id]! > 1 && notKnownAsked(WH_WORDS[read[s.id]! - 2]!, question);
}

/** Whether the wh-word a sentence says is not known is what the question asks. */
function notKnownAsked(wh: string, question: string): boolean {
  const asked = /^\s*(?:\w+\s+){0,2}?(what|when|where|who|why|how|which)\b/i.exec(question)?.[1]?.toLowerCase();
  // "At which hotel …" asks where, as "which" after a locative always does.
  return wh === asked || (wh === 'what' && asked === 'which') || (wh === 'how' && /^how\s+(?:many|much)\b/i.test(question)) || (wh === 'where' && /^\s*(?:at|in|into|to|from|on|near)\s+which\b/i.test(question));
}

export const MIN_COVERAGE: Record<Question['kind'], number> = { who: 0.6, count: 0.5, when: 0.55, where: 0.5, what: 0.6 };

const cite = (s: Sentence): Citation => ({ outlet: s.outlet, file: s.file, quote: s.text, speaker: s.attribution?.display ?? null });

/** One citation per outlet, best first, at most `max`. */
export function citationsFrom(sentences: Sentence[], max = 5): Citation[] {
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

export function notFound(q: Question, why: string): Answer {
  return { question: q.text, status: 'not_found', answer: NOT_FOUND_ANSWER, summary: why, citations: [] };
}

export const outletList = (ss: Sentence[]) => [...new Set(ss.map((s) => s.outlet))].join(', ');

/** A short answer and the sentences that give it, each outlet cited once. */
export function answered(q: Question, answer: string, sentences: Sentence[]): Answer {
  return { question: q.text, status: 'answered', answer, summary: `${answer}, as reported by ${outletList(sentences)}.`, citations: citationsFrom(sentences) };
}

/** Outlets giving different values for the asked slot: each value with the outlets that give it, all cited. */
export function disagreement(q: Question, sides: { value: string; sentences: Sentence[] }[], perSide = 3): Answer {
  const text = sides.map((x) => `${x.value} (${outletList(x.sentences)})`);
  return { question: q.text, status: 'disputed', answer: text.join(' vs '), summary: `Outlets disagree: ${text.join('; ')}.`, citations: sides.flatMap((x) => citationsFrom(x.sentences, perSide)) };
}

/**
 * A disagreement's side as cited and listed by an answer, read once per side: on a large corpus one side can hold
 * thousands of sources, and every question that meets the disagreement would build them again. The citations are
 * frozen, as answers share them.
 */
interface SideShown {
  citations: readonly Citation[];
  /** Its outlets, each once, in order: "Metro Daily, Alpine Wire". */
  outlets: string;
}
const shownSides = new WeakMap<ConflictValue, SideShown>();

function sideShown(v: ConflictValue): SideShown {
  let shown = shownSides.get(v);
  if (!shown) {
    const citations = v.sources.map((r) => Object.freeze({ outlet: r.outlet, file: r.file, quote: r.quote, speaker: r.speaker }));
    shownSides.set(v, (shown = { citations, outlets: [...new Set(v.sources.map((r) => r.outlet))].join(', ') }));
  }
  return shown;
}

/** Every source of each side as a citation, side by side, in order. */
export function sidesCitations(values: readonly ConflictValue[]): Citation[] {
  // A plain loop: flatMap walks thousands of citations one generic step at a time.
  const out: Citation[] = [];
  for (const v of values) for (const c of sideShown(v).citations) out.push(c);
  return out;
}

/** The outlets of a disagreement's side, each once, in order. */
export const sideOutlets = (v: ConflictValue): string => sideShown(v).outlets;

/**
 * Whether a name or an answer is made only of the question's own words ("Tarn forum" asked "on which Tarn forum …"),
 * and of words `also` allows (titles, for "Tarn Star captain" asked "who was the captain of the Tarn Star"): it tells
 * the reader nothing the question did not.
 */
export function madeOfQuestionWords(text: string, q: Question, also: (word: string) => boolean = () => false): boolean {
  const asked = new Set(q.words.map(keyOf));
  const words = text.split(NOT_WORD).filter((w) => w.length > 1 && !STOPWORDS.has(w.toLowerCase()));
  return words.length > 0 && words.every((w) => also(w) || asked.has(keyOf(w)));
}

const NOT_WORD = /[^\p{L}\p{N}'’-]+/u;
const keyOf = (w: string) => termKey(w.toLowerCase().replace(/['’]s$/, ''));

const ACCORDING_TO_KIND = /\baccording to (?:the|its) ([a-z]+)\b/;
/** "according to the WHO", "according to Tarn Analytics": a source named, not described. */
const ACCORDING_TO_NAME = /\baccording to (?:the )?(\p{Lu}[\p{L}\d&.-]*(?: \p{Lu}[\p{L}\d&.-]*)*)/u;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * "…, according to the agency?", "…, according to the WHO?": a test of whether a sentence is told on that authority
 * ("…, the agency said", "according to the WHO", "the WHO's director general said"), or null when the question
 * names no source.
 */
export function saysAsAsked(q: Question): ((text: string) => boolean) | null {
  const named = ACCORDING_TO_NAME.exec(q.text)?.[1];
  if (named) {
    const says = new RegExp(`(?<![\\p{L}])${escape(named)}(?:['’]s)?(?:\\s+\\p{Ll}+){0,3}?\\s+(?:said|says|reported|reports|estimated|estimates|announced|told|counted|recorded|put)\\b|\\b[Aa]ccording to (?:the )?${escape(named)}(?![\\p{L}])`, 'u');
    return (text) => says.test(text);
  }
  const noun = ACCORDING_TO_KIND.exec(q.text)?.[1];
  if (!noun) return null;
  const says = new RegExp(`\\b(?:the|its) ${noun}(?:['’]s)? (?:said|says|reported|reports|estimated|announced|told)\\b|\\baccording to (?:the|its) ${noun}\\b`, 'i');
  return (text) => says.test(text);
}

/**
 * A figure told as what could be, not what was: "faces up to 40 years", "carries a maximum sentence of 40 years",
 * "could be fined as much as $5m". No answer to what was done ("how many years was he sentenced to?") unless the
 * question asks what could be.
 */
export const POSSIBLE_BEFORE = /(?:\b(?:faces?|facing|could\s+(?:get|face|receive)|would\s+face|risks?)\s+(?:a\s+)?(?:(?:maximum|possible|potential)\s+(?:\w+\s+)?(?:of\s+)?)?(?:up\s+to\s+|as\s+much\s+as\s+)?|\bcarr(?:y|ies|ying)\s+(?:a\s+)?(?:maximum|possible|potential)\s+(?:\w+\s+)?(?:of\s+)?|\bmaximum\s+(?:sentence|penalty|term|fine|jail\s+term|prison\s+term)\s+of\s+|\bpunishable\s+by\s+(?:up\s+to\s+)?)$/i;
export const POSSIBLE_ASKED = /\b(?:could|would|might|may|faces?|facing|maximum|max|up to|at most|possible|potential|risks?)\b/i;
