/**
 * The digest as Markdown for people: key facts with each outlet's own words, key numbers, who said what, where
 * outlets disagree, unverified claims and the sources. Quotes are shown on one line; their text is the source's.
 */
import type { Conflict, Digest, Fact, SourceRef } from './types.ts';
import { oneLine } from './source-ref.ts';
import { isKeyNumber } from './digest.ts';

const STATUS: Record<Fact['status'], string> = {
  corroborated: 'corroborated',
  single_source: 'single source',
  unverified: 'unverified',
};

/** One quote per outlet, in the order the fact lists them. */
export function quotesByOutlet(sources: SourceRef[]): SourceRef[] {
  const seen = new Set<string>();
  return sources.filter((s) => (seen.has(s.outlet) ? false : (seen.add(s.outlet), true)));
}

/** "1 outlet", "5 outlets". */
export const countOf = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The one line under a digest's title, the same on every platform. */
export function digestTagline(d: Digest): string {
  return `Digest for ${d.date} · ${countOf(d.sources.length, 'outlet')} · ${countOf(d.facts.length, 'fact')}`;
}

export function formatNumbers(f: Fact): string {
  const parts = f.numbers.map((n) => `${n.value.toLocaleString('en-US')}${n.unit ? ` ${n.unit}` : ''}`);
  if (f.composite) return `${parts.join(' + ')} = ${f.composite.total.toLocaleString('en-US')}`;
  return parts.join(', ');
}

function* factLines(f: Fact, n: number): Generator<string> {
  const who = f.attributed_to ? `; attributed to ${f.attributed_to}` : '';
  yield* [`${n}. **${f.text}**`, `   _${STATUS[f.status]}: ${countOf(f.outlets.length, 'outlet')}${who}_`];
  for (const s of quotesByOutlet(f.sources)) yield `   - ${s.outlet}${s.via ? ` via ${s.via}` : ''}${s.speaker ? ` (${s.speaker})` : ''}: “${oneLine(s.quote)}”`;
}

/** A value as outlets write it: its label when a number alone does not tell it ("7.31am", "five miles"). */
const shownValue = (v: Conflict['values'][number]) => v.label ?? `${v.value.toLocaleString('en-US')}${v.unit ? ` ${v.unit}` : ''}`;

/** A disagreement's or an update's lines, made one at a time: one can cite thousands of sources. */
function* conflictLines(c: Conflict): Generator<string> {
  const dated = (v: Conflict['values'][number]) => `${shownValue(v)}${v.published ? ` (${v.published})` : ''}`;
  yield c.kind === 'update' ? `- **${c.topic}** rose from ${c.values.slice(0, -1).map(dated).join(', then ')} to ${dated(c.values[c.values.length - 1]!)}` : `- **${c.topic}**`;
  for (const v of c.values) {
    const when = c.kind === 'update' && v.published ? ` on ${v.published}` : '';
    for (const s of quotesByOutlet(v.sources)) yield `  - ${shownValue(v)} per ${s.outlet}${when}${s.speaker ? ` (citing ${s.speaker})` : ''}: “${oneLine(s.quote)}”`;
  }
}

export interface MarkdownOptions {
  /** How many facts to show in full (the JSON always holds them all). */
  keyFacts?: number;
}

/** The digest as Markdown: its lines joined, each ending with a newline. */
export function renderMarkdown(d: Digest, opts: MarkdownOptions = {}): string {
  return [...markdownLines(d, opts), ''].join('\n');
}

/** Lines gathered into one piece of the Markdown, about this many characters. */
const PIECE_CHARS = 1 << 16;

/**
 * The same Markdown in pieces of whole lines (each piece ends with a newline), for writing a large digest without
 * holding it whole: at 10,000 articles it is 12 MB of text, made of a few hundred thousand lines.
 */
export function* markdownPieces(d: Digest, opts: MarkdownOptions = {}): Generator<string> {
  let batch: string[] = [];
  let size = 0;
  for (const line of markdownLines(d, opts)) {
    batch.push(line);
    size += line.length + 1;
    if (size >= PIECE_CHARS) {
      yield `${batch.join('\n')}\n`;
      batch = [];
      size = 0;
    }
  }
  if (batch.length) yield `${batch.join('\n')}\n`;
}

/** The Markdown's lines, in order. */
function* markdownLines(d: Digest, opts: MarkdownOptions): Generator<string> {
  const keyCount = opts.keyFacts ?? 8;
  // Two facts read from one sentence would show the same words twice; the better-ranked one stands for both.
  const shownTexts = new Set<string>();
  const key = d.facts.filter((f) => f.status !== 'unverified' && !f.disputed && !shownTexts.has(f.text) && (shownTexts.add(f.text), true)).slice(0, keyCount);
  const numbers = d.facts.filter((f) => isKeyNumber(f) && f.status === 'corroborated' && !f.disputed).slice(0, 8);
  const speakers = new Map<string, Fact>();
  for (const f of d.facts) if (f.attributed_to && f.status !== 'unverified' && !speakers.has(f.attributed_to)) speakers.set(f.attributed_to, f);
  const unverified = d.facts.filter((f) => f.status === 'unverified');

  const disagreements = d.conflicts.filter((c) => c.kind !== 'update');
  const updates = d.conflicts.filter((c) => c.kind === 'update');
  yield* [`# ${d.title}`, '', `_${digestTagline(d)} · ${countOf(disagreements.length, 'disagreement')}_`, '', d.summary, ''];
  if (d.since && d.changes) {
    yield* [`## New since ${d.since}`, ''];
    const byId = new Map(d.facts.map((f) => [f.id, f]));
    const changed = d.changes.filter((c) => c.kind === 'changed');
    const corroborated = d.changes.filter((c) => c.kind === 'corroborated');
    const fresh = d.changes.filter((c) => c.kind === 'new' && byId.get(c.fact_id)?.status !== 'unverified').slice(0, 8);
    for (const c of changed) yield `- **Changed:** ${c.before} → ${c.after}: “${byId.get(c.fact_id)?.text ?? ''}” (${byId.get(c.fact_id)?.outlets.join(', ') ?? ''})`;
    for (const c of corroborated) yield `- **Now corroborated** by ${c.after} (was ${c.before}): “${byId.get(c.fact_id)?.text ?? ''}”`;
    for (const c of fresh) yield `- **New:** “${c.after}” (${byId.get(c.fact_id)?.outlets.join(', ') ?? ''})`;
    if (d.new_outlets?.length) yield `- **New outlets:** ${d.new_outlets.join(', ')}`;
    if (!d.changes.length && !d.new_outlets?.length) yield 'Nothing new in the coverage.';
    yield '';
  }
  yield* ['## Key facts', ''];
  for (const [i, f] of key.entries()) yield* factLines(f, i + 1);
  if (numbers.length) {
    yield* ['', '## Key numbers', ''];
    for (const f of numbers) yield `- **${formatNumbers(f)}**: ${f.outlets.join(', ')}`;
  }
  if (speakers.size) {
    yield* ['', '## Who said what', ''];
    for (const [who, f] of [...speakers.entries()].slice(0, 10)) {
      const s = f.sources.find((x) => x.speaker === who) ?? f.sources[0]!;
      yield `- **${who}** (${s.outlet}): “${oneLine(s.quote)}”`;
    }
  }
  yield* ['', '## Where outlets disagree', ''];
  if (disagreements.length) for (const c of disagreements) yield* conflictLines(c);
  else yield 'No disagreement found between outlets.';
  if (updates.length) {
    yield* ['', '## Figures updated since earlier coverage', ''];
    for (const c of updates) yield* conflictLines(c);
  }
  if (unverified.length) {
    yield* ['', '## Unverified claims', ''];
    // A sentence can back two facts; it is listed once.
    const listed = new Set<string>();
    for (const f of unverified) {
      for (const s of quotesByOutlet(f.sources)) {
        const at = `${s.file}|${s.quote}`;
        if (listed.has(at)) continue;
        listed.add(at);
        yield `- ${s.outlet}: “${oneLine(s.quote)}”`;
      }
    }
  }
  yield* ['', '## Sources', '', '| Outlet | Published | Facts | File |', '|---|---|---|---|'];
  for (const s of d.sources) yield `| ${s.outlet} | ${s.published ?? 'unknown'} | ${s.facts} | ${s.url ? `[${s.file}](${s.url})` : s.file} |`;
  yield* ['', `_${d.dropped.length} passage${d.dropped.length === 1 ? '' : 's'} of page furniture and unrelated text removed; the JSON digest lists each with its reason._`];
}
