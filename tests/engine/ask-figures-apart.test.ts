import { describe, expect, it } from 'vitest';
import { ask, buildDigest, buildIndex } from '../../src/engine/index.ts';
import { parseQuestion } from '../../src/engine/ask/question.ts';
import { paragraphs as art } from '../helpers/corpus.ts';

// A made-up share squeeze told by three outlets over four days: a price and a loss in the same words, a figure of one
// day and a later one, sums in two currencies, and two weights of two machines.
const index = buildIndex([
  art('a.txt', 'Harbour Wire', '2031-01-27', [
    'Velco closed on Tuesday at $147.98, up 92.7%, after trading was halted several times.',
    "Short sellers had lost $5.05 billion on their Velco positions so far this year as of Tuesday's close, Oskby Partners estimated.",
    'Brandl began buying Velco in 2029 and showed a position of about US$57,000 at the time.',
    'The rover weighs 26 kg and has six wheels.',
  ]),
  art('b.txt', 'Evening Lantern', '2031-01-30', [
    'Short sellers, who bet that a share price will fall, have lost US$19.75 billion on Velco in January, according to an estimate by Oskby Partners.',
    'Tarnco agreed to buy Oskline in a deal worth $68.7bn, the regulator said.',
    'The lander, which weighs about 1,750 kg with the rover aboard, carries four instruments.',
  ]),
  art('c.txt', 'Morning Courier', '2031-01-28', [
    'Regulators blocked the £55bn takeover of Oskline by Tarnco on Wednesday.',
    'Trading in Velco was halted again on Wednesday as retail buyers piled in.',
  ]),
]);

describe('figures far apart', () => {
  it('are no rivals in an answer: a closing price is not disputed by a loss in billions', () => {
    expect(ask(index, 'At what price did Velco close on Tuesday?')).toMatchObject({ status: 'answered', answer: '$147.98' });
  });

  it('are no sides of one disagreement in the digest', () => {
    const d = buildDigest(index, '2031-01-31');
    expect(d.conflicts.filter((c) => c.values.some((v) => v.value === 26) && c.values.some((v) => v.value === 1750))).toEqual([]);
  });
});

describe('a figure of a named day', () => {
  it('is not disputed by a later article\'s figure that names no day', () => {
    expect(ask(index, "How much had short sellers lost on Velco as of Tuesday's close, according to Oskby Partners?")).toMatchObject({ status: 'answered', answer: '$5.05 billion' });
  });
});

describe('a sum', () => {
  it('keeps the letters that say whose dollars ("US$57,000")', () => {
    expect(ask(index, "How much was Brandl's Velco position worth in 2029?").answer).toBe('about US$57,000');
  });

  it('asked in pounds, is never answered in dollars', () => {
    expect(ask(index, 'How much is the deal for Oskline worth in pounds?').answer).not.toMatch(/\$/);
  });
});

describe('a which-question whose verb a name follows', () => {
  it('has its head before the verb ("which minister demanded Oskco pay")', () => {
    expect(parseQuestion('Which minister demanded Oskco pay for new passports?').type).toMatchObject({ want: 'person', head: 'minister' });
  });
});

describe('a rival told of "he"', () => {
  it('names what the question names through the sentence before it', () => {
    const idx = buildIndex([
      art('a.txt', 'Harbour Wire', '2031-06-26', ['The Marrow report estimated the cost of the recommended repairs at $7.8 million.', 'Rescuers searched the rubble through the night.']),
      art('b.txt', 'Evening Lantern', '2031-06-27', [
        'In 2028 the engineer Ivo Marrow inspected the tower and found major damage below the pool deck.',
        'He estimated the cost of the recommended repairs at $9.1 million.',
      ]),
    ]);
    const a = ask(idx, 'How much did the Marrow report estimate the repairs would cost?');
    expect(a.status).toBe('disputed');
    expect(a.answer).toMatch(/\$7\.8 million/);
    expect(a.answer).toMatch(/\$9\.1 million/);
  });
});
