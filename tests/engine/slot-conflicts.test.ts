import { describe, expect, it } from 'vitest';
import { ask, buildIndex } from '../../src/engine/index.ts';
import { valuesCompatible } from '../../src/engine/slot-conflicts.ts';
import { conflictsBetween, makeArticle, storyArticles } from '../helpers/corpus.ts';
import { contextOf, directionOf, isPopulation, momentOf, slotValues } from '../../src/engine/slot-values.ts';
import { termKey } from '../../src/engine/text/stem.ts';

/** A made-up story told by three outlets; each article needs a few sentences of shared background to be on topic. */
const background = [
  'A storm struck the coastal town of Brellin overnight, flooding the harbour district and cutting power to the old quarter.',
  'Rescue crews from the regional fire service worked through the night to reach residents trapped by the water.',
  'The mayor of Brellin said the storm was the worst the town had seen and asked residents to stay indoors.',
];
const article = (outlet: string, published: string, lines: string[]) =>
  makeArticle({ file: `${outlet.toLowerCase().replace(/\W+/g, '-')}.txt`, outlet, published, text: `Storm floods Brellin\n\n${[...background, ...lines].join('\n\n')}` });
const disagreements = (idx: ReturnType<typeof buildIndex>) => idx.conflicts.filter((c) => c.kind === 'disagreement');

describe('the words around a value', () => {
  it('reads past a time\'s colon ("at 04:09 on 19 March"), which is no clause break', () => {
    const idx = buildIndex([article('Harbour Post', '2031-02-03', ['The keeper said the beacon update went out at 04:09 on 19 March.'])]);
    const s = idx.sentences.find((x) => x.text.includes('04:09'))!;
    const date = slotValues(s).find((v) => v.kind === 'date')!;
    expect([...contextOf(s, date.at, date.end, () => 1).keys()]).toContain(termKey('update'));
  });

  it('leaves out the words that say which clock a time is on ("local time"), which every time of a story shares', () => {
    const idx = buildIndex([article('Harbour Post', '2031-02-03', ['The stern was freed at about 4.30am local time, the canal authority said.'])]);
    const s = idx.sentences.find((x) => x.text.includes('4.30am'))!;
    const time = slotValues(s).find((v) => v.kind === 'time')!;
    const words = [...contextOf(s, time.at, time.end, () => 1, 10, true).keys()];
    expect(words).toContain(termKey('freed'));
    expect(words).not.toContain(termKey('local'));
  });

  it('sets no count of what is left of a whole ("the remaining eight boys") against the whole ("all 12 boys")', () => {
    const idx = buildIndex([
      article('Harbour Post', '2031-02-04', ['Rescuers said the remaining eight boys and their coach in the flooded Brellin cave were in good spirits.']),
      article('Coast Wire', '2031-02-05', ['Rescuers said all 12 boys and their coach in the flooded Brellin cave were in good spirits.']),
      article('Valley News', '2031-02-03', ['Schools in the valley stayed open.']),
    ]);
    expect(disagreements(idx).filter((c) => c.values.some((v) => v.value === 8) && c.values.some((v) => v.value === 12))).toEqual([]);
  });

  it('sets no figure against one its own sentence gives as the other side of a comparison ("nine hours rather than 11")', () => {
    const idx = buildIndex([
      article('Harbour Post', '2031-02-04', ["Rescuers said Monday's dive to the Brellin cave took about nine hours rather than 11."]),
      article('Coast Wire', '2031-02-05', ['Rescuers said a dive to the Brellin cave took around 11 hours in the first days.']),
      article('Valley News', '2031-02-03', ['Schools in the valley stayed open.']),
    ]);
    expect(disagreements(idx).filter((c) => c.values.some((v) => v.value === 9) && c.values.some((v) => v.value === 11))).toEqual([]);
  });

  it('reads past a conversion in brackets ("3.3 metres (10.8 feet) wide"): what follows is the value\'s', () => {
    const idx = buildIndex([article('Harbour Post', '2031-02-03', ['The crush happened in a sloping alley about 3.3 metres (10.8 feet) wide beside the old hotel.'])]);
    const s = idx.sentences.find((x) => x.text.includes('3.3 metres'))!;
    const width = slotValues(s).find((v) => v.kind === 'distance')!;
    expect([...contextOf(s, width.at, width.end, () => 1).keys()]).toContain(termKey('wide'));
  });

  it('reads "20,000 cubic metres" as a volume, not a distance of 20 km', () => {
    const idx = buildIndex([article('Harbour Post', '2031-02-03', ['Dredgers removed about 20,000 cubic metres of sand from around the bow.'])]);
    const s = idx.sentences.find((x) => x.text.includes('cubic'))!;
    expect(slotValues(s).map((v) => v.kind)).toEqual(['measure']);
  });
});

describe('disagreements by slot', () => {
  it('leaves out the day a thing was told on when reading which day a time is of', () => {
    const idx = buildIndex([
      article('Harbour Post', '2031-02-04', ['According to logs released by the harbour office on Tuesday, the first call to the flood line came at 6:50 p.m., hours before the wall gave way.']),
      article('Coast Wire', '2031-02-05', ['The logs show 11 calls were made to the flood line in Brellin, the first at 6:44 p.m. on Saturday, hours before the wall gave way.']),
      article('Valley News', '2031-02-03', ['Schools in the valley stayed open.']),
    ]);
    expect(disagreements(idx).some((c) => c.values.some((v) => v.label === '6:50 p.m.') && c.values.some((v) => v.label === '6:44 p.m.'))).toBe(true);
  });

  it('sets a load a ship "will carry" against the one it "is carrying", but no count of another order', () => {
    const both = (other: string) =>
      disagreements(
        buildIndex([
          article('Harbour Post', '2031-02-04', [`The Velmar is carrying ${other} litres of drinking water and can make more at sea.`]),
          article('Coast Wire', '2031-02-03', ['One supply ship, the Velmar, will carry 200,000 litres of drinking water to Brellin.']),
          article('Valley News', '2031-02-03', ['Schools in the valley stayed open.']),
        ]),
      ).filter((c) => c.values.some((v) => v.value === 200000)).map((c) => c.values.map((v) => v.value));
    expect(both('250,000')).toEqual([[200000, 250000]]);
    expect(both('9,000')).toEqual([]);
  });

  it('sets no time of the first of something against one of the last', () => {
    const idx = buildIndex([
      article('Harbour Post', '2031-02-04', ['The first call to the flood line came in at 9:45 p.m. on Saturday.']),
      article('Coast Wire', '2031-02-04', ['The last call to the flood line came at 9:41 p.m. on Saturday.']),
      article('Valley News', '2031-02-03', ['Schools in the valley stayed open.']),
    ]);
    expect(disagreements(idx).filter((c) => c.values.some((v) => v.label === '9:41 p.m.'))).toEqual([]);
  });

  it('keeps lengths under a kilometre apart ("3.2 metres wide" against "about 4 metres wide")', () => {
    const idx = buildIndex([
      article('Harbour Post', '2031-02-03', ['The water rose fastest in a sloping lane only 3.2 metres wide at its narrowest point, beside the Brellin fish market.']),
      article('Coast Wire', '2031-02-04', ['The lane beside the Brellin fish market is about 4 metres wide and some 45 metres long, sloping down to the quay.']),
      article('Valley News', '2031-02-03', ['Schools in the valley stayed open.']),
    ]);
    expect(disagreements(idx).some((c) => c.values.some((v) => v.label === '3.2 metres') && c.values.some((v) => v.label === '4 metres'))).toBe(true);
  });

  it('sets a rare counted noun against itself in shared, common words ("137 officers … in Brellin on Saturday night")', () => {
    const idx = buildIndex([
      article('Harbour Post', '2031-02-03', ['Police deployed 137 officers to the whole of Brellin on Saturday night, against about 6,500 officers sent to cover protests in the capital the same day.']),
      article('Coast Wire', '2031-02-04', ['About 200 officers were on duty in Brellin on Saturday night, police say, against the 6,500 sent to cover rallies in the capital.']),
      article('Valley News', '2031-02-03', ['Schools in the valley stayed open.']),
    ]);
    const officers = disagreements(idx).filter((c) => c.values.some((v) => v.value === 137));
    expect(officers.map((c) => c.values.map((v) => v.value))).toEqual([[137, 200]]);
  });

  it('sets no time of day against one told days later of another day\'s event', () => {
    const idx = buildIndex([
      article('Harbour Post', '2031-02-03', ['Speaking outside the harbour office at 1.35pm, the mayor said she had told the council she was stepping down.']),
      article('Coast Wire', '2031-02-08', ['Speaking outside the harbour office shortly before noon, the new mayor said the storm defences would be rebuilt.']),
      article('Valley News', '2031-02-03', ['Schools in the valley stayed open.']),
    ]);
    expect(disagreements(idx).filter((c) => c.values.some((v) => v.label === '1.35pm'))).toEqual([]);
  });

  it('sets "about 33,000 union members" against "some 32,000 workers" who walked out, one crowd told two ways', () => {
    const idx = buildIndex([
      article('Harbour Post', '2031-02-03', ['About 33,000 union members at the Oskby shipyards walked off the job at midnight, after rejecting the contract offer.']),
      article('Coast Wire', '2031-02-03', ['Some 32,000 workers at the Oskby shipyards walked out at midnight, after union members rejected the contract offer.']),
      article('Valley News', '2031-02-03', ['Schools in the valley stayed open.']),
    ]);
    const crowd = disagreements(idx).find((c) => c.values.some((v) => v.value === 33000));
    expect(crowd?.values.map((v) => v.value)).toEqual([32000, 33000]);
  });

  it('flags a disagreement over a time of day, with each value as written', () => {
    const idx = buildIndex([
      article('Harbour Post', '2031-02-03', ['The coastguard sounded the flood siren at 6.15am on Monday, the harbour master said.']),
      article('Coast Wire', '2031-02-03', ['According to the harbour master, the coastguard sounded the flood siren at 7:40 a.m. on Monday.']),
      article('Valley News', '2031-02-03', ['Schools in the valley stayed open.']),
    ]);
    const time = disagreements(idx).find((c) => c.values.some((v) => v.label === '6.15am'));
    expect(time?.values.map((v) => v.label)).toEqual(['6.15am', '7:40 a.m.']);
  });

  it('sets no count of one day against a count of another ("by Tuesday morning" against "on Monday")', () => {
    const idx = buildIndex([
      article('Harbour Post', '2031-02-03', ['By 8am on Tuesday, 1,310 of about 9,000 scheduled ferry sailings had already been scrapped, the operator said.']),
      article('Coast Wire', '2031-02-03', ['Of the 9,400 ferry sailings scheduled on Monday, 2,500 had been scrapped, the operator said.']),
      article('Valley News', '2031-02-03', ['Schools in the valley stayed open.']),
    ]);
    expect(disagreements(idx).filter((c) => c.values.some((v) => v.value === 2500))).toEqual([]);
    // The same two counts told of one day are one slot, and they disagree.
    const sameDay = buildIndex([
      article('Harbour Post', '2031-02-03', ['By 8am on Monday, 1,310 of about 9,000 scheduled ferry sailings had already been scrapped, the operator said.']),
      article('Coast Wire', '2031-02-03', ['Of the 9,400 ferry sailings scheduled on Monday, 2,500 had been scrapped, the operator said.']),
      article('Valley News', '2031-02-03', ['Schools in the valley stayed open.']),
    ]);
    expect(disagreements(sameDay).find((c) => c.values.some((v) => v.value === 2500))?.values.map((v) => v.value)).toEqual([1310, 2500]);
  });

  it('flags two figures on one scale ("magnitude of 6.1", "a 6.4-magnitude quake"), never a figure on another scale', () => {
    const idx = buildIndex([
      article('Harbour Post', '2031-02-03', ['The tremor that shook the harbour had a magnitude of 6.1, the seismology institute said.']),
      article('Coast Wire', '2031-02-03', ['The seismology institute said a 6.4-magnitude tremor shook the harbour.']),
      article('Valley News', '2031-02-03', ['The seismology institute raised the harbour alert to level 3 after the tremor shook the harbour.']),
    ]);
    const found = disagreements(idx).filter((c) => c.values.some((v) => v.unit === 'magnitude' || v.unit === 'level'));
    expect(found.map((c) => [c.topic.split(' ')[0], c.values.map((v) => v.label)])).toEqual([['magnitude', ['magnitude of 6.1', '6.4-magnitude']]]);
    // A level of water in metres is a distance's business, not a figure on a scale.
    const s = buildIndex([article('Harbour Post', '2031-02-03', ['The water rose to a level of 3 metres in the harbour.'])]).sentences.find((x) => x.text.includes('level of 3'))!;
    expect(slotValues(s).filter((v) => v.kind === 'measure')).toEqual([]);
  });

  it('reads noon and midnight as times of day ("around noon" against "shortly after 9am")', () => {
    const idx = buildIndex([
      article('Harbour Post', '2031-02-03', ['The coastguard sounded the flood siren shortly after 9am on Monday, the harbour master said.']),
      article('Coast Wire', '2031-02-03', ['According to the harbour master, the coastguard sounded the flood siren around noon on Monday.']),
      article('Valley News', '2031-02-03', ['Schools in the valley stayed open.']),
    ]);
    const time = disagreements(idx).find((c) => c.topic.startsWith('time'));
    expect(time?.values.map((v) => v.label)).toEqual(['9am', 'noon']);
  });

  it('ties two times told with different verbs for one impact ("slammed into", "hit")', () => {
    const idx = buildIndex([
      article('Harbour Post', '2031-02-03', ['The trawler slid across the bay and slammed into the pier at 5:12 a.m., officials said.']),
      article('Coast Wire', '2031-02-03', ['Drifting past the buoys, it hit the pier at about 5:18 a.m.']),
      article('Valley News', '2031-02-03', [
        'Schools in the valley stayed open.',
        'Bakers on the high street handed out bread to families who had lost their kitchens.',
        'The ferry to the islands was cancelled until the weekend.',
        'Volunteers sandbagged the library and the clinic before dawn.',
        'Farmers upriver moved their cattle to higher fields.',
        'The football club opened its stand as a shelter for the night.',
      ]),
    ]);
    const time = disagreements(idx).find((c) => c.values.some((v) => v.label === '5:12 a.m.'));
    expect(time?.values.map((v) => v.label)).toEqual(['5:12 a.m.', '5:18 a.m.']);
  });

  it('does not set the time a ferry was cleared to dock against the time it tried to dock', () => {
    const idx = buildIndex([
      article('Harbour Post', '2031-02-03', ['The harbour master said the ferry had been given clearance at 6:40 a.m. to dock at pier two.']),
      article('Coast Wire', '2031-02-03', ['The ferry tried to dock at 6:52 a.m. with its bow door still open, the harbour master said.']),
      article('Valley News', '2031-02-03', ['Schools in the valley stayed open.']),
    ]);
    expect(disagreements(idx).filter((c) => c.topic.startsWith('time'))).toEqual([]);
  });

  it('flags a decimal measure and converts distances to one unit', () => {
    const idx = buildIndex([
      article('Harbour Post', '2031-02-03', ['The sea wall at Brellin, 3 miles from the city, gave way after the river rose 2.4 metres above normal.']),
      article('Coast Wire', '2031-02-03', ['The sea wall at Brellin, 3km from the city, gave way after the river rose 2.9 metres above normal.']),
      article('Valley News', '2031-02-03', ['Schools in the valley stayed open.']),
    ]);
    const kinds = disagreements(idx).map((c) => c.values.map((v) => v.label ?? v.value).join(' vs '));
    expect(kinds).toContain('3km vs 3 miles');
  });

  it('shows different figures side by side, bounds included; only a round approximation admits a near value', () => {
    expect(valuesCompatible({ value: 50, qualifier: 'at_least' }, { value: 20, qualifier: 'exact' })).toBe(false);
    expect(valuesCompatible({ value: 14, qualifier: 'at_least' }, { value: 16, qualifier: 'exact' })).toBe(false);
    expect(valuesCompatible({ value: 14, qualifier: 'at_least' }, { value: 14, qualifier: 'exact' })).toBe(true);
    expect(valuesCompatible({ value: 1100, qualifier: 'at_least' }, { value: 1200, qualifier: 'at_least' })).toBe(false);
    expect(valuesCompatible({ value: 400, qualifier: 'approx' }, { value: 398, qualifier: 'exact' })).toBe(true);
    expect(valuesCompatible({ value: 290, qualifier: 'approx' }, { value: 288, qualifier: 'exact' })).toBe(false);
    expect(valuesCompatible({ value: 540, qualifier: 'approx' }, { value: 547, qualifier: 'exact' }, 'time')).toBe(false);
    expect(valuesCompatible({ value: 540, qualifier: 'approx' }, { value: 544, qualifier: 'exact' }, 'time')).toBe(true);
    expect(valuesCompatible({ value: 547, qualifier: 'approx' }, { value: 543, qualifier: 'exact' }, 'time')).toBe(false);
    // "about 60 per cent" admits 59.7, not 57.
    expect(valuesCompatible({ value: 60, qualifier: 'approx' }, { value: 59.7, qualifier: 'exact' }, 'percent')).toBe(true);
    expect(valuesCompatible({ value: 60, qualifier: 'approx' }, { value: 57, qualifier: 'exact' }, 'percent')).toBe(false);
  });

  it('reads a lower bound as admitting the figure it rounds down ("more than 300" and 317), not one past its last digit', () => {
    expect(valuesCompatible({ value: 300, qualifier: 'at_least' }, { value: 317, qualifier: 'exact' })).toBe(true);
    expect(valuesCompatible({ value: 40, qualifier: 'at_least' }, { value: 43, qualifier: 'approx' })).toBe(true);
    // "more than 1,760" says 1,76x; a bound is no round figure past a tenth of itself; nor is a figure below it admitted.
    expect(valuesCompatible({ value: 1760, qualifier: 'at_least' }, { value: 1830, qualifier: 'approx' })).toBe(false);
    expect(valuesCompatible({ value: 300e6, qualifier: 'at_least' }, { value: 450e6, qualifier: 'approx' })).toBe(false);
    expect(valuesCompatible({ value: 100, qualifier: 'at_least' }, { value: 93, qualifier: 'exact' })).toBe(false);
    // Two bounds are two figures ("more than 1%", "more than 3%").
    expect(valuesCompatible({ value: 1, qualifier: 'at_least' }, { value: 1.5, qualifier: 'at_least' }, 'percent')).toBe(false);
    const idx = buildIndex([
      article('Harbour Post', '2031-02-03', ['More than 300 boats were waiting to enter Brellin harbour when it reopened, the port authority said.']),
      article('Coast Wire', '2031-02-03', ['The port authority said 317 boats had been waiting to enter Brellin harbour when it reopened.']),
      article('Valley News', '2031-02-03', ['Schools in the valley stayed open.']),
    ]);
    expect(disagreements(idx).filter((c) => c.values.some((v) => v.value === 300) && c.values.some((v) => v.value === 317))).toEqual([]);
  });

  it('does not set one place against another: three dead in one town and two in another are two facts', () => {
    const idx = buildIndex([
      article('Harbour Post', '2031-02-03', ['Three people were killed in Dunmoor when a roof collapsed under the weight of water.']),
      article('Coast Wire', '2031-02-03', ['Two people were killed in Kessick when a roof collapsed under the weight of water.']),
      article('Valley News', '2031-02-03', ['Schools in the valley stayed open.']),
    ]);
    expect(disagreements(idx)).toEqual([]);
  });

  it('reads the ends of a journey ("from Tarnby in Oskland to Velby") as no place the count is of', () => {
    const idx = buildIndex([
      article('Harbour Post', '2031-02-03', ['The ferry ran aground near Brellin harbour with more than 1,760 crates of grain on board.']),
      article('Coast Wire', '2031-02-03', ['It was carrying about 1,830 crates of grain on this voyage, from Tarnby in Oskland to Velby, according to its owners.']),
      article('Valley News', '2031-02-03', ['Schools in the valley stayed open.']),
    ]);
    expect(disagreements(idx).filter((c) => c.values.some((v) => v.value === 1760) && c.values.some((v) => v.value === 1830))).toHaveLength(1);
    // Two journeys are still two places: the same crates on two routes are two loads.
    const routes = buildIndex([
      article('Harbour Post', '2031-02-03', ['The first ferry was carrying about 1,760 crates of grain from Tarnby to Velby, its owners said.']),
      article('Coast Wire', '2031-02-03', ['The second ferry was carrying about 1,830 crates of grain from Marrow to Oskby, its owners said.']),
      article('Valley News', '2031-02-03', ['Schools in the valley stayed open.']),
    ]);
    expect(disagreements(routes).filter((c) => c.values.some((v) => v.value === 1760) && c.values.some((v) => v.value === 1830))).toEqual([]);
  });

  it('shows a toll that rises from one day to the next as an update with its dates, not a disagreement', () => {
    const idx = buildIndex([
      article('Harbour Post', '2031-02-03', ['The storm in Brellin has killed 12 people, officials said on Monday.']),
      article('Coast Wire', '2031-02-04', ['The storm in Brellin has now killed 19 people, officials said on Tuesday.']),
      article('Valley News', '2031-02-05', ['The storm in Brellin has killed 27 people, officials said on Wednesday.']),
    ]);
    expect(disagreements(idx)).toEqual([]);
    const update = idx.conflicts.find((c) => c.kind === 'update');
    expect(update?.values.map((v) => [v.value, v.published])).toEqual([[12, '2031-02-03'], [19, '2031-02-04'], [27, '2031-02-05']]);
  });

  it('sets a next-day figure about the earlier day against that day, not after it', () => {
    // 2031-02-03 is a Monday.
    const idx = buildIndex([
      article('Harbour Post', '2031-02-03', ['By noon the port authority said 20% of the ferry crossings from Brellin had been cancelled.']),
      article('Coast Wire', '2031-02-04', ['Port authority data showed 35% of the ferry crossings from Brellin were cancelled on Monday.']),
      article('Valley News', '2031-02-04', ['Schools in the valley stayed open.']),
    ]);
    const share = idx.conflicts.find((c) => c.values.some((v) => v.value === 35));
    expect(share?.kind).toBe('disagreement');
    expect(share?.values.map((v) => [v.value, v.published])).toEqual([[20, '2031-02-03'], [35, '2031-02-03']]);
  });

  it('sets near tolls of one event against each other, but not a family within the toll or a region within the country', () => {
    const idx = buildIndex([
      article('Harbour Post', '2031-02-03', ['At least 41 people were killed when the storm surge hit the coast, the interior ministry said.']),
      article('Coast Wire', '2031-02-03', ['The storm killed 44 people along the coast, among them four members of his family, the fisherman said.']),
      article('Valley News', '2031-02-03', ['Schools in the valley stayed open.']),
    ]);
    const toll = disagreements(idx).find((c) => c.values.some((v) => v.value === 44));
    expect(toll?.values.map((v) => v.value)).toEqual([41, 44]);
    // The bound is shown with its figure: "at least 41" is not 41.
    expect(toll?.values[0]?.label).toBe('at least 41 people');
    expect(disagreements(idx).some((c) => c.values.some((v) => v.value === 4))).toBe(false);
  });

  it('matches counts by what they count and the verb, and keeps a count one figure across days', () => {
    const idx = buildIndex([
      article('Harbour Post', '2031-02-03', ['Around 6,100 ferry tickets were cancelled between Sunday night and Monday noon, a company official said.']),
      article('Coast Wire', '2031-02-04', ['The operator said that approximately 5,800 ferry tickets had been cancelled.']),
      article('Valley News', '2031-02-04', ['Schools in the valley stayed open.']),
    ]);
    const tickets = idx.conflicts.find((c) => c.values.some((v) => v.value === 5800));
    expect(tickets?.kind).toBe('disagreement');
    expect(tickets?.values.map((v) => v.value)).toEqual([5800, 6100]);
  });

  it("does not set one country's count against the whole world's", () => {
    const idx = buildIndex([
      article('Harbour Post', '2031-02-03', ['By 9am no fewer than 300 UK ferry crossings had been called off because of the storm.']),
      article('Coast Wire', '2031-02-03', ['By evening the agency had counted 2,400 ferry crossings called off around the world because of the storm.']),
      article('Valley News', '2031-02-03', ['Schools in the valley stayed open.']),
    ]);
    expect(idx.conflicts.filter((c) => c.values.some((v) => v.value === 300))).toEqual([]);
  });

  it('reads "7:40 a.m. that Monday" as a time with no zone, so it meets the same time written another way', () => {
    const idx = buildIndex([
      article('Harbour Post', '2031-02-03', ['The weather office issued its red storm warning at 7:40 a.m. that Monday for the whole coast.']),
      article('Coast Wire', '2031-02-03', ['The weather office raised its red storm warning at 7.45am on Monday.']),
      article('Valley News', '2031-02-03', ['Schools in the valley stayed open.']),
    ]);
    expect(disagreements(idx).find((c) => c.values.some((v) => v.label === '7.45am'))?.values.map((v) => v.label)).toEqual(['7:40 a.m.', '7.45am']);
  });

  it("sets two outlets' tolls of one past year's event against each other", () => {
    const idx = buildIndex([
      article('Harbour Post', '2031-02-03', ['No storm has been deadlier since 1958, when an estimated 40 or more people died on the coast.']),
      article('Coast Wire', '2031-02-04', ['No storm has killed so many since March 1958, when 90 people died.']),
      article('Valley News', '2031-02-04', ['Schools in the valley stayed open.']),
    ]);
    expect(disagreements(idx).map((c) => c.values.map((v) => v.value))).toContainEqual([40, 90]);
    // The topic names the year, so the past toll is not read as today's.
    expect(disagreements(idx).find((c) => c.values.some((v) => v.value === 90))?.topic).toContain('1958');
  });

  it('sets two near counts of one noun against each other whatever their words', () => {
    const idx = buildIndex([
      article('Harbour Post', '2031-02-03', ['The three fishermen came home on Monday, 212 days after they were seized off the coast in 2030.']),
      article('Coast Wire', '2031-02-03', ['He said the three had been kept in a warehouse for 211 days.']),
      article('Valley News', '2031-02-03', ['Schools in the valley stayed open.']),
    ]);
    expect(disagreements(idx).map((c) => c.values.map((v) => v.value))).toContainEqual([211, 212]);
  });

  it('never calls a plan an update: a deal to rebuild 300 homes and one to rebuild 400 disagree', () => {
    const idx = buildIndex([
      article('Harbour Post', '2031-02-03', ['The council said it planned to rebuild about 300 homes in Brellin by the end of the year.']),
      article('Coast Wire', '2031-02-04', ['The council said it planned to rebuild almost 400 homes in Brellin by the end of the year.']),
      article('Valley News', '2031-02-04', ['Schools in the valley stayed open.']),
    ]);
    expect(idx.conflicts.filter((c) => c.values.some((v) => v.value === 400)).map((c) => c.kind)).toEqual(['disagreement']);
  });

  it("never calls a past event's toll an update: it cannot change from one day to the next", () => {
    const idx = buildIndex([
      article('Harbour Post', '2031-02-03', ['The town has not flooded so badly since 1958, when a storm killed 40 people in Brellin.']),
      article('Coast Wire', '2031-02-04', ['The town has not flooded so badly since 1958, when a storm killed 60 people in Brellin.']),
      article('Valley News', '2031-02-04', ['Schools in the valley stayed open.']),
    ]);
    expect(idx.conflicts.map((c) => c.kind)).toEqual(['disagreement']);
  });
});

describe('a count and its breakdown', () => {
  it('sets a place\'s figure against the same place\'s figure, not against the total its breakdown is of', () => {
    const idx = buildIndex([
      article('Harbour Post', '2031-02-03', ['On Monday officials listed at least seven people as missing: six in Tarnby, a hamlet in the hills, and one lorry driver on the coast road.']),
      article('Coast Wire', '2031-02-03', ['In the hill hamlet of Tarnby, five people remain missing, the police said.']),
      article('Valley News', '2031-02-03', ['Schools in the valley stayed open.']),
    ]);
    const missing = disagreements(idx).filter((c) => c.values.some((v) => v.value === 5));
    expect(missing.map((c) => c.values.map((v) => v.value))).toEqual([[5, 6]]);
  });
});

describe('updates that are no updates', () => {
  const missing = (later: string) =>
    buildIndex([
      article('Harbour Post', '2031-02-03', ['Six people were missing in Tarnby after the river burst its banks, the police said.']),
      article('Coast Wire', '2031-02-04', [later]),
      article('Valley News', '2031-02-04', ['Schools in the valley stayed open.']),
    ]).conflicts.filter((c) => c.values.some((v) => v.value === 6));

  it('sets a later lower bound against the earlier figure it already meets ("five or more" after six)', () => {
    expect(missing('Five or more people remain missing in Tarnby after the river burst its banks, the police said.').map((c) => c.kind)).toEqual(['disagreement']);
  });

  it('still shows a missing count that falls to a new exact figure as an update', () => {
    expect(missing('Two people remain missing in Tarnby after the river burst its banks, the police said.').map((c) => c.kind)).toEqual(['update']);
  });

  it('sets a smaller toll on a later day against the earlier one: a toll only rises', () => {
    const idx = buildIndex([
      article('Harbour Post', '2031-02-03', ['The storm in Brellin has killed 19 people, officials said on Monday.']),
      article('Coast Wire', '2031-02-04', ['The storm in Brellin has killed 13 people, officials said on Tuesday.']),
      article('Valley News', '2031-02-04', ['Schools in the valley stayed open.']),
    ]);
    expect(idx.conflicts.filter((c) => c.values.some((v) => v.value === 13)).map((c) => c.kind)).toEqual(['disagreement']);
  });

  it('shows a toll outlets disagree on within a day beside how it rose across the days', () => {
    const idx = buildIndex([
      article('Harbour Post', '2031-02-03', ['The storm in Brellin has killed 12 people, officials said on Monday.']),
      article('Coast Wire', '2031-02-04', ['The storm in Brellin has killed at least 19 people, officials said on Tuesday.']),
      article('Valley News', '2031-02-04', ['The storm in Brellin has now killed 21 people, officials said on Tuesday.']),
    ]);
    const shown = idx.conflicts.map((c) => [c.kind, c.values.map((v) => [v.value, v.published])]);
    expect(shown).toEqual([
      ['disagreement', [[19, '2031-02-04'], [21, '2031-02-04']]],
      ['update', [[12, '2031-02-03'], [21, '2031-02-04']]],
    ]);
  });

  it('reads the bodies an outlet counts beside its toll as another count of the dead, not a rival of another outlet\'s toll', () => {
    const idx = buildIndex([
      article('Harbour Post', '2031-02-03', ['Officials said on Monday that the storm in Brellin had killed 12 people.']),
      article('Coast Wire', '2031-02-04', ['Officials said on Tuesday that the storm in Brellin had killed 64 people, after the coastguard recovered 61 bodies.']),
      article('Valley News', '2031-02-04', ['At least 61 people have died in the storm in Brellin, the regional agency said on Tuesday.']),
    ]);
    expect(disagreements(idx)).toEqual([]);
  });

  it('never reads a count over several places combined as an update of one place\'s count', () => {
    const idx = buildIndex([
      article('Harbour Post', '2031-02-03', ['Tarnby officials have reported two deaths and Oskby one.']),
      article('Coast Wire', '2031-02-04', ['Three deaths had already been reported in Oskby and Tarnby combined.']),
      article('Valley News', '2031-02-04', ['Schools in the valley stayed open.']),
    ]);
    expect(idx.conflicts).toEqual([]);
  });
});

describe('ages', () => {
  it("does not set one person's age against another's because both are written with \"aged\"", () => {
    const idx = buildIndex([
      article('Harbour Post', '2031-02-03', ['Both crew who survived, a male deckhand named Brandl, 33, and a female cook aged 25, remain in hospital in Brellin.']),
      article('Coast Wire', '2031-02-03', ['Brandl, a deckhand aged 32, was taken to the Brellin harbour hospital, where nurses said he seemed confused.']),
      article('Valley News', '2031-02-03', ['Schools in the valley stayed open.']),
    ]);
    expect(disagreements(idx).filter((c) => c.values.some((v) => v.value === 25))).toEqual([]);
  });

  it("sets one person's two ages against each other however differently the outlets describe them", () => {
    const idx = buildIndex([
      article('Harbour Post', '2031-02-03', ['Both crew who survived, a male deckhand named Brandl, 33, and a female cook aged 25, remain in hospital in Brellin.']),
      article('Coast Wire', '2031-02-03', ['Brandl, a deckhand aged 32, was taken to the Brellin harbour hospital, where nurses said he seemed confused.']),
      article('Valley News', '2031-02-03', ['Schools in the valley stayed open.', 'Roe, 41, and Oskby, 30, run the bakery; Tarnby, 58, sells fish.']),
    ]);
    const age = disagreements(idx).find((c) => c.topic === 'age (Brandl)');
    expect(age?.values.map((v) => v.label)).toEqual(['aged 32', '33']);
  });

  it('reads the age after a hyphenated name ("Kim Tae-ro, 68") as that person\'s, so two outlets\' ages for him disagree', () => {
    const idx = buildIndex([
      article('Harbour Post', '2031-02-03', ['The captain, Kim Tae-ro, 68, was among those rescued, the coast guard said.']),
      article('Coast Wire', '2031-02-04', ['Kim Tae-ro, 69, was filmed stepping off a coast guard boat in Brellin.']),
      article('Valley News', '2031-02-03', ['Schools in the valley stayed open.']),
    ]);
    const age = disagreements(idx).find((c) => c.topic.startsWith('age'));
    expect(age?.values.map((v) => v.value)).toEqual([68, 69]);
  });

  it("reads an age as a named person's only in apposition, not as the age of whoever the sentence names first", () => {
    const idx = buildIndex([
      article('Harbour Post', '2031-02-03', ['In Brellin, Brandl hired a deckhand aged 19 for the winter season at the harbour.']),
      article('Coast Wire', '2031-02-03', ['Brandl, 52, has run the Brellin harbour ferry for the winter season since his youth.']),
      article('Valley News', '2031-02-03', ['Schools in the valley stayed open.']),
    ]);
    expect(disagreements(idx).filter((c) => c.topic.startsWith('age'))).toEqual([]);
  });

  it('does not set a father\'s age against his son\'s: one surname, two given names', () => {
    const idx = buildIndex([
      article('Harbour Post', '2031-02-03', ['Among the dead was Ivo Brandl, the 19-year-old who had joined his father on the ferry from Brellin.']),
      article('Coast Wire', '2031-02-03', ['Marek Brandl, 48, ran the Brellin harbour ferry for twenty years.']),
      article('Valley News', '2031-02-03', ['Schools in the valley stayed open.']),
    ]);
    expect(disagreements(idx).filter((c) => c.topic.startsWith('age'))).toEqual([]);
  });

  it('does not set an age range over several people against one person\'s age', () => {
    const idx = buildIndex([
      article('Harbour Post', '2031-02-03', ['Four residents of the care home in Brellin, aged 70 to 80, drowned when the water rose.']),
      article('Coast Wire', '2031-02-03', ['A resident of the care home in Brellin aged 71 drowned when the water rose.']),
      article('Valley News', '2031-02-03', ['Schools in the valley stayed open.']),
    ]);
    expect(disagreements(idx).filter((c) => c.topic.startsWith('age'))).toEqual([]);
  });
});

describe('shares', () => {
  it("sets one company's share fall against another outlet's figure for it, never against another company's", () => {
    const idx = buildIndex([
      article('Harbour Post', '2031-02-03', ['Shares in the ferry operator Tarnsoft slid by more than 12% in premarket trade, while its insurer Velmar was down by more than 1%.']),
      article('Coast Wire', '2031-02-03', ["Velmar's shares fell more than 3% before the open but soon recovered to around Thursday's close."]),
      article('Valley News', '2031-02-03', ['Schools in the valley stayed open.']),
    ]);
    const shares = disagreements(idx).filter((c) => c.topic.startsWith('share'));
    expect(shares.map((c) => [c.of, c.values.map((v) => v.label)])).toEqual([['Velmar', ['more than 1%', 'more than 3%']]]);
  });

  /** The share disagreements of two outlets' lines, each as whose shares and its sides as written. */
  const shareSides = (harbour: string[], coast: string[]) =>
    disagreements(buildIndex([article('Harbour Post', '2031-02-03', harbour), article('Coast Wire', '2031-02-03', coast), article('Valley News', '2031-02-03', ['Schools in the valley stayed open.'])]))
      .filter((c) => c.topic.startsWith('share'))
      .map((c) => [c.of, c.values.map((v) => v.label ?? `${v.value}%`)]);
  const tumbled = 'Shares in the ferry operator Tarnsoft tumbled on Monday as the harbour stayed shut.';

  it('reads "the stock" and "It" after a sentence about one company\'s shares as that company\'s, so its figure meets another outlet\'s', () => {
    const harbour = [tumbled, 'The stock was down by as much as 18% early on, touching a low of $41.', 'It recovered part of the loss once trading began and was about 7% lower.'];
    expect(shareSides(harbour, ["Tarnsoft's shares were 10% lower at the close."])).toEqual([['Tarnsoft', ['about 7%', '10%']]]);
  });

  it('leaves a share no one owns in its clause alone when the sentence before names two companies\' shares, or none, and the stock market\'s share to itself', () => {
    const recovered = 'It recovered part of the loss once trading began and was about 7% lower.';
    expect(shareSides(['Tarnsoft shares fell and Velmar shares rose on Monday as the harbour stayed shut.', recovered], ["Tarnsoft's shares were 10% lower at the close."])).toEqual([]);
    expect(shareSides(['The harbour stayed shut on Monday as the storm went on.', recovered], ["Tarnsoft's shares were 10% lower at the close."])).toEqual([]);
    // "The stock market" is every company's shares, not the one named before.
    expect(shareSides([tumbled, 'The stock market was about 7% lower once trading began.'], ["Tarnsoft's shares were 10% lower at the close."])).toEqual([]);
  });

  it('sets one company\'s shares at one part of the trading day against each other however worded (the afternoon and the close are the day\'s move), never a premarket figure against the close', () => {
    const harbour = [
      tumbled,
      'Before the opening bell the stock was down by as much as 18%, touching a low of $41 against the previous closing price of $50.',
      'It recovered part of the loss once trading began and by mid-afternoon was about 7% lower.',
    ];
    expect(shareSides(harbour, ['Tarnsoft shares slid by more than 12% in premarket trade.', "Tarnsoft's shares ended the day 10% lower."])).toEqual([
      ['Tarnsoft', ['more than 12%', 'as much as 18%']],
      ['Tarnsoft', ['about 7%', '10%']],
    ]);
  });

  it('never sets a rise against a fall unless both are said of one company', () => {
    const revenue = 'The insurer reported on Tuesday that revenue rose 4% in its third quarter, and its shares jumped more than 7% on Wednesday.';
    expect(shareSides([revenue], ['Tarnsoft shares closed down 11% on Wednesday after the third quarter report.'])).toEqual([]);
    expect(shareSides(['Tarnsoft shares jumped more than 7% on Wednesday after the third quarter report.'], ['Tarnsoft shares closed down 11% on Wednesday after the third quarter report.'])).toEqual([
      ['Tarnsoft', ['more than 7%', '11%']],
    ]);
  });

  it('reads which way a share moved from the word nearest it in its clause', () => {
    const way = (text: string, value: string) => directionOf(text, text.indexOf(value), text.indexOf(value) + value.length);
    const rivals = 'Rivals Velmar and Oskby rose 2% and 8%, and Tarnsoft closed down 0.7%.';
    expect([way(rivals, '2%'), way(rivals, '8%'), way(rivals, '0.7%')]).toEqual(['up', 'up', 'down']);
    expect(way('It recovered part of the loss and was about 9% lower.', '9%')).toBe('down');
    expect(way('20% of the ferries were cancelled.', '20%')).toBe('');
  });

  it('reads when in the trading day a share was read from its own clause, the nearest moment first', () => {
    const at = (text: string, value: string) => momentOf(text, text.indexOf(value), text.indexOf(value) + value.length);
    expect(at('Velmar shares slid by more than 12% in premarket trade, while Tarnsoft closed 1% higher.', '12%')).toBe('premarket');
    expect(at('Velmar shares slid by more than 12% in premarket trade, while Tarnsoft closed 1% higher.', '1%')).toBe('close');
    expect(at("Velmar's shares fell more than 3% before the open but soon returned to around Thursday's close of $40.", '3%')).toBe('premarket');
    expect(at('The stock was down 18%, against the previous closing price of $50.', '18%')).toBe('');
    expect(at('Velmar rose 2% in after-hours trading.', '2%')).toBe('after-hours');
  });
});

describe('a population is no count of what happened', () => {
  it('reads "a town of some 2,800 people" and "home to 900 people" as populations, a toll as none', () => {
    const idx = buildIndex([
      article('Harbour Post', '2031-02-03', [
        'The storm killed 15 people in this small farming town.',
        'The town of some 2,800 people is in Oxley County, in the farming country.',
        'Brellin, home to 900 people, lost power overnight.',
      ]),
    ]);
    const read = (needle: string) => {
      const s = idx.sentences.find((x) => x.text.includes(needle))!;
      return slotValues(s).filter((v) => v.kind === 'count').map((v) => isPopulation(s, v));
    };
    expect(read('2,800')).toEqual([true]);
    expect(read('900 people')).toEqual([true]);
    expect(read('killed 15')).toEqual([false]);
  });
});

describe('amounts of money', () => {
  it('sets two outlets\' amounts for one payment against each other, as written with their currency', () => {
    const idx = buildIndex([
      article('Harbour Post', '2031-02-03', ['The regional council approved emergency aid of $4.2 million for the harbour repairs on Monday.']),
      article('Coast Wire', '2031-02-03', ['On Monday the regional council approved $3.9m in emergency aid for the harbour repairs.']),
      article('Valley News', '2031-02-03', ['Schools in the valley stayed open.']),
    ]);
    const amounts = disagreements(idx).filter((c) => c.topic.startsWith('amount'));
    expect(amounts.map((c) => c.values.map((v) => [v.value, v.unit, v.label]))).toEqual([
      [
        [3_900_000, '$', '$3.9m'],
        [4_200_000, '$', '$4.2 million'],
      ],
    ]);
  });

  it('sets the one daily amount each of two outlets gives against the other, however the rate is written', () => {
    const aside = ['Ferries to the islands were cancelled until further notice.', 'The harbour wall had been raised after the last storm.'];
    const idx = buildIndex([
      article('Harbour Post', '2031-02-03', ['The harbour master told Tarnby television that the port was losing about $14 million in revenue for every day it was closed.', ...aside]),
      article('Coast Wire', '2031-02-04', ["The port authority's chief, Ivo Roe, had warned that the closure was costing Brellin $17 million a day in lost fees.", ...aside]),
      article('Valley News', '2031-02-03', ['Schools in the valley stayed open.']),
    ]);
    expect(disagreements(idx).filter((c) => c.values.some((v) => v.value === 14e6) && c.values.some((v) => v.value === 17e6))).toHaveLength(1);
  });

  it('never sets one currency against another, and reads "€5m" as money, not metres', () => {
    const idx = buildIndex([
      article('Harbour Post', '2031-02-03', ['The regional council approved emergency aid of US$4.2 million (S$5.6 million) for the harbour repairs on Monday.']),
      article('Coast Wire', '2031-02-03', ['On Monday the regional council approved €5m in emergency aid for the harbour repairs.']),
      article('Valley News', '2031-02-03', ['Schools in the valley stayed open.']),
    ]);
    expect(disagreements(idx)).toEqual([]);
    const s = idx.sentences.find((x) => x.text.includes('€5m'))!;
    expect(slotValues(s).map((v) => [v.kind, v.value, v.unit])).toEqual([['money', 5_000_000, '€']]);
  });
});

describe('a list of values of one noun', () => {
  it('reads each value of a list by its own words and the words said of the whole list ("40 relief boats and 6 fuel boats had sailed")', () => {
    const idx = buildIndex([
      article('Harbour Post', '2031-02-03', ['A coastguard officer, who asked not to be named, said 40 relief boats and 6 fuel boats had sailed into the harbour through the eastern channel.']),
      article('Coast Wire', '2031-02-03', ['The port director said on the radio that more than 90 boats sailed into Brellin on Monday, with no fewer than 30 of them carrying food to the old quarter.']),
      article('Valley News', '2031-02-03', ['Schools in the valley stayed open.']),
    ]);
    // Read word by word, "had sailed" stands nearer the 6, and "relief" beside the 6 too: the 6 was the 90's rival.
    expect(disagreements(idx).map((c) => c.values.map((v) => v.value))).toEqual([[40, 90]]);
  });
});

describe('gaps between events and lengths', () => {
  it('never sets the gap from one event to another ("an hour after the evacuation should have begun") against how late it was', () => {
    const idx = buildIndex([
      article('Harbour Post', '2031-02-03', ['Witnesses said the old pier collapsed about an hour after the evacuation should have begun.']),
      article('Coast Wire', '2031-02-03', ['The evacuation began almost three hours behind schedule because the relay station had lost power.']),
      article('Valley News', '2031-02-03', ['Schools in the valley stayed open.']),
    ]);
    expect(disagreements(idx)).toEqual([]);
    // Two gaps from the same event still disagree.
    const gaps = buildIndex([
      article('Harbour Post', '2031-02-03', ['Witnesses said the old pier collapsed about an hour after the evacuation should have begun.']),
      article('Coast Wire', '2031-02-03', ['The old pier collapsed two hours after the evacuation had begun, the coastguard said.']),
      article('Valley News', '2031-02-03', ['Schools in the valley stayed open.']),
    ]);
    expect(disagreements(gaps).map((c) => c.values.map((v) => v.value))).toEqual([[1, 2]]);
  });
});

describe('a disagreement needs the same subject and the same scope', () => {
  const vote = (outlet: string, lines: string[]) =>
    makeArticle({
      file: `${outlet.toLowerCase().replace(/\W+/g, '-')}.txt`,
      outlet,
      published: '2031-06-06',
      text: `Larks sweep Morland vote\n\n${[
        'The Larks swept to power in the Morland general election, ending a decade of Unity Party rule.',
        'Counting went on through the night in the Morland capital, Oskvale, and in the northern province of Tarnby.',
        ...lines,
      ].join('\n\n')}`,
    });
  const seatFights = (idx: ReturnType<typeof buildIndex>) => disagreements(idx).filter((c) => c.values.some((v) => v.unit === 'seats'));

  it('sets no party\'s seats against another\'s ("his party won five" against "the Larks won 388")', () => {
    const idx = buildIndex([
      vote('Harbour Post', ['Tomas Velk was elected for the first time; his party won five seats in all.']),
      vote('Coast Wire', ['The Larks won 388 seats, far more than the 301 needed for a majority.']),
      vote('Valley News', ['Schools in Oskvale stayed open.']),
    ]);
    expect(seatFights(idx)).toEqual([]);
  });

  it('sets no region\'s count against the whole ("In Tarnby, the Larks won 23 of the 41 seats")', () => {
    const idx = buildIndex([
      vote('Harbour Post', ['In Tarnby, the Larks won 23 of the 41 seats, while the Unity Party fell to six.']),
      vote('Coast Wire', ['The Larks won 388 seats, far more than the 301 needed for a majority.']),
      vote('Valley News', ['Schools in Oskvale stayed open.']),
    ]);
    expect(seatFights(idx)).toEqual([]);
  });

  it('still flags one party\'s seats counted two ways, and counts whose sentences open with no name ("Rescuers found")', () => {
    const idx = buildIndex([
      vote('Harbour Post', ['The Larks won 388 seats, far more than the 301 needed for a majority.', 'Rescuers found 12 ballot boxes dumped in the river near Oskvale.']),
      vote('Coast Wire', ['With all but one seat declared, the Larks had won 381 seats, far more than the 301 needed for a majority.', 'Officials found 14 ballot boxes dumped in the river near Oskvale.']),
      vote('Valley News', ['Schools in Oskvale stayed open.']),
    ]);
    expect(seatFights(idx).map((c) => c.values.map((v) => v.value))).toEqual([[381, 388]]);
    // The counted noun is said once, as what is counted, not again among the words both sides share.
    expect(seatFights(idx)[0]!.topic).not.toMatch(/\(.*\bseats\b/);
    expect(disagreements(idx).some((c) => c.values.some((v) => v.value === 12) && c.values.some((v) => v.value === 14))).toBe(true);
  });

  it('sets no toll fronted by a place against a toll with no place ("In Tarnby, 12 people were killed")', () => {
    const idx = buildIndex([
      vote('Harbour Post', ['In Tarnby, 12 people were killed when a polling station roof collapsed during the count.']),
      vote('Coast Wire', ['A polling station roof collapsed during the count, and 14 people were killed.']),
      vote('Valley News', ['Schools in Oskvale stayed open.']),
    ]);
    expect(disagreements(idx).filter((c) => c.values.some((v) => v.value === 12))).toEqual([]);
    const unscoped = buildIndex([
      vote('Harbour Post', ['A polling station roof collapsed during the count, and 12 people were killed.']),
      vote('Coast Wire', ['A polling station roof collapsed during the count, and 14 people were killed.']),
      vote('Valley News', ['Schools in Oskvale stayed open.']),
    ]);
    expect(disagreements(unscoped).filter((c) => c.values.some((v) => v.value === 12)).length).toBe(1);
  });

  it('sets a share fronted by a country against a share of its people ("In Marrain, 58% of voters" against "63% of Marrons")', () => {
    const idx = buildIndex([
      vote('Harbour Post', ['In Marrain, a poll published on Saturday found that 58 per cent of voters believed the count had been fair.']),
      vote('Coast Wire', ['A snap survey found that 63% of Marrons believed the count had been fair.']),
      vote('Valley News', ['Schools in Oskvale stayed open.']),
    ]);
    expect(disagreements(idx).filter((c) => c.values.some((v) => v.value === 58) && c.values.some((v) => v.value === 63)).length).toBe(1);
  });
});

describe('a record\'s reach and a ceiling are no values of the slot they sit beside', () => {
  const trial = (outlet: string, lines: string[]) =>
    makeArticle({
      file: `${outlet.toLowerCase().replace(/\W+/g, '-')}.txt`,
      outlet,
      published: '2031-09-12',
      text: `Harbour broker sentenced\n\n${[
        'A court in Oskvale sentenced the harbour broker Ivo Marel for defrauding the port authority of its reserve fund.',
        'Marel, who ran the Oskvale harbour brokerage for a decade, was convicted in the spring on six counts of fraud.',
        ...lines,
      ].join('\n\n')}`,
    });
  const yearFights = (idx: ReturnType<typeof buildIndex>) => disagreements(idx).filter((c) => c.values.some((v) => v.unit === 'years'));

  it('reads no count of years from a record\'s reach ("its worst defeat in more than 60 years"), only from a length of time', () => {
    const idx = buildIndex([
      trial('Harbour Post', ['The Lark leader, who took over a party reeling from its worst defeat since 1990, spent three years rebuilding the party.']),
      trial('Coast Wire', ['In 2027 the Lark party suffered its worst defeat in more than 60 years, and its first loss for 12 years.']),
      trial('Valley News', ['Schools in Oskvale stayed open.']),
    ]);
    const years = idx.sentences.flatMap((s) => slotValues(s)).filter((v) => v.unit === 'years').map((v) => v.value);
    expect(years).toEqual([3]);
    expect(yearFights(idx)).toEqual([]);
  });

  it('sets no "maximum sentence of 90 years" against the sentence given, but flags two sentences given', () => {
    const idx = buildIndex([
      trial('Harbour Post', ['Marel was led out of the court facing 18 years in prison.']),
      trial('Coast Wire', ['Marel had faced a maximum sentence of 90 years in prison.']),
      trial('Valley News', ['Schools in Oskvale stayed open.']),
    ]);
    expect(yearFights(idx)).toEqual([]);
    const given = buildIndex([
      trial('Harbour Post', ['Marel was led out of the court facing 18 years in prison.']),
      trial('Coast Wire', ['Marel was led out of the court facing 16 years in prison.']),
      trial('Valley News', ['Schools in Oskvale stayed open.']),
    ]);
    expect(yearFights(given).map((c) => c.values.map((v) => v.value))).toEqual([[16, 18]]);
  });
});

describe('a count listed with others of its noun', () => {
  it('is a part of the total another outlet gives, not a rival to it', () => {
    const idx = buildIndex([
      article('Harbour Post', '2031-02-03', ['A jury found the harbour master guilty of two counts of fraud and five counts of conspiracy over the storm repairs.']),
      article('Coast Wire', '2031-02-03', ['The harbour master was found guilty of seven counts of fraud and conspiracy over the storm repairs.']),
    ]);
    expect(disagreements(idx).filter((c) => c.values.some((v) => v.unit === 'counts'))).toEqual([]);
  });

  it('still disagrees with a total it does not add up to', () => {
    const idx = buildIndex([
      article('Harbour Post', '2031-02-03', ['A jury found the harbour master guilty of two counts of fraud and five counts of conspiracy over the storm repairs.']),
      article('Coast Wire', '2031-02-03', ['The harbour master was found guilty of nine counts of fraud and conspiracy over the storm repairs.']),
    ]);
    expect(disagreements(idx).filter((c) => c.values.some((v) => v.unit === 'counts')).map((c) => c.values.map((v) => v.value))).toEqual([[2, 9]]);
  });
});

describe('lengths of time', () => {
  it('reads "an hour and 45 minutes" whole, and "every 30 minutes" as how often, not how long', () => {
    const idx = buildIndex([
      article('Harbour Post', '2031-02-03', ['The ferry lost radio contact about an hour and 45 minutes into the crossing from Brellin, the coastguard said.']),
      article('Coast Wire', '2031-02-03', ['A patrol plane heard knocking from the hull of the Brellin ferry every 30 minutes, the coastguard said.']),
      article('Valley News', '2031-02-03', ['The Brellin ferry lost radio contact roughly an hour and 45 minutes into the crossing.']),
    ]);
    const s = idx.sentences.find((x) => x.text.includes('an hour and 45'))!;
    expect(slotValues(s).map((v) => [v.label, v.value])).toContainEqual(['an hour and 45 minutes', 105]);
    expect(slotValues(idx.sentences.find((x) => x.text.includes('every 30'))!).filter((v) => v.value === 30)).toEqual([]);
    expect(disagreements(idx)).toEqual([]);
  });
});

describe('distances in yards and feet, converted figures, and local time', () => {
  const show = (idx: ReturnType<typeof buildIndex>) => disagreements(idx).map((c) => c.values.map((v) => v.label ?? v.value).join(' vs '));

  it('flags two outlets\' distances in yards, not the conversion in brackets against the other outlet', () => {
    const idx = buildIndex([
      article('Harbour Post', '2031-07-14', ['The gunman fired from the roof of a warehouse about 120 yards (110 metres) from the stage, outside the perimeter.']),
      article('Coast Wire', '2031-07-16', ['The roof from which the gunman fired was about 160 yards (146 metres) from the stage, well within range.']),
      article('Valley News', '2031-07-15', ['The rally went ahead in the afternoon.']),
    ]);
    expect(show(idx)).toContain('120 yards vs 160 yards');
  });

  it('reads one depth told in feet by two outlets as one slot', () => {
    const idx = buildIndex([
      article('Harbour Post', '2031-06-20', ['The wreck lies about 11,500 feet (3,500 metres) down, far east of the cape.']),
      article('Coast Wire', '2031-06-21', ['The wreck sits about 12,000 feet below the surface, where the water is completely dark.']),
      article('Valley News', '2031-06-21', ['The search went on through the night.']),
    ]);
    expect(show(idx)).toContain('11,500 feet vs 12,000 feet');
  });

  it('takes "local time" for the story\'s own clock', () => {
    const idx = buildIndex([
      article('Harbour Post', '2031-07-14', ['Shots rang out at 5:12 p.m. on Saturday as the candidate spoke at the rally.']),
      article('Coast Wire', '2031-07-16', ['The gunman opened fire at the rally at 5.17pm local time on Saturday as the candidate spoke.']),
      article('Valley News', '2031-07-15', ['The rally went ahead in the afternoon.']),
    ]);
    expect(show(idx).join('; ')).toMatch(/5:12 p\.m\. vs 5\.17pm|5\.17pm vs 5:12 p\.m\./);
  });
});

describe('one person\'s age, a count\'s own modifiers, the one count of its noun, and a count said to have changed', () => {
  const show = (idx: ReturnType<typeof buildIndex>) => idx.conflicts.map((c) => `${c.kind}: ${c.values.map((v) => v.label ?? v.value).join(' vs ')}`);

  it('sets one person\'s two ages against each other though one sentence opens with a place', () => {
    const idx = buildIndex([
      article('Harbour Post', '2031-07-08', ['The risks were laid bare on Friday, when Ivo Brandl, 41, a former diver who had volunteered, died in the tunnel.']),
      article('Coast Wire', '2031-07-09', ['In Tarnby, the celebrations have been tempered by the loss of Ivo Brandl, 42, the former diver who died on Friday.']),
      article('Valley News', '2031-07-08', ['The rescue went on through the night.']),
    ]);
    expect(show(idx)).toContain('disagreement: 41 vs 42');
  });

  it('sets one person\'s two ages against each other though one sentence recalls a past year', () => {
    const idx = buildIndex([
      article('Harbour Post', '2031-03-12', ['Ivo Brandl, 55, the bank\'s chief executive since 2021, tried to calm customers on Thursday.']),
      article('Coast Wire', '2031-03-13', ['Bank chief executive Ivo Brandl, 54, has come under fire after he sold shares two weeks before the collapse.']),
      article('Valley News', '2031-03-12', ['Depositors queued outside branches.']),
    ]);
    expect(show(idx)).toContain('disagreement: 54 vs 55');
  });

  it('reads the words between a count and its noun ("foreign divers") as part of what it counts', () => {
    const idx = buildIndex([
      article('Harbour Post', '2031-07-08', ['The operation began at dawn, with 11 foreign divers and four members of the navy going into the cave one at a time.']),
      article('Coast Wire', '2031-07-09', ['A recap for readers: on Sunday a team of 16 foreign divers and four navy frogmen brought out the first boys.']),
      article('Valley News', '2031-07-08', ['The rescue went on through the night.']),
    ]);
    expect(show(idx)).toContain("disagreement: 11 vs 16");
  });

  it('sets the one count of a noun each of two outlets gives against the other, when their clauses share a word', () => {
    const idx = buildIndex([
      article('Harbour Post', '2031-03-24', ['The ship was carrying about 18,900 containers on this voyage to Oskby, according to people familiar with its loading.']),
      article('Coast Wire', '2031-03-24', ['The ship ran aground near the southern mouth of the canal with more than 17,100 containers on board for its voyage.']),
      article('Valley News', '2031-03-24', ['Tugs worked through the night.']),
    ]);
    expect(show(idx).join('; ')).toMatch(/containers.* vs .*containers/);
  });

  it('keeps two outlets\' counts of one noun apart when either outlet gives another count of it', () => {
    const idx = buildIndex([
      article('Harbour Post', '2031-03-24', ['The ship was carrying about 18,900 containers on this voyage to Oskby, according to people familiar with its loading.']),
      article('Coast Wire', '2031-03-24', [
        'The ship ran aground near the southern mouth of the canal with more than 17,100 containers on board for its voyage.',
        'Its owners said it can carry 20,000 containers when full.',
      ]),
      article('Valley News', '2031-03-24', ['Tugs worked through the night.']),
    ]);
    expect(show(idx).join("; ")).not.toMatch(/17,100/);
  });

  it('shows a count a later outlet says changed ("up from") as an update, not a disagreement', () => {
    const idx = buildIndex([
      article('Harbour Post', '2031-09-13', ['The union said pickets were staffed at 12 sites around the assembly plants as the strike began.']),
      article('Coast Wire', '2031-09-14', ['The union said pickets were staffed at 22 sites around the assembly plants, up from a dozen the day before.']),
      article('Valley News', '2031-09-13', ['The plant fell silent.']),
    ]);
    expect(show(idx)).toContain('update: 12 vs 22');
  });
});

describe('a name before a count\'s noun, and round figures all but equal', () => {
  it('reads the company a story is about, between a count and its noun, as no narrower scope ("100 Velco customer records")', () => {
    const lines = (n: string) => [
      'Velco, the telecoms company, said hackers had stolen the data of millions of Velco customers.',
      'Velco apologised to its customers on Friday.',
      `The hacker had posted a sample of ${n} online to prove the data was real and demanded a ransom in cryptocurrency.`,
    ];
    const idx = buildIndex([
      article('Harbour Post', '2031-09-26', lines('100 Velco customer records')),
      article('Coast Wire', '2031-09-26', lines('200 records')),
      article('Valley News', '2031-09-26', ['Velco shares fell on Monday.', 'Velco said the police were investigating.']),
    ]);
    expect(disagreements(idx).map((c) => c.values.map((v) => v.value).join(' vs '))).toContain('100 vs 200');
  });

  it('sets no "more than 13 million" against "about 13.1 million": one figure rounded two ways', () => {
    const idx = buildIndex([
      article('Harbour Post', '2031-02-18', ['More than 13 million residents, nearly half the region, were told to boil their water on Thursday because of burst pipes.']),
      article('Coast Wire', '2031-02-18', ['Boil-water notices covered about 13.1 million residents, nearly half the region, on Thursday as treatment plants lost power.']),
      article('Valley News', '2031-02-18', ['The cold snap eased on Friday.']),
    ]);
    expect(disagreements(idx).filter((c) => c.values.some((v) => v.value === 13_100_000))).toEqual([]);
  });
});

describe('a sum for each of a group, and a plan that is none', () => {
  it('reads "for each worker" and "each worker would receive" as a sum to each, whichever way it is written', () => {
    const idx = buildIndex([article('Harbour Post', '2031-11-29', [
      'The chief minister announced Rs 2 lakh in financial help for each worker.',
      'He said each worker would receive Rs 1 lakh from the state.',
    ])]);
    const values = idx.sentences.flatMap((s) => slotValues(s)).filter((v) => /lakh/.test(v.label));
    expect(values.map((v) => v.perParty)).toEqual([true, true]);
  });

  it('sets two sums one noun names against each other, though one is told as refused and one as owed', () => {
    const idx = buildIndex([
      article('Harbour Post', '2031-08-03', ['Tarnby are refusing to pay Roe a loyalty bonus of €24m that was due this summer under the contract he signed.']),
      article('Coast Wire', '2031-08-04', ['Those talks include a loyalty bonus worth €26 million that the player was due this summer under his contract.']),
      article('Valley News', '2031-08-03', ['Fans gathered outside the stadium.', 'The club shop sold out of shirts.']),
    ]);
    expect(disagreements(idx).map((c) => c.values.map((v) => v.label).join(' vs '))).toContain('€24m vs €26 million');
  });

  it('reads "set out £43bn of cuts" as something done, not a plan', () => {
    const idx = buildIndex([article('Harbour Post', '2031-10-20', ['The chancellor set out £43bn of unfunded tax cuts in September.'])]);
    const s = idx.sentences.find((x) => x.text.includes('£43bn'))!;
    expect(slotValues(s).find((v) => v.kind === 'money')!.planned).toBe(false);
  });
});

describe('a past year in another clause', () => {
  it('does not date a length: "Delivered in 2018 …, it is 400 metres long" is the ship\'s length today', () => {
    const idx = buildIndex([
      article('Harbour Post', '2031-03-24', ['Delivered in 2018 by a Tarnby shipyard, the container ship is 400 metres long.']),
      article('Coast Wire', '2031-03-25', ['The container ship, 430 metres long, is among the largest afloat.']),
      article('Valley News', '2031-03-24', ['Tugs worked through the night.']),
    ]);
    expect(disagreements(idx).map((c) => c.values.map((v) => v.label).join(' vs '))).toContain('400 metres vs 430 metres');
  });
});

describe('whose shares', () => {
  it('reads the company of "Shares in Velco, Oskby\'s listed parent, closed 3.5 per cent lower"', () => {
    const idx = buildIndex([article('Harbour Post', '2031-09-26', ["Shares in Velco, Oskby's Tarn-listed parent, closed 3.5 per cent lower on Monday, their steepest fall in months."])]);
    const s = idx.sentences.find((x) => x.text.includes('3.5 per cent'))!;
    expect(slotValues(s).find((v) => v.kind === 'percent')!.holder).toBe('velco');
  });
});

describe('words of one meaning around a time', () => {
  it('reads a "decision" and a "ruling" published at two times as one moment told two ways', () => {
    const idx = buildIndex([
      article('Harbour Post', '2031-04-26', ['The Tarn Markets Authority published its final decision on the merger shortly after 7am, saying the offer did not go far enough.']),
      article('Coast Wire', '2031-04-26', ["The authority's ruling on the merger was published at 8am London time, and Velco said within hours it would appeal."]),
      // Enough other news that a word two sentences share is a rare one.
      article('Valley News', '2031-04-26', [
        'Shares in Velco fell in early trading.',
        'Analysts at Tarn Bank cut their forecasts for the games industry.',
        'Gamers reacted with dismay on social media.',
        'The company employs thousands of people across the country.',
        'Its cloud service launched two years ago.',
        'Rival firms stayed silent through the day.',
      ]),
    ]);
    expect(disagreements(idx).map((c) => c.values.map((v) => v.label).join(' vs '))).toContain('7am vs 8am');
  });
});

describe('a time told with its gap to another moment, and a time wished for', () => {
  const aside = ['The harbour wall had been raised after the last storm.', 'Ferries to the islands were cancelled until further notice.'];

  it('reads "at 11:05 p.m., about 50 minutes after the first call" as giving the first call\'s time, not a rival of it', () => {
    const idx = buildIndex([
      article('Harbour Post', '2031-02-03', ['Fire crews received the first call about people trapped at 10:15 p.m. on Saturday.', ...aside]),
      article('Coast Wire', '2031-02-04', ['Records show the police chief arrived at 11:05 p.m. on Saturday, about 50 minutes after the first call about people trapped.', ...aside]),
      article('Valley News', '2031-02-03', ['Schools in the valley stayed open.']),
    ]);
    expect(disagreements(idx).filter((c) => c.kind === 'disagreement' && c.topic.startsWith('time'))).toEqual([]);
  });

  it('still sets two times apart whose gaps lead to another moment ("6:34 p.m., almost four hours before the surge")', () => {
    const idx = buildIndex([
      article('Harbour Post', '2031-02-03', ['The first call warning of the surge came at 6:40 p.m., more than three hours before the harbour wall broke.', ...aside]),
      article('Coast Wire', '2031-02-04', ['The first call warning of the surge came at 6:34 p.m. on Saturday, almost four hours before the harbour wall broke.', ...aside]),
      article('Valley News', '2031-02-03', ['Schools in the valley stayed open.']),
    ]);
    expect(disagreements(idx).filter((c) => c.topic.startsWith('time'))).toHaveLength(1);
  });

  it('reads a time someone says should have been kept ("need someone to close it at 7 p.m.") as no time of what happened', () => {
    const idx = buildIndex([
      article('Harbour Post', '2031-02-03', ['The harbour authorities closed the sea gates at 10:15 p.m. on Saturday.', ...aside]),
      article('Coast Wire', '2031-02-04', ['"They just need someone with the authority to close the sea gates at 7 p.m., not at 10," the engineer said.', ...aside]),
      article('Valley News', '2031-02-03', ['Schools in the valley stayed open.']),
    ]);
    expect(disagreements(idx).filter((c) => c.topic.startsWith('time'))).toEqual([]);
  });
});

describe('a sentence that opens with a pronoun is about what the sentence before opens with', () => {
  const aside = ['Regulators met through the weekend in Oskby.', 'Depositors queued outside branches across Tarnby on Friday.'];
  const banks = (tarn: string) =>
    buildIndex([
      article('Harbour Post', '2031-03-13', ['Velby Bank, the main unit of Velby Financial Group, had deposits of about $175.4 billion at the end of 2030, according to regulators.', ...aside]),
      article('Coast Wire', '2031-03-13', [tarn, 'It had deposits of $88.6 billion at the end of 2030, making its failure the third-largest on record.', ...aside]),
      article('Valley News', '2031-03-13', ['Schools in the valley stayed open.', 'Velby Bank and Tarn Bank both lent to start-ups.']),
    ]);

  it('sets no bank\'s deposits told through "It" against another named bank\'s', () => {
    const idx = banks('Tarn Bank, a lender in Oskby with many clients in shipping, was closed on Sunday by regulators.');
    expect(disagreements(idx).filter((c) => c.values.some((v) => v.value === 88.6e9))).toEqual([]);
  });

  it('still sets them against each other when the sentence before opens with the same bank', () => {
    const idx = banks('Velby Bank, a lender in Oskby with many clients in shipping, was closed on Friday by regulators.');
    expect(disagreements(idx).filter((c) => c.values.some((v) => v.value === 88.6e9) && c.values.some((v) => v.value === 175.4e9))).toHaveLength(1);
  });
});

describe('a share of the body the sentence before opens with', () => {
  it('shows "The party took 34.7 per cent" as the share of the party named just before, with that name', () => {
    const aside = ['Counting went on through the night in Oskvale.', 'Turnout was low in the northern provinces.'];
    const idx = buildIndex([
      article('Harbour Post', '2031-07-05', ["Larks' triumph was built on a modest share of the vote.", 'The party took 33.7 per cent, the lowest ever for a party winning a majority.', ...aside]),
      article('Coast Wire', '2031-07-05', ['Larks won 411 of the 650 seats in the Morland parliament.', 'The party took 34.7 per cent of the vote, and the Unity Party fell to 121 seats.', ...aside]),
      article('Valley News', '2031-07-05', ['Schools in the valley stayed open.', 'The Larks and the Unity Party both campaigned in Oskvale.']),
    ]);
    const share = disagreements(idx).filter((c) => c.values.some((v) => v.value === 33.7) && c.values.some((v) => v.value === 34.7));
    expect(share.map((c) => [c.topic, c.of])).toEqual([['share (Larks)', 'Larks']]);
  });
});

// A made-up trial: two outlets time the jury's deliberation, one adding what the jury did after.
describe('how long something went on, with what came after it', () => {
  it('is a length, not a gap between two events, when "for" leads to it ("deliberated for more than 11 hours before …")', () => {
    const trial = (outlet: string, line: string) =>
      makeArticle({ file: `${outlet}.txt`, outlet, published: '2030-04-21', text: ['Jury convicts Roe in Tarnby', 'A jury in Tarnby found former officer Ivo Roe guilty on all counts on Tuesday.', 'Crowds outside the court cheered as the verdicts were read.', 'Roe will be sentenced in June.', 'The mayor asked residents to stay calm.', 'Shops in the centre closed early as a precaution.', 'Kell\'s family thanked the prosecutors.', line].join('\n\n') });
    const idx = buildIndex([
      trial('Tarn Post', 'The jury reached its decision after deliberating for about 10 hours over two days.'),
      trial('Oska Herald', 'The jury of seven women and five men had deliberated for more than 11 hours before sending a note to the judge that they had reached a verdict.'),
      trial('Velby Times', 'Traffic around the court was closed for the day.'),
    ]);
    expect(idx.conflicts.filter((c) => c.values.some((v) => v.value === 10) && c.values.some((v) => v.value === 11))).toHaveLength(1);
  });
});

describe('the one time each outlet gives for a moment, told in other words', () => {
  const article = storyArticles('Velco rocket explodes minutes after launch', [
    "Velco's new heavy rocket exploded over the sea minutes after its first launch, scattering debris along the coast.",
    'The company said the flight had gathered the data its engineers needed and that a second rocket was being readied.',
    'Aviation regulators said they would oversee an inquiry into the failure before any further flight was approved.',
    'Residents of nearby villages reported windows rattling and car alarms going off across the district.',
    'Environmental groups asked for a survey of the wetlands where pieces of the booster came down.',
    'Shares in the company\'s main suppliers fell in early trading after the explosion.',
  ]);

  it('sets one time against another when neither outlet gives any other time near them', () => {
    const idx = buildIndex([
      article('Harbour Post', '2031-04-20', ['The two-stage rocket lifted off from the launch site at Tarn Bay at 8:33 a.m., as crowds watched from the beaches.']),
      article('Daily Clarion', '2031-04-20', ['The monster roared off the pad at Tarn Bay at 8:28 a.m. local time in front of thousands of cheering fans.']),
      article('Coast Wire', '2031-04-20', ['Fishing boats were kept out of the bay all morning.']),
    ]);
    expect(conflictsBetween(idx, 8.28, 8.33)).toHaveLength(1);
    const a = ask(idx, 'At what time did the rocket lift off?');
    expect(a.status).toBe('disputed');
    expect(a.answer).toMatch(/8:28 a\.m\..*8:33 a\.m\./);
  });

  it('keeps them apart when an outlet gives another time near them: the two may be two moments', () => {
    const idx = buildIndex([
      article('Harbour Post', '2031-04-20', ['The two-stage rocket lifted off from the launch site at Tarn Bay at 8:33 a.m., as crowds watched from the beaches.', 'The countdown had been held at 8:20 a.m. for a valve check.']),
      article('Daily Clarion', '2031-04-20', ['The monster roared off the pad at Tarn Bay at 8:28 a.m. local time in front of thousands of cheering fans.']),
      article('Coast Wire', '2031-04-20', ['Fishing boats were kept out of the bay all morning.']),
    ]);
    expect(conflictsBetween(idx, 8.28, 8.33)).toHaveLength(0);
  });
});

describe('figures of one company or one day that are of two things', () => {
  const article = storyArticles('Velco agrees to be bought by its biggest shareholder', [
    "Velco's board agreed on Monday to sell the company to the investor Ivo Roe in a cash deal, ending weeks of resistance.",
    'Staff were told in a memo that nothing would change for them while the sale was completed.',
    'Analysts said regulators were unlikely to stand in the way of the takeover.',
    'The company will be taken private once the deal closes later this year.',
  ]);

  it('keeps a stake in a company apart from a move in its shares', () => {
    const idx = buildIndex([
      article('Harbour Post', '2031-04-25', ['Mira Tal, the founder, who still owns about 2.4 percent of Velco\'s shares, gave the deal her blessing.']),
      article('Coast Wire', '2031-04-25', ['Velco\'s shares closed up 5.7% at $51.70 on Monday, still below the offer price.']),
      article('Valley News', '2031-04-25', ['Velco shares are up 4.6%.']),
    ]);
    expect(conflictsBetween(idx, 2.4, 4.6)).toHaveLength(0);
    expect(conflictsBetween(idx, 2.4, 5.7)).toHaveLength(0);
  });

  it('reads a date told with its gap to another event as giving that event\'s date, not a rival of it', () => {
    const idx = buildIndex([
      article('Harbour Post', '2031-04-25', ['Speaking at a conference on April 14, the day he made his offer, Roe said he was not sure he would succeed.']),
      article('Coast Wire', '2031-04-25', ["On April 15, a day after Roe's offer, Velco's board adopted a poison pill to fend him off."]),
      article('Valley News', '2031-04-26', ['The offer was for cash.']),
    ]);
    expect(conflictsBetween(idx, 414, 415)).toHaveLength(0);
  });

  it('reads such a gap across the end of a year ("On January 1, a day after …" gives December 31)', () => {
    const idx = buildIndex([
      article('Harbour Post', '2031-01-03', ['Speaking at a conference on December 31, the day he made his offer, Roe said he was not sure he would succeed.']),
      article('Coast Wire', '2031-01-03', ["On January 1, a day after Roe's offer, Velco's board adopted a poison pill to fend him off."]),
      article('Valley News', '2031-01-04', ['The offer was for cash.']),
    ]);
    expect(conflictsBetween(idx, 1231, 101)).toHaveLength(0);
  });
});
