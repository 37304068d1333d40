import { describe, expect, it } from 'vitest';
import { ask, buildIndex } from '../../src/engine/index.ts';
import { storyArticles } from '../helpers/corpus.ts';

// A made-up boardroom revolt (a staff letter's tally, told for one morning, grew by the evening) and a lab's test.
const article = storyArticles('Velco staff threaten to quit', [
  'The board of Velco fired its chief executive on Friday.',
  'Investors were told of the decision minutes before it was announced.',
  'The company makes software for hospitals.',
]);

describe('a count asked at a part of a day', () => {
  it('is not answered by the figure another part of that day had ("on Monday morning", asked "by Monday evening")', () => {
    const idx = buildIndex([
      article('Harbour Wire', '2031-11-20', ["An open letter to the board was signed by 505 of the firm's roughly 770 staff when it first emerged on Monday morning.", 'By Monday evening the number had swelled to more than 700.']),
      article('Evening Lantern', '2031-11-20', ['The board met again on Sunday.']),
    ]);
    expect(ask(idx, 'By Monday evening, how many staff had signed the letter?').answer).not.toMatch(/505/);
    expect(ask(idx, 'On Monday morning, how many staff had signed the letter?').answer).toMatch(/505/);
  });
});

describe('a date asked of an earlier event', () => {
  it('is not a day of the story\'s own week ("When did the earlier near-miss test take place?")', () => {
    const idx = buildIndex([
      article('Harbour Wire', '2031-12-13', ['The test on Dec. 5 produced more energy than it used, beating the earlier near-miss test.', 'Scientists cheered the result on Tuesday.']),
      article('Evening Lantern', '2031-12-13', ['The laboratory confirmed the result on Tuesday.']),
    ]);
    expect(ask(idx, "When did the laboratory's earlier near-miss test take place?").answer).not.toMatch(/Dec\. 5|Tuesday/);
    expect(ask(idx, 'When did the test produce more energy than it used?').answer).toMatch(/Dec\. 5/);
  });
});

describe('two sums in two clauses joined by "and that"', () => {
  it('are no list: each is told before its own words ("released $1.4 million from its fund and that it would need $12 million")', () => {
    const idx = buildIndex([
      article('Harbour Wire', '2031-08-14', ['The agency said it had released $1.4 million from its Emergency Reserve Fund and that it would need an initial $12 million to support surveillance and response.']),
      article('Evening Lantern', '2031-08-14', ['The board met again on Sunday.']),
    ]);
    expect(ask(idx, 'How much did the agency release from its Emergency Reserve Fund?')).toMatchObject({ status: 'answered', answer: '$1.4 million' });
  });
});

describe('a count asked "in total"', () => {
  it('is the total the sentence writes for its noun ("donate 125,300 doses, with Oskby Nordic adding 30,000, for a total of 155,300")', () => {
    const idx = buildIndex([
      article('Harbour Wire', '2031-08-14', ['Tarnland: the Commission\'s Health Emergency Authority (THEA) said it would donate 125,300 doses, with Oskby Nordic adding 30,000, for a total of 155,300.']),
      article('Evening Lantern', '2031-08-14', ['The board met again on Sunday.']),
    ]);
    expect(ask(idx, 'How many doses will Tarnland donate in total?').answer).toMatch(/155,300/);
  });
});

describe('a date that ends a span', () => {
  const article = storyArticles('Blowout on the Tarn rig', [
    'A blowout set the Tarn drilling rig ablaze on Tuesday night, and the Coast Guard was searching for eleven missing workers.',
    'The rig was drilling an exploration well when the blowout happened.',
    'Velco said it was working with the rig owner to contain the leak.',
  ]);
  const idx = buildIndex([
    article('Harbour Post', '2031-04-21', ['The rig, owned by Nware and under contract to Velco until September 2033, was working in the Oskby field.']),
    article('Coast Wire', '2031-04-21', ['The Coast Guard didn’t issue a warning to shipping until Wednesday, a day after the blast.']),
    article('Valley News', '2031-04-22', ['Shipping was kept away from the area.', 'Ivo Roe, the rig manager, had been due to have his contract extended on Friday.', 'The board had been due to meet on Friday to extend his contract until the end of 2036.']),
  ]);

  it('does not answer "until when" with a day that ends nothing ("extended on Friday")', () => {
    expect(ask(idx, "Until when was Roe's contract going to be extended?").answer).not.toContain('Friday');
  });

  it('does not answer when something was done ("under contract … until September 2033")', () => {
    expect(ask(idx, 'In what year did Velco acquire the lease for the Oskby field?').status).toBe('not_found');
  });

  it('answers when what "was not done until" then was done', () => {
    expect(ask(idx, 'When did the Coast Guard issue a warning to shipping?')).toMatchObject({ status: 'answered', answer: 'Wednesday' });
  });
});
