import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/engine/index.ts';
import type { Article } from '../../src/engine/index.ts';
import { foldTerm } from '../../src/engine/fact-clusters.ts';

// A made-up story told by three outlets in their own words, with the same spellings a real corpus mixes.
const article = (n: number, outlet: string, paragraphs: string[]): Article => ({
  file: `0${n}_${outlet.toLowerCase().replace(/\W+/g, '-')}.txt`,
  outlet,
  url: null,
  published: '2031-05-06',
  text: `Storm brings down river bridge\n\n${paragraphs.join('\n\n')}\n`,
});

const articles: Article[] = [
  article(1, 'Harbour Post', [
    'The Defence Ministry said the Varnet bridge over the Osk collapsed on Tuesday night after torrential rain.',
    'Officials said 120 homes were flooded in the lower town.',
    'About 8.5 million households lost power across the region.',
    'The mayor, Ilse Varga, urged residents to stay indoors until the water receded.',
    'The mayor said 14 residents of the lower town of Varnet had been found in the flooded streets.',
  ]),
  article(2, 'Valley Courier', [
    'According to the Ministry of Defense, torrential rains brought down the Varnet bridge over the Osk late on Tuesday.',
    'Local officials said 45 homes were flooded.',
    'Some 8,500,000 households were left without power, the grid operator said.',
    'Schools in the district will stay closed for the rest of the week, the education office said.',
    'In the lower town of Varnet, 9 people died in the flooded streets, the mayor said.',
  ]),
  article(3, 'Northern Wire', [
    'Torrential rain caused the Varnét bridge across the Osk to collapse on Tuesday night, the defense ministry said.',
    'The ministry added that the collapse of the Varnet bridge over the Osk had cut the only road to the coast.',
    'Emergency crews evacuated 120 workers from a riverside factory.',
    'Train services to the capital resumed on Wednesday morning after a track inspection.',
  ]),
];

describe('one fact across outlets', () => {
  const index = buildIndex(articles);
  const bridge = index.facts.filter((f) => f.sources.some((s) => /bridge/.test(s.quote)));

  it('merges one fact told in three wordings and spellings into one fact with three outlets', () => {
    const best = bridge.sort((a, b) => b.outlets.length - a.outlets.length)[0];
    expect(best?.outlets).toHaveLength(3);
    expect(best?.status).toBe('corroborated');
  });

  it('keeps one source per outlet: that outlet’s best sentence', () => {
    for (const f of index.facts) expect(f.sources.length).toBe(new Set(f.sources.map((s) => s.outlet)).size);
  });

  it('merges the same number written in two formats', () => {
    const power = index.facts.find((f) => f.numbers.some((n) => n.value === 8_500_000));
    expect(power?.outlets).toHaveLength(2);
  });

  it('keeps different values of one counted thing, and one value of different counted things, apart, unless outlets disagree on the value', () => {
    for (const f of index.facts) {
      const quotes = f.sources.map((s) => s.quote).join(' ');
      // Rival counts of flooded homes are one disputed fact (see 'rival figures for one slot' below).
      if (/120 homes/.test(quotes) && /45 homes/.test(quotes)) expect(index.conflicts.find((c) => c.id === f.disputed)?.values.map((v) => v.value)).toEqual([45, 120]);
      expect(/homes/.test(quotes) && /workers/.test(quotes)).toBe(false);
      expect(/14 residents/.test(quotes) && /9 people/.test(quotes)).toBe(false);
    }
  });

  it('never cites an unrelated sentence under a fact', () => {
    for (const f of index.facts) {
      const quotes = f.sources.map((s) => s.quote).join(' ');
      if (/bridge/.test(quotes)) expect(quotes).not.toMatch(/Schools|Train services|mayor/);
    }
  });

  it('folds British and American spellings and accents', () => {
    expect(foldTerm('defenc')).toBe(foldTerm('defens'));
    expect(foldTerm('organis')).toBe(foldTerm('organiz'));
    expect(foldTerm('varnét')).toBe('varnet');
  });
});

describe('one line per sentence set', () => {
  it('shows a sentence that gives two numbers as one fact with both numbers', () => {
    const idx = buildIndex([
      article(1, 'Harbour Post', ['Falling masonry killed two workers and injured eight others at the Varnet quay, the port authority said.', 'The quay will stay closed for a week.']),
      article(2, 'Valley Courier', ['Schools in the district will stay closed for the rest of the week, the education office said.']),
    ]);
    const lines = idx.facts.filter((f) => f.text.startsWith('Falling masonry'));
    expect(lines).toHaveLength(1);
    expect(lines[0]!.numbers.map((n) => n.value).sort()).toEqual([2, 8]);
  });

  it('shows a sentence once when its claim is corroborated and the sentence also reads as a statement of its own', () => {
    const idx = buildIndex([
      article(1, 'Harbour Post', ['The mayor of Tarnby, Ivo Brandl, said no fewer than 62 residents of the town, which has 25,000 inhabitants and lies just south of Velby, had been killed.', 'The quay will stay closed for a week.']),
      article(2, 'Valley Courier', ['People in Tarnby, 5km from Velby, where no fewer than 62 people were killed, have been walking into the city for supplies.', 'Schools will stay closed.']),
      article(3, 'Coast Wire', ['Survivors in Tarnby said the water rose within minutes and that the town, which lies south of Velby, had never flooded before.', 'Roads stayed shut.']),
    ]);
    const lines = idx.facts.filter((f) => f.text.startsWith('The mayor of Tarnby'));
    expect(lines).toHaveLength(1);
    expect(lines[0]!.outlets).toContain('Valley Courier');
  });
});

describe('what does not tie two claims', () => {
  it('does not make one fact of two sentences that share only a small number, its unit and the day', () => {
    const idx = buildIndex([
      article(1, 'Harbour Post', ['The mayor declared seven days of mourning on Sunday at an emergency council meeting held in the town hall.', 'The quay will stay closed for a while.']),
      article(2, 'Valley Courier', ['On Sunday the foreign minister posted condolences online, and the embassy lowered its flag for seven days.', 'Schools will stay closed.']),
    ]);
    const mourning = idx.facts.find((f) => f.text.startsWith('The mayor declared'));
    expect(mourning?.outlets).toEqual(['Harbour Post']);
  });
});

describe('what does not tie two claims', () => {
  it('does not make one fact of two sentences that share only a date', () => {
    const idx = buildIndex([
      article(1, 'Harbour Post', ['Just eight of them had been arrested before March 3, 2029.', 'The quay will stay closed for a while.']),
      article(2, 'Valley Courier', ['The March 3, 2029 raid killed 400 people in Tarnby.', 'Schools will stay closed.']),
    ]);
    const arrests = idx.facts.find((f) => f.text.startsWith('Just eight'));
    expect(arrests?.outlets).toEqual(['Harbour Post']);
  });
});

describe('what ties two claims', () => {
  it('makes one fact of two sentences that give the same time to the minute for the same thing', () => {
    // "curfew" is in every sentence, so the time is the only rare word the two share.
    const idx = buildIndex([
      article(1, 'Harbour Post', ['It was 10.40am before the curfew came into force.', 'Police patrolled the curfew zone on Friday morning.', 'Shops closed early on Friday because of the curfew.', 'The curfew was the first in the town on a Friday.']),
      article(2, 'Valley Courier', ['The curfew took effect at 10.40am on Friday.', 'The curfew covers the old town on Friday morning.', 'Residents said the curfew was confusing on Friday.', 'The town hall said the curfew would last all weekend.']),
    ]);
    const start = idx.facts.find((f) => f.sources.some((s) => s.quote.includes('10.40am')));
    expect(start?.outlets).toEqual(['Harbour Post', 'Valley Courier']);
  });
});

describe('one speaker quoted by two outlets', () => {
  const docks = (harbour: string, valley: string) =>
    buildIndex([
      article(1, 'Harbour Post', ['Cranes at the Tarnby docks stopped on Friday.', 'Dock cranes were idle for hours and ships queued.', harbour, 'Crane drivers were sent home.']),
      article(2, 'Valley Courier', ['The cranes stopped working at dawn.', valley, 'Crane operators said the queues would take days to clear.', 'Dock cranes restarted in the evening.']),
    ]);
  const together = (idx: ReturnType<typeof buildIndex>) => idx.facts.some((f) => f.outlets.length === 2 && f.sources.every((s) => /Brandl/.test(s.quote)));

  it('makes one fact of the same rare words from the same speaker inside otherwise different sentences', () => {
    const idx = docks(
      'Ivo Brandl, the port director, said machines on the night shift were unaffected, stressing that the outage was not sabotage and that the fault had been isolated.',
      'In a statement issued on Friday afternoon, Brandl apologised to dockers and shipping lines, promised a full review and stressed again that it had not been sabotage.',
    );
    expect(together(idx)).toBe(true);
  });

  it('does not make one fact of two claims by the same speaker that share only a word besides the name', () => {
    const idx = docks(
      'Ivo Brandl, the port director, said machines on the night shift were unaffected, stressing that the outage was over and that the fault had been isolated.',
      'In a statement issued on Friday afternoon, Brandl apologised to dockers and shipping lines, promised a full review and said the night shift would be paid.',
    );
    expect(together(idx)).toBe(false);
  });
});

describe('a statement and the numbers inside it', () => {
  it('counts every outlet that states a fact when some of them also measure a detail of it', () => {
    const idx = buildIndex([
      article(1, 'Harbour Post', ['It was 10.40am before the curfew came into force, nearly two hours late.', 'Police patrolled the curfew zone on Friday morning.', 'Shops closed early on Friday because of the curfew.', 'The curfew was the first in the town on a Friday.']),
      article(2, 'Valley Courier', ['The curfew took effect at 10.40am on Friday after a delay of almost two hours.', 'The curfew covers the old town on Friday morning.', 'Residents said the curfew was confusing on Friday.', 'The town hall said the curfew would last all weekend.']),
      article(3, 'Northern Wire', ['The curfew came into force at 10.40am on Friday.', 'The curfew angered traders on Friday.', 'The curfew ends on Monday.']),
    ]);
    const start = idx.facts.filter((f) => f.sources.some((s) => s.quote.includes('10.40am'))).sort((a, b) => b.outlets.length - a.outlets.length)[0];
    expect(start?.outlets).toHaveLength(3);
    expect(start?.numbers).toEqual([]);
  });
});

describe('the line a fact is worded by', () => {
  it('prefers a sentence that stands alone to one that points back to the sentence before', () => {
    const idx = buildIndex([
      article(1, 'Harbour Post', ['Two crew members survived the sinking.', 'The other 31 were killed.']),
      article(2, 'Valley Courier', ['The sinking of the trawler off Varnet killed 31 people.']),
    ]);
    const toll = idx.facts.find((f) => f.numbers.some((n) => n.value === 31));
    expect(toll?.text).toBe('The sinking of the trawler off Varnet killed 31 people.');
  });
});

describe('a long sentence that states several things', () => {
  it('makes one fact of it and another outlet’s sentence that shares one part, even when another sentence of that outlet shares another part', () => {
    const idx = buildIndex([
      article(1, 'Harbour Post', [
        'Of the 140 people aboard a Lumen Air jet from Tarnby, just three survived on Sunday after it overran the runway at Velby and hit a concrete wall.',
        'The quay will stay closed for a while.',
        'Crane drivers were sent home.',
      ]),
      article(2, 'Valley Courier', [
        'At least 137 people were killed after a plane with 140 people aboard blew up while landing at Velby on Sunday.',
        'Officials said earlier that the Lumen Air flight from Tarnby ran off the runway and hit a fence wall.',
        'Schools will stay closed.',
        'Dock cranes restarted in the evening.',
      ]),
    ]);
    const route = idx.facts.find((f) => f.sources.some((s) => s.quote.startsWith('Officials said earlier')));
    expect(route?.outlets).toEqual(['Harbour Post', 'Valley Courier']);
  });
});

describe('a claim and the outlets that state it without its number', () => {
  it('counts in one fact the outlets that give the number and the one that says the same without it', () => {
    const idx = buildIndex([
      article(1, 'Harbour Post', ['The harbour master, Ivo Brandl, said on Monday that the treaty lets 400 fishing boats into Tarnby bay each week, 30 of them trawlers.', 'The quay will stay closed for a while.', 'Crane drivers were sent home.']),
      article(2, 'Valley Courier', ['The treaty lets 400 fishing boats into the bay each week.', 'Schools will stay closed.', 'Dock cranes restarted in the evening.']),
      article(3, 'Northern Wire', ['He added that several hundred fishing boats were expected to sail into the bay that week.', 'Train services resumed on Wednesday.', 'The cranes stopped working at dawn.']),
    ]);
    const boats = idx.facts.filter((f) => f.sources.some((s) => s.quote.includes('fishing boats'))).sort((a, b) => b.outlets.length - a.outlets.length)[0];
    expect(boats?.outlets).toHaveLength(3);
  });
});

describe('rival figures for one slot', () => {
  const rival = [
    article(1, 'Harbour Post', ['Torrential rain brought down the Varnet bridge over the Osk on Tuesday night.', 'According to the harbour master, 45 people died in Tarnby, which lies five miles north of Varnet.']),
    article(2, 'Valley Courier', ['The Varnet bridge over the Osk collapsed on Tuesday night after torrential rain.', 'The mayor of Tarnby said no fewer than 62 residents of the town, which lies just north of Varnet, had been killed.']),
    article(3, 'Northern Wire', ['Torrential rain caused the Varnet bridge across the Osk to collapse on Tuesday night.', 'Schools in the district will stay closed for the rest of the week.']),
  ];

  it('are one disputed fact with every outlet that gives one: they all report the deaths, not the same toll', () => {
    const index = buildIndex(rival);
    const toll = index.conflicts.find((c) => c.kind === 'disagreement' && c.values.some((v) => v.value === 62));
    expect(toll?.values.map((v) => v.value)).toEqual([45, 62]);
    const facts = index.facts.filter((f) => f.numbers.some((n) => n.value === 45 || n.value === 62));
    expect(facts.map((f) => [f.disputed, [...f.outlets].sort(), f.numbers.map((n) => n.value).filter((v) => v === 45 || v === 62).sort((a, b) => a - b)])).toEqual([[toll!.id, ['Harbour Post', 'Valley Courier'], [45, 62]]]);
  });
});
