import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/engine/index.ts';
import { join } from 'node:path';
import { QUAKE, ROOT, allQuotes, fileText, indexOf } from '../helpers/corpus.ts';

// A different kind of story (a landslide toll) from three outlets in .txt, .md and .html, run through the same pipeline.
describe('a second story: the landslide fixture', async () => {
  const index = await indexOf(QUAKE);
  const digest = buildDigest(index, '2031-03-04');

  it('shows the toll disagreement with every value and its outlets', () => {
    const toll = digest.conflicts.find((c) => c.topic.startsWith('people killed'));
    expect(toll?.values.map((v) => v.value)).toEqual([12, 14, 16]);
    expect(toll?.values.find((v) => v.value === 16)?.sources.map((s) => s.outlet)).toEqual(['Alpine Wire']);
  });

  it('corroborates the aid and the rescue across outlets, attributed to who said them', () => {
    const aid = digest.facts.find((f) => f.numbers.some((n) => n.value === 40_000_000));
    expect(aid).toMatchObject({ status: 'corroborated', attributed_to: 'Tomas Reiner' });
    expect(aid?.outlets).toHaveLength(3);
    const rescued = digest.facts.find((f) => f.numbers.some((n) => n.value === 23));
    expect(rescued?.attributed_to).toBe('Anneliese Brandt');
    expect(rescued!.outlets.length).toBeGreaterThanOrEqual(2);
  });

  it('drops the junk of each page and keeps the evacuation warning unverified', () => {
    const dropped = digest.dropped.map((d) => d.text).join('\n');
    for (const junk of ['Stock markets rally', 'Subscribe to our newsletter', 'Home | World']) expect(dropped).toContain(junk);
    expect(JSON.stringify(digest.facts)).not.toMatch(/Stock markets|newsletter|Ski season|All rights reserved/);
    expect(digest.facts.find((f) => f.text.includes('evacuation warning'))?.status ?? 'unverified').toBe('unverified');
  });

  it('quotes verbatim from .txt and .md files', () => {
    for (const q of allQuotes(digest).filter((x) => !x.file.endsWith('.html'))) expect(fileText(QUAKE, q.file)).toContain(q.quote);
  });
});

// A third kind of story: a multi-country prisoner exchange where outlets give different totals.
describe('a third story: the five-nation exchange fixture', async () => {
  const index = await indexOf(join(ROOT, 'tests', 'fixtures', 'exchange'));
  const digest = buildDigest(index, '2032-03-13');

  it('shows the disputed total with both values and their outlets', () => {
    const total = digest.conflicts.find((c) => c.topic.startsWith('people exchanged'));
    expect(total?.kind).toBe('disagreement');
    expect(total?.values.map((v) => [v.value, v.sources.map((s) => s.outlet)])).toEqual([
      [24, ['Global Wire']],
      [26, ['Ankara Times', 'Daily Courier']],
    ]);
  });

  it('attributes a statement to the body that made it, whichever way it is named', () => {
    const freed = digest.facts.find((f) => f.numbers.some((n) => n.value === 10));
    expect(freed?.outlets).toHaveLength(3);
    const ministry = digest.facts.find((f) => f.numbers.some((n) => n.value === 16));
    expect(ministry?.attributed_to).toMatch(/Foreign Ministry/i);
    expect(new Set(ministry!.sources.map((s) => s.speaker))).toEqual(new Set([ministry!.attributed_to]));
  });
});
