import { bare } from './tokens.ts';
import porter2 from 'wink-porter2-stemmer';
import { SYNONYM_CLASSES } from './lexicon.ts';

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
  // "lost their lives" is about life; "lived" and "living" keep their own stem.
  lives: 'life',
  // "No flood has been deadlier since …" answers "a flood this deadly".
  deadlier: 'deadly', deadliest: 'deadly',
  // "were unaffected" answers "were not affected": the question's "not" is read as the prefix.
  unaffected: 'affected',
});

/**
 * Nouns for people the stemmer would fold into a verb: "told reporters" is not "reported", and "reporters in Oskby"
 * is no report made there.
 */
const OWN_STEM: Record<string, string> = { reporter: 'reporter', reporters: 'reporter' };

/**
 * The matching stem of a word: irregular verb forms to their base, then the Porter2 (Snowball English) stemmer, so
 * "released", "releases" and "release" meet, and "cancelled" meets "canceled". For matching, not for display.
 */
const stems = new Map<string, string>();

export function stem(word: string): string {
  // Memoised: the stemmer is the dearest step of reading, and a corpus repeats a few thousand words.
  let s = stems.get(word);
  if (s === undefined) {
    let w = bare(word).replace(/[’]/g, "'");
    w = IRREGULAR[w] ?? w;
    s = w.length <= 3 ? w : (OWN_STEM[w] ?? porter2(w));
    if (stems.size < 200_000) stems.set(word, s);
  }
  return s;
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
