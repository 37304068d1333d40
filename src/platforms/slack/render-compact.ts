/**
 * The compact forms for a Slack channel: the digest as one section per key fact and per disagreement, each with a
 * "Sources" button; answers with Sources and feedback buttons; and the views a click opens (sent ephemerally, to
 * the clicker only). Pure: no client here. Within Block Kit's limits: 50 blocks, 25 elements an actions block,
 * action_id ≤ 255 characters, button text ≤ 75.
 */
import type { types } from '@slack/bolt';
import type { Answer } from '../../engine/index.ts';
import { encodeAction, voteButtons, type ItemRef } from '../../bot/actions.ts';
import type { FoundItem } from '../../bot/shown.ts';
import { FEEDBACK_TITLE, feedbackLines, NO_FEEDBACK } from '../../bot/feedback.ts';
import type { FeedbackSummary } from '../../store/types.ts';
import { oneLine } from '../../engine/source-ref.ts';
import { compactDigest, type CompactDigest } from '../compact.ts';
import { fitLines } from '../fit-lines.ts';
import { conflictBlocks, context, escapeSlack as esc, factBlocks, header, renderAnswer, section, SLACK_LIMITS as L, type SlackMessage } from './render.ts';

type KnownBlock = types.KnownBlock;
type Button = types.Button;

export const BLOCK_ACTION_LIMITS = { elements: 25, actionId: 255, buttonText: 75 } as const;

function button(text: string, actionId: string, style?: 'primary' | 'danger'): Button {
  if (actionId.length > BLOCK_ACTION_LIMITS.actionId) throw new Error(`action_id longer than ${BLOCK_ACTION_LIMITS.actionId} characters: ${actionId}`);
  const label = text.length > BLOCK_ACTION_LIMITS.buttonText ? `${text.slice(0, BLOCK_ACTION_LIMITS.buttonText - 1)}…` : text;
  return { type: 'button', text: { type: 'plain_text', text: label, emoji: true }, action_id: actionId, value: actionId, ...(style ? { style } : {}) };
}

const actions = (buttons: Button[]): KnownBlock => ({ type: 'actions', elements: buttons.slice(0, BLOCK_ACTION_LIMITS.elements) });
const sourcesButton = (date: string, id: string) => button('Sources', encodeAction({ kind: 'sources', item: { kind: 'digest', date, id } }));
const withButton = (text: string, accessory: Button): KnownBlock => ({ type: 'section', text: { type: 'mrkdwn', text: text.slice(0, L.sectionText) }, accessory });

const size = (blocks: KnownBlock[]) => JSON.stringify(blocks).length;

/**
 * The lines in order while the message stays under Slack's total size (it refuses blocks of roughly 12k characters
 * with msg_blocks_too_long) and 50 blocks; lines that do not fit are counted in a note, never cut.
 */
function compactBlocks(c: CompactDigest): KnownBlock[] {
  const facts = c.facts.map((f) => withButton(`*${f.n}.* ${esc(f.text)}\n_${[f.strength, f.outlets, ...(f.speaker ? [esc(f.speaker)] : [])].join(' · ')}_`, sourcesButton(c.date, f.fact.id)));
  const conflicts = c.conflicts.map((x) => withButton(`:scales: *${esc(x.topic)}*\n${x.sides.map(esc).join(' · ')}`, sourcesButton(c.date, x.conflict.id)));
  const lines = [...facts, ...conflicts];
  const head = [header(`Key facts: ${c.title}`), context(esc(c.tagline))];
  const foot = context('*Sources* shows the quotes behind a line, only to you.');
  const more = (k: number) => context(`_…and ${k} more; \`digest\` shows them all_`);
  let budget = L.messageChars - size([...head, foot, more(lines.length)]);
  const shown: KnownBlock[] = [];
  for (const line of lines) {
    budget -= size([line]);
    if (budget < 0 || head.length + shown.length + 3 > L.blocks) break;
    shown.push(line);
  }
  const left = lines.length - shown.length;
  return [...head, ...shown, ...(left ? [more(left)] : []), foot];
}

/** `/swap facts` and the daily post: the key facts one line each, the disagreements, a Sources button on each. */
export function renderCompactDigest(d: Parameters<typeof compactDigest>[0], opts: { maxFacts?: number } = {}): SlackMessage {
  const c = compactDigest(d, opts.maxFacts ?? 10, 5);
  if (!c.facts.length && !c.conflicts.length) return { text: 'The coverage holds no facts yet.', blocks: [section('The coverage holds no facts yet.')] };
  return { text: `Key facts: ${c.title}`.slice(0, L.fallbackText), blocks: compactBlocks(c) };
}

const feedbackButtons = (item: ItemRef): Button[] => voteButtons(item).map((b) => button(b.label, b.id));

/** An answer: the answer and its outlets; the quotes behind "Sources", feedback beside it. */
export function renderCompactAnswer(a: Answer, id: string): SlackMessage {
  const title = a.status === 'answered' ? 'Answer' : a.status === 'disputed' ? 'Outlets disagree' : 'Not in the coverage';
  const outlets = [...new Set(a.citations.map((c) => c.outlet))];
  const item: ItemRef = { kind: 'answer', id };
  const votes = feedbackButtons(item).filter((b) => a.citations.length || !b.action_id!.includes(':wrong:'));
  const buttons = [...(a.citations.length ? [button(`Sources (${a.citations.length})`, encodeAction({ kind: 'sources', item }), 'primary')] : []), ...votes];
  const blocks: KnownBlock[] = [
    section(fitLines([`*${title}:* ${esc(a.answer)}`, esc(a.summary), ...(outlets.length ? [`_Per ${outlets.map(esc).join(', ')}_`] : [])], L.sectionText, () => '')),
    actions(buttons),
    context(`Question: ${esc(a.question)}`),
  ];
  return { text: `${title}: ${oneLine(a.answer)}`.slice(0, L.fallbackText), blocks };
}

/** What a "Sources" click shows the clicker: the item with every quote, and the feedback buttons under it. */
export function renderItemSources(found: FoundItem): SlackMessage {
  if (found.kind === 'conflict') return { text: `Sources: ${oneLine(found.conflict.topic)}`, blocks: conflictBlocks(found.conflict) };
  if (found.kind === 'answer') {
    const [m] = renderAnswer(found.answer);
    return { text: m!.text, blocks: [...m!.blocks, actions(feedbackButtons({ kind: 'answer', id: found.id }))] };
  }
  return { text: `Sources: ${oneLine(found.fact.text)}`.slice(0, L.fallbackText), blocks: [...factBlocks(found.fact), actions(feedbackButtons({ kind: 'digest', date: found.date, id: found.fact.id }))] };
}

/** `/swap feedback`: the most-reported facts and answers with their quotes. */
export function renderFeedback(items: FeedbackSummary[]): SlackMessage {
  if (!items.length) return { text: NO_FEEDBACK, blocks: [section(NO_FEEDBACK)] };
  return { text: FEEDBACK_TITLE, blocks: [section(fitLines([`*${FEEDBACK_TITLE}*`, ...feedbackLines(items, esc)], L.sectionText, (k) => `_…and ${k} more_`))] };
}
