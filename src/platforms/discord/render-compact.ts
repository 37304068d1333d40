/**
 * The compact forms for a channel: the digest as one line per key fact and per disagreement with "Sources"
 * buttons, answers with their sources and feedback behind buttons, and the views a click opens (shown to the
 * clicker only). Pure: no client here. Buttons stay within Discord's 5 rows of 5 and 100-character custom ids.
 */
import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent, type APIEmbed } from 'discord.js';
import type { Answer } from '../../engine/index.ts';
import { encodeAction, voteButtons, type ItemRef } from '../../bot/actions.ts';
import type { FoundItem } from '../../bot/shown.ts';
import { FEEDBACK_TITLE, feedbackLines, NO_FEEDBACK } from '../../bot/feedback.ts';
import type { FeedbackSummary } from '../../store/types.ts';
import { compactDigest, type CompactDigest } from '../compact.ts';
import { fitLines } from '../fit-lines.ts';
import { DISCORD_LIMITS as L } from './limits.ts';
import { answerEmbed, COLOR, conflictEmbed, esc, factEmbed, label, type DiscordMessage } from './render.ts';

/** Discord's component limits. */
export const COMPONENT_LIMITS = { rows: 5, buttonsPerRow: 5, customId: 100, buttonLabel: 80 } as const;
export const PICTURE_NAME = 'coverage.png';

type Button = { label: string; id: string; style?: ButtonStyle.Primary | ButtonStyle.Secondary | ButtonStyle.Danger };

/** Buttons in rows of five, at most five rows; ids longer than Discord allows are a bug, so they throw. */
export function buttonRows(buttons: Button[]): APIActionRowComponent<APIButtonComponent>[] {
  const rows: APIActionRowComponent<APIButtonComponent>[] = [];
  for (const b of buttons.slice(0, COMPONENT_LIMITS.rows * COMPONENT_LIMITS.buttonsPerRow)) {
    if (b.id.length > COMPONENT_LIMITS.customId) throw new Error(`custom_id longer than ${COMPONENT_LIMITS.customId} characters: ${b.id}`);
    if (!rows.length || rows.at(-1)!.components.length === COMPONENT_LIMITS.buttonsPerRow) rows.push({ type: ComponentType.ActionRow, components: [] });
    rows.at(-1)!.components.push({ type: ComponentType.Button, style: b.style ?? ButtonStyle.Secondary, label: label(b.label, COMPONENT_LIMITS.buttonLabel), custom_id: b.id });
  }
  return rows;
}

const sourcesId = (date: string, id: string) => encodeAction({ kind: 'sources', item: { kind: 'digest', date, id } });

/** The compact digest's lines, as the embed's description. */
function compactLines(c: CompactDigest): string[] {
  const facts = c.facts.map((f) => `**${f.n}.** ${esc(f.text)} — _${[f.strength, f.outlets, ...(f.speaker ? [esc(f.speaker)] : [])].join(' · ')}_`);
  const conflicts = c.conflicts.map((x) => `⚖️ **${esc(x.topic)}**: ${x.sides.map(esc).join(' · ')}`);
  return [...facts, ...(conflicts.length ? ['', ...conflicts] : [])];
}

/**
 * `/swap facts` and the daily post: the key facts one line each, the disagreements, a "Sources" button per line
 * and, when `picture` is set, the coverage picture attached as coverage.png.
 */
export function renderCompactDigest(d: Parameters<typeof compactDigest>[0], opts: { maxFacts?: number; picture?: boolean } = {}): DiscordMessage {
  const c = compactDigest(d, opts.maxFacts ?? 10, 5);
  if (!c.facts.length && !c.conflicts.length) return { content: 'The coverage holds no facts yet.', embeds: [] };
  const embed: APIEmbed = {
    title: label(`Key facts: ${esc(c.title)}`, L.embedTitle),
    description: fitLines(compactLines(c), L.embedDescription, (k) => `_…and ${k} more; \`digest\` shows them all_`),
    color: COLOR.answer,
    footer: { text: `${esc(c.tagline)} · Sources: the buttons below (only you see them)` },
    ...(opts.picture ? { image: { url: `attachment://${PICTURE_NAME}` } } : {}),
  };
  const buttons: Button[] = [
    ...c.facts.map((f) => ({ label: `Sources ${f.n}`, id: sourcesId(c.date, f.fact.id), style: ButtonStyle.Primary as const })),
    ...c.conflicts.map((x) => ({ label: `⚖️ ${x.conflict.topic}`, id: sourcesId(c.date, x.conflict.id), style: ButtonStyle.Danger as const })),
  ];
  return { embeds: [embed], components: buttonRows(buttons) };
}

const feedbackButtons = (item: ItemRef): Button[] => voteButtons(item).map((b) => ({ label: b.label, id: b.id }));

/** An answer in the channel: the answer and its outlets; the quotes behind "Sources", feedback beside it. */
export function renderCompactAnswer(a: Answer, id: string): DiscordMessage {
  const title = a.status === 'answered' ? 'Answer' : a.status === 'disputed' ? 'Outlets disagree' : 'Not in the coverage';
  const outlets = [...new Set(a.citations.map((c) => c.outlet))];
  const embed: APIEmbed = {
    title,
    description: fitLines([`**${esc(a.answer)}**`, esc(a.summary), ...(outlets.length ? [`_Per ${outlets.map(esc).join(', ')}_`] : [])], L.embedDescription, () => ''),
    color: a.status === 'answered' ? COLOR.answer : a.status === 'disputed' ? COLOR.disputed : COLOR.none,
    footer: { text: label(`Question: ${esc(a.question)}`, L.footer) },
  };
  const item: ItemRef = { kind: 'answer', id };
  const votes = feedbackButtons(item).filter((b) => a.citations.length || !b.id.includes(':wrong:'));
  const buttons: Button[] = [...(a.citations.length ? [{ label: `Sources (${a.citations.length})`, id: encodeAction({ kind: 'sources', item }), style: ButtonStyle.Primary as const }] : []), ...votes];
  return { embeds: [embed], components: buttonRows(buttons) };
}

/** What a "Sources" click shows the clicker: the item with every quote, and the feedback buttons under it. */
export function renderItemSources(found: FoundItem): DiscordMessage {
  if (found.kind === 'conflict') return { embeds: [conflictEmbed(found.conflict)] };
  if (found.kind === 'answer') return { embeds: [answerEmbed(found.answer)], components: buttonRows(feedbackButtons({ kind: 'answer', id: found.id })) };
  return { embeds: [factEmbed(found.fact)], components: buttonRows(feedbackButtons({ kind: 'digest', date: found.date, id: found.fact.id })) };
}

/** `/swap feedback`: the most-reported facts and answers with their quotes. */
export function renderFeedback(items: FeedbackSummary[]): DiscordMessage {
  if (!items.length) return { content: NO_FEEDBACK, embeds: [] };
  return { embeds: [{ title: FEEDBACK_TITLE, description: fitLines(feedbackLines(items, esc), L.embedDescription, (k) => `_…and ${k} more_`), color: COLOR.none }] };
}
