import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/engine/text/tokens.ts';
import { extractQuantities, minusSignLength } from '../../src/engine/text/numbers.ts';

const q = (s: string) => extractQuantities(tokenize(s)).map((x) => ({ value: x.value, unit: x.unit, qualifier: x.qualifier, event: x.event }));

describe('quantities', () => {
  it('tells a plan ("is to free", "set to") from a deed ("set free")', () => {
    const planned = (t: string) => extractQuantities(tokenize(t)).map((x) => x.planned);
    expect(planned('Westmark set free 90 prisoners on Monday.')).toEqual([false]);
    expect(planned('Westmark is set to free 90 prisoners on Monday.')).toEqual([true]);
    expect(planned('The first phase lasts six weeks, during which Oskby is to free 33 captives and Westmark about 1,900 prisoners.')).toEqual([false, true, true]);
  });

  it('reads a count after a label and a colon ("Oskland: 50,000 doses"), not only a time or ratio touching it', () => {
    expect(q('Oskland: 50,000 doses of vaccine for Tarnby, according to officials.')[0]).toMatchObject({ value: 50_000, unit: 'doses' });
    expect(q('The ferry left at 10:30 and the score was 3/4 of the way.').map((x) => x.value)).not.toContain(10);
  });

  it('reads a weight written onto its number ("the 48lb panel") as a weight, not a count of panels', () => {
    expect(q('The 48lb panel was ripped from the side of the jet.')[0]).toMatchObject({ value: 48, unit: 'lb' });
  });

  it('counts degrees in whichever scale ("120 million degrees Celsius" against "90 million degrees")', () => {
    expect(q('The lasers heat the fuel to about 120 million degrees Celsius.')[0]).toMatchObject({ value: 120_000_000, unit: 'degrees' });
  });

  it('reads "percent" and "per cent" as the sign of a share', () => {
    expect(q('Velco shares closed down 8 per cent on Monday, while Oskair fell 11 per cent.').map((x) => [x.value, x.unit])).toEqual([[8, 'percent'], [11, 'percent']]);
    expect(q('Velco shares closed 6.4 percent lower on Monday.')[0]).toMatchObject({ value: 6.4, unit: 'percent' });
  });

  it('gives a number the verb of its own clause, not one a subordinator opens after it', () => {
    expect(q('The gunman opened fire from a rooftop, firing seven shots before a counter-sniper killed him.')[0]).toMatchObject({ value: 7, event: 'fire' });
  });

  it('finds the event of a number past an aside, and tells losing lives from losing power', () => {
    expect(q('The mayor said no fewer than 30 residents of the town, which has 9,000 inhabitants and lies on the river, had been killed.')[0]).toMatchObject({ value: 30, event: 'kill' });
    expect(q('About 4,000 homes lost power in the storm.')[0]).toMatchObject({ value: 4000, event: null });
    expect(q('About 40 people lost their lives in the storm.')[0]).toMatchObject({ value: 40, event: 'kill' });
    // Things lost are no toll: "lost 240 seats" counts no deaths, though "lost 40" with no noun may.
    expect(q('The Unity Party lost 240 seats in the vote.')[0]).toMatchObject({ value: 240, event: null });
  });

  it('does not give a number the event of a verb before a subordinate clause it stands in', () => {
    const read = q('At least 17 people were killed and two were missing after a ferry with 81 people aboard capsized off Tarnby.');
    expect(read.find((x) => x.value === 81)).toMatchObject({ event: null });
    expect(read.find((x) => x.value === 17)).toMatchObject({ event: 'kill' });
    expect(q('The storm killed as many as 40 people in Tarnby.')[0]).toMatchObject({ value: 40, event: 'kill' });
  });

  it('reads what a number counts where the sentence says it: before it ("put cancellations at"), not in an adverb after it', () => {
    expect(q('The latest figures put ferry cancellations at about 2,310, and the number was rising.')[0]).toMatchObject({ value: 2310, unit: 'cancellations', qualifier: 'approx' });
    expect(q('The port authority estimated the evacuees at 3,000.')[0]).toMatchObject({ value: 3000, unit: 'evacuees' });
    // "The toll was put at" stays a death toll; a number after "at" with no verb putting it is not a count of that noun.
    expect(q('Officials put the death toll from the storm at no fewer than eight.')[0]).toMatchObject({ value: 8, unit: null, event: 'kill' });
    expect(q('The ferries arrived at 30 knots.')[0]).toMatchObject({ value: 30, unit: 'knots' });
    expect(q("The operator's tally for Monday was 4,240 worldwide, 1,900 of which sailed from Tarnby.")[0]).toMatchObject({ value: 4240, unit: null });
  });

  it('reads "the number of people killed … rose to 64" as a count of the people killed', () => {
    expect(q('The number of people killed by the storm in Tarnby rose to 64 on Tuesday.')[0]).toMatchObject({ value: 64, unit: 'people', event: 'kill' });
    expect(q('The number of missing stood at 12 by nightfall.')[0]).toMatchObject({ value: 12, unit: 'missing', event: 'missing' });
    expect(q('The number of ferries reached 40 on the busiest day.')[0]).toMatchObject({ value: 40, unit: 'ferries', event: null });
    // A clause between them: the figure is not the number's.
    expect(q('The number of people killed is unknown, and the river rose to 4 metres.')[0]).toMatchObject({ value: 4, unit: 'metres' });
  });

  it('reads a plan participle after one count\'s noun as that noun\'s, not the next count\'s', () => {
    const read = extractQuantities(tokenize('Of the more than 9,000 ferries scheduled across the region on Monday, 310 had been cancelled, the operator said.'));
    expect(read.map((x) => [x.value, x.unit, x.planned])).toEqual([
      [9000, 'ferries', true],
      [310, 'ferries', false],
    ]);
  });

  it('reads a figure of the same scale after a counted one as counting the same thing ("a peak of 26.3 million")', () => {
    expect(q('The parade was watched by an average of 21 million people on Tarn TV, with a peak of 24.6 million, the ratings firm said.').map((x) => [x.value, x.unit])).toEqual([
      [21_000_000, 'people'],
      [24_600_000, 'people'],
    ]);
  });

  it('reads a whole and a half of a unit as one length ("two and a half years", "3 and a half hours")', () => {
    expect(q('The ministry hoped to finish the work within two and a half years.').map((x) => [x.value, x.unit])).toEqual([[2.5, 'years']]);
    expect(q('The crossing took 3 and a half hours.').map((x) => [x.value, x.unit])).toEqual([[3.5, 'hours']]);
  });

  it('stops what is counted at a possessive after the noun ("viewers watched Sunday\'s final")', () => {
    expect(q("Tarn TV says 26.1 million viewers watched Sunday's final.")[0]).toMatchObject({ value: 26_100_000, unit: 'viewers' });
  });

  it('reads "four of the 11 calls" as a part counted out of a numbered whole', () => {
    const found = extractQuantities(tokenize('Police sent officers to only four of the 11 calls.'));
    expect(found.map((x) => [x.value, x.unit, !!x.whole])).toEqual([[4, 'calls', false], [11, 'calls', true]]);
  });

  it('reads digits, words and qualifiers', () => {
    expect(q('Officials said at least 8,000 service members were held.')).toEqual([{ value: 8000, unit: 'members', qualifier: 'at_least', event: 'detain' }]);
    expect(q('The blast killed two workers and injured eight others.')).toEqual([
      { value: 2, unit: 'workers', qualifier: 'exact', event: 'kill' },
      { value: 8, unit: 'others', qualifier: 'exact', event: 'injure' },
    ]);
    expect(q('Nearly 2,000 detainees were swapped.')[0]).toMatchObject({ value: 2000, qualifier: 'approx' });
    expect(q('The province will spend 40 million euros.')[0]).toMatchObject({ value: 40_000_000, unit: 'euros' });
  });

  it('reads "eight of them" as a count of what the sentence before counted, "one of them" as none', () => {
    const before = extractQuantities(tokenize('The freed group was made up of 30 women and 12 children.'));
    const units = (s: string) => extractQuantities(tokenize(s), before).map((x) => [x.value, x.unit]);
    expect(units('Just eight of them had been arrested before the war.')).toEqual([[8, 'people']]);
    expect(units('One of them spoke to reporters.')).toEqual([]);
    expect(units('A bus carried 40 herders, 12 of them children.')).toEqual([[40, 'herders'], [12, 'herders']]);
    expect(q('Two of the victims were foreign nationals.').map((x) => [x.value, x.unit])).toEqual([[2, 'victims']]);
  });

  it('reads "numbering 40" as a count of the people the sentence is about', () => {
    expect(q('Passengers in their 30s formed the largest group, numbering 40, followed by 39 in their 40s.').map((x) => [x.value, x.unit])[0]).toEqual([40, 'Passengers']);
  });

  it('reads spans of time written without a digit, never a rate or a phrase', () => {
    const d = (s: string) => extractQuantities(tokenize(s)).map((x) => [x.value, x.unit]);
    expect(d('A fix followed roughly an hour and a half later.')).toEqual([[1.5, 'hour']]);
    expect(d('It took half an hour to clear the road.')).toEqual([[0.5, 'hour']]);
    expect(d('A week later the road reopened.')).toEqual([[1, 'week']]);
    expect(d('The deal allows 600 trucks a day into the valley.')).toEqual([[600, 'trucks']]);
    expect(d('They held a day of mourning.')).toEqual([]);
  });

  it('reads "41 of the 63 victims" as 41 victims out of a whole of 63', () => {
    const found = extractQuantities(tokenize('By noon the remains of 41 of the 63 victims had been identified.'));
    expect(found.map((x) => ({ value: x.value, unit: x.unit, whole: x.whole ?? false }))).toEqual([
      { value: 41, unit: 'victims', whole: false },
      { value: 63, unit: 'victims', whole: true },
    ]);
  });

  it('gives a verb before a number to that number, not to the next one past "and"', () => {
    expect(q('Shelling killed at least 9 people and wounded more than 20 in the town.').map((x) => x.event)).toEqual(['kill', 'injure']);
  });

  it('skips dates, years, ages, ordinals and times', () => {
    expect(q('On May 16, 2025, the 64th round began at 03:46 in 2024 when Alex, 45, arrived.')).toEqual([]);
  });

  it('counts people for a toll with no noun, and a bare number after a counted one', () => {
    expect(q('The death toll rose to 16 on Monday.')[0]).toMatchObject({ value: 16, event: 'kill' });
    const [a, b] = extractQuantities(tokenize('They swapped 100 hostages 50 from each side.'));
    expect([a!.unitClass, b!.unitClass, b!.perParty]).toEqual(['person', 'person', true]);
  });

  it('reads an X-for-X ratio as a per-party number', () => {
    const [r] = extractQuantities(tokenize('The first phase of a planned 50-for-50 swap began.'));
    expect(r).toMatchObject({ value: 50, perParty: true, planned: true, unit: null });
  });
});

describe('words that are also object keys', () => {
  it('reads "constructor" as neither a number nor a month', () => {
    expect(q('The constructor said toString was fine.')).toEqual([]);
  });
});

describe('partitives', () => {
  it('reads "16 of its citizens" as 16 citizens, but not "one of those" as a count', () => {
    expect(q('The ministry said 16 of its citizens were freed.')[0]).toMatchObject({ value: 16, unit: 'citizens' });
    expect(q('A serviceman said he shared a cell with one of those on the list.')).toEqual([]);
  });
});

describe('bounds after the number, initialisms and codes', () => {
  it('reads "N or more" and "N or fewer" as bounds', () => {
    expect(q('An estimated 150 or more people died in the valley.')[0]).toMatchObject({ value: 150, unit: 'people', qualifier: 'at_least' });
    expect(q('Five or fewer boats remain at sea.')[0]).toMatchObject({ value: 5, unit: 'boats', qualifier: 'at_most' });
  });

  it('reads a capitalised initialism before the noun as a modifier, not a stopword', () => {
    expect(q('No fewer than 540 US flights had been called off.')[0]).toMatchObject({ value: 540, unit: 'flights', qualifier: 'at_least' });
  });

  it('does not count the number of a code written against letters', () => {
    expect(q('The jet, flying as 4Q7710, crashed.')).toEqual([]);
    expect(q('Flight 4Q 7710 carried 120 passengers.')).toEqual([{ value: 120, unit: 'passengers', qualifier: 'exact', event: null }]);
    expect(q('The town lies 5km from the coast.')[0]).toMatchObject({ value: 5, unit: 'km' });
  });

  it('does not count the numbers of a model named about a capitalised word ("737 Max 9"), but reads a date', () => {
    expect(q('Regulators ordered inspections of some 737 Max 9 planes.')).toEqual([]);
    expect(q('Velco grounded all 65 of its 320 Tarnjet 8 planes.').map((x) => x.value)).toEqual([65]);
    expect(q('On 5 May 2031, 40 people were hurt.').map((x) => x.value)).toContain(40);
  });
});

describe('a figure a death toll is put at', () => {
  it('counts the dead though no noun follows it', () => {
    expect(q('The rescue service put the death toll from the latest storms at no fewer than eight across the region.')).toEqual([{ value: 8, unit: null, qualifier: 'at_least', event: 'kill' }]);
    expect(q('The death toll stood at 12 on Monday.')).toEqual([{ value: 12, unit: null, qualifier: 'exact', event: 'kill' }]);
    expect(q('The meeting at eight was cancelled.')).toEqual([]);
    expect(q('By 7pm the toll stood at 31 in the province.')).toEqual([{ value: 31, unit: null, qualifier: 'exact', event: 'kill' }]);
  });
});

describe('a list after a count of people', () => {
  it('reads a number word after the count as a count of the same people', () => {
    expect(q('Officials listed at least nine people as missing: eight in Dunmoor and one driver on the coast road.').slice(0, 2)).toEqual([
      { value: 9, unit: 'people', qualifier: 'at_least', event: 'missing' },
      { value: 8, unit: 'people', qualifier: 'exact', event: 'missing' },
    ]);
  });

  it('reads "a team of 10" as ten people with no event, and a past verb before a name as no noun', () => {
    const found = extractQuantities(tokenize('A Danish rescue team of 10 reached Tarnby on Friday.'));
    expect(found.map((x) => ({ value: x.value, unit: x.unit, unitClass: x.unitClass, event: x.event }))).toEqual([{ value: 10, unit: 'team', unitClass: 'person', event: null }]);
    expect(q('Another 12 reached Tarnby by boat.')[0]?.unit ?? null).toBe(null);
    expect(q('Police freed 205 captured soldiers.')[0]).toMatchObject({ value: 205, unit: 'soldiers' });
  });
});

describe('bounds of an estimate', () => {
  it('reads "as many as" and the ends of a range as bounds, and an article before a number word as part of it', () => {
    expect(q('The storm killed as many as 40 people in Tarnby.')[0]).toMatchObject({ value: 40, qualifier: 'at_most' });
    expect(q('Police said between 5 and 15 people had died.').map((x) => [x.value, x.qualifier])).toEqual([[5, 'at_least'], [15, 'at_most']]);
    expect(q('The blast killed at least a dozen people.')[0]).toMatchObject({ value: 12, qualifier: 'at_least', event: 'kill' });
  });

  it('counts bodies as dead people', () => {
    expect(q('Nine bodies have been recovered from the ruins.')[0]).toMatchObject({ value: 9, unit: 'bodies', event: 'kill' });
  });

  it('reads "a majority of 8,105" as a measure of the noun before "of", not of a range\'s first number or a part', () => {
    expect(q('Roe held the seat with a majority of 8,105 over the Forward candidate.')[0]).toMatchObject({ value: 8105, unit: 'majority' });
    expect(q('The party won a majority of 173.')[0]).toMatchObject({ value: 173, unit: 'majority' });
    // "a total of 40" only says how the figure was reckoned.
    expect(q('Rescuers counted a total of 40.')[0]).toMatchObject({ value: 40, unit: null });
    // The first number of a range is read with the second ("61 to 75 months"), never as a count of requests.
    expect(q('The term is longer than the request of 61 to 75 months.').map((x) => x.unit)).toEqual([null, 'months']);
    expect(q('The remains of 131 of the 168 victims had been identified.')[0]).toMatchObject({ value: 131, unit: 'victims' });
  });

  it('reads "56 of which held …" as a count of what the number before it names', () => {
    const read = q('The ship was carrying 4,671 containers, 52 of which held hazardous materials.');
    expect(read.map((x) => [x.value, x.unit])).toEqual([[4671, 'containers'], [52, 'containers']]);
  });

  it('reads a unit written onto the number ("951ft container vessel") as what it measures', () => {
    expect(q('The 951ft container vessel Velma struck the pier.')[0]).toMatchObject({ value: 951, unit: 'ft' });
  });
});

describe('a reading below zero', () => {
  it('counts the sign written before it, as a word or glued to the figure, but not a range\'s dash', () => {
    expect(minusSignLength('stored at about minus 45C', 'stored at about minus '.length, 'C')).toBe('minus '.length);
    expect(minusSignLength('stored at -45C', 'stored at -'.length, 'C')).toBe(1);
    expect(minusSignLength('between 30-45C', 'between 30-'.length, 'C')).toBe(0);
    expect(minusSignLength('about minus 45 votes', 'about minus '.length, 'votes')).toBe(0);
  });
});
