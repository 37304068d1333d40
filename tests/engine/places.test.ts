import { describe, expect, it } from 'vitest';
import { placeKey, placesIn } from '../../src/engine/text/places.ts';

const places = (text: string) => placesIn(text, 0, text.length).map((p) => p.text);

describe('places after a locative', () => {
  it('reads a name through one "of" to another name', () => {
    expect(places('He was a student at the University of Brellin in Tarnby.')).toEqual(['University of Brellin', 'Tarnby']);
    expect(places('The tanker sank in the Gulf of Oskby.')).toEqual(['Gulf of Oskby']);
  });

  it('stops at "of" before a word that is not a name', () => {
    expect(places('They met in Tarnby of all places.')).toEqual(['Tarnby']);
  });
});

describe('a place as compared', () => {
  it('is one place whether written as a possessive or not ("near Tarn\'s south pole", "to Tarn")', () => {
    expect(placeKey("Tarn's")).toBe(placeKey('Tarn'));
    expect(placeKey('Oskby’s')).toBe('oskby');
  });
});
