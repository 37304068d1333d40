import { describe, expect, it } from 'vitest';
import { ask, buildIndex } from '../../src/engine/index.ts';
import { paragraphs } from '../helpers/corpus.ts';
import { parseQuestion } from '../../src/engine/ask/question.ts';

// A made-up ferry story: a speed two outlets give differently, a wind told in two units, a depth, a chance, a pay claim.
const index = buildIndex([
  paragraphs('a.txt', 'Harbour Wire', '2031-05-02', [
    'The ferry Marisol was sailing at about 12 knots when it struck the breakwater at Tarnby, port officials said.',
    'A weather buoy off the harbour recorded a gust of 58 miles per hour (93 km per hour) on Monday night, the coastguard said.',
    'The ferry sank in water about 40 metres deep, divers said.',
    'Forecasters gave a 30% chance that the storm would return before the weekend.',
    'The crew union had sought a 12% pay increase before the strike.',
    'How badly the hull was damaged is not yet known, the owners said.',
    'The Marisol lost radio contact about an hour and 45 minutes into the crossing, the coastguard said.',
    'Rescuers heard knocking from the hull every 30 minutes.',
    'Fuel inflation slowed to 3.1% in June, the statistics office said.',
    'The ten-year harbour bond yield rose to 4.1% after the vote, while savings accounts paid more than 5%.',
    'Another fire was burning in Highland, near the village of Kelda, firefighters said.',
  ]),
  paragraphs('b.txt', 'Coast Review', '2031-05-03', [
    'The Marisol struck the breakwater at 6:40 a.m. on Monday, sailing at about 9 knots, the voyage recorder shows.',
    'Damage to the hull was severe, the owners said in a statement on Tuesday.',
  ]),
]);

describe('figures asked for by a head noun or "how" and an adjective', () => {
  it('reads "how fast" as a speed, and outlets giving different speeds as a disagreement', () => {
    expect(parseQuestion('How fast was the ferry going when it struck the breakwater?').type).toMatchObject({ want: 'size', head: 'speed' });
    const a = ask(index, 'How fast was the Marisol going when it struck the breakwater?');
    expect(a.status).toBe('disputed');
    expect(a.answer).toContain('about 12 knots');
    expect(a.answer).toContain('about 9 knots');
  });

  it('takes a distance as a speed only with its "per hour", and one speed told in two units as one', () => {
    const a = ask(index, 'What was the strongest gust the buoy recorded?');
    expect(a.status).toBe('answered');
    expect(a.answer).toBe('58 miles per hour');
  });

  it('reads "what depth", "what chance" and "what pay increase" as figures, not statements', () => {
    expect(ask(index, 'What was the depth of the water where the ferry sank?').answer).toBe('about 40 metres');
    expect(ask(index, 'What chance did forecasters give that the storm would return?').answer).toBe('30%');
    expect(ask(index, 'What pay increase had the crew union sought?').answer).toBe('12%');
  });

  it('gives no sentence without a figure for "above what crowd density"', () => {
    const idx = buildIndex([paragraphs('c.txt', 'Valley News', '2031-05-02', ['"Once you get above five people per square metre, people lose control of their own movement," said Ivo Brandl, a crowd researcher.'])]);
    expect(ask(idx, 'Above what crowd density do people lose control of their own movement?').status).toBe('not_found');
  });

  it('gives no sentence for "how severe": a degree asked is not answered by a sentence that only mentions the thing', () => {
    expect(parseQuestion('How severe was the damage to the hull?').type.degree).toBe(true);
    expect(parseQuestion('How did the ferry sink?').type.degree).toBe(false);
    expect(ask(index, 'How severe was the damage to the hull?').status).toBe('not_found');
  });

  it('reads "an hour and 45 minutes" as one length, and "every 30 minutes" as no length at all', () => {
    expect(ask(index, 'How long into the crossing did the Marisol lose radio contact?').answer).toBe('about an hour and 45 minutes');
  });

  it('reads "what did X slow to" as the figure it reached', () => {
    expect(ask(index, 'What did fuel inflation slow to in June?').answer).toBe('3.1%');
  });

  it('never answers "which Highland village" with the name the question gives for where it lies', () => {
    expect(ask(index, 'In which Highland village was another fire burning?').answer).not.toBe('Highland');
  });

  it('needs the words that say which figure ("the two-year bond yield") in the evidence; only the head describes it', () => {
    expect(ask(index, 'What was the ten-year harbour bond yield after the vote?').answer).toBe('4.1%');
    const generic = Object.fromEntries(parseQuestion('What was the two-year Treasury yield after the decision?').terms.map((t) => [t.word, t.generic]));
    expect(generic).toMatchObject({ 'two-year': false, Treasury: false, yield: true });
  });
});
