import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/engine/index.ts';
import type { Conflict, Digest } from '../../src/engine/types.ts';
import { compactDigest } from '../../src/platforms/compact.ts';
import { coverageSpec } from '../../src/platforms/picture/index.ts';
import { conflictEmbed } from '../../src/platforms/discord/render.ts';
import { conflictBlocks } from '../../src/platforms/slack/render.ts';
import { indexOf, ROOT, SEEDS } from '../helpers/corpus.ts';

const source = (outlet: string, quote: string) => ({ outlet, file: `${outlet}.txt`, quote, speaker: null, span: { start: 0, end: quote.length } });

/** A made-up disagreement whose values only their words tell apart: a time of day and a bound. */
const disputedTime: Conflict = {
  id: 'conflict-0time01',
  topic: 'time (ferry departure)',
  kind: 'disagreement',
  values: [
    { value: 7.3, label: '7:30 a.m.', unit: null, sources: [source('Harbour Herald', 'The ferry left at 7:30 a.m.')] },
    { value: 7.45, label: '7.45am', unit: null, sources: [source('Quayside Post', 'It sailed at 7.45am.')] },
  ],
};
const disputedToll: Conflict = {
  id: 'conflict-0toll01',
  topic: 'people rescued (Marrow Point)',
  kind: 'disagreement',
  values: [
    { value: 40, label: 'at least 40 people', unit: 'people', sources: [source('Harbour Herald', 'At least 40 people were rescued.')] },
    { value: 43, unit: 'people', sources: [source('Quayside Post', 'Rescuers brought 43 people ashore.')] },
  ],
};
const digest: Digest = {
  title: 'Ferry runs aground off Marrow Point',
  summary: '',
  date: '2031-03-04',
  facts: [],
  conflicts: [disputedTime, disputedToll],
  sources: [
    { file: 'Harbour Herald.txt', outlet: 'Harbour Herald', url: null, published: '2031-03-04', facts: 2 },
    { file: 'Quayside Post.txt', outlet: 'Quayside Post', url: null, published: '2031-03-04', facts: 2 },
  ],
  dropped: [],
} as unknown as Digest;

describe('disputed values', () => {
  it('are shown as the outlets write them, in the compact line, the picture and the Sources views', () => {
    expect(compactDigest(digest).conflicts.map((c) => c.sides)).toEqual([
      ['7:30 a.m. (Harbour Herald)', '7.45am (Quayside Post)'],
      ['at least 40 people (Harbour Herald)', '43 people (Quayside Post)'],
    ]);
    const spec = JSON.stringify(coverageSpec(digest));
    expect(spec).toContain('"text":["7:30 a.m."]');
    expect(spec).toContain('"text":["at least 40","people"]');
    expect(spec).not.toContain('7.3"');
    expect(conflictEmbed(disputedTime).fields!.map((f) => f.name)).toEqual(['7:30 a.m.: Harbour Herald', '7.45am: Quayside Post']);
    expect(JSON.stringify(conflictBlocks(disputedToll))).toContain('> *at least 40 people* per *Harbour Herald*');
  });
});

describe('the README', () => {
  it('shows the seeds’ compact digest as the renderer makes it', async () => {
    const c = compactDigest(buildDigest(await indexOf(SEEDS), '2025-05-24'));
    const shown = /```text\n(Key facts:[\s\S]*?)```/.exec(readFileSync(join(ROOT, 'README.md'), 'utf8'))![1]!.split('\n');
    expect(shown[0]).toBe(`Key facts: ${c.title}`);
    const facts = shown.filter((l) => /^\d+\. /.test(l));
    expect(facts.length).toBeGreaterThan(0);
    facts.forEach((line, i) => {
      const f = c.facts[i]!;
      expect(line).toBe(`${f.n}. ${f.text} — ${[f.strength, f.outlets, ...(f.speaker ? [f.speaker] : [])].join(' · ')}`);
    });
    expect(shown).toContain(`   … (${c.facts.length} key facts)`);
    expect(shown.filter((l) => l.startsWith('⚖️'))).toEqual(c.conflicts.map((x) => `⚖️ ${x.topic}: ${x.sides.join(' · ')}`));
    expect(shown).toContain(`${c.tagline} · Sources: the buttons below (only you see them)`);
  });
});
