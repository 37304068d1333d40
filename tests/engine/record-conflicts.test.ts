import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/engine/index.ts';
import { makeArticle } from '../helpers/corpus.ts';

/** A made-up storm told by three outlets; the shared background keeps each article on the story. */
const background = [
  'A storm struck the coastal town of Brellin overnight, flooding the harbour district and cutting power to the old quarter.',
  'Rescue crews from the regional fire service worked through the night to reach residents trapped by the water.',
];
const article = (outlet: string, line: string) =>
  makeArticle({ file: `${outlet.toLowerCase().replace(/\W+/g, '-')}.txt`, outlet, published: '2031-02-03', text: `Storm floods Brellin\n\n${[...background, line].join('\n\n')}` });
const records = (lines: [string, string][]) =>
  buildIndex([...lines.map(([o, l]) => article(o, l)), article('Valley News', 'Schools in the valley stayed open.')]).conflicts.filter((c) => c.topic.endsWith('since when'));

describe('record claims ("the worst in a decade")', () => {
  it('sets two outlets\' spans for the same record side by side, as written', () => {
    const found = records([
      ['Harbour Post', 'The mayor said these were the worst floods in a decade.'],
      ['Coast Wire', 'Residents described the worst floods in fifty years, according to the mayor.'],
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]!.kind).toBe('disagreement');
    expect(found[0]!.topic).toBe('worst floods: since when');
    expect(found[0]!.values.map((v) => v.label)).toEqual(['in a decade', 'in fifty years']);
    expect(found[0]!.values.map((v) => v.sources.map((s) => s.outlet))).toEqual([['Harbour Post'], ['Coast Wire']]);
  });

  it('reads "since" a year against the article\'s date, and lets a round span ("a generation") admit a near one', () => {
    expect(records([
      ['Harbour Post', 'They were the worst floods in a generation, the mayor said.'],
      ['Coast Wire', 'The mayor called them the worst floods since 2003.'],
    ])).toEqual([]);
    const against = records([
      ['Harbour Post', 'The mayor called them the worst floods since 2003.'],
      ['Coast Wire', 'Officials said these were the worst floods on record.'],
    ]);
    expect(against[0]?.values.map((v) => v.label)).toEqual(['since 2003', 'on record']);
  });

  it('keeps records of different things, and one outlet\'s two claims, apart', () => {
    expect(records([
      ['Harbour Post', 'The mayor said these were the worst floods in a decade.'],
      ['Coast Wire', 'The festival drew the biggest crowd in fifty years before the storm.'],
    ])).toEqual([]);
    expect(records([
      ['Harbour Post', 'The mayor said these were the worst floods in a decade, and the worst storm since 1981.'],
      ['Coast Wire', 'The mayor said it had been the worst day he had ever lived through.'],
    ])).toEqual([]);
  });
});
