import { describe, expect, it } from 'vitest';
import { ask, buildIndex } from '../../src/engine/index.ts';
import { paragraphs } from '../helpers/corpus.ts';

// A made-up shipyard strike at Harling (a company whose name ends in "-ing") told by three outlets: a finance chief
// written as initials, a conference and a radio programme named by their kind, and a pay figure the deal would reach.
const art = paragraphs;
const index = buildIndex([
  art('a.txt', 'Harbour Wire', '2031-09-12', [
    'Harling CFO Dana Whitlow told the Corran Bay Investor Conference on Friday that the strike would "hurt our recovery" and that the company was weighing furloughs.',
    'Welders walked out at the Harling yards on Thursday after rejecting the contract offer.',
    'Harling said average annual pay for welders would have risen to $92,000 by the end of the contract, from about $70,000 now.',
  ]),
  art('b.txt', 'Evening Lantern', '2031-09-12', [
    '"We built these ships," union leader Ros Kettle told the Coastline Morning programme.',
    'The Harling strike is the first at the yards since 2012.',
    'Harling shares fell 3% on Friday.',
  ]),
  art('c.txt', 'Valley Echo', '2031-09-13', [
    'Pickets stood at the Harling yard gates through the night.',
    'Harling chief operating officer Lee Marten said the company would keep talking to the union.',
  ]),
]);

describe('things named by their kind, and roles written two ways', () => {
  it('answers "which conference" with the name ending in that noun, though the question names the speaker', () => {
    expect(ask(index, 'Which conference did Dana Whitlow address on Friday?')).toMatchObject({ status: 'answered', answer: 'Corran Bay Investor Conference' });
  });

  it('answers "which programme" with the name the lower-case noun follows', () => {
    expect(ask(index, 'On which radio programme did Ros Kettle speak?').answer).toBe('Coastline Morning programme');
  });

  it('answers "what would pay have risen to" with the figure, not the sentence', () => {
    expect(ask(index, 'What would average annual welder pay have risen to under the deal?')).toMatchObject({ status: 'answered', answer: '$92,000' });
  });

  it('reads "CFO" as the chief financial officer, and "who is Harling\'s …" as asking who holds the role', () => {
    expect(ask(index, "Who is Harling's chief financial officer?")).toMatchObject({ status: 'answered', answer: 'Dana Whitlow' });
    expect(ask(index, "Who is Harling's COO?")).toMatchObject({ status: 'answered', answer: 'Lee Marten' });
  });
});

describe('a deadline, and a body that is no person', () => {
  const order = buildIndex([
    art('a.txt', 'Harbour Wire', '2031-02-06', [
      'Governor Ada Marr widened the evacuation zone on Monday and told everyone still inside it to leave by 1 p.m.',
      'The train\'s engineer is a member of the Brotherhood of Locomotive Engineers, the union said.',
    ]),
    art('b.txt', 'Evening Lantern', '2031-02-06', ['Crews prepared to burn off the chemical on Monday afternoon.', 'The union declined to name the engineer.']),
  ]);

  it('answers "what was the deadline" with the time it gives', () => {
    expect(ask(order, 'What was the deadline on Monday for leaving the zone?')).toMatchObject({ status: 'answered', answer: '1 p.m.' });
  });

  it('never names a union joined by "of" as the person asked for', () => {
    expect(ask(order, "What is the name of the train's engineer?").status).toBe('not_found');
  });
});

describe('speakers named before an aside, and roles owned by a body', () => {
  const said = buildIndex([
    art('a.txt', 'Harbour Wire', '2031-02-07', [
      '"Everybody is out on the street tonight," Ivo Renn, whose flat in Tollbridge collapsed, told the wire.',
      '"We built these ships," griped 44-year-old welder Dana Kell, who has spent 19 years at the yard.',
      'An Orlen Dock spokesperson fumed that the regulator had closed the port for business.',
    ]),
    art('b.txt', 'Evening Lantern', '2031-02-07', ['Orlen Dock finance chief Ada Marr said the closure would cost millions.', 'Pickets gathered at the dock gates.']),
  ]);

  it('reads "X, whose flat collapsed, told" and "griped X" as X speaking', () => {
    expect(ask(said, 'Who said "Everybody is out on the street tonight"?')).toMatchObject({ status: 'answered', answer: 'Ivo Renn' });
    expect(ask(said, 'Who said "We built these ships"?')).toMatchObject({ status: 'answered', answer: 'Dana Kell' });
  });

  it('answers "who is the X\'s role" only with a named person given that role', () => {
    expect(ask(said, "Who is Orlen Dock's finance chief?")).toMatchObject({ status: 'answered', answer: 'Ada Marr' });
    expect(ask(said, "Who is the Orlen Dock's press secretary?").status).toBe('not_found');
  });
});

describe('a count opening a sentence', () => {
  const raid = buildIndex([
    art('a.txt', 'Harbour Wire', '2031-03-02', [
      'Hundreds of supporters of the coup later ransacked the headquarters of the ruling party in Oskby, witnesses said.',
      'Soldiers closed the bridges into Oskby on Saturday.',
    ]),
    art('b.txt', 'Evening Lantern', '2031-03-02', ['Thousands gathered at the Tarnby stadium on Sunday.', 'The junta imposed a curfew.']),
  ]);

  it('never gives "Hundreds" or "Thousands" as the name asked for', () => {
    const a = ask(raid, "Which party's headquarters did coup supporters ransack?");
    expect(a.answer).not.toMatch(/^(?:Hundreds|Thousands)$/);
    expect(a.status === 'not_found' || /Velmar Unity Party/.test(a.answer)).toBe(true);
  });
});
