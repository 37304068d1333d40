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

// A made-up lottery: the cash prize climbs after a draw with no winner.
describe('a figure after "from" is what it was before the change', () => {
  const draw = buildIndex([
    paragraphs('a.txt', 'Tarn Wire', '2030-11-07', ['No ticket matched all six numbers on Saturday.', 'The cash option has climbed to $612.4 million, from $580.2 million.']),
    paragraphs('b.txt', 'Oska Herald', '2030-11-07', ['It had been advertised at $1.1 billion after Saturday\'s draw, and officials raised it to $1.2 billion on Monday on the strength of late sales.']),
  ]);

  it('answers "before" with the earlier figure and otherwise with the later one', () => {
    expect(ask(draw, 'What was the cash option worth before the increase?').answer).toBe('$580.2 million');
    expect(ask(draw, 'What is the cash option worth?').answer).toBe('$612.4 million');
    expect(ask(draw, 'What was the jackpot estimate before it was raised?').answer).toBe('$1.1 billion');
  });
});

// A made-up grounding: a count told with the figure it rose from.
describe('"before" an event other than the change asks what the figure had come to by then', () => {
  const ship = buildIndex([
    paragraphs('a.txt', 'Tarn Wire', '2030-03-29', ['The Tarn Star was refloated on Monday.', 'The amount of sand dredged from around the ship rose to 3,000 cubic metres in all by the time it was freed, the canal chief said, up from 2,700 on Sunday.']),
  ]);

  it('answers with the figure it rose to', () => {
    expect(ask(ship, 'How much sand was dredged in all before the ship came free?').answer).toMatch(/3,000/);
  });
});
