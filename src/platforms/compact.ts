/**
 * The compact digest every platform shows in a channel: one line per key fact (the fact, its strength, how many
 * outlets, who it is attributed to) and one per disagreement, numbered the same way in the message and in the
 * coverage picture. The quotes stay behind a "Sources" button. Pure: built from the digest alone.
 */
import type { Conflict, Digest, Fact } from '../engine/index.ts';
import { countOf, digestTagline, formatNumbers } from '../engine/render-markdown.ts';
import { oneLine } from '../engine/source-ref.ts';

export const STRENGTH: Record<Fact['status'], string> = { corroborated: 'Corroborated', single_source: 'Single source', unverified: 'Unverified' };

export interface CompactFact {
  n: number;
  fact: Fact;
  text: string;
  strength: string;
  outlets: string;
  speaker: string | null;
  numbers: string;
}

export interface CompactConflict {
  conflict: Conflict;
  /** What the values count, as "Outlets disagree: people killed (Riverton)". */
  topic: string;
  /** Each value with the outlets that give it: "3 people (Metro Daily)". */
  sides: string[];
}

export interface CompactDigest {
  date: string;
  title: string;
  tagline: string;
  facts: CompactFact[];
  conflicts: CompactConflict[];
}

/** The facts a channel sees first: not unverified, not disputed (their disagreement is shown instead), each text once. */
export function keyFacts(d: Digest, max: number): Fact[] {
  const shown = new Set<string>();
  return d.facts.filter((f) => f.status !== 'unverified' && !f.disputed && !shown.has(f.text) && (shown.add(f.text), true)).slice(0, max);
}

/**
 * A disputed value as the outlets write it: the figure with its unit, or the words they used when the figure alone
 * would not tell it ("at least 40 people", "7:30 a.m.", "five miles"), as the Markdown digest shows it.
 */
export const valueText = (v: Conflict['values'][number]): string => (v.label ? oneLine(v.label) : `${v.value.toLocaleString('en-US')}${v.unit ? ` ${v.unit}` : ''}`);

export function conflictSides(c: Conflict): string[] {
  return c.values.map((v) => `${valueText(v)} (${[...new Set(v.sources.map((s) => s.outlet))].join(', ')}${c.kind === 'update' && v.published ? `, ${v.published}` : ''})`);
}

export function compactDigest(d: Digest, maxFacts = 10, maxConflicts = 5): CompactDigest {
  return {
    date: d.date,
    title: oneLine(d.title),
    tagline: digestTagline(d),
    facts: keyFacts(d, maxFacts).map((fact, i) => ({
      n: i + 1,
      fact,
      text: oneLine(fact.text),
      strength: STRENGTH[fact.status],
      outlets: countOf(fact.outlets.length, 'outlet'),
      speaker: fact.attributed_to,
      numbers: fact.numbers.length ? formatNumbers(fact) : '',
    })),
    conflicts: d.conflicts.slice(0, maxConflicts).map((conflict) => ({ conflict, topic: `${conflict.kind === 'update' ? 'Updated' : 'Outlets disagree'}: ${oneLine(conflict.topic)}`, sides: conflictSides(conflict) })),
  };
}
