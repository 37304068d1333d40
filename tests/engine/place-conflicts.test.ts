import { describe, expect, it } from 'vitest';
import { ask, buildIndex } from '../../src/engine/index.ts';
import { storyArticles } from '../helpers/corpus.ts';

// A made-up pair of moon probes: one landed, the other crashed days before; outlets place the second's launch apart.
const article = storyArticles('Velby lander touches down near the moon\'s pole', [
  'The Velby lander touched down near the south pole of the Moon on Wednesday evening.',
  'The space agency said the lander and its rover were in good health after the landing.',
  'Crowds watched the landing on screens set up in schools and offices across the country.',
]);
const places = (idx: ReturnType<typeof buildIndex>) => idx.conflicts.filter((c) => c.topic.startsWith('place'));
// Each outlet's own lines on other matters, as real coverage has: a word two outlets share is rare among them.
const filler = (outlet: string) =>
  ['budget', 'rover', 'camera', 'engineers', 'schools', 'weather', 'markets', 'ministers', 'students', 'satellites', 'fuel', 'radio', 'antenna', 'orbit', 'crater', 'dust', 'battery', 'sensor', 'laser', 'signal'].map(
    (w, i) => `${outlet} noted item ${i} about the ${w} of the mission.`,
  );

describe('disagreements over where', () => {
  const idx = buildIndex([
    article('Tarnby Post', '2031-08-23', ["Oskland's Marr-25 probe, which crashed into the Moon on Aug. 19, had been launched on Aug. 11 from the Vostrel cosmodrome in the far east.", ...filler('Tarnby Post')]),
    article('Oskby Wire', '2031-08-24', ["The success stood in contrast to the failure of Oskland's Marr-25, launched on August 11 from the Baikar cosmodrome, which crashed on August 19.", ...filler('Oskby Wire')]),
    article('Valley Gazette', '2031-08-24', ['The rover began to drive across the surface on Thursday.']),
  ]);

  it('shows two places outlets give for one event told in the same words, each with its outlet', () => {
    expect(places(idx).map((c) => c.values.map((v) => [v.label, v.sources.map((r) => r.outlet)]))).toEqual([
      [
        ['Baikar', ['Oskby Wire']],
        ['Vostrel', ['Tarnby Post']],
      ],
    ]);
  });

  it('names the slot by words of the text: "place (cosmodrome)", no inner key', () => {
    expect(places(idx).map((c) => c.topic)).toEqual(['place (cosmodrome)']);
  });

  it('answers where with both places when the outlets disagree', () => {
    const a = ask(idx, 'From which cosmodrome was Marr-25 launched?');
    expect(a.status).toBe('disputed');
    expect(a.answer).toContain('Baikar');
    expect(a.answer).toContain('Vostrel');
  });

  it('sets no place against another that its outlet also names, nor a workplace, nor one of a list', () => {
    const other = buildIndex([
      // Floods in two towns: each outlet names both.
      article('Tarnby Post', '2031-08-23', ['Flash floods swept through the old market in Tarnby on Tuesday night.', 'Oskby was spared the worst of the rain.']),
      article('Oskby Wire', '2031-08-24', ['Flash floods swept through the old market in Oskby on Tuesday night.', 'Tarnby was also hit.']),
      // Two outlets cite analysts at two banks.
      article('Valley Gazette', '2031-08-24', ['Analysts at Velco Bank estimated that the programme would cost about $90 million.']),
      article('Harbour News', '2031-08-24', ['Analysts at Brandl Capital estimated that the programme would cost about $75 million.']),
      // Stations in several countries recorded the pressure wave; another outlet names one.
      article('Coast Daily', '2031-08-24', ['Within hours, weather stations in Marrland, Velland and Oskland had recorded a sudden jump in air pressure.']),
      article('Bay Times', '2031-08-24', ['The shockwaves were even picked up by weather stations here in Roeland.']),
    ]);
    expect(places(other)).toEqual([]);
  });
});

describe('a journey\'s end is where something went', () => {
  it('sets the hospital two outlets say the rescued were flown to against each other, not a place on the way', () => {
    const idx = buildIndex([
      article('Tarnby Post', '2031-08-23', ['The 41 workers rescued on Tuesday night were flown by an air force Chinook helicopter from Marrow to AIIMS Velby on Wednesday for a full medical examination.', ...filler('Tarnby Post')]),
      article('Oskby Wire', '2031-08-24', ['The workers, who spent 17 days trapped, were flown on Wednesday by an air force Chinook helicopter to a hospital in Oskby for a medical examination, officials said.', ...filler('Oskby Wire')]),
      article('Valley Gazette', '2031-08-24', ['The rover began to drive across the surface on Thursday.']),
    ]);
    expect(places(idx).map((c) => c.values.map((v) => v.label))).toEqual([['AIIMS Velby', 'Oskby']]);
  });
});
