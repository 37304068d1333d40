import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/engine/index.ts';
import type { Digest, Fact } from '../../src/engine/types.ts';
import { embedLength, packEmbeds, renderAnswer, renderDigest, renderHelp, renderSources } from '../../src/platforms/discord/render.ts';
import { renderCompactAnswer, renderCompactDigest, renderFeedback, renderItemSources } from '../../src/platforms/discord/render-compact.ts';
import { DISCORD_LIMITS as L } from '../../src/platforms/discord/limits.ts';
import { indexOf, SEEDS } from '../helpers/corpus.ts';

function withinLimits(messages: ReturnType<typeof renderDigest>) {
  for (const m of messages) {
    expect(m.embeds.length).toBeLessThanOrEqual(L.embedsPerMessage);
    expect((m.content ?? '').length).toBeLessThanOrEqual(L.content);
    expect(m.embeds.reduce((n, e) => n + embedLength(e), 0)).toBeLessThanOrEqual(L.embedsTotal);
    for (const e of m.embeds) {
      expect((e.title ?? '').length).toBeLessThanOrEqual(L.embedTitle);
      expect((e.description ?? '').length).toBeLessThanOrEqual(L.embedDescription);
      expect((e.fields ?? []).length).toBeLessThanOrEqual(L.fields);
      for (const f of e.fields ?? []) {
        expect(f.name.length).toBeLessThanOrEqual(L.fieldName);
        expect(f.value.length).toBeLessThanOrEqual(L.fieldValue);
      }
    }
  }
}

/** A digest far larger than one message: 40 facts with long quotes from many outlets. */
function hugeDigest(base: Digest): Digest {
  const sentence = 'The council said the bridge would reopen after repairs that engineers expect to take several more weeks. ';
  const facts: Fact[] = Array.from({ length: 40 }, (_, i) => ({
    ...base.facts[0]!,
    id: `fact-${i}`,
    text: `${i + 1}. ${sentence.repeat(3).trim()}`,
    sources: Array.from({ length: 12 }, (_, k) => ({ outlet: `Outlet ${k}`, file: `${k}.txt`, quote: sentence.repeat(4).trim(), speaker: null, span: { start: 0, end: 1 } })),
    outlets: Array.from({ length: 12 }, (_, k) => `Outlet ${k}`),
    disputed: undefined,
  }));
  return { ...base, facts };
}

describe('Discord rendering', async () => {
  const digest = buildDigest(await indexOf(SEEDS), '2025-05-24');

  it('keeps every message of the seed digest within Discord’s limits', () => {
    withinLimits(renderDigest(digest));
    withinLimits([renderCompactDigest(digest, { picture: true })]);
  });

  it('keeps the compact digest of a huge digest in one message, with at most 5 rows of 5 buttons', () => {
    const m = renderCompactDigest(hugeDigest(digest), { maxFacts: 40 });
    withinLimits([m]);
    expect(m.components!.length).toBeLessThanOrEqual(5);
    for (const row of m.components!) {
      expect(row.components.length).toBeLessThanOrEqual(5);
      for (const b of row.components) expect('custom_id' in b && b.custom_id.length <= 100).toBe(true);
    }
  });

  it('shows an answer compactly: the answer, its outlets, and its quotes behind a button', () => {
    const m = renderCompactAnswer({ question: 'who confirmed it?', status: 'answered', answer: 'The *council*', summary: 'The council confirmed it.', citations: [{ outlet: 'Metro Daily', file: 'a.txt', quote: 'The council confirmed it.', speaker: 'the council' }] }, 'a-0123456789ab');
    expect(m.embeds[0]!.description).toBe('**The \\*council\\***\nThe council confirmed it.\n_Per Metro Daily_');
    expect(m.components![0]!.components.map((b) => ('custom_id' in b ? b.custom_id : ''))).toEqual(['dg1:src:a:a-0123456789ab', 'dg1:up:a:a-0123456789ab', 'dg1:down:a:a-0123456789ab', 'dg1:wrong:a:a-0123456789ab']);
  });

  it('splits a huge digest over several messages instead of cutting facts', () => {
    const messages = renderDigest(hugeDigest(digest));
    expect(messages.length).toBeGreaterThan(2);
    withinLimits(messages);
    // Every fact's own text arrives whole; only the list of quotes under it is shortened, and says so.
    const descriptions = messages.flatMap((m) => m.embeds.map((e) => e.description ?? ''));
    expect(descriptions.filter((d) => d.includes('The council said the bridge would reopen after repairs that engineers expect to take several more weeks.')).length).toBeGreaterThanOrEqual(8);
    expect(descriptions.some((d) => /…and \d+ more sources/.test(d))).toBe(true);
  });

  it('escapes markdown in user and article text', () => {
    const [m] = renderAnswer({ question: '**bold** `code` @everyone', status: 'not_found', answer: "The coverage doesn't say.", summary: 'No *match* for __this__.', citations: [] });
    expect(m!.embeds[0]!.description).toContain('No \\*match\\* for \\_\\_this\\_\\_.');
  });

  it('never lets a masked link through: quotes, outlets, speakers, topics, numbers, values as written, footers and addresses', () => {
    const link = '[Official update](https://evil.example/login)';
    const trap = (s: string) => `${s} ${link}`;
    const d: Digest = {
      ...digest,
      title: trap(digest.title),
      facts: digest.facts.map((f) => ({ ...f, text: trap(f.text), attributed_to: f.attributed_to && trap(f.attributed_to), outlets: f.outlets.map(trap), sources: f.sources.map((x) => ({ ...x, outlet: trap(x.outlet), speaker: x.speaker && trap(x.speaker), quote: trap(x.quote) })), numbers: f.numbers.map((n) => ({ ...n, unit: n.unit && trap(n.unit) })) })),
      conflicts: digest.conflicts.map((c) => ({ ...c, topic: trap(c.topic), values: c.values.map((v, i) => ({ ...v, unit: v.unit && trap(v.unit), ...(i === 0 ? { label: trap('at least one') } : {}), sources: v.sources.map((x) => ({ ...x, outlet: trap(x.outlet), quote: trap(x.quote) })) })) })),
      sources: digest.sources.map((x) => ({ ...x, outlet: trap(x.outlet), url: link })),
    };
    expect(d.conflicts.length).toBeGreaterThan(0);
    const answer = renderAnswer({ question: trap('who?'), status: 'answered', answer: trap('them'), summary: trap('s'), citations: [{ outlet: trap('Outlet'), file: 'a.txt', quote: trap('q'), speaker: trap('Speaker') }] });
    // What a click or an admin's report shows: each fact's and each disagreement's quotes, and the feedback report.
    const clicked = [...d.facts.map((fact) => renderItemSources({ kind: 'fact', date: d.date, fact })), ...d.conflicts.map((conflict) => renderItemSources({ kind: 'conflict', date: d.date, conflict }))];
    const report = renderFeedback([{ item: 'fact:x', kind: 'fact', label: trap('A fact'), quote: trap('A quote'), outlet: trap('Outlet'), lastAt: '2031-03-04T00:00:00Z', up: 0, down: 2, wrong_attribution: 1 }]);
    // Button labels are plain text on Discord (no markdown, no links): only content and embeds are checked.
    const rendered = JSON.stringify([...renderDigest(d), ...renderSources(d), renderCompactDigest(d), ...answer, ...clicked, report].map((m) => [m.content, m.embeds]));
    expect(rendered).toContain('Official update');
    const unescaped = rendered.match(/(?<!\\)(?:\\\\\\\\)*\[Official update\]\(/g) ?? [];
    expect(unescaped).toEqual([]);
  });

  it('shows both sides of a disputed answer as fields citing each outlet', () => {
    const [m] = renderAnswer({
      question: 'how many were killed?',
      status: 'disputed',
      answer: 'one person (A) vs two workers (B)',
      summary: 'Outlets disagree.',
      citations: [
        { outlet: 'A', file: 'a.txt', quote: 'One person was killed.', speaker: null },
        { outlet: 'B', file: 'b.txt', quote: 'Two workers were killed.', speaker: 'Gov. X' },
      ],
    });
    expect(m!.embeds[0]).toMatchObject({ title: 'Outlets disagree', fields: [{ name: 'A', value: '“One person was killed.”' }, { name: 'B (Gov. X)', value: '“Two workers were killed.”' }] });
  });

  it('packs at most 10 embeds and 6,000 characters per message', () => {
    const embeds = Array.from({ length: 23 }, (_, i) => ({ title: `e${i}`, description: 'x'.repeat(1500) }));
    const messages = packEmbeds(embeds);
    expect(messages.map((m) => m.embeds.length)).toEqual(Array(6).fill(3).concat([3, 2]).slice(0, messages.length));
    for (const m of messages) expect(m.embeds.reduce((n, e) => n + embedLength(e), 0)).toBeLessThanOrEqual(6000);
  });

  it('pins the help text', () => {
    expect(renderHelp('swap')[0]!.embeds[0]!.description).toMatchInlineSnapshot(`
      "\`/swap facts\`: the key facts, one line each, with a picture of which outlet reports what; **Sources** buttons show the quotes (to you only)
      \`/swap ask question:<text>\`: an answer from the articles, or “the coverage doesn't say”; 👍 / 👎 / **Wrong attribution** tell us how it did
      \`/swap digest\`: the full digest: facts, disagreements, unverified claims, sources
      \`/swap sources\`: the outlets and what was removed from their pages
      \`/swap subscribe time:08:00 timezone:Europe/Lisbon\`, \`/swap unsubscribe\`: the daily digest in this channel (server managers)
      \`/swap schedule\`: what this channel gets and when
      \`/swap feeds action:list|add|remove url:<feed>\`: the news feeds polled before each digest (changes: server managers)
      \`/swap feedback\`: the facts and answers readers reported most (server managers)
      \`/swap help\`: this message"
    `);
  });
});
