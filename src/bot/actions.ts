/**
 * What a button carries. A click brings back only the button's id (Discord custom_id ≤ 100 characters, Slack
 * action_id ≤ 255), so the id names the item itself: the digest's date and the fact's id, or the answer's id. That
 * is what lets a click work after a restart. Ids come back from the platform as untrusted input and are parsed
 * strictly; anything else is not ours.
 */
import type { Vote } from '../store/types.ts';

/** A fact or disagreement of the digest of a date, or an answer. */
export type ItemRef = { kind: 'digest'; date: string; id: string } | { kind: 'answer'; id: string };

export type Action = { kind: 'sources'; item: ItemRef } | { kind: 'vote'; vote: Vote; item: ItemRef };

const PREFIX = 'dg1';
const VOTE_CODES: Record<Vote, string> = { up: 'up', down: 'down', wrong_attribution: 'wrong' };
const ID = /^[a-z0-9-]{1,48}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True for an id this bot made (the adapters route these clicks here). */
export const isOurs = (id: string) => id.startsWith(`${PREFIX}:`);

function itemPart(item: ItemRef): string {
  return item.kind === 'digest' ? `f:${item.date}:${item.id}` : `a:${item.id}`;
}

export function encodeAction(a: Action): string {
  return `${PREFIX}:${a.kind === 'sources' ? 'src' : VOTE_CODES[a.vote]}:${itemPart(a.item)}`;
}

/** Reads a button id back; null when it is not a well-formed id of ours. */
export function decodeAction(raw: string): Action | null {
  const [prefix, verb, kind, ...rest] = raw.split(':');
  if (prefix !== PREFIX || !verb || !kind) return null;
  let item: ItemRef;
  if (kind === 'f' && rest.length === 2 && DATE.test(rest[0]!) && ID.test(rest[1]!)) item = { kind: 'digest', date: rest[0]!, id: rest[1]! };
  else if (kind === 'a' && rest.length === 1 && ID.test(rest[0]!)) item = { kind: 'answer', id: rest[0]! };
  else return null;
  if (verb === 'src') return { kind: 'sources', item };
  const vote = (Object.keys(VOTE_CODES) as Vote[]).find((v) => VOTE_CODES[v] === verb);
  return vote ? { kind: 'vote', vote, item } : null;
}

/** The three feedback buttons under an item, as labels and ids. */
export function voteButtons(item: ItemRef): { vote: Vote; label: string; id: string }[] {
  return [
    { vote: 'up', label: '👍', id: encodeAction({ kind: 'vote', vote: 'up', item }) },
    { vote: 'down', label: '👎', id: encodeAction({ kind: 'vote', vote: 'down', item }) },
    { vote: 'wrong_attribution', label: 'Wrong attribution', id: encodeAction({ kind: 'vote', vote: 'wrong_attribution', item }) },
  ];
}
