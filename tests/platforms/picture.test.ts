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

  it('renders to the same SVG for the same digest', async () => {
    const svg = await coverageSvg(digest);
    expect(svg).toMatch(/^<svg/);
    expect(await coverageSvg(structuredClone(digest))).toBe(svg);
  });
});
