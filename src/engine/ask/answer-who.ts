/** Who-questions: the source of the words asked about, or for "who is X" the role the coverage gives X. */
import type { CorpusIndex } from '../corpus-index.ts';
import type { Sentence } from '../types.ts';
import type { Question } from './question.ts';
import type { Answer } from './answer-types.ts';
import { coverageOf, questionSpeaker, type Scored } from './evidence.ts';
import { MIN_COVERAGE, answered, citationsFrom, madeOfQuestionWords, outletList } from './answer-common.ts';
import { oneLine } from '../source-ref.ts';
import { contentTerms } from '../analyze.ts';
import { namesSomeone } from '../quote-conflicts.ts';
import { looksLikePerson, nameSpans } from './spans.ts';
import { lowerWords } from './corpus-words.ts';
import { isTitleWord } from '../text/phrases.ts';
import { termKey } from '../text/stem.ts';

// Built once: tsx rebuilds an inline regular expression with \p{…} wherever it meets it, here once per word.
const MARKS = /\p{M}/gu;
const THREE_LETTERS = /\p{L}{3}/u;
// "…, the project director of Tarnsat-2,", "…, Velco's chief executive and co-founder,".
const APPOSED_ROLE = /^,\s+((?:the|a|an|\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,3}['’]s)\s+[^,;:()"“”]{1,60}),/u;

/** The role a source is given in the coverage: its name taken out of how outlets introduce it. */
function roleOf(q: Question, key: string, index: CorpusIndex): Answer | null {
  const display = index.speakers.info.get(key)?.display ?? '';
  // Spellings with and without accents ("Núñez", "Nunez") are one name.
  const plain = (w: string) => w.normalize('NFD').replace(MARKS, '').toLowerCase().replace(/['’]s$/, '');
  const nameWords = new Set(display.split(/\s+/).map(plain));
  const roles = new Map<string, Sentence[]>();
  for (const id of index.bySpeaker.get(key) ?? []) {
    const s = index.sentences[id]!;
    for (const c of s.claims) {
      if (c.attribution.key !== key) continue;
      const role = c.attribution.surface
        .split(/\s+/)
        .filter((w) => !nameWords.has(plain(w)))
        .join(' ')
        .replace(/^(?:the|a|an)\s+/i, '');
      if (THREE_LETTERS.test(role)) roles.set(role, [...(roles.get(role) ?? []), s]);
    }
  }
  const best = [...roles.entries()].sort((a, b) => b[1].length - a[1].length || b[0].length - a[0].length)[0];
  return best ? answered(q, `${best[0]} ${display}`, best[1]) : null;
}

/** The words of a source's attribution with those before it in its clause ("Acme chief operating officer Jane Roe"), as match keys. */
function titleBefore(text: string, a: { surface: string }): string[] {
  const at = text.indexOf(a.surface);
  // "The governor of the Tarn region, Ivo Renn, said": an appositive's role stands before the comma.
  const before = at > 0 ? text.slice(Math.max(0, at - 60), at).split(/[;:()"“”]|\.\s/).pop()! : '';
  // "P. Roe, the project director of Tarnsat-2, said": the role in apposition after the name.
  const after = at >= 0 ? (APPOSED_ROLE.exec(text.slice(at + a.surface.length))?.[1] ?? '') : '';
  return contentTerms(`${before} ${a.surface} ${after}`.split(/\s+/).filter(Boolean));
}

/**
 * "Who is the chair of the Tarn Reserve?" when no source speaks as its chair: a person the coverage names with that
 * role and its owner beside the name ("Tarn Reserve Chair Ann Roe", "Ann Roe, the chair of the Tarn Reserve"), in
 * evidence that covers the question. One such person only; two are no answer.
 */
function roleHolder(q: Question, scored: Scored[], index: CorpusIndex, roleWords: string[], ownerWords: string[]): Answer | null {
  if (!roleWords.length || !ownerWords.length) return null;
  const found = new Map<string, Sentence[]>();
  const wanted = [...roleWords, ...ownerWords];
  for (const x of scored) {
    if (x.coverage < MIN_COVERAGE.who) continue;
    for (const n of nameSpans(x.sentence.text, lowerWords(index))) {
      if (!looksLikePerson(n.text) || !/\s/.test(n.text)) continue;
      const words = titleBefore(x.sentence.text, { surface: n.text });
      if (!wanted.every((w) => words.includes(w))) continue;
      const name = n.text.split(/\s+/).filter((w) => !isTitleWord(w)).join(' ');
      if (name.split(/\s+/).length < 2 || madeOfQuestionWords(name, q, isTitleWord)) continue;
      found.set(name, [...(found.get(name) ?? []), x.sentence]);
    }
  }
  if (found.size !== 1) return null;
  const [name, sentences] = [...found][0]!;
  return answered(q, name, sentences);
}

/**
 * Whether the sentence gives the asked role to an owner other than the asked one, by name just before it ("Oskco
 * Chief Executive Ivo Roe", "the Oskco chief executive"), when it never names the asked owner.
 */
function otherOwnerTitled(text: string, roleText: string, ownerWords: string[]): boolean {
  if (!roleText) return false;
  const lower = text.toLowerCase();
  for (let at = lower.indexOf(roleText); at > 0; at = lower.indexOf(roleText, at + 1)) {
    const word = WORD_BEFORE.exec(text.slice(Math.max(0, at - 40), at))?.[1];
    if (word && word.length < at && !isTitleWord(word) && !ownerWords.includes(termKey(word.replace(/['’]s$/, '')))) return true;
  }
  return false;
}

const WORD_BEFORE = /(\p{Lu}[\p{L}.&'’-]*)\s+$/u;

const OWNER_BEFORE = /^(?:who|whom)\s+(?:is|was|are|were)\s+(?:the\s+)?((?:\S+\s+){0,2}\S+)['’]s\s/i;
const OWNER_AFTER = /\s(?:of|at|for)\s+(?:the\s+)?([^?]+)/i;

export function answerWho(q: Question, scored: Scored[], index: CorpusIndex): Answer | null {
  // "who confirmed/said/announced …" asks for a source; "who is the mayor …" for a person named with the role.
  // Any other verb ("who brokered the deal") asks for an agent the engine does not read: better no answer than a speaker.
  const identity = /^(?:who|whom)\s+(?:is|was|are|were)\b/i.test(q.text);
  if (!q.cue && !identity) return null;
  // "Who is Jane Roe?" asks for her role, as the coverage names it ("government spokesman Jane Roe").
  // "Who is Acme's finance chief?" asks who holds Acme's role, not what Acme is.
  const ofRole = /^(?:who|whom)\s+(?:is|was|are|were)\s+(?:(?:the\s+)?(?:\S+\s+){0,2}\S+['’]s\s|the\s+\S+(?:\s+\S+){0,2}\s+(?:of|at|for)\s)/i.test(q.text);
  const named = identity && !ofRole ? questionSpeaker(index, q) : null;
  // The role asked about, as match keys: "Acme's chief financial officer" → chief, financi, offic.
  const role = /['’]s\s/.test(q.text) ? q.text.replace(/^.*?['’]s\s/, '') : q.text.replace(/^.*?\bthe\s+/i, '');
  const roleAlone = role.replace(/\s+(?:of|at|for)\s.*$|\?.*$/i, '');
  const roleWords = ofRole ? contentTerms(roleAlone.split(/\s+/)) : [];
  const roleText = roleAlone.toLowerCase().trim();
  const owner = ofRole ? (OWNER_BEFORE.exec(q.text)?.[1] ?? OWNER_AFTER.exec(q.text)?.[1] ?? '') : '';
  const ownerWords = contentTerms(owner.split(/\s+/).filter(Boolean));
  if (named) return roleOf(q, named, index);
  const cover = coverageOf(index, q);
  const hits: { s: Sentence; claim: Sentence['claims'][number]; coverage: number }[] = [];
  for (const x of scored) {
    if (x.coverage < MIN_COVERAGE.who) continue;
    for (const claim of x.sentence.claims) {
      if (identity && claim.attribution.kind !== 'person') continue;
      // "Who was the captain of the Tarn Star?" is not answered by "Tarn Star captain": that is the role asked about.
      if (ofRole && madeOfQuestionWords(claim.attribution.display, q, isTitleWord)) continue;
      // "Who is Acme's finance chief?": a named person the sentence gives that role ("Acme CFO Jane Roe"), not "an
      // Acme spokesperson".
      if (ofRole && (!namesSomeone(claim.attribution.display) || !roleWords.every((w) => titleBefore(x.sentence.text, claim.attribution).includes(w)))) continue;
      // …and of the asked owner: "Oskco chief executive Ivo Roe" in a sentence that never names Velco is not Velco's.
      if (ofRole && !ownerWords.every((w) => x.sentence.terms.includes(w)) && otherOwnerTitled(x.sentence.text, roleText, ownerWords)) continue;
      // A claim answers with the words that belong to it, not with another source's words in the same sentence.
      const coverage = identity ? x.coverage : cover(claim.terms);
      if (coverage < MIN_COVERAGE.who) continue;
      if (!q.numbers.every((n) => claim.terms.includes(`#${n}`))) continue;
      hits.push({ s: x.sentence, claim, coverage });
    }
  }
  if (!hits.length) return ofRole ? roleHolder(q, scored, index, roleWords, ownerWords) : null;
  // …and whose role: a title that says it is the asked owner's ("Velco Chief Executive Lena Marr", asked "Velco's
  // chief executive") outranks one that does not ("Oskair Chief Executive Ivo Roe" in a sentence naming Velco).
  const ownersTitled = ownerWords.length ? hits.filter((h) => ownerWords.every((w) => titleBefore(h.s.text, h.claim.attribution).includes(w))) : [];
  if (ownersTitled.length) hits.splice(0, hits.length, ...ownersTitled);
  else if (ownerWords.length) {
    // A sentence that names the owner beats one that never does ("Tarnco fires CEO Ivo Roe", asked Velco's chief executive).
    const ownersNamed = hits.filter((h) => ownerWords.every((w) => h.s.terms.includes(w)));
    if (ownersNamed.length) hits.splice(0, hits.length, ...ownersNamed);
  }
  const groups = new Map<string, typeof hits>();
  for (const h of hits) groups.set(h.claim.attribution.key, [...(groups.get(h.claim.attribution.key) ?? []), h]);
  const score = (g: typeof hits) => {
    const bestByOutlet = new Map<string, number>();
    for (const h of g) {
      const v = h.coverage + (q.cue && h.claim.attribution.cue === q.cue ? 0.25 : 0) + (h.claim.attribution.kind === 'other' ? -0.2 : 0);
      bestByOutlet.set(h.s.outlet, Math.max(bestByOutlet.get(h.s.outlet) ?? 0, v));
    }
    return [...bestByOutlet.values()].reduce((a, b) => a + b, 0);
  };
  const [key, group] = [...groups.entries()].sort((a, b) => score(b[1]) - score(a[1]))[0]!;
  group.sort((a, b) => b.coverage - a.coverage);
  const who = index.speakers.info.get(key)?.display ?? group[0]!.claim.attribution.display;
  const sentences = group.map((g) => g.s);
  return {
    question: q.text,
    status: 'answered',
    answer: who,
    summary: `${who}, as reported by ${outletList(sentences)}: “${oneLine(sentences[0]!.text)}”`,
    citations: citationsFrom(sentences).map((c) => ({ ...c, speaker: who })),
  };
}
