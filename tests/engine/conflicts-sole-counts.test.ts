import { describe, expect, it } from 'vitest';
import { ask, buildIndex } from '../../src/engine/index.ts';
import { conflictsBetween, paragraphs } from '../helpers/corpus.ts';

// A made-up heat record, told on a Wednesday: two outlets count one fire brigade's injured firefighters and its calls differently, in
// sentences that share little else; a third counts two countries' nationals among the missing.
describe('the one count of a named noun each outlet gives is one count told twice', () => {
  const heat = buildIndex([
    paragraphs('a.txt', 'Tarn Wire', '2030-07-17', [
      'Tarnby recorded 40.3C on Tuesday, a national record.',
      'The brigade said 16 firefighters had been injured, two of whom were taken to hospital.',
      "The brigade's commissioner, Ivo Roe, said it had taken more than 2,600 calls on Tuesday, compared with about 350 on a normal day.",
      "Oskland's foreign ministry said six of its nationals were among the missing.",
    ]),
    paragraphs('b.txt', 'Oska Herald', '2030-07-17', [
      'Tarnby saw 40.3C, the hottest day on record.',
      'At least 13 people have drowned since the weekend, and in the capital, where 14 firefighters were hurt, dozens of homes burned.',
      'The Tarnby Fire Brigade said it had been its busiest day since the war, with crews answering 1,800 calls.',
      'Velland said nine Vellish nationals were among the missing.',
    ]),
  ]);

  it('sets 16 injured firefighters against 14', () => {
    expect(conflictsBetween(heat, 14, 16)).toHaveLength(1);
  });

  it("sets 2,600 calls told of Tuesday against 1,800 told without a day in the next day's coverage", () => {
    expect(conflictsBetween(heat, 1800, 2600)).toHaveLength(1);
  });

  it('does not set two countries\' nationals against each other', () => {
    expect(conflictsBetween(heat, 6, 9)).toHaveLength(0);
  });
});

// A made-up lottery win: two outlets give the shop owner's age differently; only one names the shop with it.
describe("a disagreement over a person's age answers a question that asks for that person by a role", () => {
  const win = buildIndex([
    paragraphs('a.txt', 'Tarn Wire', '2030-11-09', ['The winning ticket was sold in Oskby.', "Scenes from Oskby: the shop's owner, Ivo Brandl, 75, has just been handed a cheque for selling the ticket."]),
    paragraphs('b.txt', 'Oska Herald', '2030-11-09', ["Ivo Brandl, the 73-year-old owner of Kell's Service Station, where the winning ticket was sold, danced by the pumps."]),
  ]);

  it('shows both ages', () => {
    const a = ask(win, "How old is the owner of Kell's Service Station?");
    expect(a.status).toBe('disputed');
    expect(a.answer).toMatch(/73/);
    expect(a.answer).toMatch(/75/);
  });
});

// A made-up shop owner: one outlet dates his arrival to a past year in the sentence that says how long he has run it.
describe('a length of years is not dated by a past year in another clause', () => {
  const shop = buildIndex([
    paragraphs('a.txt', 'Tarn Wire', '2030-11-09', ['A single ticket sold in Oskby won the record Tarn Lottery jackpot on Monday night.', 'The draw was delayed by hours.', 'Players queued across Tarnland.', 'Sales topped every forecast.', 'The lottery blamed a slow check of sales.', 'Ivo Brandl, who came to Tarnland from Oskland in 2001 and has run the garage for 20 years, was handed a $1 million cheque by the Tarn Lottery.']),
    paragraphs('b.txt', 'Oska Herald', '2030-11-09', ['The record jackpot was won with a ticket bought in Oskby.', 'The numbers were drawn on Tuesday morning.', 'Its owner, Ivo Brandl, an Oskish immigrant who has owned the garage for 30 years, collected a $1 million bonus on Tuesday for selling it.']),
  ]);

  it('sets 20 years against 30', () => {
    expect(conflictsBetween(shop, 20, 30)).toHaveLength(1);
    expect(ask(shop, 'How long has Brandl had the garage?').status).toBe('disputed');
  });
});
