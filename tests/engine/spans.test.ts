import { describe, expect, it } from 'vitest';
import { ageSpans, dateSpans, looksLikePerson, nameSpans, timeSpans, yearSpans } from '../../src/engine/ask/spans.ts';

const anyName = () => true;
const texts = (spans: { text: string }[]) => spans.map((s) => s.text);

describe('typed spans of a sentence', () => {
  it('reads a nickname in quotes inside a name as part of it', () => {
    expect(texts(nameSpans('Among the dead is Oskar "Ossi" Lind, 48, a harbour pilot.', anyName))).toContain('Oskar "Ossi" Lind');
    expect(texts(nameSpans('The pilot Oskar “Ossi” Lind died.', anyName))).toContain('Oskar “Ossi” Lind');
  });

  it('reads names across connectors and stops at a possessive', () => {
    const s = 'Officials at the Ministry of the Interior and Pablo de la Vega’s office met Anna Berg-Holm in Puerto de la Cruz.';
    expect(texts(nameSpans(s, (_w, initial) => !initial))).toEqual(['Ministry of the Interior', 'Pablo de la Vega', 'Anna Berg-Holm', 'Puerto de la Cruz']);
  });

  it('runs a body\'s name on through "on" after its head noun ("Council on Clean Water"), never a person\'s to a day', () => {
    const s = 'The Tarnish Council on Clean Water paid for the tests, and Ann Roe on Monday met the Oskby Committee on Harbour Safety.';
    expect(texts(nameSpans(s, (_w, initial) => !initial))).toEqual(['Tarnish Council on Clean Water', 'Ann Roe', 'Oskby Committee on Harbour Safety']);
  });

  it('runs a body\'s name on through "and" past its "of" to a common word, never to a person\'s name', () => {
    const isName = (w: string, initial: boolean) => !initial && w !== 'Innovation';
    expect(texts(nameSpans('The Tarn Department of Financial Protection and Innovation said it had taken possession of the bank.', isName))).toContain('Tarn Department of Financial Protection and Innovation');
    expect(texts(nameSpans('The Oskby Ministry of Science and Technology said so.', (_w, initial) => !initial))).toContain('Oskby Ministry of Science and Technology');
  });

  it('reads a middle initial inside a name ("Lena K. Orvik"), not as its end', () => {
    expect(texts(nameSpans('On Thursday, Judge Lena K. Orvik sentenced the ferry owner.', (_w, initial) => !initial))).toEqual(['Judge Lena K. Orvik']);
  });

  it('reads a particle joined to a name as part of it ("Samir al-Tarnawi")', () => {
    expect(texts(nameSpans('On Friday, Samir al-Tarnawi, who ran the bakery, told Radio Oskby that the road was shut.', (_w, initial) => !initial))).toEqual(['Samir al-Tarnawi', 'Radio Oskby']);
  });

  it('reads an ampersand between capitalised words as inside one name ("the Oskby P&I Club", "Tarn & Velmar")', () => {
    expect(texts(nameSpans('Its liabilities are covered by the Oskby P&I Club, and Tarn & Velmar Ltd handles the claims.', (_w, initial) => !initial))).toEqual(['Oskby P&I Club', 'Tarn & Velmar Ltd']);
  });

  it('reads a body named in lower case', () => {
    expect(texts(nameSpans('According to the energy ministry, prices rose.', anyName))).toContain('energy ministry');
  });

  it('keys times of day as minutes after midnight', () => {
    expect(timeSpans('Sirens sounded at 7.31am, again at 2:05 p.m., and at noon; the 14:30 GMT update followed.').map((t) => t.key)).toEqual(['07:31', '14:05', '12:00', '14:30']);
    expect(timeSpans('Shares fell 1.5 per cent.')).toEqual([]);
  });

  it('reads calendar dates, month and year, and weekdays', () => {
    expect(dateSpans('It opened on 4 March 2019, closed in June 2021 and reopened on Tuesday.').map((d) => d.key)).toEqual(['date:2019-03-04', 'date:2021-06', 'weekday:tuesday']);
    expect(dateSpans('Officials may review it.')).toEqual([]);
  });

  it('reads years and ages', () => {
    expect(texts(yearSpans('The worst since 1987, with 2,000 homes lost.'))).toEqual(['1987']);
    expect(ageSpans('A 64-year-old man, a girl aged 9 and Tom Hale, 41, were rescued.').map((a) => a.key)).toEqual(['9', '64', '41']);
    expect(ageSpans('Ann Roe became queen on Feb. 6, 2031, at the age of 25, on the death of her father.').map((a) => a.key)).toEqual(['25']);
  });

  it('reads a people\'s possessive followed by a name as inside one name ("Velby Women\'s Health Organization")', () => {
    const names = texts(nameSpans("But inside Velby Women's Health Organization, staff waited, and Ann Roe's party won.", anyName));
    expect(names).toContain("Velby Women's Health Organization");
    expect(names).toContain('Ann Roe');
    expect(names).not.toContain('Health Organization');
  });

  it('tells a person’s name from a body’s', () => {
    expect(looksLikePerson('Maria Lindqvist')).toBe(true);
    expect(looksLikePerson('King Harald V')).toBe(true);
    expect(looksLikePerson('Samir al-Hadi')).toBe(true);
    expect(looksLikePerson('Northern Rail Authority')).toBe(false);
    expect(looksLikePerson('NATO')).toBe(false);
  });

  it('reads a name led by a point of the compass as a region’s, not a person’s', () => {
    expect(looksLikePerson('North Oskland')).toBe(false);
    expect(looksLikePerson('Western Tarnby')).toBe(false);
    expect(looksLikePerson('Ivo West')).toBe(true);
  });
});

describe('times of day in words', () => {
  it('reads quarter and half hours and o’clock, with the part of the day', () => {
    expect(timeSpans('It began at a quarter past eleven in the morning.').map((s) => s.key)).toEqual(['11:15']);
    expect(timeSpans('The polls shut at half past six in the evening.').map((s) => s.key)).toEqual(['18:30']);
    expect(timeSpans("The siren sounded at nine o'clock and again at a quarter to ten.").map((s) => s.key)).toEqual(['09:00', '09:45']);
  });
});

describe('a time the part of the day says is one', () => {
  it('reads "at 2.40 on Friday afternoon" and "at 4.30 in the morning" as times of day', () => {
    expect(timeSpans('The phone rang at 2.40 on Friday afternoon.').map((t) => t.key)).toEqual(['14:40']);
    expect(timeSpans('The wall gave way at 4.30 in the morning.').map((t) => t.key)).toEqual(['04:30']);
    expect(timeSpans('Shares rose 2.40 on Friday.').map((t) => t.key)).toEqual([]);
  });
});
