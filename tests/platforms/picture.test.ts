import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/engine/index.ts';
import { coverageSpec, coverageSvg } from '../../src/platforms/picture/index.ts';
import { wrap } from '../../src/platforms/picture/wrap.ts';
import { indexOf, SEEDS } from '../helpers/corpus.ts';

describe('the coverage picture', async () => {
  const digest = buildDigest(await indexOf(SEEDS), '2025-05-24');

  it('wraps labels between words and ends a label that needs more lines with “…”, never mid-word', () => {
    expect(wrap('Russia launched two ballistic missiles at the port', 16, 3)).toEqual(['Russia launched', 'two ballistic', 'missiles at the…']);
    expect(wrap('Arab News', 16, 2)).toEqual(['Arab News']);
    for (const line of wrap('Ukraine’s Coordination Headquarters for the Treatment of Prisoners of War', 16, 2)) expect(line.length).toBeLessThanOrEqual(16);
  });

  it('draws one row per key fact and disagreement, and one column per outlet, with who each outlet credits', () => {
    const spec = JSON.stringify(coverageSpec(digest));
    expect(spec).toContain('"1. President Volodymyr Zelenskyy said the"');
    expect(spec).toContain('"Outlets disagree: people killed (Odesa)"');
    for (const outlet of ['Clash Report', 'Newshub Finance', 'rki.news', 'Arab News']) expect(spec).toContain(`"outlet":"${outlet}"`);
    expect(spec).toContain('"text":["Donald Trump"]');
    expect(spec).toContain('"text":["1 person"]');
  });

  it('centres each row label on its row and sets each column header just above its column, however many lines they take', async () => {
    const svg = await coverageSvg(digest);
    // A text as drawn: its anchor's y, and its lines (Vega puts the first at the anchor, the others below it).
    const texts = (part: string) =>
      [...part.matchAll(/<text(?: aria-label="([^"]*)")?[^>]*transform="translate\([^,]+,([-\d.]+)\)"[^>]*>(.*?)<\/text>/g)].map((m) => ({ aria: m[1] ?? '', y: Number(m[2]), lines: Math.max(1, (m[3]!.match(/<tspan/g) ?? []).length), lineHeight: Number(/dy="(\d+)"/.exec(m[3]!)?.[1] ?? 0) }));
    const labels = texts(svg).filter((t) => /^row: \w+; label: /.test(t.aria));
    expect(labels.map((l) => l.lines)).toContain(1);
    expect(labels.map((l) => l.lines)).toContain(3);
    // The middle of each label's lines falls one row step (56 px) after the one before.
    const middles = labels.map((l) => l.y + ((l.lines - 1) * l.lineHeight) / 2).sort((a, b) => a - b);
    for (let i = 1; i < middles.length; i++) expect(middles[i]! - middles[i - 1]!).toBeCloseTo(56, 5);
    const headers = texts(svg.slice(svg.indexOf('role-axis-label'), svg.indexOf('role-legend')));
    expect(headers.map((h) => h.lines)).toEqual([1, 1, 1, 1, 3]);
    // Every header's last line on the same baseline, above the cells (which start at 0).
    const lastLines = headers.map((h) => h.y + (h.lines - 1) * h.lineHeight);
    expect(new Set(lastLines).size).toBe(1);
    expect(lastLines[0]).toBeLessThan(-6);
  });

  it('renders to the same SVG for the same digest', async () => {
    const svg = await coverageSvg(digest);
    expect(svg).toMatch(/^<svg/);
    expect(await coverageSvg(structuredClone(digest))).toBe(svg);
  });

  it('leaves Set.prototype as it found it, so other libraries (discord.js) still load after it', async () => {
    await coverageSvg(digest);
    expect(Object.prototype.hasOwnProperty.call(Set.prototype, 'toJSON')).toBe(false);
    expect(JSON.stringify({ s: new Set([1]) })).toBe('{"s":{}}');
    const { escapeMarkdown } = await import('discord.js');
    expect(escapeMarkdown('*a*')).toBe('\\*a\\*');
  });
});
