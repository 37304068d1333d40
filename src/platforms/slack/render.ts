/**
 * Engine results as Slack Block Kit messages: a header, sections and context lines citing outlets, at most 50 blocks
 * and 3,000 characters per section text, long output split over several messages between facts, and a plain `text`
 * fallback on every message. All article and user text is escaped (&, <, >) so `<!channel>` or `<url|label>` pings
 * and links nobody. Pure: no client here.
 */
import type { types } from '@slack/bolt';

type KnownBlock = types.KnownBlock;
import type { Answer, Conflict, Digest, Fact } from '../../engine/index.ts';
import { keyFacts, valueText } from '../compact.ts';
import { oneLine } from '../../engine/source-ref.ts';
import { digestTagline, formatNumbers, quotesByOutlet } from '../../engine/render-markdown.ts';
import { fitLines } from '../fit-lines.ts';

export const SLACK_LIMITS = { blocks: 50, sectionText: 3000, headerText: 150, contextText: 2000, messageChars: 11_000, fallbackText: 3000 } as const;
const L = SLACK_LIMITS;

export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
}

/** Escapes text for Slack: the three characters Slack's markup uses for mentions and links. */
export function escapeSlack(s: string): string {
  return oneLine(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
const esc = escapeSlack;

const STATUS: Record<Fact['status'], string> = { corroborated: ':white_check_mark: Corroborated', single_source: ':small_blue_diamond: Single source', unverified: ':warning: Unverified' };

export const section = (text: string): KnownBlock => ({ type: 'section', text: { type: 'mrkdwn', text } });
export const context = (text: string): KnownBlock => ({ type: 'context', elements: [{ type: 'mrkdwn', text: text.slice(0, L.contextText) }] });
export const header = (text: string): KnownBlock => ({ type: 'header', text: { type: 'plain_text', text: text.length > L.headerText ? `${text.slice(0, L.headerText - 1)}…` : text, emoji: true } });

function blockChars(b: KnownBlock): number {
  return JSON.stringify(b).length;
}

/** Groups of blocks (one group = one fact) packed into messages without splitting a group. */
export function packBlocks(groups: KnownBlock[][], fallback: string): SlackMessage[] {
  const out: SlackMessage[] = [];
  let blocks: KnownBlock[] = [];
  let size = 0;
  for (const g of groups) {
    const n = g.reduce((a, b) => a + blockChars(b), 0);
    if (blocks.length && (blocks.length + g.length > L.blocks || size + n > L.messageChars)) {
      out.push({ text: fallback, blocks });
      blocks = [];
      size = 0;
    }
    blocks.push(...g);
    size += n;
  }
  if (blocks.length) out.push({ text: fallback, blocks });
  return out.map((m, i) => ({ ...m, text: out.length > 1 ? `${fallback} (${i + 1}/${out.length})` : fallback }));
}

/** One fact with each outlet's quote; numbered in lists, unnumbered when shown alone. */
export function factBlocks(f: Fact, n?: number): KnownBlock[] {
  const nums = f.numbers.length ? ` · ${esc(formatNumbers(f))}` : '';
  const quotes = quotesByOutlet(f.sources).map((s) => `> *${esc(s.outlet)}*${s.speaker ? ` (${esc(s.speaker)})` : ''}: “${esc(s.quote)}”`);
  return [
    section(fitLines([`*${n === undefined ? '' : `${n}. `}${STATUS[f.status]} · ${f.outlets.length} outlet${f.outlets.length === 1 ? '' : 's'}*${nums}`, esc(f.text)], L.sectionText, () => '')),
    section(fitLines(quotes, L.sectionText, (k) => `_…and ${k} more source${k === 1 ? '' : 's'}_`)),
    context(esc(`${f.attributed_to ? `Attributed to ${f.attributed_to}` : 'Reported on the outlets’ own authority'} · Sources: ${f.outlets.join(', ')}`)),
  ];
}

export function renderAnswer(a: Answer): SlackMessage[] {
  const title = a.status === 'answered' ? 'Answer' : a.status === 'disputed' ? 'Outlets disagree' : 'Not in the coverage';
  const quotes = a.citations.map((c) => `> *${esc(c.outlet)}*${c.speaker ? ` (${esc(c.speaker)})` : ''}: “${esc(c.quote)}”`);
  const blocks: KnownBlock[] = [
    section(fitLines([`*${title}:* ${esc(a.answer)}`, esc(a.summary)], L.sectionText, () => '')),
    ...(quotes.length ? [section(fitLines(quotes, L.sectionText, (k) => `_…and ${k} more_`))] : []),
    context(`Question: ${esc(a.question)}`),
  ];
  return [{ text: `${title}: ${oneLine(a.answer)}`.slice(0, L.fallbackText), blocks }];
}

export function renderDigest(d: Digest): SlackMessage[] {
  const groups: KnownBlock[][] = [[header(oneLine(d.title)), section(fitLines([esc(d.summary)], L.sectionText, () => '')), context(digestTagline(d))]];
  keyFacts(d, 8).forEach((f, i) => groups.push(factBlocks(f, i + 1)));
  for (const c of d.conflicts) groups.push(conflictBlocks(c));
  const unverified = d.facts.filter((f) => f.status === 'unverified').flatMap((f) => quotesByOutlet(f.sources).map((s) => `• ${esc(s.outlet)}: “${esc(s.quote)}”`));
  if (unverified.length) groups.push([section(fitLines([':warning: *Unverified claims*', ...unverified], L.sectionText, (k) => `_…and ${k} more_`))]);
  groups.push(sourcesBlocks(d));
  return packBlocks(groups, `Digest: ${oneLine(d.title)}`.slice(0, L.fallbackText));
}

/** A disagreement (or an updated figure): each value with its outlets' quotes. */
export function conflictBlocks(c: Conflict): KnownBlock[] {
  const sides = c.values.flatMap((v) => quotesByOutlet(v.sources).map((s) => `> *${esc(valueText(v))}* per *${esc(s.outlet)}*: “${esc(s.quote)}”`));
  const heading = c.kind === 'update' ? `:arrows_counterclockwise: *Updated: ${esc(c.topic)}* ${c.values.map((v) => esc(valueText(v))).join(' → ')}` : `:scales: *Outlets disagree: ${esc(c.topic)}*`;
  return [section(fitLines([heading, ...sides], L.sectionText, (k) => `_…and ${k} more_`))];
}

function sourcesBlocks(d: Digest): KnownBlock[] {
  return [section(fitLines(['*Sources*', ...d.sources.map((s) => `• *${esc(s.outlet)}*: ${s.facts} fact${s.facts === 1 ? '' : 's'}, published ${s.published ?? 'unknown'}${s.url ? `, ${esc(s.url)}` : ''}`)], L.sectionText, (k) => `_…and ${k} more_`))];
}

export function renderSources(d: Digest): SlackMessage[] {
  const removed = d.sources.map((s) => {
    const reasons = new Map<string, number>();
    for (const x of d.dropped.filter((x) => x.file === s.file)) {
      const r = x.reason.replace(/ \(".*"\)$|"[^"]*"/g, '').trim();
      reasons.set(r, (reasons.get(r) ?? 0) + 1);
    }
    return `• *${esc(s.outlet)}*: removed ${reasons.size ? [...reasons].map(([r, n]) => `${n}× ${esc(r)}`).join('; ') : 'nothing'}`;
  });
  return packBlocks([sourcesBlocks(d), [section(fitLines(['*What was removed from each page*', ...removed], L.sectionText, (k) => `_…and ${k} more_`))]], 'Sources of the digest');
}

export function renderHelp(command: string, unknown?: string): SlackMessage[] {
  const lines = [
    unknown ? `I don't know \`${esc(unknown)}\`. Here is what I can do:` : '*What I can do*',
    `\`/${command} facts\`: the key facts, one line each, with a picture of which outlet reports what; *Sources* buttons show the quotes (to you only)`,
    `\`/${command} ask <question>\`: an answer from the articles, or “the coverage doesn't say”; 👍 / 👎 / *Wrong attribution* tell us how it did`,
    `\`/${command} digest\`: the full digest`,
    `\`/${command} sources\`: the outlets and what was removed from their pages`,
    `\`/${command} subscribe 08:00 Europe/Lisbon\`, \`/${command} unsubscribe\`: the daily digest in this channel (workspace admins)`,
    `\`/${command} schedule\`: what this channel gets and when`,
    `\`/${command} feeds list\`, \`feeds add <url>\`, \`feeds remove <url>\`: the news feeds polled before each digest (changes: workspace admins)`,
    `\`/${command} feedback\`: the facts and answers readers reported most (workspace admins)`,
    'You can also @mention me with a question, in a channel or a direct message.',
  ];
  return [{ text: `/${command} help`, blocks: [section(lines.join('\n'))] }];
}
