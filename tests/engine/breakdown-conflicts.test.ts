import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/engine/index.ts';
import { makeArticle } from '../helpers/corpus.ts';

/** A made-up release told by three outlets, with a few shared sentences so they read as one story. */
const background = [
  'Westmark freed a first group of prisoners from the Oskby jail overnight under the truce signed last week.',
  'Buses carried the freed prisoners from the Oskby jail to the border crossing at Velby before dawn.',
  'Families waited at the Velby crossing through the night for the buses from the Oskby jail.',
];
const article = (outlet: string, lines: string[]) =>
  makeArticle({ file: `${outlet.toLowerCase().replace(/\W+/g, '-')}.txt`, outlet, published: '2031-03-04', text: `Prisoners freed from Oskby jail\n\n${[...background, ...lines].join('\n\n')}` });
const disagreements = (idx: ReturnType<typeof buildIndex>) => idx.conflicts.filter((c) => c.kind === 'disagreement');

describe('a breakdown two outlets word differently', () => {
  it('sets "69 women and 21 children" against "69 women and 21 men": they disagree on who the 21 were', () => {
    const idx = buildIndex([
      article('Harbour Post', ['The freed group was made up of 69 women and 21 children, and most had been held without charge.']),
      article('Coast Wire', ["Under the truce's terms, the 90 were 69 women and 21 men."]),
      article('Valley News', ['Schools in the valley stayed open.']),
    ]);
    const who = disagreements(idx).find((c) => c.topic.startsWith('who the 21'));
    expect(who?.topic).toBe('who the 21 were (besides 69 women)');
    expect(who?.values.map((v) => `${v.label} ${v.sources[0]!.outlet}`).sort()).toEqual(['21 children Harbour Post', '21 men Coast Wire']);
  });

  it('does not set two groups that merely share a number against each other', () => {
    const idx = buildIndex([
      article('Harbour Post', ['Among those freed were 12 women and 21 children from the north of the country.']),
      article('Coast Wire', ['Guards at the Oskby jail said 40 women and 21 men were still held there.']),
      article('Valley News', ['Schools in the valley stayed open.']),
    ]);
    expect(disagreements(idx).filter((c) => c.topic.startsWith('who the'))).toEqual([]);
  });

  it('does not set kinds that can be the same people against each other, nor two events', () => {
    const idx = buildIndex([
      article('Harbour Post', ['The freed group was made up of 40 women and 12 children, most held without charge.', 'The flood killed 30 women and 14 children in the lower town.']),
      article('Coast Wire', ["Under the truce's terms, the freed were 40 women and 12 boys.", 'Crews rescued 30 women and 14 men from the lower town.']),
      article('Valley News', ['Schools in the valley stayed open.']),
    ]);
    expect(disagreements(idx).filter((c) => c.topic.startsWith('who the'))).toEqual([]);
  });
});
