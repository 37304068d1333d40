import { describe, expect, it } from 'vitest';
import { buildDigest, buildIndex } from '../../src/engine/index.ts';
import type { Article } from '../../src/engine/index.ts';

// A made-up story: two outlets report that the ferries stopped, one of them also a victim no other outlet names.
const article = (n: number, outlet: string, title: string, paragraphs: string[]): Article => ({
  file: `0${n}_${outlet.toLowerCase().replace(/\W+/g, '-')}.txt`,
  outlet,
  url: null,
  published: '2031-05-06',
  text: `${title}\n\n${paragraphs.join('\n\n')}\n`,
});

describe('the headline that speaks for the story', () => {
  it('is the one most like the facts most outlets report, not one like a detail a single outlet gives', () => {
    const index = buildIndex([
      article(1, 'Harbour Post', 'Storm brings down the Varnet bridge', [
        'The Varnet bridge over the Osk collapsed on Tuesday night after torrential rain, the ministry said.',
        'Ferry services on the lower Osk were halted until further notice.',
      ]),
      article(2, 'Valley Courier', 'Ivo Brandl, the only ferryman still working the crossing, drowned when his boat capsized', [
        'Torrential rain brought down the Varnet bridge over the Osk late on Tuesday, the ministry said.',
        'Ivo Brandl, a 79-year-old ferryman, drowned when his boat capsized by the pier, his family said.',
        'Brandl had worked the crossing for forty years, his family said, and his boat was found by the pier.',
        'Brandl was the only ferryman still working the Osk crossing, his family said.',
      ]),
      article(3, 'Northern Wire', 'A wet week ahead for the valley', [
        'Torrential rain caused the Varnet bridge across the Osk to collapse on Tuesday night, the ministry said.',
        'Ferry services on the lower Osk were halted, the port authority said.',
      ]),
    ]);
    expect(buildDigest(index, '2031-05-06').title).toBe('Storm brings down the Varnet bridge');
  });
});
