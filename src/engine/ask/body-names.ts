/**
 * Whether the coverage calls a name a body's: "Tarnby Nordic" reads like a person's name (two capitalised words, no
 * body word), but "vaccine maker Tarnby Nordic" or "Tarnby Nordic said it …" tells it is a company. Read from
 * the sentences that hold the name, once per name and corpus.
 */
import type { CorpusIndex } from '../corpus-index.ts';
import { termKey } from '../text/stem.ts';
import { isOrgHead, isTitleWord } from '../text/phrases.ts';

/** Nouns for a business that stand just before its name ("drug maker X", "the insurer X", "its operator, X"), beside the body heads. */
const BUSINESS_NOUN = /^(?:maker|makers|producer|supplier|lender|insurer|retailer|developer|contractor|giant|conglomerate|subsidiary|startup|start-up|brand|chain|bank|shipper|shipbuilder|automaker|carmaker|chipmaker|drugmaker|planemaker)$/;
const WORD_BEFORE = /([\p{Ll}-]+)(,?)\s+$/u;
/** Set off by a comma, only a business noun names a body: "the chief of staff, General Ivo Brandl" is a person. */
const BUSINESS_APPOSED = /^(?:company|firm|operator|carrier|airline|manufacturer|insurer)$/;
// "X said it would …", "X and its partners": a body is "it".
const IT_AFTER = /^\s+(?:said|says|added|announced|confirmed|told\s+\S+)\s+(?:that\s+)?it\b|^\s+and\s+its\b/;

const cache = new WeakMap<CorpusIndex, Map<string, boolean>>();

export function calledABody(index: CorpusIndex, name: string): boolean {
  let seen = cache.get(index);
  if (!seen) cache.set(index, (seen = new Map()));
  const hit = seen.get(name);
  if (hit !== undefined) return hit;
  const words = name.split(/\s+/);
  // "General Ivo Brandl": a titled name is a person's, and is not looked up.
  const postings = isTitleWord(words[0]!) ? [] : (index.stats.postings.get(termKey(words[words.length - 1]!)) ?? []);
  let body = false;
  for (const id of postings) {
    const text = index.sentences[id]!.text;
    for (let at = text.indexOf(name); at >= 0 && !body; at = text.indexOf(name, at + 1)) {
      const before = WORD_BEFORE.exec(text.slice(Math.max(0, at - 30), at));
      const word = before?.[1] ?? '';
      body = (!!before && (before[2] ? BUSINESS_APPOSED.test(word) || BUSINESS_NOUN.test(word) : isOrgHead(word) || BUSINESS_NOUN.test(word))) || IT_AFTER.test(text.slice(at + name.length, at + name.length + 40));
    }
    if (body) break;
  }
  seen.set(name, body);
  return body;
}
