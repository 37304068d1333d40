import { describe, expect, it } from 'vitest';
import { ask, buildIndex } from '../../src/engine/index.ts';
import { paragraphs } from '../helpers/corpus.ts';

// A made-up city marathon: two outlets give the race's temperature differently, in degrees written onto the number.
describe('"what was the temperature" asks a figure on a scale, as "what temperature" does', () => {
  const race = buildIndex([
    paragraphs('a.txt', 'Tarn Wire', '2030-10-08', ['Ivo Roe won the Tarnby Marathon on Sunday.', 'Conditions were close to ideal, with overcast skies and temperatures around 8C (46F) at the start of the race.']),
    paragraphs('b.txt', 'Oska Herald', '2030-10-08', ['Roe won in Tarnby on Sunday.', 'The morning was cloudy, the wind light and the temperature around 11C for most of the race.']),
  ]);

  it('shows both outlets\' temperatures, not a sentence', () => {
    const a = ask(race, 'What was the temperature during the race?');
    expect(a.status).toBe('disputed');
    expect(a.answer).toMatch(/8C/);
    expect(a.answer).toMatch(/11C/);
  });
});
