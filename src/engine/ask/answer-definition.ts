/**
 * What-questions answered by the shape of a sentence rather than by its words alone: what a thing is ("What is the
 * governor?": "the governor, a valve that …"), which value a noun is given ("what helpline number": "a helpline,
 * 0800 123 456, …") and what a thing is called ("a so-called WESTER"). A sentence that merely mentions the thing
 * says none of these.
 */
import type { CorpusIndex } from '../corpus-index.ts';
import type { Question } from './question.ts';
import type { Answer } from './answer-types.ts';
import type { Scored } from './evidence.ts';
import { MIN_COVERAGE, answered, notFound } from './answer-common.ts';
import { termKey } from '../text/stem.ts';
import { EVENT_OF } from '../text/lexicon.ts';
import { oneLine } from '../source-ref.ts';

/** "What is the X?", "What are X?", with an optional relative clause after X that only says which X. */
const ASKS_DEFINITION = /^what\s+(?:is|are|was|were)\s+(?:the\s+|an?\s+)?([a-z][a-z-]+)(?:\s+(?:that|which|who)\b[^?]*)?\?*$/i;

export function answerDefinition(q: Question, index: CorpusIndex): Answer | null {
  const m = ASKS_DEFINITION.exec(q.text);
  if (!m) return null;
  const thing = m[1]!.toLowerCase();
  // "the governor, a valve that limits …," / "governors are valves that …"
  const shapes = [new RegExp(`\\b${thing},\\s+((?:an?)\\s+[^,;:.()]{3,80}?)(?=[,;:.]|$)`, 'i'), new RegExp(`\\b${thing}\\s+(?:is|are|was|were)\\s+((?:an?)\\s+[^,;:.()]{3,80}?)(?=[,;:.]|$)`, 'i')];
  const hits: { answer: string; s: (typeof index.sentences)[number] }[] = [];
  for (const id of index.stats.postings.get(termKey(thing)) ?? []) {
    const s = index.sentences[id]!;
    for (const re of shapes) {
      const found = re.exec(s.text);
      if (found) {
        hits.push({ answer: oneLine(found[1]!), s });
        break;
      }
    }
  }
  if (!hits.length) return null;
  // Outlets defining it differently ("a valve", "a sensor") each said something true of it: the first is shown
  // with every sentence that defines it, so a reader sees them all.
  return answered(q, hits[0]!.answer, hits.map((h) => h.s));
}

/** Another outlet gives another value: not one the coverage settles. */
const outletsDiffer = (hits: { answer: string; s: { publisher: string } }[]) => hits.some((h) => h.answer !== hits[0]!.answer && h.s.publisher !== hits[0]!.s.publisher);

/** Words that ask for the value itself ("what helpline number"), not for a kind of thing. */
const VALUE_HEADS = new Set(['number', 'name', 'code', 'title', 'word', 'words']);

/**
 * "What helpline number did the council open?" answered by "opened a helpline, 0800 123 456, for …": the value set
 * off by commas right after the asked noun, in evidence that covers the question. Only a number, a name or a quoted
 * phrase is taken there: any other apposition describes rather than names.
 */
export function answerApposition(q: Question, scored: Scored[]): Answer | null {
  const nouns = q.type.focus.filter((w) => !VALUE_HEADS.has(w));
  if (q.type.want !== 'what' || !nouns.length) return null;
  // Case matters for the value (a name is capitalised), so the nouns take either case of their first letter only.
  const either = nouns.map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`);
  const shape = new RegExp(`\\b(?:${either.join('|')}),\\s+(\\d[\\d ]{3,}\\d|[“"][^”"]{2,60}[”"]|\\p{Lu}[\\p{L}\\d-]*(?:\\s+\\p{Lu}[\\p{L}\\d-]*){0,3})(?=,)`, 'u');
  const hits: { answer: string; s: (typeof scored)[number]['sentence'] }[] = [];
  for (const x of scored) {
    if (x.coverage < MIN_COVERAGE.what) continue;
    const m = shape.exec(x.sentence.text);
    if (m) hits.push({ answer: oneLine(m[1]!), s: x.sentence });
  }
  if (!hits.length || outletsDiffer(hits)) return null;
  return answered(q, hits[0]!.answer, hits.map((h) => h.s));
}

/** The head noun after "what is/was": "what is the bank's new target range" → "range"; null for any other shape. */
function copulaHead(words: string[]): string | null {
  if (words[0] !== 'what' || !/^(?:is|was|are|were)$/.test(words[1] ?? '')) return null;
  let e = 2;
  while (e < words.length && /^(?:the|a|an|its|his|her|their|this|that|[\p{L}-]+['’]s)$/u.test(words[e]!)) e++;
  const start = e;
  while (e < words.length && !/^(?:of|in|on|at|for|by|from|that|which|who|to|after|before|when|under|since)$/.test(words[e]!)) e++;
  return e > start ? words[e - 1]!.replace(/[?.!]+$/, '') : null;
}

/** Words between an asked noun and its figure: "a target range of 5.25% to 5.5%", "the vote was 9-1", "rate at 4%". */
const TO_FIGURE = /^\s+(?:(?:of|at|to|is|was|were|are|stood at|stands at|now|set at|to between|between|by)\s+){1,3}(?:about|around|roughly|some|nearly|almost|more than|less than|over|under|just)?\s*$/i;
/** A range's upper end after its first figure: " to 4.5%", "–5.5%". */
const RANGE_END = /^\s*(?:to|-|–)\s*[$€£]?\d[\d,.]*\s*%?/;
/** A figure's first end when it opens a range: "5.25% to", "5.25%–". */
const RANGE_START = /([$€£]?\d[\d,.]*\s*%?\s*(?:to|and|-|–)\s*)$/;

/**
 * "What is the new target range?", "what rate did the bank set?": the figure the sentence gives right after the
 * asked noun ("a target range of 5.25% to 5.5%") or right before it ("a 4% rate"), where no known kind of figure
 * said what to look for. None when outlets give different figures: that is not settled here.
 */
export function answerFigureOf(q: Question, scored: Scored[]): Answer | null {
  const head = q.type.head ?? copulaHead(q.words);
  if (q.type.want !== 'what' || !head || VALUE_HEADS.has(head)) return null;
  const key = termKey(head);
  const hits: { answer: string; s: (typeof scored)[number]['sentence'] }[] = [];
  for (const x of scored) {
    if (x.coverage < MIN_COVERAGE.what) continue;
    const s = x.sentence;
    const lower = s.text.toLowerCase();
    for (const m of lower.matchAll(/[a-z][a-z-]*/g)) {
      if (termKey(m[0]) !== key) continue;
      const after = m.index + m[0].length;
      const q2 = s.quantities.find((qq) => {
        const at = qq.span.start - s.span.start;
        const end = qq.span.end - s.span.start;
        // Right after the noun, or right before it ("a 4% rate"); never a bare year or a number with no unit.
        const near = (at >= after && TO_FIGURE.test(s.text.slice(after, at))) || (end <= m.index && m.index - end <= 2);
        return near && qq.unit !== null;
      });
      if (!q2) continue;
      const at = q2.span.start - s.span.start;
      const range = RANGE_START.exec(s.text.slice(Math.max(0, at - 16), at));
      const from = range ? at - range[1]!.length : at;
      // "4.25% to 4.5%": a range is one answer, with its upper end.
      const end = q2.span.end - s.span.start;
      const upTo = RANGE_END.exec(s.text.slice(end));
      hits.push({ answer: oneLine(s.text.slice(from, end + (upTo?.[0].length ?? 0))), s });
      break;
    }
  }
  if (!hits.length || outletsDiffer(hits)) return null;
  return answered(q, hits[0]!.answer, hits.map((h) => h.s));
}

/** "What is the type of storm behind the floods called?": what a thing is called, not what it is. */
const ASKS_NAME = /^what(?:\s+(?:is|are|was|were)|['’]s)\s+(?:the\s+|an?\s+)?(?:(?:type|kind|sort|form)\s+of\s+)?(.+?)\s+(?:called|known as|named|dubbed)\s*\?*$/i;
/** The thing asked about, without what only says which one ("the nursing home near the plant"). */
const WHICH_ONE = /\s+(?:near|by|at|in|on|of|from|beside|next to|that|which|where)\s.*$/i;
const NAMING = /\b(?:so-called|known as|called|dubbed|named)\s+(?:an?\s+|the\s+)?([“"][^”"]{2,40}[”"]|\p{Lu}[\p{L}\d-]*(?:\s+\p{Lu}[\p{L}\d-]*){0,3})/u;

/** What follows a thing's head noun and only says which one it is: "… to fusion used at X", "… that met". */
const AFTER_HEAD = /\s+(?:to|in|at|on|used|that|which|who|behind)\s.*$/i;

export function answerCalled(q: Question, index: CorpusIndex): Answer | null {
  const m = ASKS_NAME.exec(q.text);
  if (!m) return null;
  // The thing named is the phrase's head: "the approach to fusion used at X" names an approach, not any fusion plant.
  const head = m[1]!.replace(AFTER_HEAD, '');
  const words = head.toLowerCase().split(/[^\p{L}'’-]+/u).filter((w) => w.length > 2 && !/^(?:the|and|behind|of|for|with|from|that|this)$/.test(w));
  const hits: { answer: string; s: (typeof index.sentences)[number] }[] = [];
  for (const w of words) {
    for (const id of index.stats.postings.get(termKey(w)) ?? []) {
      const s = index.sentences[id]!;
      const at = s.text.toLowerCase().indexOf(w);
      const named = NAMING.exec(s.text);
      // The name must follow the thing closely: "The storm was a so-called DANA".
      if (at >= 0 && named && named.index > at && named.index - at <= 40 && !hits.some((h) => h.s === s)) hits.push({ answer: oneLine(named[1]!), s });
    }
  }
  // "The Oxley Rest nursing home": a name written right before the thing it names.
  if (!hits.length) {
    const thing = m[1]!.replace(WHICH_ONE, '').trim();
    const before = new RegExp(`((?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,4})${thing.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'iu');
    // The sentences holding the thing's rarest word: every sentence holding the thing is among them. (Words of
    // happening, "home" among them, are read as events, not terms: they find no sentence.)
    const lists = thing.split(/\s+/).filter((w) => !EVENT_OF.has(w.toLowerCase())).map((w) => index.stats.postings.get(termKey(w)) ?? []);
    for (const id of lists.length ? lists.reduce((a, b) => (b.length < a.length ? b : a)) : []) {
      const s = index.sentences[id]!;
      const found = before.exec(s.text);
      // Every word capitalised: the i flag lets \p{Lu} match any letter.
      const name = found?.[1]!.trim().replace(/^(?:The|A|An)\s+/, '');
      if (name && name.split(/\s+/).every((w) => /^\p{Lu}/u.test(w) && w !== w.toLowerCase()) && !hits.some((h) => h.s === s)) hits.push({ answer: oneLine(name), s });
    }
  }
  // Asked for a name, a sentence that gives none is no answer, however well it matches.
  if (!hits.length) return notFound(q, 'The coverage gives it no name.');
  if (outletsDiffer(hits)) return notFound(q, 'Outlets call it by different names.');
  return answered(q, hits[0]!.answer, hits.map((h) => h.s));
}

/** "What does Ann Roe do (for a living)?", "What is Roe's job?": a question about what someone works as. */
const ASKS_OCCUPATION = /^[Ww]hat\s+(?:does|did|do)\s+((?:\p{Lu}[\p{L}'’-]+\s+){0,2}\p{Lu}[\p{L}'’-]+)\s+do(?:\s+for\s+(?:a\s+living|work))?\s*\?*$|^[Ww]hat\s+(?:is|was)\s+((?:\p{Lu}[\p{L}'’-]+\s+){0,2}\p{Lu}[\p{L}'’-]+)['’]s\s+(?:job|profession|occupation|trade)\s*\?*$/u;

/**
 * What someone does for a living, from the description an outlet sets off after their name: "Roe, a veterinary
 * nurse, was taken …", "Ann Roe, 31, a teacher, …". Only a description with "a" or "an" names a trade; "the" names a
 * role in the story.
 */
export function answerOccupation(q: Question, index: CorpusIndex): Answer | null {
  const m = ASKS_OCCUPATION.exec(q.text.trim());
  if (!m) return null;
  const name = (m[1] ?? m[2])!;
  const surname = name.split(/\s+/).pop()!;
  const shape = new RegExp(`\\b${surname}(?:,\\s+\\d{1,3})?,\\s+(an?\\s+[\\p{Ll}-]+(?:\\s+[\\p{Ll}-]+){0,3}),`, 'u');
  const hits: { answer: string; s: (typeof index.sentences)[number] }[] = [];
  for (const id of index.stats.postings.get(termKey(surname)) ?? []) {
    const s = index.sentences[id]!;
    const found = shape.exec(s.text);
    if (found) hits.push({ answer: oneLine(found[1]!), s });
  }
  if (!hits.length || outletsDiffer(hits)) return null;
  return answered(q, hits[0]!.answer, hits.map((h) => h.s));
}
