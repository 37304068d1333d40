import { describe, expect, it } from 'vitest';
import { ask, buildIndex } from '../../src/engine/index.ts';
import { makeArticle, paragraphs } from '../helpers/corpus.ts';

// A made-up takeover blocked by a watchdog: the buyer told in the passive, the watchdog described by its country.
const index = buildIndex([
  makeArticle({
    file: 'a.txt',
    outlet: 'Tarnby Wire',
    published: '2031-04-26',
    text: [
      'Games maker Velmar has been blocked from buying the studio behind Star Fen in a £40bn deal.',
      'Shares in the studio fell 5% after the news from London.',
      'Attention turned to warnings that Tarnco, the company that operates the missing Brellin submersible, had received years earlier.',
      'Few insurers will cover deep dives, and nobody said who insured the vessel.',
    ].join('\n\n'),
  }),
  makeArticle({
    file: 'b.txt',
    outlet: 'Oskby Courier',
    published: '2031-04-27',
    text: [
      'The Commission will press ahead with its own review, a day after the Tarnish competition authority blocked the deal.',
      'Staff in Tarnish offices were told of the decision on Wednesday, and the review in Tarnish courts may take a year.',
    ].join('\n\n'),
  }),
]);

describe('who did what, not who had it done to them', () => {
  it('does not take a name described as doing something else for the one that did the asked thing', () => {
    expect(ask(index, 'Which company insured the Brellin submersible?').answer).not.toContain('Tarnco');
  });

  it('does not take the subject of the asked verb in the passive for its agent', () => {
    expect(ask(index, 'Which company blocked the deal?').answer).not.toContain('Velmar');
  });

  it('does not answer which body with the place that stands before the body\'s noun', () => {
    const a = ask(index, 'Which regulator blocked the deal?');
    expect(a.answer).not.toBe('Tarnish');
    expect(a.status).toBe('not_found');
  });
});

describe('a name a participle and its "by" describe', () => {
  // A made-up vaccine story: each product is named before the participle saying who makes it.
  const idx = buildIndex([
    paragraphs('a.txt', 'Harbour Wire', '2031-06-20', ['LT12m8, made by Tarnland\'s Brellin Biologics, is a single-dose vaccine that can be given to children.']),
    paragraphs('b.txt', 'Coast Review', '2031-06-21', ['VX-BN, made by Velmar Pharma and sold as Tarnshot abroad, is given as two doses four weeks apart.']),
  ]);

  it('is not who did it: "LT12m8, made by Brellin Biologics" does not answer which company makes a vaccine', () => {
    expect(ask(idx, 'Which company makes the VX-BN vaccine?').answer).not.toBe('LT12m8');
  });
});
