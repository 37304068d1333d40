import { describe, expect, it } from 'vitest';
import { ask, buildIndex } from '../../src/engine/index.ts';
import { paragraphs as art } from '../helpers/corpus.ts';

// A made-up grounding told by two outlets: companies whose names read like people's, a verb that is also a noun
// ("operates", "the operation"), a passive "by" after a possessive, and a participle whose subject stands far off.
const index = buildIndex([
  art('a.txt', 'Harbour Wire', '2031-05-02', [
    "The Tarn-flagged ship is operated by Oskby's Velmar Marine and owned by Brandl Holdings of Marrow.",
    'Roe Dredging, whose Fenport unit led the operation, has put out a statement.',
    "The Rail and Harbour Authority dealt a blow to Velmar Marine's plan to buy Oskline on Wednesday, blocking the deal.",
  ]),
  art('b.txt', 'Evening Lantern', '2031-05-03', [
    "The ship's operator, Velmar Marine, said the crew were safe.",
    'Shares in vaccine maker Tarnby Nordic rose on Wednesday.',
    'OV12, made by Tarnby Nordic, is given as two doses.',
  ]),
]);

describe('bodies whose names read like people\'s, and who did what', () => {
  it('answers "which company" with a name the coverage calls a company ("the operator, X", "vaccine maker X")', () => {
    expect(ask(index, 'Which company operates the ship?')).toMatchObject({ status: 'answered', answer: 'Velmar Marine' });
    expect(ask(index, 'Which company makes OV12?')).toMatchObject({ status: 'answered', answer: 'Tarnby Nordic' });
  });

  it('never reads a noun ("led the operation") as the asked verb, nor the name before "and owned by" as the owner', () => {
    expect(ask(index, 'Which company operates the ship?').answer).not.toBe('Roe Dredging');
    expect(ask(index, 'Which company owns the ship?').answer).not.toBe('Velmar Marine');
  });

  it('gives a participle after a comma to its clause\'s subject, and reads "and" inside a body\'s name', () => {
    expect(ask(index, 'Which authority blocked the deal?')).toMatchObject({ status: 'answered', answer: 'Rail and Harbour Authority' });
  });
});
