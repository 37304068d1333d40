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

describe('what "in" and "at" lead to that is no place', () => {
  it('reads "shares in Velco" and "a stake in Tarnair" as what is owned', () => {
    expect(places('Shares in Velco closed lower in Oskby on Monday.')).toEqual(['Oskby']);
    expect(places('The fund sold its stake in Tarnair last year.')).toEqual([]);
  });

  it('reads no place in a currency\'s letter ("at S$2.63")', () => {
    expect(places('The stock closed 2.6 per cent lower at S$2.63 on Monday.')).toEqual([]);
  });
});
