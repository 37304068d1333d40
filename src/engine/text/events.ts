/**
 * The event a word names where it stands: "killed" a killing, "came home" a return. A word that only names what a
 * group or a place is for ("the rescue team", "the care home") names no event of its own.
 */
import { EVENT_OF, PEOPLE_GROUPS } from './lexicon.ts';

const LOST_LIFE = /^(?:(?:their|his|her|its|a|the)\s+)?(?:li(?:fe|ves)|son|daughter|child|children|husband|wife|mother|father|relatives?|famil(?:y|ies)|loved)\b|^(?:at|in|to|on|when|after|during|as|and|,)\b/;

const MOVING_HOME = /^(?:came|come|comes|coming|brought|bring|brings|bringing|returned|return|returning|sent|send|went|go|going|flew|flown|back)$/;

/** Words after "strike" that make it workers' walkout: "strike pay", "strike vote", "strike action". */
const LABOUR_AFTER = /^(?:pay|vote|votes|action|fund|funds|ballot|leaders?|committee|benefits?|line|lines)$/;

/** The event of the word at `i` of lower-cased `words`, or null. */
export function eventAt(words: readonly string[], i: number): string | null {
  const w = words[i]!;
  const ev = EVENT_OF.get(w);
  if (!ev) return null;
  if (PEOPLE_GROUPS.has(words[i + 1] ?? '')) return null;
  if (w === 'home' && !MOVING_HOME.test(words[i - 1] ?? '')) return null;
  // "on strike", "a strike vote", "strike pay": workers' walkout, not an attack.
  if ((w === 'strike' || w === 'strikes') && (words[i - 1] === 'on' || LABOUR_AFTER.test(words[i + 1] ?? ''))) return null;
  // "lost their lives" is a death, "lost power" or "lost their homes" is not; "lost" alone ("the 40 lost") may be.
  if (w === 'lost' && ev === 'kill' && /^[a-z]/.test(words[i + 1] ?? '') && !LOST_LIFE.test(words.slice(i + 1, i + 3).join(' '))) return null;
  return ev;
}
