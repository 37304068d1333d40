import { describe, expect, it } from 'vitest';
import { ask, buildIndex } from '../../src/engine/index.ts';
import { makeArticle, paragraphs } from '../helpers/corpus.ts';
import { slotValues } from '../../src/engine/slot-values.ts';
import { qualifierUnshared, verbUnshared } from '../../src/engine/count-identity.ts';

// A made-up walkout at the Corven shipyard told by four outlets: figures that look alike but are not one slot (a
// rate and a total, a pay rise and a vote, two companies' share moves, two model numbers), and one that is.
const art = paragraphs;
const index = buildIndex([
  art('a.txt', 'Harbour Wire', '2031-09-11', [
    'TARNPORT, Sept. 11 (HW) - Shipyard workers at Corven voted on Wednesday to reject a contract offer, a strike that will halt work on the company\'s ferries.',
    'About 21,000 workers walked out at the Corven yards.',
    'The last walkout cost Corven about $40 million a day in lost orders, analysts estimated.',
    'Corven shares fell about 2% in after-hours trading.',
    'Welders on the 412 hull line said they were ready for a long fight.',
  ]),
  art('b.txt', 'Evening Lantern', '2031-09-12', [
    'The rejected offer included a 21% pay rise over four years and better pensions.',
    'Analysts at Marlow Brothers estimate a strike of 40 days could cost the group between $1.5bn and $2bn.',
    'Strikers will get $200 a week in strike pay from the union, but not until the third week.',
  ]),
  art('c.txt', 'Valley Echo', '2031-09-12', [
    'Some 21,000 workers walked off the job after rejecting the four-year offer by 88.4%.',
    'The Corven strike; Halden, which fell 7.5% in premarket trading after a weak forecast; and consumer sentiment were in focus.',
    'The 418 hull line at the southern yard, where workers are not unionised, keeps running.',
  ]),
  art('d.txt', 'Coast Ledger', '2031-09-12', [
    'Corven shipyard workers walked out on Thursday after rejecting the contract offer.',
    'Union members will receive strike pay of $250 a week from the third week of the walkout.',
    'Corven said it would keep talking to the union about the rejected offer.',
  ]),
]);
const sidesOf = (value: number) => index.conflicts.filter((c) => c.values.some((v) => v.value === value)).map((c) => c.values.map((v) => v.value));

// Two outlets' sentences that share their rare words, among a few ordinary ones: a pair the slot finder would join
// but for the rule under test.
const pair = (x: string, y: string) =>
  buildIndex([
    art('x.txt', 'Harbour Wire', '2031-09-12', [x, 'Pickets gathered at the gates before dawn.', 'Talks are expected to resume next month.']),
    art('y.txt', 'Evening Lantern', '2031-09-12', [y, 'Local cafes said trade had dropped.', 'The union thanked members for their support.']),
  ]).conflicts.map((c) => c.values.map((v) => v.value));

describe('figures that look alike but are not one slot', () => {
  it('pairs the same words around two figures (the control for the cases below)', () => {
    expect(pair('Analysts at Marlow Brothers estimated the Corven walkout would cost $40 million.', 'Analysts at Marlow Brothers estimated the Corven walkout would cost $55 million.')).toEqual([[40_000_000, 55_000_000]]);
  });

  it('never sets a rate against a total in the same words', () => {
    expect(pair('Analysts at Marlow Brothers estimated the Corven walkout would cost $40 million a day.', 'Analysts at Marlow Brothers estimated the Corven walkout would cost $1.5bn.')).toEqual([]);
  });

  it('reads "£55bn takeover" as an amount of money whatever noun follows it', () => {
    expect(pair('Regulators blocked the £55bn takeover of Tarnsoft by Corven on Wednesday.', 'Regulators blocked the £52bn takeover of Tarnsoft by Corven on Wednesday.')).toEqual([[52e9, 55e9]]);
  });

  it('never reads a model number before a singular noun as a count', () => {
    expect(pair('Welders on the 412 hull line at Corven walked out on Thursday.', 'Welders on the 418 hull line at Corven walked out on Thursday.')).toEqual([]);
  });

  it('does not set a rate ("$40 million a day") against a total, but sets two weekly rates against each other', () => {
    expect(sidesOf(40_000_000)).toEqual([]);
    expect(sidesOf(200)).toEqual([[200, 250]]);
  });

  it('reads "Halden, which fell 7.5%" as Halden\'s move, not a rival of another company\'s', () => {
    expect(sidesOf(7.5)).toEqual([]);
  });

  it('reads "the 412 hull line" as a name, not a count of lines', () => {
    expect(sidesOf(412)).toEqual([]);
  });
});

describe('a labour strike and a dateline', () => {
  it('reads "on strike" as a walkout, so workers on strike are counted', () => {
    expect(ask(index, 'How many workers are on strike?')).toMatchObject({ status: 'answered' });
    expect(ask(index, 'How many workers are on strike?').answer).toContain('21,000');
  });

  it('never answers when something will happen with the date of a dateline', () => {
    expect(ask(index, 'On what date will the shipyard workers vote on a new contract offer?').status).toBe('not_found');
  });
});

describe('counts of one thing, read from their own words', () => {
  // Each sentence read as the engine reads it, with its first count.
  const read = (text: string) => {
    const s = buildIndex([makeArticle({ file: 'x.txt', outlet: 'Harbour Wire', published: '2031-09-12', text })]).sentences[0]!;
    return { s, v: slotValues(s).find((v) => v.kind === 'count')! };
  };

  it('reads "38 barges had sunk" as no count of a fleet the other sentence never says sank', () => {
    const sunk = read('The safety board said 38 barges had sunk in the estuary.');
    const fleet = read('The safety board said the fleet had 149 barges in the estuary.');
    const sank = read('The safety board said 41 barges had sunk by Friday.');
    expect(verbUnshared(sunk.s, sunk.v, fleet.s)).toBe(true);
    expect(verbUnshared(sunk.s, sunk.v, sank.s)).toBe(false);
  });

  it('reads "10 of the sunken barges" as a count among the sunken ones only', () => {
    const among = read('Corven said 10 of the sunken barges had been carrying fuel.');
    const whole = read('Corven said 20 barges in the fleet had been carrying fuel.');
    const also = read('Of the barges that had sunken, Corven said 11 barges had been carrying fuel.');
    expect(qualifierUnshared(among.s, among.v, whole.s, whole.v)).toBe(true);
    expect(qualifierUnshared(among.s, among.v, also.s, also.v)).toBe(false);
  });
});
