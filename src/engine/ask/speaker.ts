/**
 * Who is the source of a sentence, for "who said …" questions: the attribution the index read ("X said", "said X",
 * "according to X", "X told a news agency", "X, who …, said"), else the forms it leaves out: "was confirmed by X", a
 * subject whose cue verb comes after a first clause ("X apologised and said …"), and "he"/"she" for the person named
 * just before.
 */
import type { CorpusIndex } from '../corpus-index.ts';
import type { Attribution, Sentence } from '../types.ts';
import type { Question } from './question.ts';
import { coverageOf } from './evidence.ts';
import { CUE_FORMS } from '../text/lexicon.ts';
import { looksLikePerson, nameSpans } from './spans.ts';
import { lowerWords } from './corpus-words.ts';
import { isTitleWord } from '../text/phrases.ts';

export interface Speaker {
  display: string;
  key: string;
  /** Share of the question the speaker's own words cover. */
  coverage: number;
  cueMatches: boolean;
}

const coverCache = new WeakMap<Question, (terms: readonly string[]) => number>();

const PRONOUN = /^(?:he|she|they|it|we)$/i;

// Regular expressions with \p{…} outside brackets are rebuilt wherever tsx meets them written inline; these are read
// per evidence sentence, so they are built once here.
/** "Jane Roe, " just before a role: the name it describes. */
const NAME_THEN_COMMA = /(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+),\s*$/u;
/** "Jane Roe, a senior official, " before a cue. */
const NAME_BEFORE_ROLE = /(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+),\s+(?:\S+\s+){0,5}$/u;
const ONE_CAPITALISED_WORD = /^\p{Lu}\S*$/u;
const UPPERCASE = /\p{Lu}/u;

const CUE_WORD = new RegExp(`\\b(?:${[...CUE_FORMS.keys()].join('|')})\\b`, 'i');

/** A source resolved from an earlier sentence ("he" → last quoted name) is not named in this one. */
const namedElsewhere = (a: Attribution, s: Sentence) => PRONOUN.test(a.surface) || !s.text.includes(a.surface);

const rank = (x: Speaker) => x.coverage + (x.cueMatches ? 0.5 : 0);
const byRank = (a: Speaker, b: Speaker) => rank(b) - rank(a);

/** Every source of the sentence, best first: the one whose cue the question uses ("who told …"), then by coverage. */
export function speakersOf(s: Sentence, q: Question, index: CorpusIndex): Speaker[] {
  let cover = coverCache.get(q);
  if (!cover) coverCache.set(q, (cover = coverageOf(index, q)));
  const out: Speaker[] = [];
  let named: Sentence['claims'][number] | undefined;
  for (const c of s.claims) {
    if (c.attribution.kind === 'person' && !namedElsewhere(c.attribution, s)) {
      named = c;
      break;
    }
  }
  for (const c of s.claims) {
    const coverage = s.claims.length === 1 ? cover(s.terms) : cover(c.terms);
    // "Jane Roe said … what she described as …": a pronoun after a person named in the same sentence is that person.
    const pronoun = namedElsewhere(c.attribution, s);
    const own = pronoun && named && named !== c ? named.attribution : c.attribution;
    const subject = pronoun && !named ? sentenceSubject(s, index) : null;
    const display = subject ?? shortSource(resolveRole(own.display, s, index), own.surface, s, index);
    if (!display) continue;
    out.push({ display, key: own.key, coverage, cueMatches: q.cue !== null && c.attribution.cue === q.cue });
  }
  if (!out.length) {
    const found = unreadSpeaker(s, index);
    if (found) out.push({ display: found, key: `n:${found.toLowerCase()}`, coverage: cover(s.terms), cueMatches: false });
  }
  out.sort(byRank);
  // Asked about quoted words: whoever speaks them, named before the last cue ahead of them, comes first.
  for (const passage of q.quoted) {
    const who = quoteSpeaker(s, passage, index);
    if (who && !out.some((o) => o.display === who)) out.unshift({ display: who, key: `n:${who.toLowerCase()}`, coverage: cover(s.terms), cueMatches: false });
    else if (who) out.unshift(...out.splice(out.findIndex((o) => o.display === who), 1));
  }
  return out;
}

/** The person a sentence opens with ("Jane Roe, the company's chief, said … what she described as …"), if any. */
function sentenceSubject(s: Sentence, index: CorpusIndex): string | null {
  const first = nameSpans(s.text, lowerWords(index))[0];
  // ('"The reason Ivo Roe is dead …," he said': a name inside the quote the sentence opens with is spoken of.)
  return first && first.start < 25 && looksLikePerson(first.text) && !/[,;:]/.test(s.text.slice(0, first.start)) && !insideQuotes(s.text, first.start) ? first.text : null;
}

/** "…, and Jane Roe, the minister, said there were 'dozens'": the person named before the cue nearest the words. */
function quoteSpeaker(s: Sentence, passage: string, index: CorpusIndex): string | null {
  const at = s.text.toLowerCase().indexOf(passage.toLowerCase());
  if (at < 0) return null;
  const head = s.text.slice(0, at);
  let cue: RegExpExecArray | null = null;
  // Verbs that introduce quoted words without attributing a claim: "spoke of 'dozens'", "asked: '…'".
  const all = new RegExp(`${CUE_WORD.source}|\\b(?:spoke|speaks|asked|asks|wrote|put it|described|called)\\b`, 'gi');
  for (let m = all.exec(head); m; m = all.exec(head)) cue = m;
  if (!cue) return null;
  // A subject, not a name inside a phrase ("heads the Port Alder station") nor one a relative clause describes.
  const clause = head.slice(0, cue.index);
  const relative = /,\s+who\b/.exec(clause);
  const people = nameSpans(relative ? clause.slice(0, relative.index) : clause, lowerWords(index)).filter(
    (n) => looksLikePerson(n.text) && !/\b(?:the|a|an|of|in|at|from|to|for|with|by|on|heads|runs|leads)\s+$/i.test(clause.slice(0, n.start)),
  );
  const last = people[people.length - 1];
  // Only a name close before its cue, in the same clause or its appositive.
  if (!last || cue.index - last.end >= 60 || /[;:]/.test(head.slice(last.end, cue.index))) return null;
  // "Tarnish Prime Minister Ann Roe", "Rep. Ann Roe of Tarnby": the name the attribution already read inside it,
  // without the title before it or the place after it.
  return s.claims.find((c) => c.attribution.kind === 'person' && ` ${last.text} `.includes(` ${c.attribution.display} `))?.attribution.display ?? last.text;
}

/**
 * The source as a short answer: a name inside a long attribution ("José Roe, who heads the service, …" → "José Roe"),
 * and for a place read as the source ("a shop owner in Lyon told …") the role in front of it.
 */
function shortSource(display: string, surface: string, s: Sentence, index: CorpusIndex): string | null {
  if (display.split(/\s+/).length > 6) {
    const name = nameSpans(display, lowerWords(index)).find((n) => looksLikePerson(n.text)) ?? nameSpans(display, lowerWords(index))[0];
    return name ? name.text : null;
  }
  const at = s.text.indexOf(surface);
  // "Jane Roe, a senior ministry official, cautioned": the role describes the name before it.
  if (at > 0 && /^(?:an?|the)\s/i.test(surface)) {
    const named = NAME_THEN_COMMA.exec(s.text.slice(0, at));
    if (named && looksLikePerson(named[1]!)) return named[1]!;
  }
  if (at > 0 && ONE_CAPITALISED_WORD.test(surface)) {
    const role = /(?:^|\s)(?:an?|one|the)\s+((?:[a-z-]+\s+){0,2}[a-z-]+\s+(?:in|from|at)\s+)$/i.exec(s.text.slice(0, at));
    if (role) return `${role[1]}${surface}`;
  }
  return display;
}

/** "the chief told the agency": a bare role stands for the fuller phrase the article used just before ("the fire chief"). */
function resolveRole(display: string, s: Sentence, index: CorpusIndex): string {
  const m = /^(?:the\s+)?([a-z][a-z-]+)$/.exec(display);
  if (!m) return display;
  for (let id = s.id - 1; id >= Math.max(0, s.id - 4); id--) {
    const p = index.sentences[id]!;
    if (p.file !== s.file) break;
    const full = new RegExp(`\\b(?:the|a)\\s+((?:[\\p{L}-]+\\s+){1,2}${m[1]})\\b`, 'iu').exec(p.text);
    if (full) return full[1]!;
  }
  return display;
}

/** Sources the attribution patterns miss, read conservatively: a wrong speaker is worse than none. */
function unreadSpeaker(s: Sentence, index: CorpusIndex): string | null {
  const text = s.text;
  // "Fifty more deaths were confirmed. That figure was confirmed by the regional centre.": the next sentence's source.
  const next = index.sentences[s.id + 1];
  if (next && next.file === s.file) {
    const m = /^(?:That|This|The|These|Those)\s+(?:figure|number|toll|count|estimate|total|tally|information|account|report|claim)s?\s+(?:was|were|has been|had been|is|are)\s+\w+ed\s+by\s+(?:the\s+)?/.exec(next.text);
    if (m) {
      const source = next.text.slice(m[0].length).replace(/[.,;].*$/s, '').trim();
      if (source && source.split(/\s+/).length <= 8 && UPPERCASE.test(source)) return source;
    }
  }
  const cue = CUE_WORD.exec(text);
  if (!cue) return null;
  const names = nameSpans(text, lowerWords(index));
  // "it was confirmed by Jane Roe", "as announced by the ministry"
  const by = /\b(?:was|were|been|being|as)\s+\w+ed\s+by\s+/i.exec(text);
  if (by) {
    const after = names.find((n) => n.start === by.index + by[0].length || n.start === by.index + by[0].length + 4);
    if (after) return after.text;
  }
  // "Jane Roe, the airline's president, apologised and said …": the subject named before the cue, outside quotes.
  const before = names.filter((n) => n.end <= cue.index && !insideQuotes(text, n.start) && (looksLikePerson(n.text) || n.before === 'the'));
  if (before.length && !/[“"]/.test(text.slice(0, before[0]!.start))) return before[0]!.text;
  // "…, the chief told the agency": a role named just before the cue, as the article called it earlier.
  const role = /\b(?:the|a|an)\s+((?:[a-z-]+\s+)?([a-z-]+))\s+$/.exec(text.slice(0, cue.index));
  if (role && isTitleWord(role[2]!)) {
    // "Jane Roe, a senior official, cautioned": the role describes the name before it.
    const named = NAME_BEFORE_ROLE.exec(text.slice(0, role.index + 1));
    if (named && looksLikePerson(named[1]!)) return named[1]!;
    return resolveRole(`the ${role[1]}`, s, index);
  }
  // "He said …", "…, she said": the person the article named or quoted last.
  if (/(?:^|[,:;—–-]\s*|”\s*)(?:[Hh]e|[Ss]he)\s+(?:\w+\s+)?$/.test(text.slice(0, cue.index))) {
    // The subject of the sentence just before ("Presenter Jane Roe shared a picture. She wrote: …").
    const prev = index.sentences[s.id - 1];
    if (prev && prev.file === s.file && !prev.attribution) {
      const subject = nameSpans(prev.text, lowerWords(index)).find((n) => n.start < 25 && !prev.text.slice(0, n.start).includes(','));
      if (subject && looksLikePerson(subject.text)) return subject.text;
    }
    for (let id = s.id - 1; id >= Math.max(0, s.id - 3); id--) {
      const p = index.sentences[id]!;
      if (p.file !== s.file) break;
      // Only a source: a person merely named before ("the hostages were Jane Roe and …") is not who speaks next.
      if (p.attribution && p.attribution.kind === 'person') return shortSource(p.attribution.display, p.attribution.surface, p, index) ?? p.attribution.display;
    }
  }
  return null;
}

function insideQuotes(text: string, at: number): boolean {
  const head = text.slice(0, at);
  const open = (head.match(/“/g) ?? []).length;
  const close = (head.match(/”/g) ?? []).length;
  return open > close || (head.match(/"/g) ?? []).length % 2 === 1;
}
