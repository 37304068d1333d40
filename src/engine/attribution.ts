/**
 * Who a sentence is attributed to, after the PARC model: a source, a cue and the content. Patterns, most reliable
 * first: "according to SRC"; "SRC CUE (that) …" and "…, SRC CUE."; "…, CUE SRC."; "CUE(ed) … by SRC"; pronouns and
 * "the ministry" resolved to the previous source; "citing SRC" last.
 */
import type { Token } from './text/tokens.ts';
import { bare, isCapitalised } from './text/tokens.ts';
import { CUE_FORMS, STOPWORDS, WEAK_CUES } from './text/lexicon.ts';
import { NAME_PARTICLE, isOrgHead, isRoleWord, isTitleWord, phraseAfter, phraseBefore, type Phrase } from './text/phrases.ts';

export interface RawAttribution {
  surface: string;
  cue: string;
  kind: 'person' | 'organization' | 'other';
  /** Token range of the source inside the sentence, so entity lists can leave it out. */
  from: number;
  to: number;
  /** Token index of the cue. */
  cueAt: number;
}

const PREPOSITION_BEFORE = /^(?:in|at|on|from|to|near|inside|outside|into|across|around|over|under|through)$/i;

/** A word after a name that makes the name a clause's subject: an auxiliary or a verb in the past. */
const OPENS_CLAUSE = /^(?:had|has|have|was|were|is|are|would|will|could|should|might|may|must|did|does|\p{Ll}+ed)$/u;

/** What the previous sentences of the article said about sources, for pronouns and definite descriptions. */
export interface AttributionContext {
  previous: RawAttribution | null;
  recent: RawAttribution[];
  /** The one person the sentence before named without quoting, for "he" or "she" when it quoted no one. */
  named?: RawAttribution | null;
}

const NOUN_FORMS = new Set(['state', 'states', 'report', 'reports', 'claim', 'claims', 'post', 'estimate', 'estimates', 'note', 'notes', 'call', 'calls']);
const SKIPPABLE_BEFORE_CUE = new Set(['also', 'has', 'have', 'had', 'previously', 'later', 'earlier', 'repeatedly', 'once', 'then', 'again', 'would', 'will', 'had', 'publicly', 'separately', 'reportedly', 'further', 'first', 'recently', 'initially', 'subsequently', 'already', 'was', 'were', 'is', 'are', 'did', 'does']);
/** Shortened titles written in full, so "the governor" finds "Gov. Ann Roe". */
const TITLE_IN_FULL: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  gov: 'governor', gen: 'general', sen: 'senator', rep: 'representative', col: 'colonel', capt: 'captain', lt: 'lieutenant',
  maj: 'major', sgt: 'sergeant', insp: 'inspector', supt: 'superintendent', prof: 'professor', adm: 'admiral',
  det: 'detective', cmdr: 'commander', cdr: 'commander', brig: 'brigadier', pres: 'president',
});
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);
// Built once: tsx's transform rebuilds a regular expression with \p{…} outside brackets wherever it is written.
const HAS_CAPITAL = /\p{Lu}/u;
const ALL_CAPITALS = /^\p{Lu}{2,}$/u;
const LOWER_WORD = /^\p{Ll}+$/u;

export function kindOf(surface: string): RawAttribution['kind'] {
  const words = surface.split(/\s+/);
  const last = words[words.length - 1]!;
  // "a spokesman for the Interior Ministry": a role held at a body is a person.
  const head = words.findIndex((w) => !/^(?:the|a|an)$/i.test(w));
  if (head >= 0 && isRoleWord(words[head]!) && /^(?:for|of|at)$/i.test(words[head + 1] ?? '')) return 'person';
  if (isOrgHead(last)) return 'organization';
  const titled = words.some((w) => isRoleWord(w));
  // "local media outlet Channel Nine", "France's Ministry of Health": a body, unless a role word makes it a person.
  if (!titled && words.some((w) => isOrgHead(w))) return 'organization';
  if (isRoleWord(last)) return 'person';
  const names = words.filter((w) => (isCapitalised(w) || NAME_PARTICLE.test(w)) && !isTitleWord(w) && !isOrgHead(w));
  if (names.length >= 2 || (names.length === 1 && titled)) return 'person';
  return 'other';
}

const POSSESSIVE_END = /['’]s$/;

function make(whole: Phrase, cue: string, tokens: Token[]): Omit<RawAttribution, 'cueAt'> {
  const p = personOfBody(whole, tokens);
  const words = tokens.slice(p.from, p.to + 1).map((t) => t.text);
  let kind = kindOf(words.join(' '));
  // "the Oskby Lottery said": a person is not "the Ann Roe"; capitalised words after "the" with no title among
  // them name a body, whatever its last word.
  if (kind === 'person' && /^the$/i.test(tokens[p.from - 1]?.text ?? '') && !words.some((w) => isRoleWord(w) || isTitleWord(w) || w.endsWith('.'))) kind = 'organization';
  return { surface: p.text, cue, kind, from: p.from, to: p.to };
}

/**
 * "the Rev. Ann Roe of the Tarnby Relief Fund": a person's name before "of" and a capitalised body or place is that
 * person, who speaks for the body; the body's words are not the source's name. A role before "of" ("Secretary of
 * State") or a body ("Bank of Tarnland") is not cut.
 */
function personOfBody(p: Phrase, tokens: Token[]): Phrase {
  const of = tokens.findIndex((t, k) => k > p.from && k < p.to && t.text === 'of');
  if (of < 0) return p;
  const before = tokens.slice(p.from, of);
  const names = before.filter((t) => t.kind === 'word' && isCapitalised(t.text) && !isTitleWord(t.text) && !isOrgHead(t.text));
  // "Rep. Ann Roe of Tarnby" is cut like "Ann Roe of Tarnby": only a role just before "of" is the role's own.
  if (names.length < 2 || before.some((t) => isOrgHead(t.text)) || isRoleWord(before[before.length - 1]!.text)) return p;
  if (!tokens.slice(of + 1, p.to + 1).some((t) => isCapitalised(t.text) && !STOPWORDS.has(t.text.toLowerCase()))) return p;
  return { from: p.from, to: of - 1, text: p.text.slice(0, tokens[of - 1]!.end - tokens[p.from]!.start) };
}

const MEMBER_OF = /^(?:a|an|one)\s+(?:\p{Ll}+\s+)?\p{Ll}+\s+(?:of|at)\s+(?:the\s+)?\p{Lu}/u;

/** "Jane Roe, presidential office deputy head, said": the name before an appositive. */
function appositiveSource(tokens: Token[], commaAt: number, text: string): { name: Phrase; title: Phrase | null } | null {
  // "John Doe, who had pressed the sides to meet, wrote": skip the relative clause back to its subject.
  for (let k = commaAt - 1; k > Math.max(0, commaAt - 30); k--) {
    // ("\"It is a start, which is what we asked,\" the lawyer, Ivo Roe, said": a clause inside the quote is not his.)
    if (/^[.;:!?"“”]$/.test(tokens[k]!.text)) break;
    if (tokens[k]!.text === ',' && /^(?:who|whose|which)$/i.test(tokens[k + 1]?.text ?? '')) {
      // "Jane Roe, 22, who …": the age between commas belongs to the name before it.
      const end = tokens[k - 1]?.kind === 'number' && tokens[k - 2]?.text === ',' ? k - 2 : k;
      const subject = phraseBefore(tokens, end, text);
      // "In Tarnby, which had long asked for talks, the ministry's spokesman, Ivo Roe, said": a clause of the place a
      // preposition leads to says nothing of who speaks; the speaker is the name before the cue.
      if (subject && PREPOSITION_BEFORE.test(tokens[subject.from - 1]?.text ?? '')) break;
      // "Marta Kell, president of the Harbour Pilots Association, who …": the relative clause is of the person the
      // description is of, not of the body it names.
      // "P. Roe, the project director of Tarnsat-2, who …": a role in lower case is a description of the name too.
      const role = !!subject && !isCapitalised(tokens[subject.from]!.text);
      if (subject && (kindOf(subject.text) !== 'person' || role)) {
        for (let j = subject.from - 1; j > Math.max(0, subject.from - 12); j--) {
          if (tokens[j]!.text !== ',') continue;
          const person = phraseBefore(tokens, j, text);
          if (person && kindOf(person.text) === 'person' && tokens.slice(j + 1, role ? subject.to + 1 : subject.from).some((w) => isRoleWord(w.text))) return { name: person, title: null };
          break;
        }
      }
      return subject ? { name: subject, title: null } : null;
    }
  }
  const inner = phraseBefore(tokens, commaAt, text);
  // "John Doe, posting on his blog, called it …": the phrase before the comma ends a clause, not a name; the
  // subject stands before the clause's opening comma.
  if (inner && inner.from > 0 && tokens[inner.from - 1]!.text !== ',' && !/^(?:the|a|an)$/i.test(tokens[inner.from - 1]!.text)) {
    for (let k = inner.from - 1; k > Math.max(0, inner.from - 12); k--) {
      if (/^[.;:!?]$/.test(tokens[k]!.text)) break;
      if (tokens[k]!.text === ',') {
        const subject = phraseBefore(tokens, k, text);
        if (subject && HAS_CAPITAL.test(subject.text)) return { name: subject, title: null };
        break;
      }
    }
  }
  // "Jane Roe, deputy head of the agency, said": a name, then a description between commas.
  for (let k = commaAt - 1; k > Math.max(0, commaAt - 15); k--) {
    const t = tokens[k]!.text;
    if (/^[.;:!?"“”]$/.test(t)) break;
    if (t !== ',') continue;
    const outer = phraseBefore(tokens, k, text);
    const description = tokens.slice(k + 1, commaAt);
    const describes = description.some((w) => isRoleWord(w.text) || isOrgHead(w.text));
    // "Sir Tomas Hale, the veteran MP for Oskby East and a critic of Brant, called …": a role held for a place
    // describes the name before it, whatever name the description ends on.
    const held = ownedRole(description.map((w) => w.text).join(' '));
    // "Lena Marr, the Velco chief executive, said": a role after a determiner describes the name before it, whatever
    // body's name it holds.
    const described = /^(?:the|a|an)$/i.test(description[0]?.text ?? '') && isRoleWord(description[description.length - 1]!.text) && !isCapitalised(description[description.length - 1]!.text);
    // "Jaya Roe, a member of the Tarn Rail Board, said": a person's place in a body, told in lower case before "of"
    // or "at", describes the person; the body does not speak.
    const placeIn = MEMBER_OF.test(description.map((w) => w.text).join(' '));
    if (outer && kindOf(outer.text) === 'person' && describes && (!inner || !hasName(inner.text) || opensWithRole(inner.text) || ownedRole(inner.text) || held || described || placeIn)) return { name: outer, title: inner };
    // "Tarnaid, the UN agency for refugees, said": a body's name, then what the body is.
    if (outer && isCapitalised(outer.text) && /^(?:the|a|an)$/i.test(description[0]?.text ?? '') && description.some((w) => isOrgHead(w.text) && !isCapitalised(w.text))) return { name: outer, title: inner };
    break;
  }
  return inner ? { name: inner, title: null } : null;
}

/**
 * "the spokesman for the Acme board", "a Acme University professor": a role that names a body around it is a
 * description of the name before it, not a second source.
 */
function opensWithRole(phrase: string): boolean {
  const words = phrase.split(/\s+/);
  const first = words.find((w) => !/^(?:the|a|an)$/i.test(w));
  if (first && !isCapitalised(first) && isRoleWord(first)) return true;
  return /^(?:a|an|the)$/i.test(words[0]!) && isRoleWord(words[words.length - 1]!) && !isCapitalised(words[words.length - 1]!);
}

/** "Acme's chief executive", "the MP for Oskby": a role owned by a body or held for a place describes the name before it. */
function ownedRole(phrase: string): boolean {
  const words = phrase.split(/\s+/);
  if (words.length >= 2 && /['’]s$/.test(words[0]!) && isRoleWord(words[words.length - 1]!)) return true;
  // "the Labour MP for Oskby North", "the councillor for Tarnby": a role held for a place or a body.
  return words.some((w, i) => isRoleWord(w) && /^(?:for|of|at)$/i.test(words[i + 1] ?? '') && i + 2 < words.length);
}

/** Whether a phrase holds a proper name, not only role and body words ("presidential office deputy head"). */
function hasName(phrase: string): boolean {
  return phrase.split(/\s+/).some((w) => isCapitalised(w) && !isTitleWord(w) && !isOrgHead(w));
}

function resolveReference(word: string, ctx: AttributionContext, definite = true): RawAttribution | null {
  const w = bare(word);
  if (PRONOUNS.has(w)) {
    // Only the immediately preceding source, and of a fitting kind: a wrong pronoun guess is worse than none.
    const p = ctx.previous ?? ((w === 'he' || w === 'she') && ctx.named) ?? null;
    if (!p) return null;
    // A lone surname ("Kowalsky called …") reads as 'other' until the corpus links it to a full name.
    if ((w === 'he' || w === 'she') && p.kind === 'organization') return null;
    if (w === 'it' && p.kind !== 'organization') return null;
    return p;
  }
  for (let i = ctx.recent.length - 1; i >= 0; i--) {
    const r = ctx.recent[i]!;
    if (r.surface.toLowerCase().split(/\s+/).some((x) => { const b = TITLE_IN_FULL[bare(x).replace(/\.$/, '')] ?? bare(x); return b === w || b === w + 's' || b + 's' === w; })) return r;
  }
  // "The department said" after "according to the Coordination Headquarters": the latest body named; "authorities
  // warn" with no article names no body in particular.
  if (definite && isOrgHead(w)) {
    for (let i = ctx.recent.length - 1; i >= Math.max(0, ctx.recent.length - 2); i--) if (ctx.recent[i]!.kind === 'organization') return ctx.recent[i]!;
  }
  return null;
}

/** Finds the attribution of one sentence, or null when it states something on the outlet's own authority. */
export function attribute(tokens: Token[], text: string, ctx: AttributionContext): RawAttribution | null {
  return attributeAll(tokens, text, ctx)[0] ?? null;
}

/**
 * Every attribution in a sentence, in order: "Roe said the swap had been completed, but an official said the
 * exchange was ongoing" has two, each with its own content.
 */
export function attributeAll(tokens: Token[], text: string, ctx: AttributionContext): RawAttribution[] {
  const lower = tokens.map((t) => t.text.toLowerCase());
  const found: RawAttribution[] = [];
  const taken = (a: RawAttribution) => found.some((f) => f.from <= a.to && a.from <= f.to);

  for (let i = 0; i + 1 < tokens.length; i++) {
    if (lower[i] === 'according' && lower[i + 1] === 'to') {
      // "according to a statement from the presidency", "according to data from the agency"
      let s = i + 2;
      if (/^(?:a|an|the)$/.test(lower[s] ?? '') && /^(?:statement|report|data|figures|post|release|spokesperson|spokesman|spokeswoman)$/.test(lower[s + 1] ?? '') && /^(?:from|by|of)$/.test(lower[s + 2] ?? '')) s += 3;
      else if (/^(?:data|figures|statements?)$/.test(lower[s] ?? '') && /^(?:from|by|of)$/.test(lower[s + 1] ?? '')) s += 2;
      const p = phraseAfter(tokens, s, text);
      // "according to the minister": the minister the article named before, when it did.
      const ref = p && p.from === p.to && !isCapitalised(tokens[p.from]!.text) && /^the$/i.test(tokens[p.from - 1]?.text ?? '') ? resolveReference(tokens[p.from]!.text, ctx) : null;
      if (ref) found.push({ ...ref, cue: 'according to', from: p!.from, to: p!.to, cueAt: i });
      else if (p) {
        const a = make(p, 'according to', tokens);
        // "according to the Tarn government's revised count": the owner of the count is the source.
        found.push({ ...a, surface: POSSESSIVE_END.test(a.surface) && LOWER_WORD.test(tokens[p.to + 1]?.text ?? '') ? a.surface.replace(POSSESSIVE_END, '') : a.surface, cueAt: i });
      }
    }
  }
  // "Roe said as she declared …": a pronoun after a source named earlier in the sentence stands for that source.
  let here = ctx;
  for (let c = 0; c < tokens.length; c++) {
    const a = attributeAt(tokens, text, here, lower, c);
    // "Sinha, a member of the Tarn Board, told reporters, adding that …": a participle of saying after a comma goes on
    // with the source already speaking in the sentence, whatever name stands nearer to it.
    if (a && tokens[a.cueAt - 1]?.text === ',' && /ing$/.test(lower[a.cueAt]!) && found.some((f) => f.cueAt < a.cueAt && f.cue !== 'according to')) continue;
    if (a && !taken(a)) {
      found.push(a);
      here = { ...ctx, previous: a };
    }
  }
  if (found.length === 0) {
    for (let i = 0; i < tokens.length; i++) {
      if (lower[i] === 'citing') {
        let s = i + 1;
        if (/^(?:data|figures|information|statistics|a|an|the)$/.test(lower[s] ?? '')) s++;
        if (lower[s] === 'from' || lower[s] === 'of') s++;
        const p = phraseAfter(tokens, s, text);
        if (p) found.push({ ...make(p, 'citing', tokens), cueAt: i });
      }
    }
  }
  return found.sort((x, y) => x.cueAt - y.cueAt);
}

/**
 * The name of "it was Roe who …" or "it was Roe, a friend said, who …" for the "who" at `who`: the cleft's name, when it
 * is capitalised and only an aside between commas stands between it and "who".
 */
function cleftName(tokens: Token[], lower: string[], who: number, text: string): Phrase | null {
  for (let j = who - 1; j >= Math.max(1, who - 20); j--) {
    if (/^[.;:!?"“”]$/.test(tokens[j]!.text)) return null;
    if (!/^(?:was|is)$/.test(lower[j]!) || lower[j - 1] !== 'it') continue;
    const p = phraseAfter(tokens, j + 1, text);
    if (!p || !isCapitalised(tokens[p.from]!.text)) return null;
    return p.to + 1 === who || (tokens[p.to + 1]?.text === ',' && tokens[who - 1]!.text === ',') ? p : null;
  }
  return null;
}

/** Nouns for a message a source put out: "the navy's post said". */
const MESSAGE_NOUN = /^(?:post|statement|tweet|letter|release|message|posting|notice|bulletin|communique|update)$/;

/** Words that open a sentence with a phrase of place, time or manner before its subject ("In a statement, …"). */
const OPENERS = /^(?:in|at|on|after|before|during|speaking|asked|earlier|later|meanwhile)$/i;

/**
 * The subject a sentence opens with, past an opening phrase up to its comma and past an appositive after the name
 * ("Ann Roe, the airline's president, apologised"): a name, or "the" and a body or role; null when none.
 */
function sentenceSubject(tokens: Token[], text: string): Phrase | null {
  let s = 0;
  // "TARNBY REGION, Westmark: …", "TARNBY, May 2 (Wire) - …": a dateline is not the subject.
  if (ALL_CAPITALS.test(tokens[0]?.text ?? '')) {
    const end = tokens.findIndex((t, i) => i < 14 && /^[:\-–—]$/.test(t.text));
    if (end < 0) return null;
    s = end + 1;
  }
  if (OPENERS.test(tokens[s]?.text ?? '')) {
    const comma = tokens.findIndex((t, i) => i > s && t.text === ',');
    if (comma < 0 || comma > s + 8) return null;
    s = comma + 1;
  }
  const p = phraseAfter(tokens, s, text);
  if (!p) return null;
  const startsWell = isCapitalised(tokens[p.from]!.text) || isOrgHead(tokens[p.to]!.text) || isRoleWord(tokens[p.to]!.text);
  // "Westmark and Oskby released … and said": two sources speaking as one are not a source the digest can name.
  return startsWell && !/\s(?:and|&)\s/.test(p.text) ? p : null;
}

/** Whether most of a line's words open with a capital, as a headline's do. */
function titleCase(tokens: Token[]): boolean {
  let words = 0;
  let capitals = 0;
  for (const t of tokens) {
    if (t.kind !== 'word' || t.text.length < 4) continue;
    words++;
    if (/^\p{Lu}/u.test(t.text)) capitals++;
  }
  return capitals * 2 > words;
}

/** The source of the cue verb at token `c`, if it has one. */
function attributeAt(tokens: Token[], text: string, ctx: AttributionContext, lower: string[], c: number): RawAttribution | null {
  const cue = CUE_FORMS.get(lower[c]!);
  if (!cue || tokens[c]!.kind !== 'word' || cue === 'cite') return null;
  // "in the United States, and said …": a cue's word written with a capital inside a sentence is part of a name,
  // unless the whole line is written so (a headline: "Regulator Says Cars Cheated").
  if (c > 0 && /^\p{Lu}/u.test(tokens[c]!.text) && !titleCase(tokens)) return null;
  // "the state weather agency", "reports of looting": a bare form that is also a noun is a cue only before "that"
  // or punctuation ("states that …", "…, the agency reports.").
  if (NOUN_FORMS.has(lower[c]!) && c + 1 < tokens.length && lower[c + 1] !== 'that' && tokens[c + 1]!.kind !== 'punct') return null;
  const at = (a: Omit<RawAttribution, 'cueAt'>): RawAttribution => ({ ...a, cueAt: c });
  // "called off the surgery", "called herself the happiest girl": a phrasal or reflexive "call" says nothing.
  if (cue === 'call' && /^(?:off|for|on|in|up|out|back|herself|himself|themselves|itself)$/.test(lower[c + 1] ?? '')) return null;
  // "…, announced by chief executive Ann Roe in a post, …": a passive cue set off by a comma names its source after "by".
  if (c > 0 && tokens[c - 1]!.text === ',' && lower[c + 1] === 'by' && /ed$/.test(lower[c]!)) {
    const p = phraseAfter(tokens, c + 2, text);
    if (p) return at(make(p, cue, tokens));
  }
  if (c > 0 && /^(?:was|were|been|be|is|are)$/.test(lower[c - 1]!)) {
    // "… was confirmed by the Red Crescent": a passive cue names its source after "by".
    const p = lower[c + 1] === 'by' ? phraseAfter(tokens, c + 2, text) : null;
    if (p) return at(make(p, cue, tokens));
    // "Patients were told to …", "the line is said to have collapsed": with no "by" at all, no source.
    if (/(?:ed|told|said|written)$/.test(lower[c]!) && !lower.slice(c + 1, c + 10).includes('by')) return null;
  }
  // SRC CUE: walk back over auxiliaries and adverbs ("has also said"), then over an appositive.
  let k = c;
  // "Ivo Roe was quoted as saying …": the passive's subject is the source.
  if (lower[c] === 'saying' && lower[c - 1] === 'as' && lower[c - 2] === 'quoted') k = c - 2;
  while (k > 0 && SKIPPABLE_BEFORE_CUE.has(lower[k - 1]!)) k--;
  // "the navy's post said", "the SEALs' statement said": what a body's message says, the body says.
  if (k > 1 && MESSAGE_NOUN.test(lower[k - 1]!)) {
    const owner = /['’]s$/.test(tokens[k - 2]!.text) ? k - 1 : /^['’]$/.test(tokens[k - 2]!.text) && /s$/.test(tokens[k - 3]?.text ?? '') ? k - 2 : -1;
    const p = owner > 0 ? phraseBefore(tokens, owner, text) : null;
    if (p) {
      const surface = text.slice(tokens[p.from]!.start, tokens[p.to]!.end).replace(/['’]s$/, '');
      if (isCapitalised(surface) || isOrgHead(surface.split(/\s+/).pop()!)) return at({ surface, cue, kind: kindOf(surface), from: p.from, to: k - 1 });
    }
  }
  let before: Phrase | null = null;
  // "Acme offered its condolences and said …": the cue shares the sentence's subject, after any opening phrase.
  if (k > 1 && lower[k - 1] === 'and') {
    const subject = sentenceSubject(tokens, text);
    // A bare capitalised word is a subject only before a verb in the past ("Westrail offered …"), not "Back home, …".
    const acts = (p: Phrase) => kindOf(p.text) !== 'other' || /ed$|^(?:had|has|was|is|would|will)$/i.test(tokens[p.to + 1]?.text ?? '') || tokens[p.to + 1]?.text === ',';
    if (subject && subject.to < k - 1 && acts(subject) && !/^(?:back|once|then|still|also|now|here|there)$/i.test(subject.text)) return at(make(subject, cue, tokens));
  }
  // "it was Roe, according to a friend, who told him …": the name a cleft sets apart is who speaks.
  const cleft = k > 1 && lower[k - 1] === 'who' ? cleftName(tokens, lower, k - 1, text) : null;
  if (cleft) return at(make(cleft, cue, tokens));
  // "Jane Roe, a university professor, who said …": the relative pronoun stands for the name before it.
  if (k > 1 && lower[k - 1] === 'who' && tokens[k - 2]!.text === ',') {
    const app = appositiveSource(tokens, k - 2, text);
    if (app && kindOf(app.name.text) === 'person') return at(make(app.name, cue, tokens));
    // "Verlaine, who had said …": "who" stands for a person, so a lone capitalised name before it is one.
    if (app && app.name.from === app.name.to && isCapitalised(app.name.text) && !isOrgHead(app.name.text)) return at({ ...make(app.name, cue, tokens), kind: 'person' });
  }
  if (k > 0 && tokens[k - 1]!.text === ',') {
    const app = appositiveSource(tokens, k - 1, text);
    // "…, the French Health Ministry said." has no appositive: the phrase before the comma is content.
    // "…, the first team to reach Tarnby, said Ivo Brandl": a name after the cue is the source, not the one before it.
    // (Not "…, Ann Roe, said Westmark had struck …": there the name opens what was said.)
    const sourceAfterCue = () => {
      const after = cue !== 'tell' ? phraseAfter(tokens, c + 1, text) : null;
      return !!after && isCapitalised(after.text) && (after.to + 1 >= tokens.length || tokens[after.to + 1]!.kind === 'punct');
    };
    if (app && (c + 1 >= tokens.length || !/^[.,;:!?]$/.test(tokens[c + 1]!.text) || kindOf(app.name.text) === 'person') && !sourceAfterCue()) before = app.name;
    // "Ann Roe spoke on Friday in the Oskby Chapel, telling the crowd …": a name a preposition leads to is where, not
    // who; a participle after the comma is said by the sentence's subject.
    if (before && PREPOSITION_BEFORE.test(tokens[/^(?:the|a|an)$/i.test(tokens[before.from - 1]?.text ?? '') ? before.from - 2 : before.from - 1]?.text ?? '')) {
      const subject = /ing$/.test(lower[c]!) ? sentenceSubject(tokens, text) : null;
      before = subject && subject.to < before.from ? subject : null;
      if (!before) return null;
    }
    // "The Tarn government lowered the toll from 288 to 275, saying …": with no name before the comma, a participle is
    // said by the sentence's subject.
    if (!before && /^(?:saying|adding|noting|explaining|insisting|stressing)$/.test(lower[c]!)) {
      const subject = sentenceSubject(tokens, text);
      if (subject && subject.to < k - 1) before = subject;
    }
  } else {
    before = phraseBefore(tokens, k, text);
    // "investors in Tarnby Valley told …": the place says where the speakers are; they are the noun before it.
    const noun = before ? tokens[before.from - 2] : undefined;
    if (before && noun && /^(?:in|at|from|across|around)$/.test(lower[before.from - 1]!) && noun.kind === 'word' && LOWER_WORD.test(noun.text) && !STOPWORDS.has(noun.text) && !CUE_FORMS.has(noun.text)) {
      // "a practice manager in Tarnby": the whole noun, back to its article.
      let b = before.from - 2;
      const plainWord = (t: Token | undefined) => !!t && t.kind === 'word' && LOWER_WORD.test(t.text) && !STOPWORDS.has(t.text) && !CUE_FORMS.has(t.text);
      while (b > 0 && before.from - b < 5 && plainWord(tokens[b - 1])) b--;
      return at({ surface: text.slice(tokens[b]!.start, tokens[before.to]!.end), cue, kind: 'other', from: b, to: before.to });
    }
  }
  if (before) {
    const ref = before.to === before.from ? resolveReference(tokens[before.from]!.text, ctx, /^the$/i.test(tokens[before.from - 1]?.text ?? '')) : null;
    if (ref && !isCapitalised(tokens[before.from]!.text)) return at({ ...ref, cue, from: before.from, to: before.to });
    if (!isCapitalised(tokens[before.from]!.text) && before.to === before.from && !isOrgHead(tokens[before.from]!.text)) {
      // "an official said", "a witness told": an unnamed source is still a source, and says so.
      const article = tokens[before.from - 1]?.text.toLowerCase();
      if (isRoleWord(tokens[before.from]!.text) && (article === 'a' || article === 'an')) {
        return at({ surface: text.slice(tokens[before.from - 1]!.start, tokens[before.from]!.end), cue, kind: 'person', from: before.from - 1, to: before.from });
      }
      // "officials said": unnamed, plural, but a source all the same.
      if (isRoleWord(tokens[before.from]!.text) && /s$/i.test(tokens[before.from]!.text) && article !== 'the') {
        return at({ surface: tokens[before.from]!.text, cue, kind: 'other', from: before.from, to: before.from });
      }
      // "…, the manager said": a role no earlier name fills is still a source, as the article names it.
      if (isRoleWord(tokens[before.from]!.text) && article === 'the') {
        return at({ surface: text.slice(tokens[before.from - 1]!.start, tokens[before.from]!.end), cue, kind: 'person', from: before.from - 1, to: before.from });
      }
      return null;
    }
    const definite = k >= 2 && /^the$/i.test(tokens[before.from - 1]?.text ?? '') && before.from === before.to;
    if (definite) {
      const r = resolveReference(tokens[before.from]!.text, ctx);
      if (r) return at({ ...r, cue, from: before.from, to: before.to });
    }
    return at(make(before, cue, tokens));
  }
  // "…, meteorologists said." / "…, police said.": a plain noun after the comma is the source.
  if (k >= 2 && tokens[k - 1]!.kind === 'word' && !PRONOUNS.has(lower[k - 1]!) && !STOPWORDS.has(lower[k - 1]!) && c + 1 < tokens.length && /^[.!?]$/.test(tokens[c + 1]!.text)) {
    let b = k - 1;
    while (b > 0 && tokens[b - 1]!.kind === 'word' && !STOPWORDS.has(lower[b - 1]!) && k - b < 3) b--;
    if (tokens[b - 1]?.text === ',') return at({ surface: text.slice(tokens[b]!.start, tokens[k - 1]!.end), cue, kind: 'other', from: b, to: k - 1 });
  }
  if (k > 0 && PRONOUNS.has(lower[k - 1]!)) {
    const r = resolveReference(lower[k - 1]!, ctx);
    return r ? at({ ...r, cue, from: k - 1, to: k - 1 }) : null;
  }
  if (WEAK_CUES.has(cue)) {
    // "described as a 'slow process' by government spokesman John Doe"
    for (let b = c + 1; b < Math.min(tokens.length, c + 10); b++) {
      if (lower[b] === 'by') {
        const p = phraseAfter(tokens, b + 1, text);
        if (p && HAS_CAPITAL.test(p.text)) return at(make(p, cue, tokens));
        break;
      }
    }
    return null;
  }
  // CONTENT, CUE SRC: "…, said Pedro Alves, head of the weather service." Never with "told": who follows it is
  // the listener ("…, who was born there, told The Daily Post").
  if (c > 0 && /^[,”"’']$/.test(tokens[c - 1]!.text) && cue !== 'tell') {
    // "…," griped 44-year-old welder Dana Kell: an age and a trade before the name describe it.
    let from = c + 1;
    if (/-year-old$/.test(tokens[from]?.text ?? '')) from++;
    for (let n = 0; n < 2 && /^\p{Ll}+$/u.test(tokens[from]?.text ?? '') && !/^(?:the|a|an|he|she|they|it|that|by|to|on|in)$/.test(tokens[from]!.text) && tokens[from + 1] && /^\p{Lu}/u.test(tokens[from + 1]!.text); n++) from++;
    if (from > c + 1 && !/^\p{Lu}/u.test(tokens[from]?.text ?? '')) from = c + 1;
    const p = phraseAfter(tokens, from, text);
    // "…, said the Queen had been …": a name a verb follows opens what was said.
    if (p && HAS_CAPITAL.test(p.text) && !OPENS_CLAUSE.test(tokens[p.to + 1]?.text ?? '')) return at(make(p, cue, tokens));
    // "…, said he." names the speaker; in "…, said he had been asleep" the pronoun opens what was said.
    const ref = c + 1 < tokens.length && PRONOUNS.has(lower[c + 1]!) && (c + 2 >= tokens.length || tokens[c + 2]!.kind === 'punct') ? resolveReference(lower[c + 1]!, ctx) : null;
    if (ref) return at({ ...ref, cue, from: c + 1, to: c + 1 });
  }
  return null;
}
