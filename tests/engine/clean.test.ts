import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/engine/clean.ts';

const prose = (n: number) => Array.from({ length: n }, (_, i) => `The council met for the ${i + 1}th time and officials said the plan would go ahead as agreed.`).join('\n');

describe('cleaning scraped articles', () => {
  it('drops everything after an end-of-article marker, with the reason', () => {
    const text = `${prose(3)}\nRelated Articles\nStocks rally as tech shares climb in a busy day of trading on the exchange.`;
    const c = cleanArticle('a.txt', text);
    expect(c.paragraphs).toHaveLength(3);
    expect(c.dropped).toEqual([{ file: 'a.txt', text: 'Related Articles\nStocks rally as tech shares climb in a busy day of trading on the exchange.', reason: 'everything after the end-of-article marker "Related Articles"' }]);
  });

  it('drops navigation, date lists and site names but keeps the title', () => {
    const c = cleanArticle('a.txt', `example.news\nHome | World | Business | Sports\nCouncil approves new harbor plan\nMarch 2031\n${prose(2)}\nWorld News\nApril 2031`);
    expect(c.title).toBe('Council approves new harbor plan');
    expect(c.selfNamedOutlet).toBe('example.news');
    expect(c.dropped.map((d) => d.reason)).toEqual(['site name', 'navigation or page furniture', 'date line', 'navigation or page furniture', 'date line']);
  });

  it('drops garbled extraction lines and the fragment that continues them', () => {
    const debris = '$The \\, council \\, said \\, it \\, would \\, act \\, on \\, the contract of \\, the contract of \\, contract of$';
    const c = cleanArticle('a.txt', `${prose(2)}\n${debris}\nthe recent talks in the capital.`);
    expect(c.paragraphs).toHaveLength(2);
    expect(c.dropped.map((d) => d.reason)).toEqual(['garbled extraction (markup debris or repeated words)', 'fragment continuing a dropped line']);
  });

  it('sets aside a second article appended to the page', () => {
    const c = cleanArticle('a.txt', `${prose(4)}\nOfficials to meet abroad for more talks on trade\nUpdated 2 sec ago\nFollow\nNegotiators are set to meet officials abroad on Saturday for the latest talks.`);
    expect(c.paragraphs).toHaveLength(4);
    expect(c.dropped[0]!.reason).toBe('a second article appended to the page ("Officials to meet abroad for more talks on trade")');
  });

  it('joins a sentence broken over two lines', () => {
    const text = `${prose(1)}\nThe mayor said on the radio, "We are bringing our people\n\nhome." The crowd cheered loudly at the news.`;
    const c = cleanArticle('a.txt', text);
    expect(c.paragraphs).toHaveLength(2);
    expect(text.slice(c.paragraphs[1]!.start, c.paragraphs[1]!.end)).toContain('people\n\nhome."');
  });
});

describe('cleaning, page furniture anywhere in the page', () => {
  it('drops advertising, credits and link lines mid-article but keeps the story around them', () => {
    const text = `${prose(2)}\nAdvertisement\nRead more: Council votes on the budget next week\n${prose(2)}\n© 2031 Example Media. All rights reserved.`;
    const c = cleanArticle('a.txt', text);
    expect(c.paragraphs).toHaveLength(4);
    expect(c.dropped.map((d) => d.text)).toEqual(['Advertisement\nRead more: Council votes on the budget next week', '© 2031 Example Media. All rights reserved.']);
  });

  it('does not cut a story at a stray end marker with most of the story after it', () => {
    const c = cleanArticle('a.txt', `${prose(1)}\nShare this article\n${prose(4)}`);
    expect(c.paragraphs).toHaveLength(5);
    expect(c.dropped.map((d) => d.reason)).toEqual(['page furniture (a stray end-of-article marker)']);
  });
});

describe('sentences', () => {
  it('keeps a quoted statement of several sentences whole, with curly or straight quotes', async () => {
    const { splitSentences } = await import('../../src/engine/text/sentences.ts');
    const text = '"The wind shifted twice. We have never seen it," the chief said. “It is over. Go home,” she added. Rain fell.';
    const spans = splitSentences(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end));
    expect(spans).toEqual(['"The wind shifted twice. We have never seen it," the chief said.', '“It is over. Go home,” she added.', 'Rain fell.']);
  });
});
