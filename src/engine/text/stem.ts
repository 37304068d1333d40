import { bare } from './tokens.ts';
import { SYNONYM_CLASSES } from './lexicon.ts';

/**
 * A crude suffix stripper for matching, not for display: "released", "releases", "release" → "releas";
 * "civilians" → "civilian". Consistency matters more than linguistic accuracy here.
 */
/** Irregular past forms, so "shot down" matches "shoot down" and "came home" matches "come home". */
const IRREGULAR: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  shot: 'shoot', came: 'come', brought: 'bring', took: 'take', taken: 'take', held: 'hold', fled: 'flee', told: 'tell',
  said: 'say', gave: 'give', given: 'give', went: 'go', gone: 'go', left: 'leave', met: 'meet', sent: 'send', won: 'win',
  lost: 'lose', fought: 'fight', caught: 'catch', struck: 'strike', began: 'begin', begun: 'begin', ran: 'run',
  found: 'find', kept: 'keep', spoke: 'speak', spoken: 'speak', wrote: 'write', written: 'write', stood: 'stand',
  fell: 'fall', fallen: 'fall', saw: 'see', seen: 'see', knew: 'know', known: 'know', made: 'make', paid: 'pay',
  led: 'lead', built: 'build', sold: 'sell', bought: 'buy', thought: 'think', felt: 'feel', hid: 'hide', hidden: 'hide',
  rose: 'rise', risen: 'rise', drove: 'drive', flew: 'fly', flown: 'fly', grew: 'grow', chose: 'choose', chosen: 'choose',
  broke: 'break', broken: 'break', threw: 'throw', thrown: 'throw', drew: 'draw', drawn: 'draw', bore: 'bear', born: 'bear',
  sought: 'seek', swept: 'sweep', slept: 'sleep', dealt: 'deal', meant: 'mean', heard: 'hear', laid: 'lay',
  dug: 'dig', stuck: 'stick', hung: 'hang', sank: 'sink', sunk: 'sink', shook: 'shake', shaken: 'shake',
});

export function stem(word: string): string {
  let w = bare(word).replace(/[’]/g, "'");
  const irregular = IRREGULAR[w];
  if (irregular) w = irregular;
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('men') && w.length > 5) w = w.slice(0, -3) + 'man';
  else if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('es') && /(?:ss|sh|ch|x|z)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 3 && /([b-df-hj-np-tv-z])\1$/.test(w) && !/(?:ss|zz)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

const CLASS_OF = new Map<string, string>();
SYNONYM_CLASSES.forEach((cls, i) => {
  for (const w of cls) if (!CLASS_OF.has(stem(w))) CLASS_OF.set(stem(w), `~${i}`);
});

/** The matching key of a word: its synonym class when it has one, else its stem. */
const termKeys = new Map<string, string>();

export function termKey(word: string): string {
  // Memoised: the same few thousand words recur across a corpus.
  let k = termKeys.get(word);
  if (k === undefined) {
    const s = stem(word);
    k = CLASS_OF.get(s) ?? s;
    if (termKeys.size < 200_000) termKeys.set(word, k);
  }
  return k;
}

/** Demonym-insensitive key for place and nation words: "Norway", "Norwegian", "Norway's" → "norw". */
export function nationKey(word: string): string {
  const w = bare(word);
  return w.replace(/(?:ians?|ans?|eses?|ish|is|i|ia|a|e)$/, '') || w;
}
