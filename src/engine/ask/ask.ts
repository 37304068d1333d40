/**
 * Answers a question from the index with one of three explicit outcomes: `answered` (a short answer and the
 * sentences that back it), `disputed` (each value with its outlets) or `not_found` ("The coverage doesn't say").
 * It never offers a nearest sentence as an answer: evidence must cover the question or there is no answer.
 */
import type { CorpusIndex } from '../corpus-index.ts';
import type { Sentence } from '../types.ts';
import { parseQuestion, type Question } from './question.ts';
import { questionSpeaker, scoreSentences, unknownTerms } from './evidence.ts';
import type { Answer } from './answer-types.ts';
import { ASKS_POPULATION, MIN_COVERAGE, madeOfQuestionWords, notFound, saysAsAsked } from './answer-common.ts';
import { invertedVerb, mainVerb, statedVerb } from './main-verb.ts';
import { termKey } from '../text/stem.ts';
import { STOPWORDS } from '../text/lexicon.ts';
import { STARTS_UPPERCASE } from '../text/tokens.ts';
import { answerWho } from './answer-who.ts';
import { answerCount, askedVerbKey } from './answer-count.ts';
import { answerWhat } from './answer-what.ts';
import { answerApposition, answerFigureOf, answerCalled, answerDefinition, answerOccupation } from './answer-definition.ts';
import { answerTyped } from './answer-typed.ts';
import { LATEST_ASKED } from './typed-decision.ts';
import { answerMembers } from './answer-members.ts';
import { quotes } from './quoted.ts';
import { looksLikePerson } from './spans.ts';
import { givenNames, GIVEN_NAME_WEIGHT } from './given-names.ts';
import { disputeForQuestion, disputedByDigest } from './digest-disputes.ts';
import { calledAsAsked, someMention } from './typed-decision.ts';

export { NOT_FOUND_ANSWER, type Answer, type AnswerStatus, type Citation } from './answer-types.ts';

/** Cues whose object is words said, not a thing announced (as question.ts reads them). */
const SAYING_CUES = new Set(['say', 'tell', 'add', 'state', 'claim', 'insist', 'warn', 'write', 'describe', 'call']);

/** An unknown word's share of the weight, next to its idf (the highest there is, as it occurs nowhere). */
const PARAPHRASE_WEIGHT = 0.3;

// Regular expressions with \p{…} outside brackets are rebuilt wherever tsx meets them written inline: built once here.
const NAME_COMPOUND = /^\p{Lu}[\p{L}'’]+(?:-\p{Lu}[\p{L}'’]+)+$/u;
const WORD_COMPOUND = /^\p{Ll}[\p{L}]+(?:-\p{Ll}[\p{L}]+)+$/u;
// "Who is Jane Roe?", "who is the new mayor?" ask who someone is; "who was running the firm?" asks who did something.
// "Who is leading …" asks an agent, "who is Harling's …" an identity: only a lower-case "-ing" word is a verb.
const ASKS_IDENTITY = /^(?:who|whom)\s+(?:is|was|are|were)\s+(?![a-z]+ing\b)\p{L}/u;
const HAS_CAPITAL = /\p{Lu}/u;
const GENERIC_BUSINESS = /\b(?:company|companies|firm|firms|business|businesses|group|groups|organi[sz]ations?|entity|entities|outfit|operator|start-?up)$/i;

const isNameOrNumber = (t: Question['terms'][number], q: Question) => /^(?:[#%@]|[yd]\d)/.test(t.key) || (STARTS_UPPERCASE.test(t.word) && !q.text.startsWith(t.word)) || /\d/.test(t.word);

/** "the Oslo-Bergen train": a hyphenated pair of names the coverage only writes apart is matched by its parts. */
function splitCompounds(index: CorpusIndex, q: Question): Question {
  const terms = q.terms.flatMap((t) => {
    if (index.stats.df.has(t.key)) return [t];
    if (NAME_COMPOUND.test(t.word)) {
      const parts = t.word.split('-').map((w) => ({ ...t, key: termKey(w), word: w }));
      return parts.every((p) => index.stats.df.has(p.key)) ? parts : [t];
    }
    // "take-offs" where the coverage writes "took off": the compound's content word, if the coverage uses it.
    if (WORD_COMPOUND.test(t.word)) {
      const parts = t.word.split('-').filter((w) => !STOPWORDS.has(w) && !STOPWORDS.has(w.replace(/s$/, ''))).map((w) => ({ ...t, key: termKey(w), word: w }));
      return parts.length && parts.every((p) => index.stats.df.has(p.key)) ? parts : [t];
    }
    return [t];
  });
  return terms.length === q.terms.length ? q : { ...q, terms };
}

/** Answers one question from the index. Pure and fast: the index holds everything already read. */
export function ask(index: CorpusIndex, raw: string): Answer {
  const parsed = splitCompounds(index, parseQuestion(raw));
  if (!parsed.text) return notFound(parsed, 'The question is empty.');
  if (!parsed.terms.length) return notFound(parsed, 'The question names nothing the coverage could be searched for.');
  const speaker = questionSpeaker(index, parsed);
  const unknown = new Set(unknownTerms(index, parsed, speaker));
  // A name or number the coverage never mentions makes the question unanswerable from it; a common word it never
  // uses ("sounded" where the articles say "went off") may be the asker's paraphrase: it weighs less, still counts.
  // A count's own verb ("how many children were born") says what is counted: unknown, it cannot be answered.
  // (So is the word right after the wh-phrase, "how much revenue did it make": what is measured.)
  const predicate = mainVerb(parsed);
  const stated = parsed.type.want === 'count' ? statedVerb(parsed) : predicate;
  const missing = parsed.terms.filter((t) => unknown.has(t.word) && (isNameOrNumber(t, parsed) || (parsed.kind === 'count' && !t.generic && (t.word.toLowerCase() === predicate || t.word.toLowerCase() === stated) && !agentNounKnown(index, t.key)))).map((t) => t.word);
  if (missing.length) return notFound(parsed, `The coverage never mentions ${missing.map((m) => `“${m}”`).join(', ')}.`);
  const given = givenNames(parsed, index);
  const q = { ...parsed, terms: parsed.terms.map((t) => (unknown.has(t.word) ? { ...t, scale: PARAPHRASE_WEIGHT } : given.has(t.word) ? { ...t, scale: GIVEN_NAME_WEIGHT } : t)) };
  // Counts score their own evidence (on the question minus what the number itself must match).
  // A question quoting words is answered only from sentences holding those words.
  // Scored once, when an answerer first needs it (counts score their own evidence).
  let evidence: ReturnType<typeof scoreSentences> | undefined;
  const scored = () => (evidence ??= scoreSentences(index, q, speaker).filter((x) => q.quoted.every((p) => quotes(x.sentence, p))));
  const want = q.type.want;
  const identity = ASKS_IDENTITY.test(q.text.replace(/^\s*\S+\s+\S+/, (m) => m.toLowerCase()));
  const answer =
    (q.kind === 'who' || q.kind === 'what' ? answerMembers(q, scored) : null) ??
    (q.kind === 'who'
      ? identity ? answerWho(q, scored(), index) : answerTyped(q, scored(), index)
      : q.kind === 'count'
        ? ((want === 'count' || want === 'what') && !q.quoted.length ? answerCount(q, index, speaker) : null) ?? answerTyped(q, scored(), index)
        : q.kind === 'when'
          ? answerTyped(q, scored(), index)
          : q.kind === 'where'
            ? answerTyped(q, scored(), index)
            : (answerCalled(q, index) ?? answerDefinition(q, index) ?? answerOccupation(q, index) ?? answerApposition(q, scored()) ?? answerFigureOf(q, scored()) ?? answerWhat(q, scored(), speaker)));
  // "On which Reddit forum …" is not answered by "Reddit forum": an answer made only of the question's own words
  // tells the reader nothing the question did not.
  if (answer?.status === 'answered' && q.kind !== 'count' && q.kind !== 'when' && madeOfQuestionWords(answer.answer, q)) return notFound(q, 'No sentence in the coverage says more than the question does.');
  // "Which prosecutor announced …" is not answered by "Paris prosecutor": the role asked about, not who holds it.
  if (answer?.status === 'answered' && want === 'person' && q.type.head && termKey(answer.answer.split(/\s+/).pop()!) === termKey(q.type.head) && !looksLikePerson(answer.answer)) return notFound(q, 'No sentence in the coverage names who holds the role asked about.');
  // "Which law firm …" is not answered by "for-profit company": a firm is known by its name, which has capitals ("the
  // finance ministry" is one body, named by what it does).
  if (answer?.status === 'answered' && want === 'group' && !HAS_CAPITAL.test(answer.answer) && GENERIC_BUSINESS.test(answer.answer)) return notFound(q, 'No sentence in the coverage names the body asked about.');
  // "Which hospital treated them?" is not answered by "Oskby", where the hospitals are: a building or institution asked
  // for is named as one ("Oskby General Hospital") or called one somewhere in the coverage ("the Tarn hotel").
  if (answer?.status === 'answered' && want === 'place' && q.type.head && FACILITY_HEAD.test(q.type.head) && !answer.answer.split(/\s+/).some((w) => termKey(w) === termKey(q.type.head!)) && !calledAsAsked(index, answer.answer, q) && townLike(index, answer.answer)) return notFound(q, `No sentence in the coverage names the ${q.type.head} asked about.`);
  // "… according to the final figures?" is not answered by "Preliminary figures showed …", nor the other way round.
  if (answer?.status === 'answered' && answer.citations.length && answer.citations.every((c) => otherStage(q.text, c.quote))) return notFound(q, 'The coverage gives that figure only at another stage than the one asked about.');
  if (!answer) {
    // A count's own verb holds for a disagreement as for an answer: "how many work at X" is not "5 million watched X".
    // (A place's population is told as "a village of 4,700 people", with no verb for living there.) So does the verb
    // of a when or where question: "At what time did the rig sink?" is not answered by when the fire broke out.
    const verbKey = q.kind === 'count' ? (ASKS_POPULATION.test(q.text) ? null : askedVerbKey(q)) : q.kind === 'when' || q.kind === 'where' ? askedVerbKey(q, invertedVerb(q) ?? null) : null;
    const fitting = scored().filter((x) => x.coverage >= MIN_COVERAGE[q.kind] && (!verbKey || x.sentence.terms.includes(verbKey))).map((x) => x.sentence);
    const dispute = disputeForQuestion(index, q.text, want, q.unitWord, fitting);
    return dispute ?? notFound(q, `No sentence in the coverage answers this ${q.kind === 'count' ? 'count' : q.kind} question.`);
  }
  // Who said something is disputed when outlets put the same quoted words in other mouths; who did anything else is not,
  // nor who announced or confirmed a thing ("the result") rather than words (the answer's sentence may quote others).
  const saying = q.quoted.length > 0 || (!!q.cue && (SAYING_CUES.has(q.cue) || /\bthat\b/i.test(q.text)));
  // A figure asked at its end ("eventually") is the last one told, whatever earlier days said.
  const latest = LATEST_ASKED.test(q.text) && answer.status === 'answered';
  // "…, according to the agency?": an answer told on that authority is what the question asks, whoever else differs.
  const says = answer.status === 'answered' ? saysAsAsked(q) : null;
  if (says && says(answer.citations[0]?.quote ?? '')) return answer;
  return (want !== 'group' && want !== 'what' && (want !== 'person' || saying) && !latest ? disputedByDigest(index, answer, want) : null) ?? answer;
}

/**
 * Whether the coverage writes a name as it writes a town, "in Oskby", and never as it writes a site, "at Oskby" (read
 * where someMention reads).
 */
function townLike(index: CorpusIndex, name: string): boolean {
  const before = (s: Sentence, at: number) => s.text.slice(Math.max(0, at - 12), at);
  return !someMention(index, name, (s, at) => /\b(?:at|outside)\s+(?:the\s+)?$/i.test(before(s, at))) && someMention(index, name, (s, at) => /\b(?:in|to)\s+$/i.test(before(s, at)));
}

/** Heads of questions asking for a building or institution by its name, which a town or region is not. */
const FACILITY_HEAD = /^(?:hospitals?|clinics?|prisons?|jails?|hotels?|airports?|airfields?|stadiums?|arenas?|schools?|universit(?:y|ies)|colleges?|museums?|churche?s?|cathedrals?|mosques?|temples?|embassy|embassies|stations?|factory|factories|plants?|mines?)$/;

/** A figure's stage as a question or a sentence names it: "preliminary figures", "the final count". */
const EARLY_STAGE = /\b(?:preliminary|provisional|initial|early|earliest|first|overnight)\s+(?:[\p{L}-]+\s+)?(?:figures?|results?|estimates?|counts?|tally|tallies|ratings?|numbers?|data|readings?|returns?)\b/iu;
const LATE_STAGE = /\b(?:final|official|confirmed|revised|full|complete|completed|finished|latest)\s+(?:[\p{L}-]+\s+)?(?:figures?|results?|estimates?|counts?|tally|tallies|ratings?|numbers?|data|readings?|returns?)\b/iu;

/** Whether a sentence tells a figure at the other stage than the question asks ("final" asked, "preliminary" told). */
function otherStage(question: string, sentence: string): boolean {
  if (LATE_STAGE.test(question)) return EARLY_STAGE.test(sentence) && !LATE_STAGE.test(sentence);
  if (EARLY_STAGE.test(question)) return LATE_STAGE.test(sentence) && !EARLY_STAGE.test(sentence);
  return false;
}

/**
 * Whether the coverage uses a noun made from a verb's stem ("employees" of "employ", "voters" of "vote"): a count of
 * them may be what the verb asks ("how many people does it employ?"). Read only for a verb the coverage never uses.
 */
function agentNounKnown(index: CorpusIndex, stem: string): boolean {
  if (stem.length < 4) return false;
  for (const [key] of index.stats.df) if (key.length > stem.length && key.length <= stem.length + 3 && key.startsWith(stem)) return true;
  return false;
}
