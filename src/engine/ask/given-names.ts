/**
 * A person's given name in a question ("Ivo" of "Ivo Roe") should weigh little in the evidence's coverage: articles
 * name a person in full once and by surname after, and "Roe, 54, …" is as much about Ivo Roe as the sentence naming
 * him whole. Only where the coverage makes that safe: the surname is a name wherever it is written (not "Fire" of "Camp
 * Fire", nor "Given" of a ship), and no one else in the coverage bears it ("Suleman Roe" beside his father "Ivo Roe").
 */
import type { CorpusIndex } from '../corpus-index.ts';
import type { Question } from './question.ts';
import { termKey } from '../text/stem.ts';
import { STOPWORDS } from '../text/lexicon.ts';
import { isTitleWord } from '../text/phrases.ts';
import { looksLikePerson } from './spans.ts';

export const GIVEN_NAME_WEIGHT = 0.3;

const GIVEN_AND_SURNAME = /(?<=\s)(\p{Lu}\p{Ll}[\p{L}'’]*)\s+(?=(\p{Lu}\p{Ll}[\p{L}'’-]*))/gu;
/** Past this many sentences the surname is too common to read through for a question. */
const MAX_READ = 2000;

/** The given names of the question whose surname only the person asked about bears in the coverage. */
export function givenNames(q: Question, index: CorpusIndex): Set<string> {
  const out = new Set<string>();
  for (const m of q.text.matchAll(GIVEN_AND_SURNAME)) {
    const given = m[1]!;
    const surname = m[2]!.replace(/['’]s$/, '');
    if (STOPWORDS.has(given.toLowerCase()) || isTitleWord(given) || !looksLikePerson(`${given} ${surname}`)) continue;
    if (soleBearerOnce(index, given, surname)) out.add(given);
  }
  return out;
}

/**
 * A word the coverage also writes in lower case, in any of its forms ("Bandaged" of a headline, "bandage" elsewhere),
 * is no given name. (By stem, not the exact lower-case words corpus-words.ts keeps: a headline's word is often the
 * only one of its form.)
 */
const commonWord = (index: CorpusIndex, word: string) => (index.stats.df.get(termKey(word.toLowerCase())) ?? 0) > (index.nameFrequency.get(word.toLowerCase()) ?? 0);

const bearers = new WeakMap<CorpusIndex, Map<string, boolean>>();

/** soleBearer, read once per index and name: the same people are asked about again and again. */
function soleBearerOnce(index: CorpusIndex, given: string, surname: string): boolean {
  let seen = bearers.get(index);
  if (!seen) bearers.set(index, (seen = new Map()));
  const key = `${given} ${surname}`;
  let sole = seen.get(key);
  if (sole === undefined) seen.set(key, (sole = soleBearer(index, given, surname)));
  return sole;
}

function soleBearer(index: CorpusIndex, given: string, surname: string): boolean {
  const ids = index.stats.postings.get(termKey(surname.toLowerCase())) ?? [];
  if (!ids.length || ids.length > MAX_READ) return false;
  const word = new RegExp(`(?:(\\p{Lu}\\p{Ll}[\\p{L}'’]*)\\s+)?\\b${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'giu');
  let alone = 0;
  for (const id of ids) {
    for (const w of index.sentences[id]!.text.matchAll(word)) {
      // Written lower-case somewhere, the surname is a word before it is a name.
      if (w[0].slice(-surname.length)[0] !== surname[0]) return false;
      const before = w[1];
      if (!before || STOPWORDS.has(before.toLowerCase()) || isTitleWord(before)) alone++;
      // Another given name before it is another person's; a word the coverage also writes in lower case is not one
      // ("Bandaged Roe" in a headline).
      else if (before !== given && !commonWord(index, before)) return false;
    }
  }
  return alone > 0;
}
