import { describe, expect, it } from 'vitest';
import { ask, buildIndex, cleanArticle } from '../../src/engine/index.ts';
import { makeArticle } from '../helpers/corpus.ts';

// A made-up probe landing: a descent that begins at one time and ends at another, told with speeds and altitudes.
const descent =
  'The powered descent began at 5:12 p.m., when the lander fired its engines to start slowing down from about 5,000 km/h at an altitude of about 28 km. After the rough braking phase, the lander held its attitude at about 6.1 km while its sensors took stock. It hovered briefly about 120 metres above the surface before descending to touchdown.';
const index = buildIndex([
  makeArticle({ file: 'a.txt', outlet: 'Tarnby Wire', published: '2031-08-24', text: `The Brellin lander completed its descent to the surface at 5:31 p.m. on Wednesday.\n\n${descent}` }),
  makeArticle({ file: 'b.txt', outlet: 'Oskby Courier', published: '2031-08-24', text: 'The Brellin lander touched down at 5.32 pm on Wednesday, after a tense final descent watched live by millions.' }),
]);

describe('a paragraph of figures', () => {
  it('is prose, not garbled extraction, though "about … km" comes back three times', () => {
    const cleaned = cleanArticle('a.txt', `Brellin lander\n\n${descent}`);
    expect(cleaned.dropped.map((d) => d.reason)).not.toContain('garbled extraction (markup debris or repeated words)');
  });
});

describe('the asked phase of an event', () => {
  it('is not disputed by the time another phase ended', () => {
    const a = ask(index, 'What time did the powered descent begin?');
    expect(a.status).toBe('answered');
    expect(a.answer).toBe('5:12 p.m.');
  });
});

describe('a speed', () => {
  it('is no altitude', () => {
    expect(ask(index, 'At what altitude did the powered descent start?').answer).toBe('about 28 km');
  });
});
