/**
 * Engine results as Discord messages: embeds with titles, fields and footers that cite outlets, within Discord's
 * limits, long output split over several messages at fact boundaries (never mid-sentence). Pure: no client here.
 * Article and user text is markdown-escaped; mentions are neutralised by `allowedMentions` where messages are sent.
 */
import { escapeMarkdown, type APIActionRowComponent, type APIButtonComponent, type APIEmbed } from 'discord.js';
import type { Answer, Conflict, Digest, Fact } from '../../engine/index.ts';
import { oneLine } from '../../engine/source-ref.ts';
import { digestTagline, quotesByOutlet, formatNumbers } from '../../engine/render-markdown.ts';
import { DISCORD_LIMITS as L } from './limits.ts';
import { fitLines } from '../fit-lines.ts';
import { keyFacts, STRENGTH, valueText } from '../compact.ts';

export interface DiscordMessage {
  content?: string;
  embeds: APIEmbed[];
  /** Rows of buttons (at most 5 rows of 5). */
  components?: APIActionRowComponent<APIButtonComponent>[];
}

export const COLOR = { corroborated: 0x2e7d32, single_source: 0x546e7a, unverified: 0xf9a825, disputed: 0xc62828, answer: 0x1565c0, none: 0x757575 } as const;

/**
 * Escapes article or user text for Discord markdown, masked links included: a quote, an outlet's or a speaker's name
 * must never become a clickable `[label](url)` that hides where it leads.
 */
export const esc = (s: string) =>
  // escapeMarkdown's maskedLink escapes only the first link of a string: every "[" still after an even number of
  // backslashes (itself unescaped) is escaped here too.
  escapeMarkdown(oneLine(s), { maskedLink: true }).replace(/(?<!\\)((?:\\\\)*)\[/g, '$1\\[');

/** A plain web address stays clickable as it is; anything else is escaped like any other text. */
const address = (url: string) => (/^https?:\/\/[^\s<>()[\]]+$/.test(url) ? url : esc(url));

/** Shortens text to `max` characters at a word boundary, marking the cut. Only for labels, never for quotes. */
export function label(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2))}…`;
}

export function embedLength(e: APIEmbed): number {
  return (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.author?.name.length ?? 0) + (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
}

/** Packs embeds into messages of at most 10 embeds and 6,000 characters, in order. */
export function packEmbeds(embeds: APIEmbed[], content?: string): DiscordMessage[] {
  const messages: DiscordMessage[] = [];
  let current: APIEmbed[] = [];
  let size = 0;
  for (const e of embeds) {
    const n = embedLength(e);
    if (current.length && (current.length === L.embedsPerMessage || size + n > L.embedsTotal)) {
      messages.push({ embeds: current });
      current = [];
      size = 0;
    }
    current.push(e);
    size += n;
  }
  if (current.length) messages.push({ embeds: current });
  if (content !== undefined) {
    if (messages.length) messages[0]!.content = content;
    else messages.push({ content, embeds: [] });
  }
  return messages;
}

/** One fact with each outlet's quote; numbered in lists, unnumbered when shown alone. */
export function factEmbed(f: Fact, n?: number): APIEmbed {
  const quotes = quotesByOutlet(f.sources).map((s) => `> **${esc(s.outlet)}**${s.speaker ? ` (${esc(s.speaker)})` : ''}: “${esc(s.quote)}”`);
  const head = esc(f.text);
  const description = fitLines([head, '', ...quotes], L.embedDescription, (k) => `_…and ${k} more source${k === 1 ? '' : 's'}_`);
  const footer = [f.attributed_to ? `Attributed to ${esc(f.attributed_to)}` : 'Reported on the outlets’ own authority', `Sources: ${f.outlets.map(esc).join(', ')}`].join(' · ');
  const embed: APIEmbed = {
    title: label(`${n === undefined ? '' : `${n}. `}${STRENGTH[f.status]} · ${f.outlets.length} outlet${f.outlets.length === 1 ? '' : 's'}${f.numbers.length ? ` · ${esc(formatNumbers(f))}` : ''}`, L.embedTitle),
    description,
    color: COLOR[f.status],
    footer: { text: label(footer, L.footer) },
  };
  return embed;
}

/** `/swap ask`: the answer with its quotes; a disputed answer shows each side; not_found says so. */
export function renderAnswer(a: Answer): DiscordMessage[] {
  return packEmbeds([answerEmbed(a)]);
}

/** An answer with every citation: the answer's "Sources" view. */
export function answerEmbed(a: Answer): APIEmbed {
  const title = a.status === 'answered' ? 'Answer' : a.status === 'disputed' ? 'Outlets disagree' : 'Not in the coverage';
  const fields = a.citations.slice(0, L.fields).map((c) => ({
    name: label(`${esc(c.outlet)}${c.speaker ? ` (${esc(c.speaker)})` : ''}`, L.fieldName),
    value: `“${esc(c.quote)}”`,
  }));
  // A quote too long for a field goes whole into the description instead of being cut.
  const long = fields.filter((f) => f.value.length > L.fieldValue);
  const description = fitLines(
    [`**${esc(a.answer)}**`, '', esc(a.summary), ...long.map((f) => `\n**${f.name}**: ${f.value}`)],
    L.embedDescription,
    (k) => `_…and ${k} more_`,
  );
  const embed: APIEmbed = {
    title,
    description,
    color: a.status === 'answered' ? COLOR.answer : a.status === 'disputed' ? COLOR.disputed : COLOR.none,
    fields: fields.filter((f) => f.value.length <= L.fieldValue),
    footer: { text: label(`Question: ${esc(a.question)}`, L.footer) },
  };
  return embed;
}

/** `/swap digest`: summary, key facts, disagreements, unverified claims and sources, over as many messages as needed. */
export function renderDigest(d: Digest): DiscordMessage[] {
  const embeds: APIEmbed[] = [{ title: label(esc(d.title), L.embedTitle), description: fitLines([esc(d.summary)], L.embedDescription, () => ''), color: COLOR.answer, footer: { text: esc(digestTagline(d)) } }];
  keyFacts(d, 8).forEach((f, i) => embeds.push(factEmbed(f, i + 1)));
  for (const c of d.conflicts) embeds.push(conflictEmbed(c));
  const unverified = d.facts.filter((f) => f.status === 'unverified');
  if (unverified.length) {
    embeds.push({ title: 'Unverified claims', color: COLOR.unverified, description: fitLines(unverified.flatMap((f) => quotesByOutlet(f.sources).map((s) => `• ${esc(s.outlet)}: “${esc(s.quote)}”`)), L.embedDescription, (k) => `_…and ${k} more_`) });
  }
  embeds.push(sourcesEmbed(d));
  return packEmbeds(embeds);
}

/** A disagreement (or an updated figure): each value with its outlets and their quotes. */
export function conflictEmbed(c: Conflict): APIEmbed {
  return {
    title: label(`${c.kind === 'update' ? 'Updated' : 'Outlets disagree'}: ${esc(c.topic)}`, L.embedTitle),
    color: COLOR.disputed,
    fields: c.values.slice(0, L.fields).map((v) => ({
      name: label(`${esc(valueText(v))}: ${[...new Set(v.sources.map((s) => esc(s.outlet)))].join(', ')}${c.kind === 'update' && v.published ? ` (${v.published})` : ''}`, L.fieldName),
      value: fitLines(quotesByOutlet(v.sources).map((s) => `“${esc(s.quote)}”`), L.fieldValue, (k) => `…and ${k} more`),
    })),
  };
}

function sourcesEmbed(d: Digest): APIEmbed {
  return {
    title: 'Sources',
    color: COLOR.single_source,
    fields: d.sources.slice(0, L.fields).map((s) => ({
      name: label(esc(s.outlet), L.fieldName),
      value: label(`${s.facts} fact${s.facts === 1 ? '' : 's'} · published ${s.published ?? 'unknown'}${s.url ? ` · ${address(s.url)}` : ''}`, L.fieldValue),
      inline: true,
    })),
  };
}

/** `/swap sources`: the outlets, what each contributes, and what was dropped from each page and why. */
export function renderSources(d: Digest): DiscordMessage[] {
  const byFile = new Map<string, Map<string, number>>();
  for (const x of d.dropped) {
    const m = byFile.get(x.file) ?? new Map<string, number>();
    const reason = x.reason.replace(/ \(".*"\)$|"[^"]*"/g, '').trim();
    m.set(reason, (m.get(reason) ?? 0) + 1);
    byFile.set(x.file, m);
  }
  const lines = d.sources.map((s) => {
    const dropped = byFile.get(s.file);
    const what = dropped ? [...dropped.entries()].map(([r, n]) => `${n}× ${r}`).join('; ') : 'nothing';
    return `**${esc(s.outlet)}** (${esc(s.file)}): removed ${what}`;
  });
  return packEmbeds([sourcesEmbed(d), { title: 'What was removed from each page', color: COLOR.none, description: fitLines(lines, L.embedDescription, (k) => `_…and ${k} more_`) }]);
}

export function renderHelp(command: string): DiscordMessage[] {
  return [
    {
      embeds: [
        {
          title: `/${command}: facts from the coverage, with sources`,
          color: COLOR.answer,
          description: [
            `\`/${command} facts\`: the key facts, one line each, with a picture of which outlet reports what; **Sources** buttons show the quotes (to you only)`,
            `\`/${command} ask question:<text>\`: an answer from the articles, or “the coverage doesn't say”; 👍 / 👎 / **Wrong attribution** tell us how it did`,
            `\`/${command} digest\`: the full digest: facts, disagreements, unverified claims, sources`,
            `\`/${command} sources\`: the outlets and what was removed from their pages`,
            `\`/${command} subscribe time:08:00 timezone:Europe/Lisbon\`, \`/${command} unsubscribe\`: the daily digest in this channel (server managers)`,
            `\`/${command} schedule\`: what this channel gets and when`,
            `\`/${command} feeds action:list|add|remove url:<feed>\`: the news feeds polled before each digest (changes: server managers)`,
            `\`/${command} feedback\`: the facts and answers readers reported most (server managers)`,
            `\`/${command} help\`: this message`,
          ].join('\n'),
        },
      ],
    },
  ];
}
