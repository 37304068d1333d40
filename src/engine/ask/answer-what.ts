/** What-questions: what a named source said (the words other outlets print too come first), or the best sentence. */
import type { Sentence } from '../types.ts';
import type { Question } from './question.ts';
import type { Answer } from './answer-types.ts';
import type { Scored } from './evidence.ts';
import { FUTURE_QUESTION, FUTURE_SENTENCE, MIN_COVERAGE, answered, citationsFrom, saysNotKnown } from './answer-common.ts';
import { oneLine } from '../source-ref.ts';
import { STARTS_UPPERCASE, lemma } from '../text/tokens.ts';

/** A name of two to five capitalised words: "the Fort Oskar Tunnel". */
const NAME_OF_KIND = /\b((?:\p{Lu}[\p{L}'’.-]*\s+){1,4}\p{Lu}\p{Ll}+)\b/gu;

/** A name a lower-case noun of its kind follows: "the Radio 4 Today programme", "the Laguna summit", "the TX3 rocket". */
const NAME_BEFORE_NOUN = /((?:\p{Lu}[\p{L}\p{N}'’.-]*|\d+)(?:\s+(?:\p{Lu}[\p{L}\p{N}'’.-]*|\d+)){0,4})\s+(\p{Ll}+)\b/gu;

/** A name its kind's noun opens: "Interstate 495", "Hurricane Oskar", "the ship Tarn Star". */
const NOUN_BEFORE_NAME = /\b(\p{L}+)(?=\s+((?:\p{Lu}[\p{L}\p{N}'’.-]*|\d+)(?:\s+(?:\p{Lu}[\p{L}\p{N}'’.-]*|\d+)){0,3}))/gu;

/** Names a noun of their kind calls them by: "two craters known as Oskar C and Brandl N". */
const KNOWN_AS = /\b(\p{Ll}+)\s+(?:known as|called|named)\s+((?:\p{Lu}[\p{L}\p{N}'’.-]*)(?:\s+(?:\p{Lu}[\p{L}\p{N}'’.-]*|\d+|and|or))*)/gu;

/**
 * The names of a kind a sentence gives: with the kind's noun as their last word ("Fort Oskar Tunnel") or after them
 * ("the TX3 rocket"), opening them ("Hurricane Oskar"), or calling them so ("craters known as Oskar C").
 */
function namesOfKind(text: string, kind: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(NAME_OF_KIND)) if (lemma(m[1]!.split(/\s+/).pop()!.toLowerCase()) === kind) out.add(m[1]!);
  for (const m of text.matchAll(NAME_BEFORE_NOUN)) if (lemma(m[2]!) === kind && /\p{Lu}/u.test(m[1]!)) out.add(`${m[1]!} ${m[2]!}`);
  for (const m of text.matchAll(NOUN_BEFORE_NAME)) if (lemma(m[1]!.toLowerCase()) === kind) out.add(/^\p{Lu}/u.test(m[1]!) ? `${m[1]!} ${m[2]!}` : m[2]!);
  for (const m of text.matchAll(KNOWN_AS)) if (lemma(m[1]!) === kind) out.add(m[2]!.replace(/\s+(?:and|or)$/, ''));
  return out;
}

/** The share of the question's weight a sentence must cover to be offered whole (1, less rounding). */
const STATEMENT_COVERAGE = 0.999;

const AUXILIARY = /^(?:is|was|are|were|has|have|had|been|be|being|did|does|do|will|would|can|could)$/;
const NAME_RUN_BEFORE = /((?:\p{Lu}[\p{L}\p{N}'’.-]*\s+){0,3}\p{Lu}[\p{L}\p{N}'’.-]*)\s+(?:\p{Ll}+\s+)?$/u;

/**
 * The name a sentence gives as doing what a which-question asks about: the capitalised name (and at most one noun of
 * its kind after it) right before the question's own verb, that is not one of the question's words.
 */
function nameDoing(text: string, q: Question): string | null {
  let v = q.type.to;
  while (v < q.words.length && AUXILIARY.test(q.words[v]!)) v++;
  const verb = q.words[v];
  if (!verb || verb.length < 3) return null;
  const at = new RegExp(`\\b(?:(?:is|was|are|were|has|have|had|been)\\s+)?${verb.replace(/[^\p{L}]/gu, '')}\\b`, 'iu').exec(text);
  if (!at || at.index === 0) return null;
  const run = NAME_RUN_BEFORE.exec(text.slice(0, at.index));
  if (!run) return null;
  const name = run[1]!;
  const asked = new Set(q.words);
  return name.split(/\s+/).some((w) => asked.has(w.toLowerCase().replace(/['’]s$/, ''))) || run.index === 0 ? null : name;
}

const ENDS_SENTENCE = /[.!?…]["'”’)\]]*\s*$/;

const NEGATION = /\b(?:not|never|no|none|neither|nor|nothing)\b|n['’]t\b/i;

/** The words in quotation marks of a sentence when they carry most of it, else the sentence itself. */
function quotedContent(s: Pick<Sentence, 'text' | 'quoted'>): string {
  const quoted = s.quoted.join(' … ');
  // A scare-quoted phrase ("a 'sustainable' deal") is not what was said; the sentence is.
  return oneLine(s.quoted.length && quoted.length >= s.text.length * 0.4 ? quoted : s.text);
}

interface QuotedWords {
  terms: Set<string>;
  /** The outlets of the sentences quoting exactly these words. */
  outlets: Set<string>;
  sentences: Sentence[];
}

/**
 * What a source said: for each of its sentences, how many other outlets print at least two of the same quoted words.
 * Sentences quoting the same words are compared once, as one: a source quoted the same way by hundreds of outlets
 * would otherwise compare every pair of its sentences.
 */
function corroboration(own: Scored[]): Map<number, number> {
  const byWords = new Map<string, QuotedWords>();
  for (const { sentence } of own) {
    const terms = new Set(sentence.quotedTerms);
    const key = [...terms].sort().join('\0');
    const words = byWords.get(key) ?? byWords.set(key, { terms, outlets: new Set(), sentences: [] }).get(key)!;
    words.outlets.add(sentence.outlet);
    words.sentences.push(sentence);
  }
  const all = [...byWords.values()];
  const out = new Map<number, number>();
  for (const mine of all) {
    // The outlets printing two of these words; a sentence's own outlet is not one that corroborates it.
    const outlets = new Set<string>();
    if (mine.terms.size >= 2) for (const other of all) if (sharesTwo(mine.terms, other.terms)) for (const o of other.outlets) outlets.add(o);
    for (const s of mine.sentences) out.set(s.id, outlets.size - (outlets.has(s.outlet) ? 1 : 0));
  }
  return out;
}

function sharesTwo(a: Set<string>, b: Set<string>): boolean {
  let shared = 0;
  for (const t of b) if (a.has(t) && ++shared === 2) return true;
  return false;
}

/** Head nouns of a question that asks for a figure ("what record low", "what peak", "what level"). */
const VALUE_HEADS = new Set(['low', 'high', 'peak', 'level', 'rate', 'price', 'figure', 'total', 'number', 'amount', 'value', 'sum', 'cost', 'score', 'tally', 'density', 'temperature', 'depth', 'height', 'length', 'width', 'weight', 'speed', 'capacity', 'margin', 'majority', 'proportion', 'percentage', 'magnitude']);

export function answerWhat(q: Question, scored: Scored[], speaker: string | null): Answer | null {
  // "How severe was it?" wants a degree: a sentence that merely mentions the thing does not say how much.
  if (q.type.degree) return null;
  // "What did X say" about someone the coverage never quotes: other sentences that merely mention X are no answer.
  if (!speaker && q.cue && q.names.length) return null;
  // A sentence that only shares the question's names ("What does Jane Roe do?") says nothing of what is asked.
  const asked = q.terms.filter((t) => !t.generic && !STARTS_UPPERCASE.test(t.word) && !t.key.startsWith('#'));
  const askedKeys = new Set(q.terms.map((t) => t.key));
  // …and one that only restates the question, adding no word of its own, tells nothing it asks.
  // "What did Acme say was not taken?": a sentence that denies nothing does not say what was not.
  const denied = NEGATION.test(q.text);
  // "What are his lawyers going to do?" is not answered by what they did.
  const future = FUTURE_QUESTION.test(q.text);
  // "It was unclear what started the fire" tells that the coverage does not know: it answers nothing.
  // A headline or a deck ("Nigel's army storms in, Rishi says sorry") ends with no stop: it tells no statement whole.
  // "What record low did the pound hit?" asks for a figure: a sentence with no number in it does not give one.
  const figure = !!q.type.head && VALUE_HEADS.has(q.type.head);
  const fits = (s: Sentence) => (!figure || /\d/.test(s.text)) && ENDS_SENTENCE.test(s.text) && (!denied || NEGATION.test(s.text)) && (!future || FUTURE_SENTENCE.test(s.text)) && !saysNotKnown(s.text, q.text);
  const saysIt = (s: Sentence) => (!asked.length || asked.some((t) => s.terms.includes(t.key))) && s.terms.some((t) => !askedKeys.has(t)) && fits(s);
  // The best evidence says the coverage does not know ("it was unclear what started the fire"): so it does not.
  const best = scored.reduce((m, x) => Math.max(m, x.coverage), 0);
  if (!speaker && scored.some((x) => x.coverage >= best * 0.9 && x.coverage >= MIN_COVERAGE.what && saysNotKnown(x.sentence.text, q.text))) return null;
  let hits = scored.filter((x) => x.coverage >= MIN_COVERAGE.what && saysIt(x.sentence));
  if (speaker) {
    const own = scored.filter((x) => x.sentence.attribution?.key === speaker && fits(x.sentence));
    // What a source said: the words in quotation marks that other outlets print too come first.
    const corroborated = corroboration(own);
    hits = own
      .filter((x) => x.coverage >= MIN_COVERAGE.what)
      .map((x) => ({ ...x, coverage: x.coverage * 0.5 + corroborated.get(x.sentence.id)! * 0.4 + (new Set(x.sentence.quotedTerms).size >= 2 ? 0.3 : 0) }))
      .sort((a, b) => b.coverage - a.coverage || a.sentence.id - b.sentence.id);
  }
  if (!hits.length) return null;
  const top = hits[0]!.sentence;
  // "Which tunnels …?": the names of that kind the best sentence gives ("the Fort Oskar Tunnel", "the Harbor Tunnel").
  const kind = q.type.head ? lemma(q.type.head) : null;
  const named = kind && (!speaker || !q.cue) ? [...namesOfKind(top.text, kind)] : [];
  if (named.length) return answered(q, [...new Set(named)].join(' and '), [top]);
  // "Which Tarnsoft product was making computers crash?": the name doing the asked thing ("its Brellin Kit software was
  // making computers … crash").
  const doer = q.words[q.type.from] === 'which' && q.type.head && (!speaker || !q.cue) ? nameDoing(top.text, q) : null;
  if (doer) return answered(q, doer, [top]);
  // A whole sentence is offered only when it holds every word the question asks about: on stories no rule was written
  // for, sentences covering less were the wrong sentence ten times in eleven (a sentence about the asked thing that
  // does not say what is asked). What a named source said is found by the source, and kept as it was.
  if (!speaker && hits[0]!.coverage < STATEMENT_COVERAGE) return null;
  // "Which rocket …?" asks for a name: a sentence that gives none of that kind does not say which.
  if (q.words[q.type.from] === 'which' && q.type.head) return null;
  // "What lot number did it have?" asks for the figure itself: a whole sentence, though it holds a number, does not
  // say which (the figure readers answer such questions where the value stands by its noun).
  if (figure && !speaker) return null;
  const sentences = hits.map((h) => h.sentence);
  const seen = new Set([top.outlet]);
  const others = sentences
    .filter((s) => !seen.has(s.outlet) && (seen.add(s.outlet), true))
    .slice(0, 2)
    .map((s) => `“${quotedContent(s)}” (${s.outlet})`);
  const who = top.attribution?.display;
  return {
    question: q.text,
    status: 'answered',
    answer: quotedContent(top),
    summary: `${who ? `${who}, per ${top.outlet}` : top.outlet}: “${quotedContent(top)}”${others.length ? `; also ${others.join('; ')}` : ''}.`,
    citations: citationsFrom(sentences),
  };
}
