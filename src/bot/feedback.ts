/**
 * Readers' feedback on facts and answers, the same on every platform: a 👍, a 👎 or "Wrong attribution" per person
 * and item (a new click replaces the old vote), acknowledged to the clicker with the item's counts, and a report of
 * the most-reported items for admins. Permission checks happen in the adapters.
 */
import type { FeedbackSummary, Platform, Store, Vote, VoteCounts } from '../store/types.ts';
import type { FoundItem } from './shown.ts';
import { oneLine } from '../engine/source-ref.ts';

export const VOTE_LABEL: Record<Vote, string> = { up: '👍', down: '👎', wrong_attribution: 'wrong attribution' };

export interface Voter {
  platform: Platform;
  workspace: string;
  user: string;
}

/** The store's key of an item, and what is kept with a vote: its text and the quote it rests on. */
function describe(item: Exclude<FoundItem, { kind: 'conflict' }>) {
  if (item.kind === 'fact') {
    const f = item.fact;
    // The quote that carries the fact's attribution, else the first.
    const lead = f.sources.find((s) => f.attributed_to && s.speaker === f.attributed_to) ?? f.sources[0];
    return { key: `fact:${item.date}:${f.id}`, kind: 'fact' as const, label: oneLine(f.text), quote: lead ? oneLine(lead.quote) : null, outlet: lead?.outlet ?? null };
  }
  const a = item.answer;
  const lead = a.citations[0];
  return { key: `answer:${item.id}`, kind: 'answer' as const, label: `“${oneLine(a.question)}” → ${oneLine(a.answer)}`, quote: lead ? oneLine(lead.quote) : null, outlet: lead?.outlet ?? null };
}

export const countsLine = (c: VoteCounts) => `Votes so far: ${c.up} 👍 · ${c.down} 👎 · ${c.wrong_attribution} wrong attribution.`;

/** Stores one click and says what happened, in plain text for the clicker only. */
export async function recordVote(store: Store | null | undefined, voter: Voter, vote: Vote, item: FoundItem, now: Date): Promise<string> {
  if (!store) return 'Feedback is not available in this run of the bot (it has no store).';
  if (item.kind === 'conflict') return 'Feedback is taken on facts and answers.';
  const d = describe(item);
  const result = await store.vote({ ...voter, item: d.key, kind: d.kind, label: d.label, quote: d.quote, outlet: d.outlet, vote, at: now.toISOString() });
  const what = d.kind === 'fact' ? 'this fact' : 'this answer';
  const head =
    result === 'new' ? `Thanks: recorded ${VOTE_LABEL[vote]} on ${what}.` : result === 'changed' ? `Changed your vote on ${what} to ${VOTE_LABEL[vote]}.` : `You had already voted ${VOTE_LABEL[vote]} on ${what}; nothing changed.`;
  return `${head} ${countsLine(await store.votes(voter.platform, voter.workspace, d.key))}`;
}

export const FEEDBACK_NOT_ALLOWED = 'Only people who manage this server or workspace can see the feedback report.';

export const FEEDBACK_TITLE = 'Most-reported facts and answers';
export const NO_FEEDBACK = 'No feedback yet: nobody has voted on a fact or an answer here.';

/** The report, one entry per item (its text, its votes, the quote it rests on), escaped for the platform. */
export function feedbackLines(items: FeedbackSummary[], esc: (s: string) => string): string[] {
  return items.map((i, n) => {
    const quote = i.quote ? `\n   ${i.outlet ? `${esc(i.outlet)}: ` : ''}“${esc(i.quote)}”` : '';
    return `${n + 1}. ${i.kind === 'fact' ? 'Fact' : 'Answer'}: ${esc(i.label)}\n   ${i.down} 👎 · ${i.wrong_attribution} wrong attribution · ${i.up} 👍 (last ${i.lastAt.slice(0, 10)})${quote}`;
  });
}
