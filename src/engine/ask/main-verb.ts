/** The verb a question is about, read from where English puts it. */
import type { Question } from './question.ts';
import { DETERMINERS } from './answer-type.ts';
import { isCapitalised, tokenize } from '../text/tokens.ts';

/** The first word after the wh-phrase and its auxiliaries: the verb the question is about. */
export function mainVerb(q: Question): string | undefined {
  let v = q.type.to;
  // "how many children were born": past what is counted.
  if (q.unitWord) v = Math.max(v, q.words.indexOf(q.unitWord.toLowerCase(), v) + 1);
  // "how many passengers of the returned ferry decided …": past the phrase that says which ones, to the first past
  // form no determiner stands before ("the returned ferry" describes).
  if (/^(?:of|on|in|aboard|from)$/.test(q.words[v] ?? '')) {
    const k = q.words.findIndex((w, i) => i > v && i - v <= 6 && /[a-z]ed$/.test(w) && !/^(?:the|a|an|its|their)$/.test(q.words[i - 1]!));
    if (k > 0) v = k;
  }
  while (v < q.words.length && /^(?:did|does|do|is|was|were|are|has|have|had|will|would|can|could|should|may|might|being|been|be)$/.test(q.words[v]!)) v++;
  return q.words[v];
}

/**
 * The verb itself where a named subject stands between "does" and it ("How many people does Velco Rail employ?"), as
 * mainVerb reads it otherwise: what the question asks was done, whatever else the evidence must hold.
 */
export function statedVerb(q: Question): string | undefined {
  const main = mainVerb(q);
  const at = main === undefined ? -1 : q.words.indexOf(main);
  const raw = tokenize(q.text).map((t) => t.text);
  return at > 0 && DO_AUX.test(q.words[at - 1]!) && isCapitalised(raw[at] ?? '') ? (verbAfterDo(q, raw, at) ?? main) : main;
}

const DO_AUX = /^(?:did|does|do)$/;
const BE_AUX = /^(?:was|were|is|are|has|have|had|been|being)$/;
/** Words that end a subject and its verb: what follows is an object, a phrase or a clause. */
const ENDS_VERB = /^(?:the|a|an|its|his|her|their|this|these|those|that|on|in|at|to|from|for|with|by|of|before|after|during|into|onto|over|under|about|as|and|or|when|while|if|since|until|up|down|out|off|back|away)$/;
/** "Ann van Roe": a lower-case word inside a name. */
const NAME_PART = /^(?:de|des|du|da|di|del|della|van|von|der|den|la|le|al|el|bin|ibn)$/;
const PARTICIPLE = /^(?:[a-z]{3,}(?:ed|en)|told|held|found|made|built|sent|shot|hit|struck|born|led|put|set|brought|caught|won|lost|left|kept|paid|sold|begun|run|shut|cut|hurt|met|bought|sought|heard|laid|hung|sunk|stuck|dug|fled)$/;

/**
 * The verb of a question whose subject stands between its auxiliary and its verb: "When were the two suspects
 * arrested?", "Where did the thieves park the truck?", "At what time did black smoke rise on Thursday?". After "did",
 * the last lower-case word before what ends the verb (an article, a preposition, a name after it); after "was" or
 * "were", the first participle no article stands before. Undefined where the question has no such shape.
 */
export function invertedVerb(q: Question): string | undefined {
  // Asked once per rival of a question, hundreds of them at 10,000 articles: read once per question.
  if (!verbs.has(q)) verbs.set(q, readInvertedVerb(q));
  return verbs.get(q);
}

const verbs = new WeakMap<Question, string | undefined>();

function readInvertedVerb(q: Question): string | undefined {
  const aux = q.words[q.type.to];
  if (!aux) return undefined;
  const raw = tokenize(q.text).map((t) => t.text);
  let k = q.type.to + 1;
  if (DO_AUX.test(aux)) return verbAfterDo(q, raw, k);
  if (BE_AUX.test(aux)) {
    for (; k < q.words.length; k++) if (PARTICIPLE.test(q.words[k]!) && !DETERMINERS.has(q.words[k - 1]!) && !isCapitalised(raw[k] ?? '')) return q.words[k];
  }
  return undefined;
}

/** After "did", "does" or "do" at `from - 1`: the last lower-case word before what ends the verb (see invertedVerb). */
function verbAfterDo(q: Question, raw: string[], from: number): string | undefined {
  let k = from;
  if (DETERMINERS.has(q.words[k] ?? '')) k++;
  let verb: string | undefined;
  for (; k < q.words.length; k++) {
    const w = q.words[k]!;
    if (ENDS_VERB.test(w) && k > from) break;
    if (isCapitalised(raw[k] ?? '') || NAME_PART.test(raw[k] ?? '')) {
      if (verb) break;
      continue;
    }
    if (/^[a-z][a-z-]*$/.test(w)) verb = w;
  }
  return verb;
}
