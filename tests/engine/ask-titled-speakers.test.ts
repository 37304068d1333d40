import { describe, expect, it } from 'vitest';
import { ask, buildIndex } from '../../src/engine/index.ts';
import { paragraphs } from '../helpers/corpus.ts';

// A made-up relief appeal: speakers with shortened titles and the bodies they speak for.
const index = buildIndex([
  paragraphs('b.txt', 'Valley Courier', '2031-06-21', [
    "Tarnland's foreign minister Ivo Brandl said the photographs showed \"heavy losses\" along the northern coast of Velmar.",
  ]),
  paragraphs('a.txt', 'Harbour Wire', '2031-06-20', [
    '"We have prayed for a week. Now we must carry water," said the Rev. Tomas Verlaine of the Oskby Relief Fund in Tarnby, where volunteers packed boxes.',
    'Tarnish Prime Minister Ann Roe said there had been "heavy losses" to boats along the Oskby waterfront.',
    '"The bridge will reopen on Monday," Capt. Ilse Marrow of the Tarnby Harbour Guard told reporters.',
  ]),
]);

describe('titled speakers', () => {
  it('does not end a sentence at a shortened title, and names the person rather than the body after "of"', () => {
    const a = ask(index, 'Who said "Now we must carry water"?');
    expect(a.answer).toBe('Tomas Verlaine');
    expect(a.citations[0]!.quote).toContain('Rev. Tomas Verlaine');
  });

  it('keeps the person when a body follows the name before the cue', () => {
    expect(ask(index, 'Who said "The bridge will reopen on Monday"?').answer).toBe('Ilse Marrow');
  });

  it('takes the saying the question names a place of, and shows a titled speaker by name', () => {
    const a = ask(index, 'Which Tarnish minister said the photographs showed "heavy losses" along the northern coast of Velmar?');
    expect(a.status).toBe('answered');
    expect(a.answer).toBe('Ivo Brandl');
    expect(ask(index, 'Who said there had been "heavy losses" to boats along the Oskby waterfront?').answer).toBe('Ann Roe');
  });
});
