import { describe, expect, it } from 'vitest';
import { ask, buildDigest, buildIndex } from '../../src/engine/index.ts';
import { paragraphs } from '../helpers/corpus.ts';

// A made-up quake felt in two countries, Oskland and Varnia, told over three days (Monday 3 March 2031 to Wednesday):
// each country's toll rises, one sentence often gives both countries' figures in clauses of their own, one figure adds
// both up, and the relief office also counts the people who took refuge.
const art = paragraphs;
const index = buildIndex([
  art('a.txt', 'Harbour Wire', '2031-03-03', [
    "Oskland's relief agency RELO said 1,612 people had been killed and 9,020 injured in the country.",
    'In Varnia, at least 604 people were killed, according to the health ministry in Dravik and volunteer rescuers.',
    'President Ilse Marr declared five days of mourning and said 1,240 buildings had collapsed.',
    'Rescue teams worked through the night with cranes and dogs in the mountain towns.',
    'Snow and freezing rain slowed convoys on the coast road.',
  ]),
  art('b.txt', 'Evening Lantern', '2031-03-03', [
    'By tonight at least 1,600 were dead in Oskland alone, with more than 600 others killed across the border in Varnia.',
    'Survivors slept in cars and parks as aftershocks shook the valley.',
    'Schools were closed for a week across the south.',
  ]),
  art('c.txt', 'Border Chronicle', '2031-03-04', [
    'In Varnia, at least 871 people were killed, according to the government in Dravik and volunteer rescuers.',
    'In Oskland, the relief agency said the number of dead had climbed to 3,305.',
    'Hospitals in Oskland were treating 15,700 injured people, the health ministry said.',
    'The only road into the rebel districts was cut by landslides.',
  ]),
  art('d.txt', 'Coastal Standard', '2031-03-04', [
    'RELO, the relief agency, says 3,305 people died in Oskland and 15,700 were injured; officials and rescuers in Varnia say 871 were killed there.',
    'The agency says 3,980 buildings have collapsed.',
    'Teams from eleven countries joined the search on Tuesday.',
    'Markets fell sharply as traders weighed the cost of rebuilding.',
  ]),
  art('e.txt', 'Aid Ledger', '2031-03-05', [
    'By Wednesday evening the toll had passed 6,000.',
    "Oskland's relief agency put the number of dead there at 4,877, while Varnian authorities reported a combined 1,130 in Varnia.",
    'In Oskland, RELO said more than 210,000 people had taken refuge in shelters or hotels.',
    'The Health Agency said it had released $2 million from its reserve fund for both countries.',
  ]),
  art('g.txt', 'Hill Gazette', '2031-03-04', [
    'Volunteers from the hill villages drove vans of blankets and bread to the worst-hit towns.',
    'A bakery owner said he had not slept since the first shock.',
    'Engineers warned that cracked dams upstream would need checking before the spring melt.',
    'The national football league postponed its weekend fixtures.',
    'Phone networks were patchy, and many families could not reach relatives.',
    'Aftershocks continued through the night, the strongest of them felt in the capital.',
  ]),
  art('f.txt', 'Valley Echo', '2031-03-05', [
    'The number of people confirmed dead in Oskland and Varnia rose above 6,000 on Wednesday.',
    'Neighbouring states pledged help for both countries, and the Relief Union released $18 million from its emergency fund.',
  ]),
]);
const digest = buildDigest(index, '2031-03-05');
const sidesOf = (value: number) => digest.conflicts.filter((c) => c.kind === 'disagreement' && c.values.some((v) => v.value === value)).map((c) => c.values.map((v) => v.value));

describe('tolls of two places, told in one sentence or apart, over three days', () => {
  it("never sets one country's toll against the other's, even where one sentence gives both in clauses of their own", () => {
    for (const [oskland, varnia] of [[1612, 604], [3305, 871], [1600, 871], [4877, 1130]]) {
      for (const sides of sidesOf(oskland!)) expect(sides).not.toContain(varnia);
    }
    // Each country's toll rose from one day to the next: an update, not a disagreement.
    const varnia = digest.conflicts.find((c) => c.values.some((v) => v.value === 604) && c.values.some((v) => v.value === 871));
    expect(varnia?.kind).toBe('update');
  });

  it('never sets a figure adding both countries up against one country\'s', () => {
    for (const sides of sidesOf(6000)) expect(sides.some((v) => [3305, 4877, 1612].includes(v))).toBe(false);
  });

  it('does not set the people who took refuge against the people killed, though the same office counts both', () => {
    expect(sidesOf(210000)).toEqual([]);
  });

  it('reads "the agency said it had released $2 million" as the agency\'s, not a rival of another body\'s payment', () => {
    expect(sidesOf(2_000_000)).toEqual([]);
  });

  it('reads buildings that collapsed as a count of what the quake destroyed, which rises from day to day', () => {
    expect(sidesOf(1240)).toEqual([]);
  });

  it("answers a day's toll with that day's figure when the question names the day", () => {
    const a = ask(index, 'How many people had RELO recorded as killed in Oskland on Monday?');
    expect(a).toMatchObject({ status: 'answered', answer: '1,612 people' });
  });

  it('answers an updated figure with the figure of the day the question names, its update told', () => {
    const a = ask(index, 'How many people did RELO say were injured in Oskland on Monday?');
    expect(a).toMatchObject({ status: 'answered', answer: '9,020 injured' });
    expect(a.summary).toContain('15,700');
  });

  it("answers a country's toll as of a day from that day's article, not from a figure for both countries", () => {
    const a = ask(index, "what's the death toll in Oskland as of Wednesday?");
    expect(a).toMatchObject({ status: 'answered', answer: '4,877' });
  });

  it('does not dispute a figure the question credits to its source with another outlet\'s figure that never names it', () => {
    const a = ask(index, 'How many people had RELO recorded as killed in Oskland on Monday?');
    expect(a.answer).not.toContain('1,600');
  });
});

describe('a count whose own verb says what happened to it', () => {
  it('is not set against a count of the dead from the same source', () => {
    const small = buildIndex([
      art('a.txt', 'Harbour Wire', '2031-03-03', ['The Tarn relief agency said 212 people had been killed in the Brackwater quake.', 'Rescue teams worked through the night with cranes and dogs.', 'Snow slowed convoys on the coast road.']),
      art('b.txt', 'Evening Lantern', '2031-03-03', ['The Tarn relief agency said 9,400 people had taken refuge in Brackwater schools.', 'Survivors slept in cars and parks as aftershocks shook the valley.', 'Schools were closed for a week across the south.']),
    ]);
    expect(small.conflicts.filter((c) => c.values.some((v) => v.value === 9400))).toEqual([]);
  });
});
