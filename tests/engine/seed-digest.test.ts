import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { buildDigest, renderMarkdown } from '../../src/engine/index.ts';
import { ROOT, SEEDS, allQuotes, fileText, indexOf, readGold } from '../helpers/corpus.ts';

const gold = readGold(join(ROOT, 'tests', 'gold', 'seeds-public.json'));

describe('the digest of the seed coverage', async () => {
  const index = await indexOf(SEEDS);
  const digest = buildDigest(index, '2025-05-24');
  const { dropped, ...shown } = digest;
  const visible = JSON.stringify(shown) + renderMarkdown(digest);

  for (const check of gold.digest_must_mention ?? []) {
    it(`mentions "${check.fact}" with at least ${check.min_outlets} outlets`, () => {
      const hit = digest.facts.find((f) => {
        const text = [f.text, ...f.sources.map((s) => s.quote)].join(' ').toLowerCase();
        return check.all_of.every((t) => text.includes(t.toLowerCase())) && new Set(f.sources.map((s) => s.outlet)).size >= check.min_outlets;
      });
      expect(hit, JSON.stringify(check)).toBeDefined();
    });
  }

  for (const junk of gold.digest_must_not_contain ?? []) {
    it(`never shows "${junk}" outside what was dropped`, () => {
      expect(digest.facts.length).toBeGreaterThan(0);
      expect(visible).not.toContain(junk);
    });
  }

  it('keeps what it removed, with a reason, so a reader can audit the cut', () => {
    const text = dropped.map((d) => d.text).join('\n');
    for (const junk of ['Recent Comments', 'Try Our AI Features', 'Dragon', 'contract of', 'Florida']) expect(text).toContain(junk);
    for (const d of dropped) expect(d.reason.length).toBeGreaterThan(3);
  });

  it('quotes every source verbatim: each quote is an exact span of its file', () => {
    const quotes = allQuotes(digest);
    expect(quotes.length).toBeGreaterThan(20);
    for (const q of quotes) expect(fileText(SEEDS, q.file)).toContain(q.quote);
  });

  it('counts corroboration by distinct outlets and shows the Odesa toll as a disagreement, not a pick', () => {
    const odesa = digest.conflicts.find((c) => /odesa/i.test(c.topic));
    expect(odesa?.values.map((v) => v.value)).toEqual([1, 2]);
    expect(new Set(odesa!.values.flatMap((v) => v.sources.map((s) => s.outlet))).size).toBe(2);
    for (const f of digest.facts) expect(f.outlets.length).toBe(new Set(f.sources.map((s) => s.outlet)).size);
  });

  it('understands the composite 270 soldiers + 120 civilians = 390, attributed to the defense ministry', () => {
    const f = digest.facts.find((x) => x.composite && x.numbers.some((n) => n.value === 270));
    expect(f?.composite?.total).toBe(390);
    expect(f?.attributed_to).toMatch(/defen[cs]e ministry|ministry of defen[cs]e/i);
    expect(f?.status).toBe('corroborated');
  });

  it('normalises the spellings of one source to one speaker', () => {
    const mod = index.sentences.filter((s) => /Ministry of Defen[cs]e|Defen[cs]e Ministry/.test(s.attribution?.surface ?? ''));
    expect(mod.length).toBeGreaterThanOrEqual(5);
    expect(new Set(mod.map((s) => s.attribution!.key)).size).toBe(1);
  });

  it('marks hedged claims unverified', () => {
    const posts = digest.facts.find((f) => f.sources.some((s) => s.quote.startsWith('Posts on X suggest')));
    expect(posts?.status).toBe('unverified');
  });
});
