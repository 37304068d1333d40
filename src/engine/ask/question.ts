/**
 * Reads a reader's question: what kind of answer it wants (who, how many, when, where, what), the terms the
 * evidence must share with it, the numbers it names, the cue verb ("who confirmed …") and the event it asks about.
 */
import { tokenize, bare, isCapitalised, STARTS_UPPERCASE } from '../text/tokens.ts';
import { extractDates, monthDay } from '../text/dates.ts';
import { termKey } from '../text/stem.ts';
import { parseNumberWord } from '../text/numbers.ts';
import { CUE_FORMS, EVENT_OF, PLAN_WORDS, STOPWORDS } from '../text/lexicon.ts';
import { eventAt } from '../text/events.ts';
import { unitClassOf } from '../text/numbers.ts';
import { DETERMINERS, isPersonHead, answerType, type AnswerType } from './answer-type.ts';
import { isTitleWord } from '../text/phrases.ts';
import { timeSpans } from './spans.ts';
import { codeTerm, joinedCodeTerm, partOfCode } from '../text/codes.ts';

/** The unit class a "how long" question asks for: any span of time. */
export const DURATION = 'duration';
export const TIME_UNITS = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade']);

export type QuestionKind = 'who' | 'count' | 'when' | 'where' | 'what';

const PLEDGE = /^(?:promise|pledge|vow|offer)$/;

export interface Question {
  text: string;
  kind: QuestionKind;
  /** Content terms (match keys) the evidence should contain, with the words they came from. */
  terms: { key: string; word: string; generic: boolean; /** Weight multiplier (a word the coverage never uses weighs less). */ scale?: number }[];
  /** Numbers the question names ("40 passengers" → 40). */
  numbers: number[];
  /** Lemma of the cue verb of a who-question ("confirm"), if any. */
  cue: string | null;
  /** Event class the question asks about ("kill", "release"), if any. */
  event: string | null;
  /** The class of what a how-many question counts ("person"), if it says. */
  unitClass: string | null;
  /** The word for what is counted, as asked ("soldiers"). */
  unitWord: string | null;
  /** Lower-cased words of the question, for matching modifiers and speaker names. */
  words: string[];
  /** Capitalised words after the first: names the question mentions. */
  names: string[];
  perParty: boolean;
  planned: boolean;
  /** "How many of the (90 freed) prisoners …": a part counted out of a whole the question names. */
  ofWhole: boolean;
  /** What the answer is (a person, a place, a time, an age…), read from the wh-phrase. */
  type: AnswerType;
  /** Passages the question quotes: only a sentence containing them can answer it. */
  quoted: string[];
}

/** Verbs of happening: in "when did the fire start?" they frame the question rather than name what it is about. */
const HAPPEN_VERBS = new Set(['start', 'started', 'begin', 'began', 'begun', 'happen', 'happened', 'occur', 'occurred', 'break', 'broke', 'erupt', 'erupted', 'hit', 'strike', 'struck', 'end', 'ended', 'finish', 'finished']);

/** Words that shape a question without naming anything the coverage must contain. */
const GENERIC = new Set(
  `name names happen happened happens take took taken place occur occurred total overall exactly many much number numbers
  know known thing things story news article articles coverage according get got make made people person time times
  say said says tell told report reported reports state stated do does did is are was were be been being have has had
  will would can could should official officially actually really currently now today first-hand long
  supposed meant give gives gave given`.split(/\s+/),
);

/** Words in -ly that are no adverbs of manner: they name what a question is about ("the deadly floods", "her family"). */
const NOT_ADVERBS = new Set(['deadly', 'elderly', 'family', 'daily', 'weekly', 'monthly', 'yearly', 'likely', 'costly', 'holy', 'assembly', 'supply', 'reply', 'rally', 'ally', 'italy', 'july', 'bully', 'belly', 'jelly', 'friendly', 'lonely', 'lively', 'ugly', 'early']);

/** "the crashed flight", "the flooded home": a participle between a determiner and its noun says which one is meant. */
// Regular expressions with \p{…} outside brackets are rebuilt wherever tsx meets them written inline: built once here.
/** "… before the crash?", "… after the market opened?" closing a question. */
const CLOSING_MOMENT = /\s(?:before|after)\s+the\s+\p{Ll}+(?:\s+\p{Ll}+ed)?\??$/u;
/** "… the care home that flooded?" closing a question. */
const CLOSING_RELATIVE = /\s(?:that|which)\s+\p{Ll}+ed\??$/u;
const LOWER_CASE_WORD = /^\p{Ll}+$/u;
/** "is Israel to free …": a plan, as "is due to" is. */
const TO_DO = /\b(?:is|are|was|were)(?:\s+\p{L}+){0,3}\s+to\s+(?!(?:the|a|an|his|her|its|their|this|that)\b)\p{Ll}+/u;
/** A passage in double quotes, or in single quotes that are not apostrophes. */
const QUOTED = /[“"]([^”"]+)[”"]|(?<![\p{L}])[‘']([^’']{3,})[’'](?![\p{L}])/gu;

const WH_IS = /\b(what|who|where|when|how|which)['’]s\b/gi;

const participle = (words: string[], i: number) => DETERMINERS.has(words[i - 1] ?? '') && /[^e]ed$/.test(words[i]!) && words[i]!.length > 4 && !!words[i + 1] && !STOPWORDS.has(words[i + 1]!);

const POSSESSIVE_NAME = /^\p{Lu}[\p{L}.-]*['’]s?$/u;

export function parseQuestion(raw: string): Question {
  const asked = raw.trim();
  // "What's the biggest fine?" is read as "What is the biggest fine?": the wh-word stands alone.
  const text = asked.replace(WH_IS, '$1 is');
  const all = tokenize(text);
  // Dates in a question ("on May 23") are matched as dates, and their numbers are not counts.
  const dates = extractDates(all, text).filter((d) => !d.key.startsWith('rel:'));
  // Times of day ("by 6:25 a.m.") too: matched as times, their numbers are no counts.
  const times = timeSpans(text);
  const inDate = (t: { start: number; end: number }) =>
    dates.some((d) => text.indexOf(d.surface) <= t.start && t.end <= text.indexOf(d.surface) + d.surface.length) || times.some((s) => s.start <= t.start && t.end <= s.end);
  const tokens = all.filter((t) => (t.kind !== 'punct' || /\d/.test(t.text)) && !inDate(t));
  const words = tokens.map((t) => t.text.toLowerCase());
  const lower = text.toLowerCase();

  let kind: QuestionKind = 'what';
  if (/\bhow (?:many|much|long)\b|\bwhat(?: is| was| were)?(?: the)? (?:total |overall |final |death )?(?:number|toll|total|count|figure)\b|\bwhat (?:is|was|were) (?:the |his |her |its |their |\S+['’]s )?(?:\w+ ){0,2}(?:toll|tally|estimate|majority)\b/.test(lower)) kind = 'count';
  else if (/^(?:who|whom|whose)\b|\b(?:who|whom)\b|^which (?:official|minister|ministry|agency|body|person|leader|spokes\w+|outlet|country|side)\b|\bwhat is the name of\b|\bname of (?:the|a)\b/.test(lower)) kind = 'who';
  else if (/^when\b|\bwhat (?:date|day|time)\b|\bon what (?:date|day)\b/.test(lower)) kind = 'when';
  else if (/^where\b|\bin (?:what|which) (?:city|country|place|town|region)\b|\bwhat (?:city|country|place|venue)\b/.test(lower)) kind = 'where';

  const type = answerType(words, tokens.map((t) => t.text));
  kind = kindOf(type, kind);
  // The wh-phrase ("which Thai newspaper") and asides in brackets describe the answer; evidence need not hold them.
  const described = new Set<number>();
  // A possessor named there ("what was Roe's majority") says whose the answer is: the evidence must name it.
  for (let k = type.from; k < type.to; k++) if (!(k > 0 && POSSESSIVE_NAME.test(tokens[k]?.text ?? ''))) described.add(k);
  // Brackets are read from the text: the tokens kept for matching hold no punctuation.
  for (const m of text.matchAll(/\([^()]*\)/g)) tokens.forEach((t, k) => t.start > m.index! && t.end < m.index! + m[0].length && described.add(k));
  // "… before the first three were freed?": a clause of time after the asked event frames it; evidence need not repeat it.
  const clause = tokens.findIndex((t, k) => k > type.to + 2 && /^(?:before|after)$/i.test(t.text) && tokens.slice(k + 1).some((x) => /^(?:was|were|had|has|did|is|are)$/i.test(x.text)));
  if (clause > 0) for (let k = clause; k < tokens.length; k++) described.add(k);
  // "… remembered before the crash?", "… before the market opened?": a closing "before/after the X" says which
  // moment, as such a clause does.
  const moment = CLOSING_MOMENT.exec(text);
  if (moment && clause < 0) tokens.forEach((t, k) => t.start > moment.index && described.add(k));
  // "how many extra soldiers": a word that adds to a count says which number, as "more" does in the evidence.
  tokens.forEach((t, k) => k > 0 && /^many$/i.test(tokens[k - 1]!.text) && /^(?:extra|additional|further|more|other)$/i.test(t.text) && described.add(k));
  // "What was the last thing …": which thing is asked; the evidence need not say "last".
  tokens.forEach((t, k) => /^(?:first|last|only|next)$/i.test(t.text) && /^things?$/i.test(tokens[k + 1]?.text ?? '') && described.add(k));
  // "Which woman, who said she was going home, lost …": a relative clause between commas says which one is meant;
  // its verb ("said") is not what the question asks about.
  const relative = /,\s+(?:who|which|whose)\b[^,]*,/.exec(text);
  const inRelative = (k: number) => !!relative && tokens[k]!.start > relative.index && tokens[k]!.start < relative.index + relative[0].length;
  tokens.forEach((_, k) => inRelative(k) && described.add(k));
  // "… the care home that flooded?": a closing relative clause in the past says which one is meant, as an aside does.
  const closing = CLOSING_RELATIVE.exec(text);
  if (closing) tokens.forEach((t, k) => t.start > closing.index && described.add(k));
  // "Where was it bound for?": the going says what the answer is (a destination), not what the evidence must say.
  if (type.destination) tokens.forEach((t, k) => /^(?:bound|headed|heading|destined|going|for|to)$/i.test(t.text) && described.add(k));
  // "Before this week, in what year …": an opening frame of time says which occasion is meant, not what to find.
  const frame = /^(?:before|after|since|until|apart from|besides)\s+(?:this|last|that|the)\s+\w+\s*,/i.exec(text);
  if (frame) tokens.forEach((t, k) => t.start < frame[0].length && described.add(k));
  // "Besides Romanian, which …", "…, besides technical reasons?": what the answer is not; the evidence need not say it.
  for (const m of text.matchAll(/\b(?:besides|apart from|other than|except)\b[^,?]*/gi)) tokens.forEach((t, k) => t.start >= m.index! && t.end <= m.index! + m[0].length && described.add(k));
  // "the male survivor Lee": words for a person before a name say who the name is; the name finds the evidence.
  tokens.forEach((t, k) => {
    if (k === 0 || !STARTS_UPPERCASE.test(t.text) || STARTS_UPPERCASE.test(tokens[k - 1]!.text)) return;
    let j = k - 1;
    while (j >= 0 && j > k - 4 && LOWER_CASE_WORD.test(tokens[j]!.text) && !STOPWORDS.has(words[j]!)) j--;
    if (j < k - 1 && j >= 0 && words[j] === 'the' && (isPersonHead(words[k - 1]!) || isTitleWord(words[k - 1]!))) for (let d = j + 1; d < k; d++) described.add(d);
  });
  // "Where was it coming from?": "from" in the evidence carries the verb, however the coverage words the journey.
  if (type.origin) described.add(tokens.length - 2);
  let cue: string | null = null;
  let event: string | null = null;
  const attributive: { event: string; at: number }[] = [];
  let unitClass: string | null = null;
  let unitWord: string | null = null;
  const numbers: number[] = [];
  const terms: Question['terms'] = [
    ...dates.map((d) => ({ key: `d${monthDay(d.key)}`, word: d.surface, generic: false })),
    ...times.map((s) => ({ key: `@${s.key}`, word: s.text, generic: false })),
  ];
  tokens.forEach((t, i) => {
    const w = words[i]!;
    // "A320s", "the 50s": codes and decades are names, not counts.
    const code = codeTerm(t.text);
    if (partOfCode(tokens, i)) {
      const joined = joinedCodeTerm(tokens, i);
      if (joined) terms.push({ key: joined, word: t.text, generic: false });
      return;
    }
    if (code) {
      terms.push({ key: code, word: t.text, generic: false });
      // "how many A320s": what is counted is the code itself.
      if (kind === 'count' && unitWord === null && words[i - 1] === 'many') unitWord = t.text;
      return;
    }
    const n = parseNumberWord(t.text);
    if (n !== null && /^\d{4}$/.test(t.text) && n >= 1900 && n <= 2100) {
      terms.push({ key: `y${n}`, word: t.text, generic: false });
      return;
    }
    // "the only one", "the other one": a pronoun, not a number. ("No one", "which one" keep the number: a narrower
    // reading answered more on stories never read, and more of it wrongly.)
    if (w === 'one' && /^(?:only|same|other)$/.test(words[i - 1] ?? '') && words[i - 2] === 'the') return;
    if (n !== null) {
      numbers.push(n);
      // "How many of the 95 dead …": the whole the part is counted out of; the evidence need not restate it.
      const whole = words[i - 1] === 'the' && words[i - 2] === 'of' && words[i - 3] === 'many';
      terms.push({ key: `#${n}`, word: t.text, generic: whole || described.has(i) });
      return;
    }
    if (t.kind !== 'word') return;
    // "Which company promised money …": a pledge of something is a deed, not words said.
    const pledgeOfThing = PLEDGE.test(CUE_FORMS.get(w) ?? '') && !!words[i + 1] && !/^(?:that|to)$/.test(words[i + 1]!);
    // "Who called off the visit?", "who called for calm?": a verb with its particle is a deed, not words said.
    const phrasal = CUE_FORMS.get(w) === 'call' && /^(?:off|for|in|up|out|on|back)$/.test(words[i + 1] ?? '');
    // ("Which Secretary of State …": a capitalised word inside the question is part of a name, not a verb.)
    const named = i > 0 && STARTS_UPPERCASE.test(t.text);
    if (CUE_FORMS.has(w) && cue === null && (kind === 'who' || kind === 'what') && !inRelative(i) && !pledgeOfThing && !phrasal && !named) {
      cue = CUE_FORMS.get(w)!;
      return;
    }
    const ev = eventAt(words, i);
    // "the returned flight", "the 90 freed prisoners": a participle before a noun says which ones, not what is asked;
    // the question's own verb ("had been arrested") says that.
    if (ev && /^(?:the|a|an|its|their|his|her|this|these|those|\d[\d,]*)$/.test(words[i - 1] ?? '') && words[i + 1] && !STOPWORDS.has(words[i + 1]!)) attributive.push({ event: ev, at: i });
    else if (ev) event ??= ev;
    // "how many of the 90 freed prisoners": what is counted is the noun after the partitive.
    if (kind === 'count' && unitWord === null && i > 0 && words[i - 1] === 'many' && w === 'of') {
      const head = tokens.slice(i + 1, i + 6).find((x, k, arr) => x.kind === 'word' && !STOPWORDS.has(x.text.toLowerCase()) && (arr[k + 1]?.kind !== 'word' || STOPWORDS.has(arr[k + 1]!.text.toLowerCase()) || EVENT_OF.has(arr[k + 1]!.text.toLowerCase())));
      if (head) {
        unitWord = head.text;
        unitClass = unitClassOf(unitWord);
      }
    }
    if (kind === 'count' && unitWord === null && i > 0 && words[i - 1] === 'many' && (!STOPWORDS.has(w) || /^[A-Z]{2,}$/.test(t.text))) {
      // "how many Ukrainian service members are …": the counted noun is the head of the phrase after "many".
      const phrase: string[] = [];
      for (let k = i; k < Math.min(tokens.length, i + 3) && tokens[k]!.kind === 'word' && (!STOPWORDS.has(words[k]!) || /^[A-Z]{2,}$/.test(tokens[k]!.text)) && !EVENT_OF.has(words[k]!); k++) phrase.push(tokens[k]!.text);
      unitWord = phrase.find((p) => unitClassOf(p) === 'person') ?? [...phrase].reverse().find((p) => /[^s]s$/.test(p) && p.length > 3) ?? phrase[phrase.length - 1] ?? null;
      unitClass = unitClassOf(unitWord);
    }
    if ((STOPWORDS.has(w) && !/^[A-Z]{2,}$/.test(t.text)) || /^(?:who|whom|whose|what|when|where|which|why|how)$/.test(w) || w.length < 2) return;
    // Generic words ("take place", "finally") help rank evidence but an answer need not contain them.
    // In "where/when did the landslide strike", the event verb is how the question is put, not what it is about.
    const eventVerb = (kind === 'where' || kind === 'when') && (EVENT_OF.has(w) || HAPPEN_VERBS.has(w));
    // "what is the name of X" frames a question; "published the names (of X)" is what it is about.
    const framing = GENERIC.has(w) && !(/^names?$/.test(w) && (words[i + 1] !== 'of' || !/^(?:is|was|are|were)$/.test(words[i - 2] ?? '')));
    // "did the town last flood": "last" after its subject says when, as an adverb does; "his last message" is a thing.
    const adverbialLast = w === 'last' && i > 0 && !DETERMINERS.has(words[i - 1]!);
    // "this year's Oscars show", "this week": the time the asker is in, which the coverage need not write.
    const deictic = /^(?:year|year's|week|week's|month|month's)$/.test(w) && /^(?:this|next)$/.test(words[i - 1] ?? '');
    terms.push({ key: termKey(t.text), word: t.text, generic: framing || deictic || eventVerb || adverbialLast || participle(words, i) || (/ly$/.test(w) && w.length > 4 && !NOT_ADVERBS.has(w)) || described.has(i) });
  });

  // With no verb of its own, the question asks about the event its counted noun was part of ("how many freed
  // prisoners were women"), not one that only described something else ("the returned flight").
  const [modifier] = attributive;
  const counted = (unitWord as string | null)?.toLowerCase();
  if (!event && modifier && counted && words.slice(modifier.at + 1, modifier.at + 4).includes(counted)) event = modifier.event;
  // When the event is all a question names ("where did the swap take place?"), the event is what it is about.
  if (terms.every((t) => t.generic)) for (const t of terms) if (EVENT_OF.has(t.word.toLowerCase())) t.generic = false;
  // "How long …" counts time: the answer is a duration, whatever noun follows.
  if (kind === 'count' && /\bhow long\b/.test(lower)) {
    unitClass = DURATION;
    unitWord = null;
  }
  return {
    text: asked,
    kind,
    terms: dedupeTerms(terms),
    numbers,
    cue,
    event,
    unitClass,
    unitWord,
    words,
    names: tokens.slice(1).filter((t) => t.kind === 'word' && isCapitalised(t.text)).map((t) => bare(t.text)),
    perParty: /\beach\b|\bper side\b|\bapiece\b/.test(lower),
    ofWhole: /\bhow many of (?:the|them|those)\b/.test(lower),
    type,
    // "Who described it as only 'ajar'?": asked who used a word, even one short word is what was said.
    quoted: quotedIn(text, kind === 'who' && cue !== null),
    // "will"/"would" and "total"/"complete" are too common in questions to mark a plan.
    // "is Israel to free …" plans, as "is due to" does.
    planned: words.some((w) => PLAN_WORDS.has(w) && !/^(?:will|would|total|complete)$/.test(w)) || TO_DO.test(text),
  };
}

function dedupeTerms(terms: Question['terms']): Question['terms'] {
  const seen = new Set<string>();
  return terms.filter((t) => (seen.has(t.key) ? false : (seen.add(t.key), true)));
}

/**
 * The passages a question puts in quotation marks ("Who said 'X'?"): at least two words or one long word, since a
 * short one may be a scare quote, unless the question asks who used those words.
 */
function quotedIn(text: string, usedWords: boolean): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(QUOTED)) {
    const passage = (m[1] ?? m[2]!).trim();
    if (passage.split(/\s+/).length >= 2 || passage.length >= (usedWords ? 3 : 6)) out.push(passage);
  }
  return out;
}

/** The coarse kind the answerers are chosen by, from the answer type (a count of years is still a count). */
function kindOf(t: AnswerType, fallback: QuestionKind): QuestionKind {
  switch (t.want) {
    case 'person':
    case 'group':
      return 'who';
    case 'place':
      return 'where';
    case 'time':
    case 'date':
    case 'year':
      return 'when';
    case 'count':
    case 'age':
    case 'duration':
    case 'distance':
    case 'size':
    case 'percent':
    case 'money':
      return 'count';
    default:
      return fallback;
  }
}
