import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/engine/index.ts';
import type { Digest, Fact } from '../../src/engine/types.ts';
import { escapeSlack, renderAnswer, renderDigest, SLACK_LIMITS, type SlackMessage } from '../../src/platforms/slack/render.ts';
import { renderCompactAnswer, renderCompactDigest } from '../../src/platforms/slack/render-compact.ts';
import { parseCommandText, questionText } from '../../src/platforms/slack/app.ts';
import { indexOf, SEEDS } from '../helpers/corpus.ts';

function withinLimits(messages: SlackMessage[]) {
  for (const m of messages) {
    expect(m.text.length).toBeGreaterThan(0);
    expect(m.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
    expect(JSON.stringify(m.blocks).length).toBeLessThanOrEqual(12_000);
    for (const b of m.blocks) if (b.type === 'section') expect(b.text!.text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
  }
}

describe('Slack rendering', async () => {
  const digest = buildDigest(await indexOf(SEEDS), '2025-05-24');

  it('keeps the seed digest and facts within Block Kit limits, each message with a text fallback', () => {
    withinLimits(renderDigest(digest));
    withinLimits([renderCompactDigest(digest)]);
  });

  it('shows the compact digest as one section per line, each with a Sources button within Block Kit limits', () => {
    const m = renderCompactDigest(digest);
    const withButtons = m.blocks.filter((b) => b.type === 'section' && b.accessory);
    expect(withButtons.length).toBe(11); // ten key facts and one disagreement
    for (const b of withButtons) {
      const button = (b as { accessory: { type: string; action_id: string; text: { text: string } } }).accessory;
      expect(button.type).toBe('button');
      expect(button.action_id.length).toBeLessThanOrEqual(255);
      expect(button.text.text.length).toBeLessThanOrEqual(75);
    }
    expect((withButtons[0] as { text: { text: string } }).text.text).toMatch(/^\*1\.\* .+\n_Corroborated · 5 outlets · .+_$/);
  });

  it('keeps the compact digest of a huge digest in one message within Block Kit limits, saying what it left out', () => {
    const long = 'The council said the bridge would reopen after repairs that engineers expect to take several more weeks, '.repeat(12).trim();
    const outlets = Array.from({ length: 12 }, (_, k) => `Outlet number ${k} of the regional press`);
    const source = (outlet: string) => ({ outlet, file: 'a.txt', quote: 'q', speaker: null, span: { start: 0, end: 1 } });
    const facts: Fact[] = Array.from({ length: 12 }, (_, i) => ({ ...digest.facts[0]!, id: `fact-${i}`, text: `${i + 1}. ${long}`, attributed_to: 'A spokesperson for the regional council', outlets, disputed: undefined }));
    const conflicts = Array.from({ length: 5 }, (_, i) => ({ ...digest.conflicts[0]!, id: `conflict-${i}`, topic: `people rescued (${'Marrow Point '.repeat(8)})`, values: outlets.map((o, k) => ({ value: k + 1, unit: 'people', label: `at least ${k + 1} people`, sources: [source(o)] })) }));
    const m = renderCompactDigest({ ...digest, facts, conflicts } as Digest);
    withinLimits([m]);
    expect(JSON.stringify(m.blocks)).toMatch(/…and \d+ more; `digest` shows them all/);
    expect(m.blocks.filter((b) => b.type === 'section').length).toBeGreaterThan(3);
  });

  it('escapes a compact answer and puts its quotes behind Sources, with the feedback buttons', () => {
    const m = renderCompactAnswer({ question: 'who? <!here>', status: 'answered', answer: 'The <council>', summary: 's', citations: [{ outlet: 'Metro & Co', file: 'a.txt', quote: 'q', speaker: null }] }, 'a-0123456789ab');
    expect(JSON.stringify(m.blocks)).not.toContain('<!here>');
    expect(JSON.stringify(m.blocks)).toContain('_Per Metro &amp; Co_');
    const actions = m.blocks.find((b) => b.type === 'actions') as { elements: { action_id: string }[] };
    expect(actions.elements.map((e) => e.action_id)).toEqual(['dg1:src:a:a-0123456789ab', 'dg1:up:a:a-0123456789ab', 'dg1:down:a:a-0123456789ab', 'dg1:wrong:a:a-0123456789ab']);
  });

  it('splits a huge digest between facts', () => {
    const sentence = 'The council said the bridge would reopen after repairs that engineers expect to take several more weeks. ';
    const facts: Fact[] = Array.from({ length: 40 }, (_, i) => ({
      ...digest.facts[0]!,
      id: `f${i}`,
      text: `${i + 1}. ${sentence.trim()}`,
      sources: Array.from({ length: 12 }, (_, k) => ({ outlet: `Outlet ${k}`, file: `${k}.txt`, quote: sentence.repeat(3).trim(), speaker: null, span: { start: 0, end: 1 } })),
      disputed: undefined,
    }));
    const messages = renderDigest({ ...digest, facts } as Digest);
    expect(messages.length).toBeGreaterThan(1);
    withinLimits(messages);
    expect(messages[0]!.text).toMatch(/\(1\/\d+\)$/);
  });

  it('escapes &, < and > in article and user text', () => {
    expect(escapeSlack('<!channel> & <https://x.test|click>')).toBe('&lt;!channel&gt; &amp; &lt;https://x.test|click&gt;');
    const [m] = renderAnswer({ question: 'who? <!here>', status: 'not_found', answer: "The coverage doesn't say.", summary: 'x', citations: [] });
    expect(JSON.stringify(m!.blocks)).not.toContain('<!here>');
  });

  it('reads the command text', () => {
    expect(parseCommandText('  ask  who confirmed it? ')).toEqual({ sub: 'ask', rest: 'who confirmed it?' });
    expect(parseCommandText('')).toEqual({ sub: 'help', rest: '' });
    expect(parseCommandText('Dance now')).toEqual({ sub: 'help', rest: '', unknown: 'Dance' });
    expect(questionText('<@U123> <!channel> who said it? <#C1|news>')).toBe('who said it?');
  });
});
