import { describe, expect, it } from 'vitest';
import { ask, buildIndex } from '../../src/engine/index.ts';
import { makeArticle, storyArticles } from '../helpers/corpus.ts';

// A made-up bank rescue: sums of several things in one sentence, each tied to its own noun.
const index = buildIndex([
  makeArticle({
    file: 'a.txt',
    outlet: 'Harbour Wire',
    published: '2031-03-10',
    text: [
      'Brellin Bank had loans of around £5.5 billion and deposits of around £6.7 billion, according to Oskby Holdings.',
      'Oskby Holdings said it had bought the British arm of Brellin Bank for just £1 on Monday.',
      'On Wednesday Brellin said it had sold bonds at a $1.8 billion loss and planned to raise $2.25 billion in new capital.',
      'At the end of the year Brellin held about $91 billion of securities on which it had large losses.',
    ].join('\n\n'),
  }),
]);

describe('a sum told as the sum of another thing', () => {
  it('does not answer what was paid with the loans or deposits a sentence gives', () => {
    const a = ask(index, 'How much did Oskby Holdings pay for the British arm of Brellin Bank?');
    expect(a.status).toBe('answered');
    expect(a.answer).toMatch(/^(?:just )?£1$/);
  });

  it('answers deposits with the deposits, not the securities held', () => {
    const a = ask(index, 'How much did Brellin Bank hold in deposits?');
    expect(a.answer).toBe('around £6.7 billion');
  });

  it('reads "how much new capital" as a sum of capital, not the loss beside it', () => {
    const a = ask(index, 'How much new capital did Brellin plan to raise?');
    expect(a.answer).toBe('$2.25 billion');
  });
});

describe('a sum given as a range', () => {
  it('answers with the range as written ("$6bn to $10bn"), not its first figure', () => {
    const idx = buildIndex([
      makeArticle({ file: 'a.txt', outlet: 'Tarnby Post', published: '2031-03-26', text: 'The grounded freighter has blocked the Velby canal for a fourth day.\n\nVelco Insurance estimated that the blockage was costing world trade $6bn to $10bn a week.\n\nTugs worked through the night.' }),
      makeArticle({ file: 'b.txt', outlet: 'Oskby Wire', published: '2031-03-26', text: 'The grounded freighter has blocked the Velby canal since Tuesday.\n\nDredgers removed sand from the bow of the freighter.' }),
    ]);
    expect(ask(idx, 'What could the blockage be costing world trade each week, according to Velco Insurance?')).toMatchObject({ status: 'answered', answer: '$6bn to $10bn' });
  });
});

describe('a figure after a comparison', () => {
  const article = storyArticles('Roe joins Tarnby in a record transfer', ['Ivo Roe signed for Tarnby on Thursday in a record transfer from Oskby.', 'Tarnby paid the release clause in full.']);
  const idx = buildIndex([
    article('Harbour Wire', '2031-08-05', ['The fee is more than double the previous world record, the 70 million pounds (80 million euros) that Velby paid for Piet Kell in 2029.']),
    article('Coast Review', '2031-08-05', ['Roe will wear the No 10 shirt.', 'Fans queued outside the club shop.']),
    article('Valley Post', '2031-08-05', ['The clause was paid in full by lawyers on Thursday.']),
  ]);

  it('is not the value of what it is compared with ("the fee is more than double the previous record, the …")', () => {
    expect(ask(idx, 'What is the fee worth in pounds?').answer).not.toMatch(/70 million/);
  });

  it('is the value of the other side when the question asks of it', () => {
    expect(ask(idx, 'How much did Velby pay for Kell?').answer).toMatch(/70 million pounds/);
  });
});
