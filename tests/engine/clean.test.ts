import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/engine/clean.ts';

const prose = (n: number) => Array.from({ length: n }, (_, i) => `The council met for the ${i + 1}th time and officials said the plan would go ahead as agreed.`).join('\n');

describe('cleaning scraped articles', () => {
  it('drops everything after an end-of-article marker, with the reason', () => {
    const text = `${prose(3)}\nRelated Articles\nStocks rally as tech shares climb in a busy day of trading on the exchange.`;
    const c = cleanArticle('a.txt', text);
    expect(c.paragraphs).toHaveLength(3);
    expect(c.dropped).toEqual([{ file: 'a.txt', text: 'Related Articles\nStocks rally as tech shares climb in a busy day of trading on the exchange.', reason: 'everything after the end-of-article marker "Related Articles"' }]);
  });

  it('drops navigation, date lists and site names but keeps the title', () => {
    const c = cleanArticle('a.txt', `example.news\nHome | World | Business | Sports\nCouncil approves new harbor plan\nMarch 2031\n${prose(2)}\nWorld News\nApril 2031`);
    expect(c.title).toBe('Council approves new harbor plan');
    expect(c.selfNamedOutlet).toBe('example.news');
    expect(c.dropped.map((d) => d.reason)).toEqual(['site name', 'navigation or page furniture', 'date line', 'navigation or page furniture', 'date line']);
  });

  it('drops garbled extraction lines and the fragment that continues them', () => {
    const debris = '$The \\, council \\, said \\, it \\, would \\, act \\, on \\, the contract of \\, the contract of \\, contract of$';
    const c = cleanArticle('a.txt', `${prose(2)}\n${debris}\nthe recent talks in the capital.`);
    expect(c.paragraphs).toHaveLength(2);
    expect(c.dropped.map((d) => d.reason)).toEqual(['garbled extraction (markup debris or repeated words)', 'fragment continuing a dropped line']);
  });

  it('keeps prose that names one possessive three times ("the company\'s … the company\'s … the company\'s")', () => {
    const line = "Ivo Roe, the company's chief executive, said the company's goal was to clear the tower and that the company's first flight was always likely to end early.";
    const c = cleanArticle('a.txt', `${prose(2)}\n${line}`);
    expect(c.dropped).toEqual([]);
  });

  it('keeps a live blog\'s entries: a heading, its paragraphs, "Share", then the next entry\'s time', () => {
    const entry = (time: string, head: string, body: string) => `${time}\n${head}\n\n${body}\n\nShare\n`;
    const text = [
      'A panel blew out of Flight 310 on Friday evening, and the board chair said investigators were searching for it.\nThe panel blew out as the plane was climbing, the investigators said, and the board chair called for inspections.\n',
      entry('9:12 p.m. PT', 'Warning light had come on twice before', 'The warning light had come on during two previous flights, on Dec. 5 and Jan. 2, the investigators said on Sunday.'),
      entry('8:40 p.m. PT', 'Plane was at about 12,500 feet', 'Flight 310 was at about 12,500 feet and climbing when the panel blew out, the board chair said, citing preliminary data.'),
      entry('7:55 p.m. PT', 'Panel found in a garden', 'A teacher found the panel in his back garden in Oskby on Sunday and called the police, the board said at its briefing.'),
    ].join('\n');
    const c = cleanArticle('live.txt', text);
    expect(c.paragraphs.map((p) => text.slice(p.start, p.end))).toContain('Flight 310 was at about 12,500 feet and climbing when the panel blew out, the board chair said, citing preliminary data.');
    expect(c.dropped.some((d) => d.reason.startsWith('a second article'))).toBe(false);
  });

  it('reads "Share this update" and a new timed entry in a live blog as the blog going on, not its end or another article', () => {
    const text = [
      '09:12 WAT',
      'The presidential guard has held the president in his residence since Wednesday morning, officials said on Thursday.',
      '',
      '10:48 WAT',
      'The guard commander appeared on state television on Friday and declared himself head of a military council.',
      '',
      '11:25 WAT',
      'The president said in a message on Thursday that the gains of the guard would be reversed, officials said.',
      '',
      'Share this update',
      '',
      '13:40 WAT',
      'Bond yields ease after the council speaks',
      '',
      'To recap: the president has been held by members of the presidential guard since Wednesday, and aid has been suspended.',
    ].join('\n');
    const c = cleanArticle('live.txt', text);
    expect(c.paragraphs.map((p) => text.slice(p.start, p.end))).toContain('To recap: the president has been held by members of the presidential guard since Wednesday, and aid has been suspended.');
  });

  it('keeps a tabloid\'s story after its bullet points and byline: what follows is far longer and shares its words', () => {
    const body = [
      "Survivors of the crush in Tarn's narrow streets told of horror as victims of the first mask-free festival were named on Sunday.",
      'Velby student Ivo Brandl, 20, had messaged his father hours before he died in the crush, his family said.',
      'Nursing student Ann Marr from the Velby college was also among the victims, the college said in a statement.',
      'Actor and singer Lena Roe, 24, who appeared on the talent show Stage 101, was killed in the crush, her agency said.',
      "As many as 90,000 revellers had packed Tarn's streets for the first mask-free festival in three years.",
      'Survivors said people fell like dominoes as the crowd surged down the narrow alley beside the hotel.',
      'Students and revellers tried to pull victims from the crush as police struggled to reach the alley.',
      'The festival crowd in Tarn was far larger than the police had expected, officials said on Sunday.',
    ];
    const text = [
      "'PEOPLE FELL LIKE DOMINOES': Survivors tell of horror in Oskby crush as students are named among the dead in the narrow alley",
      ' - Velby student Ivo Brandl, 20, had messaged his father hours before he died',
      ' - Nursing student Ann Marr from the Velby college was also among the victims',
      ' - Actor and singer Lena Roe, 24, who appeared on talent show Stage 101, killed',
      " - As many as 90,000 revellers packed Tarn's streets for first mask-free festival",
      'By Ann Roe for the Daily Lantern',
      'Published: 09:12 GMT, 31 October 2031',
      ...body,
    ].join('\n');
    const c = cleanArticle('tabloid.txt', text);
    expect(c.paragraphs.map((p) => text.slice(p.start, p.end))).toContain(body[3]);
    expect(c.dropped.some((d) => d.reason.startsWith('a second article'))).toBe(false);
  });

  it('sets aside a second article appended to the page', () => {
    const c = cleanArticle('a.txt', `${prose(4)}\nOfficials to meet abroad for more talks on trade\nUpdated 2 sec ago\nFollow\nNegotiators are set to meet officials abroad on Saturday for the latest talks.`);
    expect(c.paragraphs).toHaveLength(4);
    expect(c.dropped[0]!.reason).toBe('a second article appended to the page ("Officials to meet abroad for more talks on trade")');
  });

  it('joins a sentence broken over two lines', () => {
    const text = `${prose(1)}\nThe mayor said on the radio, "We are bringing our people\n\nhome." The crowd cheered loudly at the news.`;
    const c = cleanArticle('a.txt', text);
    expect(c.paragraphs).toHaveLength(2);
    expect(text.slice(c.paragraphs[1]!.start, c.paragraphs[1]!.end)).toContain('people\n\nhome."');
  });
});

describe('cleaning, page furniture anywhere in the page', () => {
  it('drops advertising, credits and link lines mid-article but keeps the story around them', () => {
    const text = `${prose(2)}\nAdvertisement\nRead more: Council votes on the budget next week\n${prose(2)}\n© 2031 Example Media. All rights reserved.`;
    const c = cleanArticle('a.txt', text);
    expect(c.paragraphs).toHaveLength(4);
    expect(c.dropped.map((d) => d.text)).toEqual(['Advertisement\nRead more: Council votes on the budget next week', '© 2031 Example Media. All rights reserved.']);
  });

  it('does not cut a story at a stray end marker with most of the story after it', () => {
    const c = cleanArticle('a.txt', `${prose(1)}\nShare this article\n${prose(4)}`);
    expect(c.paragraphs).toHaveLength(5);
    expect(c.dropped.map((d) => d.reason)).toEqual(['page furniture (a stray end-of-article marker)']);
  });
});

describe('sentences', () => {
  it('keeps a quoted statement of several sentences whole, with curly or straight quotes', async () => {
    const { splitSentences } = await import('../../src/engine/text/sentences.ts');
    const text = '"The wind shifted twice. We have never seen it," the chief said. “It is over. Go home,” she added. Rain fell.';
    const spans = splitSentences(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end));
    expect(spans).toEqual(['"The wind shifted twice. We have never seen it," the chief said.', '“It is over. Go home,” she added.', 'Rain fell.']);
  });

  it('ends a sentence at a time\'s "a.m." when a sentence opening follows, not before a name', async () => {
    const { splitSentences } = await import('../../src/engine/text/sentences.ts');
    const text = 'The ferry hit the sandbank at about 6:40 a.m. The harbour lies 3 km away. Divers arrived at 9 a.m. Harbour Watch said.';
    const spans = splitSentences(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end));
    expect(spans).toEqual(['The ferry hit the sandbank at about 6:40 a.m.', 'The harbour lies 3 km away.', 'Divers arrived at 9 a.m. Harbour Watch said.']);
  });

  it('ends a sentence after a unit written onto a number ("40C."), which is no initial', async () => {
    const { splitSentences } = await import('../../src/engine/text/sentences.ts');
    const text = 'Tarnby reached 40.2C at 12.20pm, the first time it passed 40C. Oskby had recorded 39.1C earlier. Ivo C. Roe said so.';
    const spans = splitSentences(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end));
    expect(spans).toEqual(['Tarnby reached 40.2C at 12.20pm, the first time it passed 40C.', 'Oskby had recorded 39.1C earlier.', 'Ivo C. Roe said so.']);
  });
});

describe('cleaning, junk found by its shape and by what it shares with the story', () => {
  const story = [
    'Heavy snow closed the mountain pass at Gravel Notch on Monday, the regional roads agency said, stranding dozens of lorries.',
    'The agency said ploughs from Tinmouth and Gravel Notch had worked through the night but drifts kept returning.',
    'Drivers stuck on the pass were given blankets by volunteers from Tinmouth, the roads agency said in a statement.',
    'The pass is expected to reopen on Wednesday if the snow stops, agency spokeswoman Dana Oriel told reporters.',
  ].join('\n\n');

  it('drops a byline but keeps a sentence that opens with "By"', () => {
    const text = `Snow shuts mountain pass\nBy Ilsa Frame | Monday, 3 March 2031\n\n${story}\n\nBy late evening on Monday, 40 lorries had been escorted down the pass, the agency said.`;
    const c = cleanArticle('a.txt', text);
    expect(c.dropped.map((d) => d.text)).toEqual(['By Ilsa Frame | Monday, 3 March 2031']);
    expect(c.paragraphs).toHaveLength(5);
  });

  it('drops a related-stories box with its teasers, the comment count and the newsletter box', () => {
    const text = `${story}\n\nRelated stories\nRovers sign striker on three-year deal\nBakery chain opens tenth shop in the county, owners say.\nComments (12)\nSign up for our morning newsletter`;
    const c = cleanArticle('a.txt', text);
    expect(c.paragraphs).toHaveLength(4);
    expect(c.dropped).toHaveLength(1);
    expect(c.dropped[0]!.text).toContain('Rovers sign striker');
    expect(c.dropped[0]!.text).toContain('Comments (12)');
  });

  it('drops an advertising box framed by rules, and a section of other news after its heading', () => {
    const [first, ...rest] = story.split('\n\n');
    const text = `${first}\n\n--- Sponsored ---\nPlow-ready: Velco snow chains for every lorry. Book a fitting.\n--- End sponsored ---\n\n${rest.join('\n\n')}\n\nIN OTHER NEWS\nDairy farmers in Oskby to receive second milk payment\nSmallholder dairy farmers in Oskby County will receive a second payment before the end of the month, the chairman of the Brannock Growers' Association, Ivo Kell, said on Tuesday.`;
    const c = cleanArticle('a.txt', text);
    expect(c.paragraphs).toHaveLength(4);
    expect(c.dropped.map((d) => d.text).join('\n')).toContain('Velco snow chains');
    expect(c.dropped.map((d) => d.text).join('\n')).toContain('Brannock Growers');
  });

  it('drops cookie banners, newsletter boxes and labelled promotions in their many wordings', () => {
    const junk = [
      'This site uses cookies. Continue browsing to accept, or change your cookie settings.',
      "The Tarn Post's business newsletter, Oska Money, lands every weekday morning. Sign up here.",
      'Sponsored: Trade smarter with Velco Pro - try it free for 30 days',
      'Advertiser disclosure: We may earn a commission from partner links.',
      'Most read: Brandl & Kell to close 23 stores as high street slump deepens',
    ];
    const [first, ...rest] = story.split('\n\n');
    const c = cleanArticle('a.txt', [junk[0], first, junk[1], ...rest.slice(0, 1), junk[2], junk[3], ...rest.slice(1), junk[4]].join('\n\n'));
    expect(c.paragraphs).toHaveLength(4);
    expect(c.dropped.map((d) => d.text).join('\n\n')).toBe(junk.join('\n\n'));
  });

  it('sets aside a second article that shares no names with the story, whatever its headline looks like', () => {
    const sport = [
      'Ashby Wanderers beat Colton Rovers 3-1 on Saturday to move top of the league, with striker Pim Varga scoring twice.',
      'Rovers had led through a header from Joss Keel before Wanderers hit back in the second half at Millbrook Park.',
      '"We kept going and the goals came," Varga said after the match.',
    ].join('\n\n');
    const text = `${story}\n\n(This report was supplied by a partner agency.)\n\nSport | Wanderers go top with win over Rovers\n\n${sport}\n\nShare this article`;
    const c = cleanArticle('a.txt', text);
    expect(c.paragraphs).toHaveLength(4);
    const appended = c.dropped.find((d) => d.reason.startsWith('a second article appended'))!;
    expect(appended.text).toContain('Pim Varga');
    expect(c.dropped.map((d) => d.reason)).toContain('editorial note');
  });

  it("keeps a live blog's later entries that name the story's people and places, though they share few of its words", () => {
    const text = [
      'Live: junta holds Velmar president',
      '09:12 GMT',
      'Soldiers of the presidential guard in Oskby are still holding President Ivo Brandl, a day after the junta announced it had seized power, witnesses said.',
      '10:05 GMT',
      'The junta has closed the borders of Velmar and imposed a curfew from 10pm, a spokesman for the soldiers said on state television.',
      '10:40 GMT',
      'Crowds gathered outside the parliament in Oskby, some waving flags in support of the junta, while shops stayed shut.',
      '11:20 GMT',
      'Brandl\'s party said the junta had detained two of his ministers overnight.',
      '12:10 GMT',
      'Tarnby has reacted sharply, warning that any attack on its nationals would meet a firm response.',
      '',
      'Ann Roe, the Tarnby foreign minister, called the takeover "illegitimate and dangerous" for Velmar and for Brandl.',
      '13:40 GMT',
      'Regional leaders began an emergency summit in Marrow, chaired by Tarnby.',
      '18:02 GMT',
      'The summit gave the soldiers one week to restore Brandl, failing which force may be used.',
    ].join('\n');
    const c = cleanArticle('a.txt', text);
    expect(c.dropped.filter((d) => d.reason.startsWith('a second article appended'))).toEqual([]);
    expect(c.paragraphs.some((p) => text.slice(p.start, p.end).includes('Ann Roe, the Tarnby foreign minister'))).toBe(true);
  });

  it('keeps a story whose later paragraphs name new people but share its words', () => {
    const later = 'Lorry driver Mick Tarrant said he had spent the night in his cab on the pass waiting for the ploughs and the snow to stop.\n\nAnother driver, Oona Pell, said volunteers had brought blankets and soup to the stranded lorries on the pass.';
    const c = cleanArticle('a.txt', `${story}\n\nStranded overnight\n\n${later}`);
    expect(c.paragraphs).toHaveLength(6);
  });

  it('does not take prices for markup debris', () => {
    const c = cleanArticle('a.txt', `${story}\n\nShares fell to a low of $270.08 against a close of $343.05, then recovered to $304.96 by the end of trading on Monday.`);
    expect(c.paragraphs).toHaveLength(5);
  });
});

describe('a live blog stamped with its entries\' ages', () => {
  it('keeps the older entries ("48m ago", "2h ago") as the blog going on, not a second article', () => {
    const text = [
      'Tarn Awards live: Ivo Roe storms the stage, then wins best actor',
      'Latest: The Oskby police say they are aware of an incident between two people at the ceremony but no report was filed.',
      '',
      '15m ago',
      'Police respond. In a statement, the police said the incident involved one person hitting another and that no complaint was made.',
      '',
      '32m ago',
      'The Academy weighs in. "We do not condone violence of any form," it said in a post.',
      '',
      '48m ago',
      "'Velco' wins best picture. The drama about a family of fishers takes the top prize, beating 'The Oska'.",
      '',
      '1h ago',
      "Anna Brandl wins best actress for 'The Oska', and Maja Marr is named best director for 'Tarnby Story'.",
      '',
      '2h ago',
      'What just happened? Piet Kell, presenting the award for best short film, joked about the hair of Roe\'s wife; Roe walked up and struck him.',
      '',
      'Sign up for Screen Hour, our weekly newsletter on what to watch.',
    ].join('\n');
    const c = cleanArticle('live.txt', text);
    const kept = c.paragraphs.map((p) => text.slice(p.start, p.end)).join('\n');
    expect(c.dropped.filter((d) => d.reason.startsWith('a second article'))).toEqual([]);
    expect(kept).toContain('Anna Brandl wins best actress');
    expect(kept).toContain('Piet Kell, presenting the award');
    // The newsletter box is the page's, dropped by its shape.
    expect(kept).not.toContain('Screen Hour');
    expect(c.dropped.map((d) => d.reason)).toContain('newsletter or subscription box');
  });
});
