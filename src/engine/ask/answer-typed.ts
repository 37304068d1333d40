/**
 * Answers by type (the TREC pipeline): from the sentences that cover the question, take the spans of the wanted type
 * (a person, a body, a place, a time, a date, a year, an age, a measure), rank them by how well their sentence covers
 * the question, how close they sit to the matched words and how many outlets give them, and answer only when one
 * stands out; when outlets give different values for the asked slot, answer `disputed` with each.
 */
import type { CorpusIndex } from '../corpus-index.ts';
import type { Sentence } from '../types.ts';
import type { Question } from './question.ts';
import type { Answer } from './answer-types.ts';
import { antecedentOf, type Scored } from './evidence.ts';
import { ageSpans, looksLikePerson, type TypedSpan } from './spans.ts';
import { speakersOf, type Speaker } from './speaker.ts';
import { countScope, storysTopic } from './count-scope.ts';
import { termKey } from '../text/stem.ts';
import { askedVerb, describingParticiples, onlyDescribes } from './participles.ts';
import { isOrgHead, isTitleWord } from '../text/phrases.ts';
import { TITLE_MODIFIERS } from '../text/lexicon.ts';
import { candidatesIn, focusFits, ownerOf, ownedNoun, OLD_ASKED, KIND_FAMILY, holdsAskedRole, nameKeysOf, mayOfferPlace, inNamedClause, inOwnListItem, isOrgLike, matchedAt, MEASURES, namesAskedIn, namesInQuestion, nearness, normaliseKey, notOffset, outsideAsides, questionWords, relatesToVerb, repeatsQuestion, SAID_BEFORE } from './typed-candidates.ts';
import { holderOf, slotValues } from '../slot-values.ts';
import { frontedPlace } from '../value-scope.ts';
import { decide } from './typed-decision.ts';
import { FUTURE_QUESTION, FUTURE_SENTENCE, sentenceSaysNotKnown } from './answer-common.ts';
import { tokensOf } from './token-cache.ts';
import { askedPairs, phrasesSplit } from './phrase-fit.ts';

export interface Candidate {
  /** The nearness bonus alone: a rival value must sit as close to the asked words to count as a disagreement. */
  near?: number;
  span: TypedSpan;
  display: string;
  s: Sentence;
  score: number;
  coverage: number;
  /** The sentence that covers the question when `s`, the one it points back to, holds the value ("The home had …"). */
  via?: Sentence;
  /**
   * For a place: the word it hangs on ("the explosion in Tarnby", "arrested at Oskby") is one of the question's. A
   * place hung on another noun ("a news conference in Velby") says where something else happened.
   */
  tied?: boolean;
  /** How the question's head noun stands to it ("Oxley County" asked "what county"): see focusFits. */
  fit?: 'adjacent' | 'near' | null;
}

const NAMES = new Set(['person', 'group', 'place']);
const PLURAL_WORD = /^\p{Lu}\p{Ll}+[^s]s$/u;
/** A word before a name that counts or describes it as many: a determiner, a number, an adjective ("senior Greens"). */
const COUNTED_BEFORE = /(?:^|[^\p{L}])(?!(?:of|by|to|with|for|from|and|or|as|at|in|on|into|than|like|but|when|while|after|before|its|his|her|their)\s)(?:\d[\d,]*|\p{Ll}+(?<!ed|id|ld|es|ys|ts|ks))\s+$/u;

/** An answer's sentence must cover at least this share of what the best evidence covers. */
const FAR_BEHIND = 0.6;

/** Rival values are gathered from weaker evidence than answers are (see `decide`). */
const RIVAL_FLOOR = 0.35;

const QUOTED_EASING = 0.75;
const NAMED_MIN = 0.7;
const UNNAMED_MANY = /^(?:\p{Lu}[\p{L}'’-]*\s+)?(?:officials|authorities|sources|witnesses|residents|experts|analysts|people|police|officers|investigators|rescuers)$/u;
const NAMED_AS = /\b(?:known as|called|named|dubbed)\s+$/i;

/** How much of the question a sentence must cover before its spans are answers, by what is wanted. */
const MIN: Record<string, number> = { person: 0.5, group: 0.5, place: 0.5, time: 0.55, date: 0.55, year: 0.55 };

const ENDING = /^(?:end|ends|ended|finish|finishes|expire|expires|run|runs|last|lasts)$/;
const UNTIL = /\b(?:until|till|through|to)\s+(?:(?:about|around|midnight|noon|the end of)\s+)?(?:on\s+)?(?:the\s+)?$/i;

/** A comparison the figure after it is the other side of ("more than double the previous record, the …"). */
const COMPARED_BEFORE = /\b(?:double|twice|triple|treble|(?:two|three|four|five|ten|\d+) times|(?:higher|bigger|larger|greater|smaller|lower) than|compared (?:with|to))\s[^;:.]*$/i;

/**
 * Whether a figure stands after a comparison ("more than double the previous record, the £70m …") whose first side
 * holds the question's words and whose second names nothing the question names.
 */
function measuredAgainst(s: Sentence, at: number, q: Question): boolean {
  const from = Math.max(0, at - 60);
  const m = COMPARED_BEFORE.exec(s.text.slice(from, at));
  if (!m) return false;
  const split = from + m.index;
  const { tokens, keys } = tokensOf(s.text);
  const asked = new Set(q.terms.filter((t) => !t.generic).map((t) => t.key));
  const named = new Set(nameKeysOf(q));
  const verb = askedVerb(q);
  if (verb) named.add(termKey(verb));
  const before = tokens.some((t, i) => t.start < split && asked.has(keys[i]!));
  const after = tokens.some((t, i) => t.start > split && named.has(keys[i]!));
  return before && !after;
}

/** A superlative ranging over a place: "the highest … ever recorded in (the)", "the worst … ever seen across". */
const SUPERLATIVE_SCOPE = /\b(?:\p{L}{3,}est|most\s+\p{L}+)\s+[^,;.]{0,50}\bever\b[^,;.]{0,30}\b(?:in|on|across)\s+(?:the\s+)?$/iu;

/** How far back from a place its year's "when" may stand, in characters. */
const YEAR_CLAUSE_REACH = 150;
const YEAR_WHEN = /\bin\s+((?:1[89]|20)\d\d),?\s+when\b[^.;:]*$/;
/** Whether a position stands in a clause a past year opens ("in 2019, when …"), a year the question does not give. */
function inPastYearsClause(s: Sentence, at: number, q: Question): boolean {
  const m = YEAR_WHEN.exec(s.text.slice(Math.max(0, at - YEAR_CLAUSE_REACH), at));
  return !!m && !!s.published && m[1]! < s.published.slice(0, 4) && !q.terms.some((t) => t.key === `y${m[1]}`);
}

const PLANNED_CLAUSE = /\b(?:due|scheduled|expected|supposed|meant|set|planned|slated)\s+to\b/i;
/** The text from the start of the clause a position is in up to it. */
const clauseBefore = (text: string, at: number) => text.slice(Math.max(0, text.slice(0, at).search(/[;:.][^;:.]*$/)), at);

const EARLIER_ASKED = /\b(?:earlier|previous|prior|preceding)\s+\p{Ll}/u;
/** How many days from an article's date a date may lie and still be one of the days its story is told over. */
const STORY_DAYS = 31;

/** Whether a date read as a key ("weekday:friday", "date:12-05") is one of the days around the article's. */
function ofTheStorysDays(key: string, published: string | null): boolean {
  if (key.startsWith('weekday:')) return true;
  const m = /^date:(?:(\d{4})-)?(\d{2})-(\d{2})$/.exec(key);
  if (!m || !published) return false;
  const at = Date.UTC(m[1] ? +m[1] : +published.slice(0, 4), +m[2]! - 1, +m[3]!);
  return Math.abs(at - Date.parse(`${published.slice(0, 10)}T00:00:00Z`)) <= STORY_DAYS * 86_400_000;
}

const LEADS_TO_PLACE = /^(?:at|in|to|into|from|near|on|inside|outside)$/i;

/** "held at the Old Fort": the match key of the word before the locative that leads to a place, or null. */
function verbBeforeLocative(text: string, start: number): string | null {
  const { tokens, keys } = tokensOf(text);
  // The first token at or after `start` (tokens run in order), by binary search: this is read for every candidate.
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start >= start) hi = mid;
    else lo = mid + 1;
  }
  let k = (lo < tokens.length ? lo : -1) - 1;
  if (k >= 0 && /^the$/i.test(tokens[k]!.text)) k--;
  if (k < 1 || !LEADS_TO_PLACE.test(tokens[k]!.text) || tokens[k - 1]!.kind !== 'word') return null;
  // "built by Tarnco Aero in Oskby": the verb before the agent a passive names.
  for (let b = k - 1; b > Math.max(0, k - 6) && /^\p{Lu}/u.test(tokens[b]!.text); b--) {
    if (/^by$/i.test(tokens[b - 1]!.text) && tokens[b - 2]?.kind === 'word') return keys[b - 2]!;
  }
  return keys[k - 1]!;
}

/** "confirmed by the Palestinian Red Crescent": a name after "the" is a body's, however it reads. */
function namesBody(display: string, s: Sentence): boolean {
  const at = s.text.indexOf(display);
  return isOrgLike(display) || (at > 0 && /\bthe\s+$/i.test(s.text.slice(Math.max(0, at - 5), at)));
}

/** A live blog entry's time stamp opening a sentence: "00:41 (Tarn time) - …", "19:32 - …". */
const ENTRY_STAMP = /^\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?))?(?:\s*\([^)]{1,20}\))?\s*[-–—]\s/i;

const GAP_ASKED = /\bhow\s+(?:long|many\s+(?:seconds|minutes|hours|days|weeks|months|years))\s+(?:after|before)\b/i;
const TOOK_BEFORE = /\btook\s+(?:(?:about|around|some|nearly|almost|just|only|roughly|more than|less than)\s+)?$/i;

const ASKED_AGE = /\b(\d{1,3})-year-old\b/;

/** Whether the asked head noun follows a candidate at once ("Tarnish Olympic champion", asked "which champion"). */
function modifiesHead(text: string, end: number, head: string): boolean {
  const next = /^\s+(\p{Ll}[\p{L}-]*)/u.exec(text.slice(end, end + 30))?.[1];
  return !!next && termKey(next) === termKey(head);
}

/** Answers a typed question, or null when no candidate of the wanted type stands in evidence that covers it. */
export function answerTyped(q: Question, scored: Scored[], index: CorpusIndex): Answer | null {
  const want = q.type.want;
  // Words quoted in the question pin the sentence down (only sentences holding them are scored): the rest of the
  // question, often a paraphrase ("thought", "looked"), need cover less of it.
  // A name asked for by what it names ("the name of the X") needs evidence that says which X, all of it.
  const min = q.type.named ? NAMED_MIN : (MIN[want] ?? 0.6) * (q.quoted.length ? QUOTED_EASING : 1);
  const qw = questionWords(q);
  // Quoted words in a who-question are someone's words: the answer is whoever the sentence holding them quotes.
  const speaking = q.type.role === 'speaker' || ((q.cue !== null || q.quoted.length > 0) && (want === 'person' || want === 'group') && q.type.role === null);
  const found: Candidate[] = [];
  // Values that may rival the answer are gathered from a little further down, and must still come close to it.
  const floor = Math.min(min, RIVAL_FLOOR);
  // "When will it reopen?" is not answered by when it closed, nor "which prison will he be sent to" by where he is
  // held: a question about what is to come needs a sentence that speaks of it as to come.
  const future = FUTURE_QUESTION.test(q.text);
  // ("Until when was the contract extended?" asks for an end as plainly.)
  const ending = q.words.some((w) => ENDING.test(w) || /^(?:until|till)$/.test(w));
  const askedPart = want === 'time' ? PART_ASKED.exec(q.text)?.[1]?.toLowerCase() : undefined;
  const inScope = MEASURES.has(want) || want === 'count' || want === 'age' || want === 'time' ? countScope(q, { oneDay: want === 'time', topic: storysTopic(index) }) : () => true;
  // A where-question (or one for a place with no head noun) takes only places its sentence names as such.
  const placeOnly = want === 'place' && !speaking && (q.type.head === null || q.type.head === 'where');
  const describing = describingParticiples(q);
  // "When did the tunnel collapse?": a sentence that says "collapsed" only of a thing ("the collapsed tunnel … were
  // rescued on Tuesday") dates something else.
  const verb = want === 'date' || want === 'time' || want === 'year' ? askedVerb(q) : undefined;
  // "Whose record fell?": the noun whose owner is asked for.
  const owned = ownedNoun(q);
  const verbKey = verb && q.terms.some((t) => t.word.toLowerCase() === verb) ? termKey(verb) : null;
  // "Where was Roe when the lander touched down?": where a named person was is told only where the person is named.
  const whose = want === 'place' ? WHERE_WAS_NAME.exec(q.text)?.[1] : undefined;
  const whoseKey = whose && q.terms.some((t) => t.word === whose) ? termKey(whose) : null;
  const gapAsked = GAP_ASKED.test(q.text);
  // "Which 100-year-old champion …": the age asked picks the person out; a sentence that never gives it names another.
  const askedAge = want === 'person' ? ASKED_AGE.exec(q.text)?.[1] : undefined;
  const pairs = askedPairs(q);
  const earlierAsked = EARLIER_ASKED.test(q.text) || OLD_ASKED.test(q.text);
  // A question that names no one and speaks of "him" or "her" speaks of the person the coverage is about: a name the
  // story's sentences use throughout.
  const topic = storysTopic(index);
  const pronounFor = want === 'person' && !namesInQuestion(q.text).size && q.words.some((w) => /^(?:he|him|his|she|her)$/.test(w)) ? (display: string) => topic(termKey(display.split(/\s+/).pop()!)) : null;
  for (const scoredSentence of scored) {
    if (whoseKey && !scoredSentence.sentence.terms.includes(whoseKey)) continue;
    if (askedAge && !ageSpans(scoredSentence.sentence.text).some((a) => a.key === askedAge)) continue;
    // The sentence holding the quoted words is the evidence, however the rest of the question is worded.
    const x = q.quoted.length ? { ...scoredSentence, coverage: Math.max(scoredSentence.coverage, 0.8) } : scoredSentence;
    if (x.coverage < floor) continue;
    // A sentence that names no place answers no where-question: below the answers' cover it cannot even point back.
    const noPlace = placeOnly && !mayOfferPlace(x.sentence, index);
    if (noPlace && x.coverage < min) continue;
    if ((future && !FUTURE_SENTENCE.test(x.sentence.text)) || !inScope(x.sentence) || sentenceSaysNotKnown(x.sentence, index, q.text)) continue;
    if (verbKey && onlyDescribes(x.sentence.text, verbKey)) continue;
    // "How far is the site from Tarnby?": a distance is between two places, and one the question names is one of them.
    if (want === 'distance' && nameKeysOf(q).length && !namesAskedIn(x.sentence, q)) continue;
    // Where the question's words stand in the sentence, read only for a sentence that offers a candidate: tokenizing
    // every evidence sentence for it was a fifth of a question's time at 10,000 articles.
    let at: [number, number][] | null = null;
    let phrased: number | undefined;
    if (speaking) {
      const speakers = speakersOf(x.sentence, q, index);
      let who: Speaker | undefined;
      for (const w of speakers) {
        // "Which sheriff said …": a person, not "officials".
        if (want === 'person' && q.type.head && /^\p{Ll}/u.test(w.display)) continue;
        // "Which leader estimated …": a ministry that said so in the same sentence is a body, not the leader asked for.
        if (want === 'person' && q.type.head && namesBody(w.display, x.sentence) && !looksLikePerson(w.display)) continue;
        // "Tarnby officials said …": an unnamed crowd of sources names no one who announced it.
        if (UNNAMED_MANY.test(w.display)) continue;
        // "Which Coast Guard admiral said …": "the US Coast Guard" is made of the words that describe the answer.
        if (madeOfFocus(w.display, q) || titledAsOther(w.display, q)) continue;
        // "In Oskland, Gov. Ivo Roe declared …, a day after Gov. Ann Marr did the same in Tarnland": not Tarnland's.
        const shownAt = x.sentence.text.indexOf(w.display);
        if (shownAt >= 0 && frontedElsewhere(x.sentence, { start: shownAt, end: shownAt + w.display.length }, q)) continue;
        if (want === 'person' && q.type.head && shownAt >= 0 && kinOfOther(x.sentence.text, shownAt, q.type.head)) continue;
        if (!repeatsQuestion(w.display, qw) && !(want === 'group' && looksLikePerson(w.display) && !namesBody(w.display, x.sentence))) {
          who = w;
          break;
        }
      }
      // "She said Jane had called herself …", asked "Who said Jane called herself …": the other source is the one the
      // question is about, so the whole sentence is what this one said.
      let onlyAsked = !!who;
      for (const w of speakers) if (w !== who && !repeatsQuestion(w.display, qw)) onlyAsked = false;
      // "The union put the delay down to 'technical reasons'": quoted words with no cue verb; the subject says them.
      if (!who && q.quoted.length && !q.cue) {
        for (const c of candidatesIn(x.sentence, q, index, qw)) {
          if (!relatesToVerb(x.sentence, c.span, q, x.coverage)) continue;
          found.push({ span: c.span, display: c.display, s: x.sentence, score: x.coverage + nearness(c.span, (at ??= matchedAt(x.sentence, q)), x.sentence.text), coverage: x.coverage });
        }
      }
      if (!who) continue;
      // "Which news site reported …": a source named with the asked noun ("the Nettavisen news site") fits best.
      const named = q.type.head && who.display.toLowerCase().split(/\s+/).some((w) => termKey(w) === termKey(q.type.head!)) ? 0.4 : 0;
      // One source: the sentence's own coverage (with what a pronoun carries over); several: the words of this one.
      const coverage = x.sentence.claims.length <= 1 || (onlyAsked && who.cueMatches) ? x.coverage : who.coverage;
      found.push({ span: { text: who.display, start: 0, end: 0, key: who.key }, display: who.display, s: x.sentence, score: coverage + (who.cueMatches ? 0.25 : 0) + named, coverage });
      continue;
    }
    const cands = noPlace ? [] : want === 'person' || want === 'group' ? candidatesIn(x.sentence, q, index, qw) : MEASURES.has(want) ? inOwnListItem(x.sentence, inNamedClause(x.sentence, candidatesIn(x.sentence, q, index, qw), q), q) : want === 'time' || want === 'date' ? notOffset(x.sentence, outsideAsides(x.sentence, inNamedClause(x.sentence, candidatesIn(x.sentence, q, index, qw), q), q), q) : want === 'place' ? inNamedClause(x.sentence, outsideAsides(x.sentence, candidatesIn(x.sentence, q, index, qw), q), q) : inNamedClause(x.sentence, candidatesIn(x.sentence, q, index, qw), q);
    // "… a care home in Oskby … The home had 80 residents, and six drowned": asked where six drowned, the sentence
    // that says it names no place; the place is in the sentence its subject points back to.
    if (!cands.length && want === 'place' && x.coverage >= min) {
      const before = antecedentOf(index, x.sentence);
      for (const c of before ? candidatesIn(before, q, index, qw) : []) found.push({ span: c.span, display: c.display, s: before!, via: x.sentence, score: x.coverage, coverage: x.coverage, near: 0 });
      continue;
    }
    for (const c of cands) {
      // "Which Dallas fire captain …": "Dallas Fire-Rescue" is made of the words that describe the answer, not a name;
      // "which Upcountry area": "Upcountry" is where the answer lies, not the answer.
      if ((want === 'person' || want === 'group' || want === 'place') && madeOfFocus(c.display, q)) continue;
      // "Which country …" is not answered by "the Tarn district" nor "which neighbourhood" by "Oskby Road".
      if (want === 'place' && placeOfOtherKind(x.sentence.text, c.span, q)) continue;
      // "posted on Instagram", "told on Tarn Radio": where words were published is a medium, not a place; "with Ann
      // Hall, Ivo Roe and Piet Kell as hosts" names people alongside.
      if (want === 'place' && NOT_WHERE_BEFORE.test(x.sentence.text.slice(Math.max(0, c.span.start - 40), c.span.start))) continue;
      // "Velco signed deals with Nware, a cloud gaming company based in Oskby", asked where Velco is based: the place
      // is the base of the name the phrase describes, not of the question's.
      if (want === 'place' && baseOfOther(x.sentence.text, c.span.start, q)) continue;
      // "the highest temperature ever recorded in the United Kingdom": the place a superlative ranges over is where the
      // record stands, not where the asked thing happened.
      if (want === 'place' && SUPERLATIVE_SCOPE.test(x.sentence.text.slice(Math.max(0, c.span.start - 90), c.span.start))) continue;
      // "The worst before it was in 2019, when two trains collided near Oskby": a place in a clause a past year opens is
      // of that year's event, unless the question looks back or names that year.
      if (want === 'place' && !earlierAsked && inPastYearsClause(x.sentence, c.span.start, q)) continue;
      if (want === 'person' && (titledAsOther(c.display, q) || otherRank(x.sentence.text, c.span, q))) continue;
      // "Who gave up the No 10 shirt for him?": "him" is the one the story is about; he is not who did it for him.
      if (pronounFor && pronounFor(c.display)) continue;
      // "the player's sister Rafa", asked which player: a name a kin word stands before is that kin, not the asked one.
      if (want === 'person' && q.type.head && kinOfOther(x.sentence.text, c.span.start, q.type.head)) continue;
      // "the oldest living Tarnish Olympic champion": capitalised words right before the asked noun say what kind of
      // champion, not who.
      if (want === 'person' && q.type.head && modifiesHead(x.sentence.text, c.span.end, q.type.head)) continue;
      // "Several senior Greens lost their seats": a plural word for people is a group, not the person asked for.
      // ("Charles became king": a name ending in "s" with no word before it that counts or describes it is a person's.)
      if (want === 'person' && PLURAL_WORD.test(c.display) && !looksLikePerson(c.display) && COUNTED_BEFORE.test(x.sentence.text.slice(Math.max(0, c.span.start - 24), c.span.start))) continue;
      // "Which bank bought Brellin's British arm?": "Brellin UK, the British arm it bought" is the thing asked about.
      if ((want === 'person' || want === 'group') && apposedToAsked(x.sentence.text, c.span, q)) continue;
      // "Which oil company …": "the Fondation du littoral, France's heritage foundation" is said to be another kind.
      if (want === 'group' && apposedAsOtherBody(x.sentence.text, c.span, q)) continue;
      // "Which regulator blocked it?": "a Tarnish regulator", "the Tarnby competition authority" say whose the body
      // is, not which: a place standing before the asked noun modifies it.
      if (want === 'group' && placeBeforeHead(x.sentence.text, c.span, q, index)) continue;
      // "Tarn Valley Bank" asked "which bank bought TVB's arm": the question's own initialism, spelled out.
      if ((want === 'person' || want === 'group' || want === 'place') && spellsOutAsked(c.display, q)) continue;
      // "the Brotherhood of Locomotive Engineers": a name joined by "of" or "for" is a body's, not a person's.
      if (want === 'person' && /\s(?:of|for)\s/.test(c.display)) continue;
      // A name the question's focus noun stands beside ("his Green party") needs no verb to tie it to the question.
      // "What is the name of the X?": a name that is X's own stands beside X ("the crisis cell known as ORCAT"),
      // whatever verb the sentence uses.
      if (q.type.named) {
        if (focusFits(x.sentence, c.span, q) !== 'adjacent' && !NAMED_AS.test(x.sentence.text.slice(Math.max(0, c.span.start - 12), c.span.start))) continue;
      } else if (owned && ownerOf(x.sentence.text, c.span, owned)) {
        // "Whose record fell?": the owner of the record did not do the asked act; owning the asked noun ties it.
      } else if ((want === 'person' || want === 'group') && focusFits(x.sentence, c.span, q) !== 'adjacent' && !relatesToVerb(x.sentence, c.span, q, x.coverage, cands)) continue;
      // "Which company insured the sub?": "Tarnco, the company that operates the sub" is of the asked kind, but the
      // sentence never says what the question asks it did.
      else if ((want === 'person' || want === 'group') && describedByOtherVerb(x.sentence.text, c.span, q)) continue;
      // "In Oskland, Gov. Ivo Roe declared an emergency, a day after Gov. Ann Marr did the same in Tarnland", asked who
      // declared one in Tarnland: a name in the clause another place fronts acted there, not in the asked place.
      if ((want === 'person' || want === 'group') && frontedElsewhere(x.sentence, c.span, q)) continue;
      // "Ivo Roe, a former chief of the Tarnby Fire Company, was in the stands": a body that only says whose role a
      // person held did nothing the question asks, unless the question names that person.
      if (want === 'group' && roleOfBefore(x.sentence.text, c.span.start) && !namesAskedIn(x.sentence, q)) continue;
      // "Programmes had been due to start at 6am; the channel came back at 9am": asked when something happened, a time
      // it was only due at is not the answer.
      if ((want === 'date' || want === 'time') && !future && !q.planned && PLANNED_CLAUSE.test(clauseBefore(x.sentence.text, c.span.start))) continue;
      // "When did the earlier test take place?" asks of an event before the story's: not a day of the story's week.
      if ((want === 'date' || want === 'time') && earlierAsked && ofTheStorysDays(c.span.key, x.sentence.published)) continue;
      // …nor where the previous record was set by the place the story's own happens in, a name it uses throughout.
      if (want === 'place' && earlierAsked && c.display.split(/\s+/).some((w) => topic(termKey(w)))) continue;
      // "the spokesman said Friday that …": that is when it was said, not when the thing asked about happens.
      if ((want === 'date' || want === 'time') && !q.cue && SAID_BEFORE.test(x.sentence.text.slice(Math.max(0, c.span.start - 16), c.span.start))) continue;
      // "At what time did it rise on Thursday morning?" is not answered by 18:10.
      if (want === 'time' && !inPartOfDay(c.span.key, askedPart)) continue;
      // "How long after lift-off did it break apart?" asks a gap after an event, not how long an act took ("took about
      // 40 seconds to break the vehicle apart").
      if (gapAsked && TOOK_BEFORE.test(x.sentence.text.slice(Math.max(0, c.span.start - 24), c.span.start))) continue;
      // "00:41 (Tarn time) - That's where we leave our coverage": a live blog's stamp says when the entry was written;
      // it is when the asked thing happened only if the entry tells that thing ("19:32 - The ceremony has started").
      if ((want === 'time' || want === 'date') && c.span.start === 0 && ENTRY_STAMP.test(x.sentence.text) && !(verb && x.sentence.terms.includes(termKey(verb)))) continue;
      const near = nearness(c.span, (at ??= matchedAt(x.sentence, q)), x.sentence.text, NAMES.has(want));
      // "who won best actress?": a sentence saying "best actress" outranks one saying "best supporting actress".
      let score = x.coverage + near - 0.1 * Math.min(2, (phrased ??= phrasesSplit(x.sentence.text, pairs)));
      // "held at the Old Fort": the place the asked verb itself leads to.
      let tied: boolean | undefined;
      if (want === 'place') {
        const lead = verbBeforeLocative(x.sentence.text, c.span.start);
        // "Where were the rescued workers taken?": "rescued from Oskby" says where they were rescued from, not taken.
        // (Tested inline: a named function made per candidate costs a property write each under tsx's keepNames.)
        if (lead && q.terms.some((t) => t.key === lead && !describing.has(t.key) && !q.type.focus.includes(t.word.toLowerCase()))) score += 0.3;
        if (lead) tied = q.terms.some((t) => t.key === lead && !describing.has(t.key));
      }
      // "The fee is more than double the previous record, the £80 million paid for Kell": a figure after a comparison is
      // what the asked thing is measured against.
      // (Unless the question asks of that other side: "How much did Velby pay for Kell?")
      if ((want === 'money' || want === 'percent' || want === 'count') && measuredAgainst(x.sentence, c.span.start, q)) continue;
      // "When does the mourning end?": of "began on Sunday and lasts until Saturday", the day it lasts until.
      if (ending && (want === 'date' || want === 'time')) score += UNTIL.test(x.sentence.text.slice(Math.max(0, c.span.start - 24), c.span.start)) ? 0.3 : 0;
      const fit = focusFits(x.sentence, c.span, q);
      if (fit) score += fit === 'adjacent' ? 0.4 : 0.2;
      // "Tarnco, the ship's operator", asked "which company operates the ship": named as the one who does it.
      else if ((want === 'person' || want === 'group') && holdsAskedRole(x.sentence.text, c.span, q)) score += 0.4;
      // "who asked …" wants a person before a body; "on what date" a calendar date before a weekday.
      if (want === 'person' && (!q.type.head || q.type.head === 'person') && looksLikePerson(c.display)) score += 0.3;
      if (c.span.key.startsWith('weekday:')) {
        // "On what date" wants a calendar date, not "Friday".
        if (q.type.head === 'date') continue;
        score *= 0.8;
      }
      // A name's span is shared (frozen) by every question that reads the sentence: one rekeyed is a copy.
      const key = normaliseKey(c.span.key, x.sentence);
      const found1: Candidate = { span: key === c.span.key ? c.span : { ...c.span, key }, display: c.display, s: x.sentence, score, coverage: x.coverage, near, fit };
      if (tied !== undefined) found1.tied = tied;
      found.push(found1);
    }
  }
  const ofAsked = want === 'percent' ? ofNamedHolder(q, found) : want === 'age' ? ofNamedPerson(q, found) : want === 'place' ? ofAskedKind(q, notAnothersSeat(q, notOwnedByTheAsked(q, found)), min) : want === 'year' ? ofAskedVerb(q, found) : found;
  // "under contract until September 2031" ends a span: no answer to when something was done, unless the question asks
  // for an end. ("did not issue the order until Tuesday" issued it then.)
  // "Until when …" asks for that end: a date that ends a span answers it before any other.
  const endsSpan = (c: Candidate) => SPAN_END_BEFORE.test(c.s.text.slice(Math.max(0, c.span.start - 30), c.span.start)) && !NOT_UNTIL.test(c.s.text.slice(Math.max(0, c.span.start - 90), c.span.start));
  const untilAsked = /\b(?:until|till)\s+when\b/i.test(q.text);
  const kept = want !== 'year' && want !== 'date' ? ofAsked : untilAsked && ofAsked.some(endsSpan) ? ofAsked.filter(endsSpan) : ending || /\bthrough\b/i.test(q.text) ? ofAsked : ofAsked.filter((c) => !endsSpan(c));
  // The answer itself comes from evidence that covers the question; weaker sentences may only dispute it.
  if (!kept.some((c) => c.coverage >= min)) return null;
  // The sentences that cover the question best give no value of the wanted type, and the values found come from
  // sentences that cover far less of it ("the last seat was declared when X took Y" offers no place after a
  // locative; a sentence on another matter names one): the best evidence does not say. A place something came from
  // is only taken where a sentence says so ("the flight from Oskby"), so it is exempt.
  const bestCoverage = scored.reduce((m, x) => Math.max(m, x.coverage), 0);
  if (!q.type.origin && !q.type.destination && !kept.some((c) => c.coverage >= bestCoverage * FAR_BEHIND)) return null;
  // A bare "when" is answered by whatever date the best sentence gives; only an asked time or date is disputed.
  return decide(q, kept, want !== 'person' && want !== 'group' && want !== 'place' && q.type.head !== 'when', index, min);
}

/** A part of the day a question names: "on Thursday morning", "that evening", "overnight". */
/**
 * Whether a place stands after "based in" in a phrase describing a name the question does not give ("Nware, a gaming
 * company based in Oskby").
 */
function baseOfOther(text: string, start: number, q: Question): boolean {
  const m = BASED_IN_PHRASE.exec(text.slice(Math.max(0, start - 90), start));
  if (!m) return false;
  return !m[1]!.split(/\s+/).some((w) => q.words.includes(w.toLowerCase().replace(/['’]s$/, '')));
}
const BASED_IN_PHRASE = /(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*),\s+(?:a|an|the)\s+[^,;.]{0,50}?\b(?:based|headquartered)\s+in\s+(?:the\s+)?$/u;

/** Words before a name that make it no place: a medium words were put out on, or people named alongside. */
const NOT_WHERE_BEFORE = /(?:\b(?:posted|post|posts|posting|wrote|written|writing|shared|sharing|published|tweeted|broadcast|aired|streamed|said|announced|appeared|appearing|live)\s+on\s+(?:the\s+)?|(?<!\b(?:border|borders|frontier|boundary)\s)\bwith\s+)$/i;

const PART_ASKED = /\b(morning|afternoon|evening|night|overnight)\b/i;
/** The hours (from, to) each part of the day spans, generously: "shortly after noon" may still be told as morning news. */
const PART_HOURS: Record<string, [number, number]> = { morning: [4, 12.5], afternoon: [11.5, 19], evening: [16, 24], night: [18, 30], overnight: [18, 30] };

/**
 * Whether a name stands in a clause a place other than the asked one fronts ("In Oskland, Gov. Ivo Roe …"), while the
 * asked place is named later in the sentence, of someone else.
 */
function frontedElsewhere(s: Sentence, span: { start: number; end: number }, q: Question): boolean {
  const fronted = frontedPlace(s);
  if (!fronted || fronted.split(/\s+/).every((w) => q.words.includes(w))) return false;
  const lower = s.text.toLowerCase();
  return s.places.some((p) => {
    const at = lower.indexOf(p.toLowerCase(), span.end);
    return at >= span.end && p.toLowerCase() !== fronted && p.toLowerCase().split(/\s+/).every((w) => q.words.includes(w));
  });
}

/** Whether a time of day ("18:10") lies in the part of the day asked; any time does when none is asked. */
function inPartOfDay(key: string, part: string | undefined): boolean {
  const m = /^(\d{2}):(\d{2})$/.exec(key);
  if (!part || !m) return true;
  const [from, to] = PART_HOURS[part]!;
  const h = Number(m[1]) + Number(m[2]) / 60;
  return (h >= from && h <= to) || (h + 24 >= from && h + 24 <= to);
}

/** "a former chief of the", "a member of": a word before the "of" that leads to a body, and whether it is a role. */
const ROLE_OF_BEFORE = /\b([a-z]+)\s+(?:of|for|at)\s+(?:the\s+)?$/;
const MEMBERSHIP = /^(?:member|employee|volunteer|founder|worker|staffer)s?$/;
const roleOfBefore = (text: string, start: number) => {
  const m = ROLE_OF_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  return !!m && (isTitleWord(m[1]!) || MEMBERSHIP.test(m[1]!));
};

const WHERE_WAS_NAME = /^where\s+(?:was|is|were|are)\s+(\p{Lu}[\p{L}'’-]+)\s+(?:when|as|while|during|at the time)\b/iu;

const APPOSED_CLAUSE = /^,\s+(?:the|a|an)\s+([a-z]+)\s+(?:that|which|who)\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)/u;

/**
 * Whether the name is set beside the asked noun by a clause that says it did something else: "Tarnco, the company
 * that operates the sub" is a company, but not the one that insured it. The asked verb in the clause keeps it.
 */
function describedByOtherVerb(text: string, span: TypedSpan, q: Question): boolean {
  const verb = askedVerb(q);
  const m = APPOSED_CLAUSE.exec(text.slice(span.end, span.end + 80));
  if (!verb || !m || !q.type.head || termKey(m[1]!) !== termKey(q.type.head)) return false;
  const asked = q.terms.find((t) => t.word.toLowerCase() === verb);
  const said = termKey(m[2]!);
  return said !== termKey(verb) && said !== asked?.key;
}

/** Whether more than half of a name's words (hyphenated parts apart) are the wh-phrase's words, its head noun aside. */
function madeOfFocus(display: string, q: Question): boolean {
  if (q.type.focus.length < 2) return false;
  const focus = new Set(q.type.focus.map((w) => termKey(w)));
  const words = display.split(/[\s-]+/).filter((w) => /\p{L}/u.test(w));
  // "Velmar Exchange's RateWatch tool", asked "which Velmar Exchange tool": a name with the asked noun in it is one of its kind.
  const head = q.type.head ? termKey(q.type.head) : null;
  if (head && words.some((w) => termKey(w.toLowerCase().replace(/['’]s$/, '')) === head)) return false;
  return words.filter((w) => focus.has(termKey(w.toLowerCase()))).length * 2 > words.length;
}

/**
 * "Which minister greeted them alongside the chief minister?": "Chief Minister Jane Roe" is the one the question
 * names by her title outside the wh-phrase, not the one it asks for.
 */
function titledAsOther(display: string, q: Question): boolean {
  const words = display.split(/\s+/);
  let n = 0;
  while (n < words.length - 1 && isTitleWord(words[n]!)) n++;
  if (!n) return false;
  const title = words.slice(0, n).join(' ').toLowerCase();
  return ` ${q.words.slice(q.type.to).join(' ')} `.includes(` ${title} `);
}

const placeNames = new WeakMap<readonly Sentence[], Set<string>>();

/** Every name the coverage uses as a place somewhere ("in Tarnby", "across Oskland"), lower-cased. */
function placesOfCoverage(index: CorpusIndex): Set<string> {
  let out = placeNames.get(index.sentences);
  if (!out) {
    out = new Set();
    for (const s of index.sentences) for (const p of s.places) out.add(p.toLowerCase().replace(/^the\s+/, ''));
    placeNames.set(index.sentences, out);
  }
  return out;
}

const WORDS_AFTER = /^\s+([a-z][a-z-]*)(?:\s+([a-z][a-z-]*))?/;

/** Whether a name the coverage uses as a place is set before the question's head noun, as its modifier ("a Tarnish regulator"). */
function placeBeforeHead(text: string, span: TypedSpan, q: Question, index: CorpusIndex): boolean {
  const head = q.type.head;
  // "In which city's federal court …" asks for the place whose body it is.
  if (!head || q.type.focus.some((w) => /['’]s$/.test(w))) return false;
  const m = WORDS_AFTER.exec(text.slice(span.end, span.end + 40));
  if (!m) return false;
  // "the Tarnby competition authority" asked "which regulator": a body's noun ends the phrase, whichever it is.
  const h = termKey(head);
  const heads = (w: string | undefined) => !!w && (termKey(w) === h || (isOrgHead(head) && isOrgHead(w)));
  if (!heads(m[1]) && !heads(m[2])) return false;
  return placesOfCoverage(index).has(span.text.toLowerCase().replace(/^the\s+/, ''));
}

/** The initialisms a question may use: its words upper-cased ("'s" aside) where the question writes them so. */
const initialismsOf = new WeakMap<Question, Set<string>>();
function questionInitialisms(q: Question): Set<string> {
  let out = initialismsOf.get(q);
  if (!out) initialismsOf.set(q, (out = new Set(q.words.map((w) => w.replace(/['’]s$/, '').toUpperCase()).filter((w) => q.text.includes(w)))));
  return out;
}

/**
 * Whether a name's initials are an initialism the question uses ("Tarn Valley Bank" for "TVB"). The question's
 * initialisms are read once per question: this is asked of every candidate of hundreds of evidence sentences.
 */
function spellsOutAsked(display: string, q: Question): boolean {
  const asked = questionInitialisms(q);
  if (!asked.size) return false;
  const words = display.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  if (words.length < 2) return false;
  return asked.has(words.map((w) => w[0]).join(''));
}

const APPOSED = /^,\s+(?:the|its|his|her|their|a|an)\s+([^,;:()]{1,60})/;

/** Whether a name is set beside a description made of the question's own words ("X UK, the British arm it bought"). */
function apposedToAsked(text: string, span: TypedSpan, q: Question): boolean {
  const m = APPOSED.exec(text.slice(span.end));
  if (!m) return false;
  // "Tarnco, the company that ran the ferry", asked "which company ran the ferry": a description with the asked noun
  // is the answer's.
  const raw = m[1]!.split(/\s+/);
  // (Not "the bank's British arm": a possessive names whose the thing is, not what it is.)
  if (q.type.head && raw.some((w) => !/['’]s$/.test(w) && termKey(w) === termKey(q.type.head!))) return false;
  // "Ann Roe, the chair of the board", asked "who chairs the board": the description names the role asked about.
  if (holdsAskedRole(text, span, q)) return false;
  const words = raw.map((w) => termKey(w.replace(/['’]s$/, '')));
  const asked = new Set(q.terms.filter((t) => !t.generic).map((t) => t.key));
  const shared = new Set(words.filter((k) => asked.has(k)));
  return shared.size >= 2;
}

const APPOSED_BODY = /^,\s+(?:the\s+|an?\s+|\p{Lu}[\p{L}]*['’]s\s+)(?:[\p{Ll}-]+\s+){0,3}([\p{Ll}-]+)(?=[\s,.;])/u;
/** Heads that name a business alike: "which company" is asked of a firm, a group or a maker. */
const BUSINESS_HEAD = /^(?:company|companies|firm|firms|group|groups|corporation|maker|manufacturer|giant|conglomerate|business|operator|carrier|airline)$/;

const GENERIC_BODY = /^(?:body|bodies|organisation|organisations|organization|organizations|institution|institutions|entity|group|groups)$/;

/** Whether a description set beside a name calls it another kind of body than the one asked for. */
function apposedAsOtherBody(text: string, span: TypedSpan, q: Question): boolean {
  const head = q.type.head;
  const own = APPOSED_BODY.exec(text.slice(span.end))?.[1];
  // "Which body …", "which organisation …" asks of any kind.
  if (!head || GENERIC_BODY.test(head) || !own || !isOrgHead(own) || termKey(own) === termKey(head)) return false;
  return !(BUSINESS_HEAD.test(own) && BUSINESS_HEAD.test(head));
}

const TITLE_BEFORE = /((?:\p{Lu}[\p{L}.]*\s+){1,3})$/u;

/** Whether a name stands right after a word of kinship that is not the asked head nor a kind of it ("his sister Ann"). */
function kinOfOther(text: string, start: number, head: string): boolean {
  const kin = KIN_BEFORE.exec(text.slice(Math.max(0, start - 24), start))?.[1]?.toLowerCase();
  return !!kin && termKey(kin) !== termKey(head) && !KIN_HEAD.test(head);
}
/** Heads a kin word is one of: "which relative", "which parent". */
const KIN_HEAD = /^(?:relatives?|relations?|kin|parents?|siblings?|child|children|spouses?|family|grandparents?|grandchild(?:ren)?)$/i;
const KIN_BEFORE = /\b(sister|brother|wife|husband|son|daughter|father|mother|partner|girlfriend|boyfriend|fiancée?|cousin|uncle|aunt|nephew|niece|grandson|granddaughter|grandfather|grandmother|stepson|stepdaughter|stepfather|stepmother),?\s+$/i;

/**
 * "Which chief minister was absent?": "Prime Minister Jane Roe" holds the asked role with another rank in front of it,
 * so she is not the one asked for, however the question's other words fit her.
 */
function otherRank(text: string, span: TypedSpan, q: Question): boolean {
  const head = q.type.head;
  const phrase = q.words.slice(q.type.from + 1, q.type.to);
  const rank = phrase[phrase.length - 2];
  if (!head || !rank || !TITLE_MODIFIERS.has(rank) || !isTitleWord(head)) return false;
  // The title written before the name, with the words the name span itself opens with.
  const before = TITLE_BEFORE.exec(text.slice(Math.max(0, span.start - 40), span.start))?.[1] ?? '';
  const words = `${before}${span.text}`.split(/\s+/).map((w) => w.toLowerCase());
  const at = words.indexOf(head);
  if (at < 1) return false;
  const own = words[at - 1]!;
  return TITLE_MODIFIERS.has(own) && own !== rank;
}

/**
 * "How far did Acme's shares fall": when the question names whose a share is and some share found is of that name,
 * a share of another name ("Velmar's shares fell 6%") is no answer, nor a rival to one.
 */
function ofNamedHolder<T extends { span: TypedSpan; s: Sentence }>(q: Question, found: T[]): T[] {
  const named = namesInQuestion(q.text);
  if (!named.size) return found;
  const holders = found.map((c) => holderOf(c.s, c.span.start, c.span.end, 'percent'));
  if (!holders.some((h) => named.has(h))) return found;
  return found.filter((_, i) => !holders[i] || named.has(holders[i]!));
}

/**
 * What ends a span written before a date: "until September 2031", "through 2032", "to the end of 2033", "up to the
 * middle of March": when a thing ran to, not when it was done.
 */
const SPAN_END_BEFORE = /\b(?:until|till|through|to the end of|up to)\s+(?:(?:the\s+)?(?:end|start|middle)\s+of\s+)?(?:[\p{L}]+\s+)?$/iu;
/** "did not issue the order until Tuesday": what was not done until then was done then. */
const NOT_UNTIL = /(?:\b(?:not|never)\b|n['’]t\b)[^.;,]*\b(?:until|till)\s+(?:[\p{L}]+\s+)?$/iu;

/**
 * "In what year was the Tarn Star launched?": once a sentence with the asked verb gives a year ("launched in 2019"),
 * a year from one without it ("the 2031 financial year") is of something else, however well it covers the rest.
 */
function ofAskedVerb(q: Question, found: Candidate[]): Candidate[] {
  // "… was the Tarn Star launched?": a passive's participle ends the question.
  const last = q.words[q.words.length - 1] ?? '';
  const verb = askedVerb(q) ?? (/^(?:was|were|is|are)$/.test(q.words[q.type.to] ?? '') && /[a-z]{3,}(?:ed|en)$/.test(last) ? last : undefined);
  const key = verb ? q.terms.find((t) => t.word.toLowerCase() === verb)?.key : undefined;
  if (!key) return found;
  // Tied to the verb: the verb's word within a few words of the year, in one clause ("launched in 2019").
  const tied = (c: Candidate) => {
    const { tokens, keys } = tokensOf(c.s.text);
    return keys.some((k, i) => k === key && Math.abs(tokens[i]!.start - c.span.start) <= 40 && !/[;:]/.test(c.s.text.slice(Math.min(tokens[i]!.start, c.span.start), Math.max(tokens[i]!.start, c.span.start))));
  };
  const withVerb = found.filter(tied);
  return withVerb.length ? withVerb : found;
}

const AGE_OF_NAMED = /^how old (?:is|was|are|were) \p{Lu}[\p{L}'’-]*(?<!['’]s)(?:\s+\p{Lu}[\p{L}'’-]*(?<!['’]s))*(?:[,?]|$)/u;

/**
 * "How old was Ivo Brandl?": when some age found is the named person's ("Ivo Brandl, 48"), the ages of others ("his son,
 * Marek, 19", "Marek Brandl, the 19-year-old") are no answer, nor rivals to it.
 */
function ofNamedPerson(q: Question, found: Candidate[]): Candidate[] {
  const named = namesInQuestion(q.text);
  if (!named.size) return found;
  const whose = found.map((c) => slotValues(c.s).find((v) => v.kind === 'age' && v.at < c.span.end && v.end > c.span.start));
  // Once an age is told of the person asked about, one told of no one named ("a 20-year-old climbed …") is another's.
  const other = (v: (typeof whose)[number]) => !v || !v.holder || !named.has(v.holder) || (named.size > 1 && !!v.given && !named.has(v.given));
  // Asked of a person by name ("How old is Ann Roe?"), an age told of someone else by name ("her father Ivo, 36")
  // is never hers.
  if (!whose.some((v) => v && v.holder && !other(v))) return AGE_OF_NAMED.test(q.text) ? found.filter((_, i) => !whose[i]?.holder || !other(whose[i])) : found;
  return found.filter((_, i) => !other(whose[i]));
}

/**
 * "Which seat did Roe win?": "Jane Roe's Forward party" is something of the one asked about, not a place. A name in
 * the wh-phrase ("which square in Tarn City") says where the answer lies: "Tarn City's Old Square" fits.
 */
function notOwnedByTheAsked(q: Question, found: Candidate[]): Candidate[] {
  const possessive = /['’]s$/;
  const names = new Set(q.names.map((n) => n.toLowerCase().replace(possessive, '')).filter((n) => !q.type.focus.includes(n)));
  if (!names.size) return found;
  return found.filter((c) => !c.display.split(/\s+/).some((w) => possessive.test(w) && names.has(w.toLowerCase().replace(possessive, ''))));
}

const SEAT_OF = /(\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*)*),?\s+(?:which\s+is\s+|that\s+is\s+)?(?:based|headquartered)\s+in\s+(?:the\s+)?$/u;

/**
 * "In which city is Oskco based?" is not answered by "Velco, based in Tarnby": a seat the sentence gives another named
 * body is that body's.
 */
function notAnothersSeat(q: Question, found: Candidate[]): Candidate[] {
  const names = q.names.map((n) => n.toLowerCase().replace(/['’]s$/, ''));
  if (!names.length) return found;
  return found.filter((c) => {
    const seatOf = SEAT_OF.exec(c.s.text.slice(Math.max(0, c.span.start - 60), c.span.start))?.[1]?.toLowerCase();
    return !seatOf || names.some((n) => seatOf.includes(n) || n.includes(seatOf));
  });
}

/** Place heads too broad to tell one place from another by ("which area", "what part"). */
const BROAD_PLACE_HEAD = /^(?:place|places|location|locations|area|areas|part|section|site|sites|where)$/;

/** Nouns that say what kind of place a name is. */
const PLACE_KIND = new Set(
  `country nation state province region county district city town village township borough neighbourhood neighborhood
  suburb street road avenue boulevard lane highway motorway square airport port harbour harbor station hospital stadium
  island valley river lake mountain bay sea ocean chapel church cathedral palace castle hotel prison school university
  centre center park bridge base camp constituency`.split(/\s+/),
);
const KIND_AFTER = /^\s+([a-z]+)\b/;
const KIND_OF_BEFORE = /\b([a-z]+)\s+of\s+(?:the\s+)?$/;

/**
 * Whether a place is named as another kind than the one asked for: by a kind word in its name ("Oskby Road"), right
 * after it ("the Tarn district") or before it with "of" ("the village of Oskby").
 */
function placeOfOtherKind(text: string, span: TypedSpan, q: Question): boolean {
  const head = q.type.head;
  if (!head || BROAD_PLACE_HEAD.test(head) || !PLACE_KIND.has(head)) return false;
  const family = KIND_FAMILY.get(head) ?? head;
  const other = (w: string | undefined) => !!w && PLACE_KIND.has(w) && (KIND_FAMILY.get(w) ?? w) !== family;
  const words = span.text.toLowerCase().split(/\s+/);
  if (words.some((w) => termKey(w) === termKey(head))) return false;
  return other(words[words.length - 1]) || other(KIND_AFTER.exec(text.slice(span.end, span.end + 20))?.[1]) || other(KIND_OF_BEFORE.exec(text.slice(Math.max(0, span.start - 30), span.start))?.[1]);
}

/**
 * "What county is West in?": when a covering sentence names a place together with the asked noun ("Oxley County"),
 * places that are not named as one ("the state", "Kellmoor Flour Co.") are other kinds of place, not rival answers.
 */
function ofAskedKind(q: Question, found: Candidate[], min: number): Candidate[] {
  if (!q.type.head || BROAD_PLACE_HEAD.test(q.type.head)) return found;
  if (!found.some((c) => c.fit === 'adjacent' && c.coverage >= min)) return found;
  return found.filter((c) => c.fit === 'adjacent');
}

