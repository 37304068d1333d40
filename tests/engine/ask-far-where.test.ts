import { describe, expect, it } from 'vitest';
import { ask, buildIndex } from '../../src/engine/index.ts';
import { paragraphs } from '../helpers/corpus.ts';
import { slotValues } from '../../src/engine/slot-values.ts';

// A made-up cable cut: the cable's length is told by every outlet, how far offshore it broke by one.
const index = buildIndex([
  paragraphs('a.txt', 'Harbour Wire', '2031-06-20', ['Tarn Cable says the 812km fibre-optic cable linking Oskby to Brellin was cut about 31km offshore, probably by an undersea landslide.']),
  paragraphs('b.txt', 'Coast Review', '2031-06-19', ['Oskby is still cut off after the 812km undersea cable connecting it to Brellin was severed.']),
  paragraphs('c.txt', 'Valley Courier', '2031-06-21', ['The eruption also severed the 821km fibre-optic cable that carries almost all of Oskby\'s internet traffic.']),
]);

describe('"how far offshore": a distance told beside the asked direction', () => {
  it('answers with the figure written beside "offshore", not the cable\'s length other outlets give', () => {
    const a = ask(index, 'How far offshore was the cable cut?');
    expect(a.status).toBe('answered');
    expect(a.answer).toBe('about 31km');
  });

  it('reads "the 821km cable" as a length: a unit of distance names no model', () => {
    const s = index.sentences.find((x) => x.text.includes('821km'))!;
    expect(slotValues(s).filter((v) => v.kind === 'distance').map((v) => v.value)).toEqual([821]);
  });

  it('reads "the 53-metre passage" as a length, though a hyphenated "42-day phase" names a phase', () => {
    const [passage, phase] = buildIndex([paragraphs('d.txt', 'Harbour Wire', '2031-06-20', ['Divers crawled through the 53-metre escape passage.', 'The 42-day first phase ends on Sunday.'])]).sentences;
    expect(slotValues(passage!).map((v) => [v.kind, v.value])).toEqual([['distance', 0.053]]);
    expect(slotValues(phase!)).toEqual([]);
  });
});
