import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/engine/index.ts';
import { placeKey } from '../../src/engine/text/places.ts';
import { conflictsBetween, storyArticles } from '../helpers/corpus.ts';

// A made-up storm told by three outlets: its insured losses, estimated by one modelling firm whose name holds an
// ampersand, and the passengers of a boat it sank.
const article = storyArticles('Storm Velma batters the Tarn coast', [
  'Storm Velma came ashore on the Tarn coast on Wednesday with winds of more than 100 mph, flattening homes and cutting power.',
  'Rescue crews spent the night pulling people from flooded houses, and shelters across the region were full.',
  'The governor said it would take months to rebuild the worst-hit towns.',
  'Schools and airports across the region stayed closed on Thursday.',
  'Insurers said the storm would be among the costliest ever to strike the coast.',
  'Volunteers handed out water and blankets at churches and community halls.',
]);

describe('a body whose name holds an ampersand', () => {
  const idx = buildIndex([
    article('Harbour Post', '2031-09-29', ['Brandl & Marr, the modelling firm, estimated on Thursday that insured losses in the US would total about $63 billion, including privately insured wind and surge damage to homes, shops and cars.']),
    article('Coast Wire', '2031-09-30', ['Brandl & Marr, a catastrophe modelling firm, has estimated insured losses from Velma at $67 billion, which would make it one of the most expensive storms in U.S. history.']),
    article('Valley News', '2031-09-30', ['Power was back for most homes by Saturday.']),
  ]);

  it('is read whole as the source ("Brandl & Marr", not "Marr")', () => {
    const s = idx.sentences.find((x) => x.text.startsWith('Brandl & Marr, the'))!;
    expect(s.attribution?.display).toBe('Brandl & Marr');
  });

  it('gives one estimate, told two ways by two outlets: a disagreement', () => {
    expect(conflictsBetween(idx, 63e9, 67e9)).toHaveLength(1);
  });
});

describe('a count in a sentence that goes on about what the one before named', () => {
  it('reads the sentence before with it: "The boat had 23 people aboard" and "The vessel had been carrying 27 people" are one count', () => {
    const idx = buildIndex([
      article('Harbour Post', '2031-09-29', ['The Coast Guard said it was searching for migrants whose boat sank on Wednesday as the storm passed the Marrow Keys.', 'The boat had 23 people aboard; three were rescued.']),
      article('Coast Wire', '2031-09-30', ['The Coast Guard was still searching for migrants whose rickety boat sank off the Marrow Keys as the storm passed.', 'The vessel had been carrying 27 people.']),
      article('Valley News', '2031-09-30', ['Power was back for most homes by Saturday.']),
    ]);
    expect(conflictsBetween(idx, 23, 27)).toHaveLength(1);
  });
});

describe('a place written with full stops', () => {
  it('is the place written without them', () => {
    expect(placeKey('U.S.')).toBe(placeKey('US'));
    expect(placeKey('T.L. district')).toBe(placeKey('TL'));
  });
});
