import { describe, expect, it } from 'vitest';
import { ask, buildIndex } from '../../src/engine/index.ts';
import { makeArticle } from '../helpers/corpus.ts';
import { extractDates } from '../../src/engine/text/dates.ts';
import { extractQuantities } from '../../src/engine/text/numbers.ts';
import { tokenize } from '../../src/engine/text/tokens.ts';
import { dateSpans } from '../../src/engine/ask/spans.ts';

// A made-up ferry story told by three outlets, written for these tests: who said what in its common forms, typed
// answers, a time two outlets disagree on, and questions the coverage cannot answer.
const index = buildIndex([
  makeArticle({
    file: 'a.txt',
    outlet: 'Harbour Post',
    published: '2031-03-14',
    text: [
      'A passenger ferry ran aground off Port Alder on Friday, and the harbour master said all 212 people aboard were brought ashore.',
      'The ferry hit the sandbank at 6:40 a.m., according to the coastguard.',
      'Mara Quint, who heads the Port Alder lifeboat station, said the crew had reacted "calmly and fast".',
      'Seven passengers were taken to St Brendan Hospital with minor injuries.',
      'Injuries to the captain were confirmed by the Northern Shipping Board.',
      'The vessel lies about 3 km from the harbour entrance.',
    ].join('\n\n'),
  }),
  makeArticle({
    file: 'b.txt',
    outlet: 'Coastal Wire',
    published: '2031-03-14',
    text: [
      'All 212 people aboard a ferry that ran aground off Port Alder were rescued on Friday.',
      'The ferry struck the sandbank at 7:15 a.m., the coastguard said.',
      'Ivo Brandl, 58, a retired teacher, said he had been asleep in his cabin when the hull scraped the sand.',
      'He said the lights went out at once.',
      'Divers will inspect the hull next week, the operator told Reuters.',
    ].join('\n\n'),
  }),
  makeArticle({
    file: 'c.txt',
    outlet: 'Evening Ledger',
    published: '2031-03-14',
    text: [
      'Port Alder’s ferry grounding on Friday ended without deaths, officials said, after all 212 people aboard were rescued.',
      'Mara Quint of the lifeboat station said the crew had reacted "calmly and fast".',
      'Seven passengers with minor injuries were treated at St Brendan Hospital, a spokeswoman for the hospital said.',
    ].join('\n\n'),
  }),
]);

describe('typed answers on a story written for the test', () => {
  it('names the speaker of quoted words, in "X, who …, said" form', () => {
    expect(ask(index, 'Who said the crew had reacted "calmly and fast"?')).toMatchObject({ status: 'answered', answer: 'Mara Quint' });
  });

  it('finds a source after "was confirmed by"', () => {
    expect(ask(index, 'Which body confirmed the captain was injured?').answer).toMatch(/Northern Shipping Board/);
  });

  it('resolves "he said" to the person named just before', () => {
    expect(ask(index, 'Who said the lights went out at once?').answer).toBe('Ivo Brandl');
  });

  it('answers a place question with the place the focus noun names', () => {
    expect(ask(index, 'To which hospital were the injured passengers taken?').answer).toBe('St Brendan Hospital');
  });

  it('answers how old with the age', () => {
    expect(ask(index, 'How old is the retired teacher who was asleep in his cabin?').answer).toMatch(/58/);
  });

  it('answers a distance with its unit', () => {
    expect(ask(index, 'How far is the vessel from the harbour entrance?').answer).toBe('about 3 km');
  });

  it('shows both times when outlets disagree', () => {
    const a = ask(index, 'At what time did the ferry hit the sandbank?');
    expect(a.status).toBe('disputed');
    expect(a.answer).toMatch(/6:40 a\.m\..*Harbour Post.* vs 7:15 a\.m\..*Coastal Wire/);
  });

  it('never names the listener of "told" as the speaker', () => {
    const a = ask(index, 'Who told Reuters that divers would inspect the hull?');
    expect(a.answer).not.toMatch(/Reuters/);
  });

  it.each(['Who owns the ferry?', 'How many crew members were aboard?', 'When will the ferry sail again?', 'Who said the sea was "like glass"?'])(
    'says the coverage does not say: %s',
    (q) => expect(ask(index, q).status).toBe('not_found'),
  );

  it('quotes every citation verbatim from its article', () => {
    const texts = new Map(index.articles.map((a) => [a.file, a.text]));
    for (const q of ['Who said the crew had reacted "calmly and fast"?', 'At what time did the ferry hit the sandbank?', 'To which hospital were the injured passengers taken?']) {
      for (const c of ask(index, q).citations) expect(texts.get(c.file)).toContain(c.quote);
    }
  });
});

describe('a place asked for by its kind ("what county")', () => {
  // A made-up mill fire: the town's name is inside bodies' names, and only one outlet says which county it is in.
  const mill = (file: string, outlet: string, lines: string[]) => makeArticle({ file, outlet, published: '2031-09-02', text: lines.join('\n\n') });
  const idx = buildIndex([
    mill('a.txt', 'Dale Courier', ['A fire at the Brenmoor Flour Co. mill in the village of Brenmoor injured four workers on Monday.', 'The blaze at Brenmoor Flour Co. started in a grain dryer, the fire service said.']),
    mill('b.txt', 'Plains Wire', ['Four workers were hurt when fire swept through a flour mill in Brenmoor on Monday.', 'The village of 900 people is in Oxley County, on the plains south of the capital.']),
    mill('c.txt', 'Valley Times', ['The Brenmoor Primary School said classes would go ahead on Tuesday.', 'Four workers were injured in the mill fire in Brenmoor, officials said.']),
  ]);

  it('answers with the place named as one, not a body whose name holds the asked place', () => {
    const a = ask(idx, 'What county is Brenmoor in?');
    expect(a.status).toBe('answered');
    expect(a.answer).toBe('Oxley County');
  });
});

describe('a place asked for on an election night', () => {
  // A made-up election told by three outlets.
  const vote = (file: string, outlet: string, lines: string[]) => makeArticle({ file, outlet, published: '2031-05-09', text: lines.join('\n\n') });
  const idx = buildIndex([
    vote('a.txt', 'Coast Wire', [
      'The Tide party, led by Ada Quill, won five seats, including Marrow Point on the east coast, where Quill was elected at her third attempt.',
      'The last seat was declared on Saturday morning, when Tom Reyna took Dunmore and West Hallow from the Green party after a recount.',
    ]),
    vote('b.txt', 'Valley Times', [
      'The outgoing premier faces a fight to win back voters who defected to Ada Quill\'s Tide Party.',
      'With all but one of the 650 seats declared, the Forward party had won 400 seats across Tarnland.',
    ]),
    vote('c.txt', 'Plains Post', ['Ada Quill won in Marrow Point with a majority of 8,100 over the sitting member.']),
  ]);

  it('does not answer with something of the one asked about ("Quill\'s Tide Party")', () => {
    const a = ask(idx, 'Which seat did Ada Quill win?');
    expect(a.answer).not.toContain('Tide Party');
    expect(a).toMatchObject({ status: 'answered', answer: 'Marrow Point' });
  });

  it('does not take a place from a sentence on another matter when the best evidence names none', () => {
    const a = ask(idx, 'Which seat was the last to declare?');
    expect(a.answer).not.toContain('Tarnland');
    // "from the Green party" names a body, not a place.
    expect(a.answer).not.toContain('Green');
  });
});

describe('a question about what is to come', () => {
  const idx = buildIndex([
    makeArticle({ file: 'a.txt', outlet: 'Dale Courier', published: '2031-10-02', text: ['The driver of the lorry is being held at Carrow jail while the inquiry goes on.', 'His lawyer said the driver had not slept for two days before the crash.'].join('\n\n') }),
    makeArticle({ file: 'b.txt', outlet: 'Plains Wire', published: '2031-10-02', text: ['The lorry driver has been held at Carrow jail since the crash on Monday.', 'Nine cars were caught up in the crash on the ring road.'].join('\n\n') }),
  ]);

  it('is not answered by what is the case now', () => {
    expect(ask(idx, 'Which jail has the lorry driver been held in?')).toMatchObject({ status: 'answered', answer: 'Carrow' });
    expect(ask(idx, 'Which jail will the lorry driver be sent to?').status).toBe('not_found');
  });
});

describe('ask, dates written with an abbreviated month, in a past year', () => {
  const court = buildIndex([
    makeArticle({ file: 'a.txt', outlet: 'Harbour Post', published: '2031-03-29', text: 'Ferry owner sentenced\n\nThe ferry owner was sentenced to nine years on Thursday.\n\nDec. 12, 2029: The ferry owner is arrested in Tarvik at the request of the coastguard.\n\nOct. 3, 2030: His trial opens in the Tarvik court.\n\nA jury found the ferry owner guilty on Nov. 2 of four counts of fraud.' }),
    makeArticle({ file: 'b.txt', outlet: 'Coast Wire', published: '2031-03-29', text: 'Ferry owner jailed\n\nThe ferry owner was sentenced to nine years in prison on Thursday in Tarvik.\n\nThe ferry owner was convicted on November 3 last year of four counts of fraud, after a jury deliberated for two hours.' }),
  ]);

  it('reads "Dec. 12, 2029" as a date, whose day is no count', () => {
    expect(extractDates(tokenize('Dec. 12, 2029: He is arrested.'), 'Dec. 12, 2029: He is arrested.')).toEqual([{ key: '2029-12-12', surface: 'Dec. 12, 2029' }]);
    expect(extractQuantities(tokenize('Dec. 12, 2029: He is arrested.'))).toEqual([]);
    expect(dateSpans('Mar 3 said the coastguard')).toEqual([]);
  });

  it('answers when something happened with a day of a past year, not a later date of another event', () => {
    expect(ask(court, 'On what date was he arrested?').answer).toBe('Dec. 12, 2029');
    expect(ask(court, 'When did the trial begin?').answer).toBe('Oct. 3, 2030');
  });

  it('reads "found guilty" as convicted, and shows both days outlets give', () => {
    const a = ask(court, 'On what date did the jury convict him?');
    expect(a.status).toBe('disputed');
    expect(a.answer).toContain('Nov. 2');
    expect(a.answer).toContain('November 3');
  });
});

describe('ask, who did something, asked with "who was …-ing" or with the words that describe the answer', () => {
  // The first outlet writes the captain's name with a nickname inside, which reads as no name: only the body's is left.
  const crew = buildIndex([
    makeArticle({ file: 'a.txt', outlet: 'Harbour Post', published: '2031-03-29', text: 'Ferry crew mourned\n\nThe ferry sank off Tarvik on Monday night.\n\nAmong the dead is Oskar "Ossi" Lind, 48, a Tarvik Sea-Rescue captain who lived in Tarvik and rushed to help the ferry crew while off duty, officials confirmed.\n\nMarta Holm ran Tarvik Ferries, the company that owned the ferry, and Jon Ek founded it.' }),
    makeArticle({ file: 'b.txt', outlet: 'Coast Wire', published: '2031-03-29', text: 'Ferry sinks\n\nThe ferry sank off Tarvik on Monday night.\n\nPolice said the owners of Tarvik Ferries had ignored warnings about the hull.\n\nAmong them was Oskar Lind, a captain with Tarvik Sea-Rescue who went to help.' }),
  ]);

  it('never answers "which Tarvik sea captain" with the body named with the same words', () => {
    // The captain's name stands only in a sentence that covers the question far less: better no answer than the body.
    expect(ask(crew, 'Which Tarvik sea captain was killed helping out?').status).toBe('not_found');
  });

  it('reads "who was running X" as who did it, not as who someone is', () => {
    expect(ask(crew, 'Who was running Tarvik Ferries?').answer).toBe('Marta Holm');
  });
});

describe('ask, who won, who was made what, and who a plural is not', () => {
  const vote = buildIndex([
    makeArticle({ file: 'a.txt', outlet: 'Harbour Post', published: '2031-07-05', text: 'Forward party sweeps Tarvik\n\nSeveral senior Greens lost their seats, among them the former premier Ada Roe, who led the country for 40 days.\n\nThe new premier named Ivo Brandl as finance minister and made Lena Orvik his deputy premier.' }),
    makeArticle({ file: 'b.txt', outlet: 'Coast Wire', published: '2031-07-05', text: 'Forward party wins\n\nAda Roe, whose 40 days in office made her the shortest-serving premier, lost Tarvik North to the Forward party\'s Jon Ek by 512 votes.\n\nThe Forward party won the election in Tarvik by a wide margin.' }),
  ]);

  it('answers who beat someone with the one they lost to, never a plural word for a group', () => {
    expect(ask(vote, 'Who beat Ada Roe?').answer).toBe('Jon Ek');
  });

  it('reads "who did X make his deputy" as asking for the one made deputy', () => {
    expect(ask(vote, 'Who did the premier make his deputy?').answer).toBe('Lena Orvik');
  });

  it('does not answer a person with a plural word for people', () => {
    const greens = buildIndex([vote.articles[0]!, makeArticle({ file: 'c.txt', outlet: 'Valley News', published: '2031-07-05', text: 'Forward party sweeps Tarvik\n\nThe Forward party won the election in Tarvik.' })]);
    expect(ask(greens, 'Who beat Ada Roe?').status).toBe('not_found');
  });

  it('reads the verb of "who did the King make Prince of Oskby" past the titled subject, not the title asked of', () => {
    const court = buildIndex([
      makeArticle({ file: 'a.txt', outlet: 'Harbour Post', published: '2031-07-05', text: 'The King returns to Tarvik\n\nThe new King returns to Tarvik, meets crowds at the gates and makes Edmund the Prince of Oskby\n\nThe King met the council on Friday.' }),
      makeArticle({ file: 'b.txt', outlet: 'Coast Wire', published: '2031-07-05', text: 'The King returns\n\nEdmund and Maren, now the Prince and Princess of Oskby, joined Ivo and Lena, the Duke and Duchess of Velby, on a walk outside the castle.\n\nThe ferries ran as usual.' }),
    ]);
    expect(ask(court, 'Who did the King make Prince of Oskby?')).toMatchObject({ status: 'answered', answer: 'Edmund' });
  });

  it('answers with a one-word name ending in "s" that nothing before it counts or describes ("Jonas became chairman")', () => {
    const board = buildIndex([
      makeArticle({ file: 'a.txt', outlet: 'Harbour Post', published: '2031-07-05', text: 'Tarvik Ferries founder dies\n\nJonas became chairman at the moment of the founder\'s death on Thursday afternoon.\n\nThe board met on Friday.' }),
      makeArticle({ file: 'b.txt', outlet: 'Coast Wire', published: '2031-07-05', text: 'Tarvik Ferries mourns\n\nAda Roe became chair of the harbour trust in 2020, when its founder died.\n\nThe ferries ran as usual.' }),
    ]);
    expect(ask(board, 'Who became chairman when the founder died?')).toMatchObject({ status: 'answered', answer: 'Jonas' });
  });
});

describe('ask, what someone said was not so, or is going to do', () => {
  const breach = buildIndex([
    makeArticle({ file: 'a.txt', outlet: 'Harbour Post', published: '2031-09-23', text: 'Ferry line hacked\n\nTARVIK - Velmar Ferries said on Friday that the personal details of up to 90,000 passengers may have been stolen in a cyberattack.\n\nVelmar Ferries said card numbers and booking passwords had not been stolen.\n\nThe owner’s lawyers argued on Friday that the company had followed every rule.' }),
    makeArticle({ file: 'b.txt', outlet: 'Coast Wire', published: '2031-09-23', text: 'Ferry line breach\n\nVelmar Ferries said the attack had been stopped and that it had told the police.\n\nThe company said it will appeal against the regulator\'s fine.' }),
  ]);

  it('answers what was not taken only from a sentence that denies something', () => {
    expect(ask(breach, 'What did Velmar Ferries say was not taken?').answer).toContain('had not been stolen');
  });

  it('answers what is to come only from a sentence that speaks of the future', () => {
    expect(ask(breach, "What are the owner's lawyers going to do now?").status).toBe('not_found');
  });
});

describe('ask, what a thing is called, when the coverage writes its name before it', () => {
  const town = buildIndex([
    makeArticle({ file: 'a.txt', outlet: 'Harbour Post', published: '2031-04-18', text: 'Blast at Tarvik mill\n\nA blast at the Tarvik flour mill damaged homes, a school and a nursing home on Wednesday.\n\nThe Oxley Rest nursing home, which stands near the mill, lost its roof.' }),
    makeArticle({ file: 'b.txt', outlet: 'Coast Wire', published: '2031-04-18', text: 'Tarvik blast\n\nThe Oxley Rest nursing home nearby was evacuated after the blast at the mill.' }),
  ]);

  it("answers \"what's the X near Y called\" with the name written before X", () => {
    expect(ask(town, "What's the nursing home near the mill called?")).toMatchObject({ status: 'answered', answer: 'Oxley Rest' });
  });
});

describe('ask, what a thing is called, by its head noun', () => {
  it('never names another thing the question\'s later words fit ("a fusion power plant known as HEARTH")', () => {
    const idx = buildIndex([
      makeArticle({ file: 'a.txt', outlet: 'Harbour Post', published: '2031-12-12', text: 'Fusion milestone\n\nThe Tarn Energy Authority is also developing a prototype fusion power plant, known as HEARTH, with the aim of putting power on the grid.\n\nThe lasers at the Oskby Laser Facility crush a capsule of fuel. This approach is called inertial confinement fusion.' }),
    ]);
    expect(ask(idx, 'What is the approach to fusion used at the Oskby Laser Facility called?').answer).not.toBe('HEARTH');
  });
});

describe('ask, one value of a list of values', () => {
  const losses = buildIndex([
    makeArticle({ file: 'a.txt', outlet: 'Harbour Post', published: '2031-03-29', text: 'Ferry line collapse\n\nBy the judge\'s reckoning, passengers lost $6 billion, the line\'s shareholders $1.4 billion and lenders to Velmar Trading, the owner\'s other firm, $1.1 billion.' }),
    makeArticle({ file: 'b.txt', outlet: 'Coast Wire', published: '2031-03-29', text: 'Ferry line owner sentenced\n\nThe owner of the collapsed ferry line was sentenced to nine years on Thursday.' }),
  ]);

  it('answers with the value said of the asked words, the item they stand in', () => {
    expect(ask(losses, 'What did lenders to Velmar Trading lose?').answer).toBe('$1.1 billion');
    expect(ask(losses, 'How much did the passengers lose?').answer).toBe('$6 billion');
  });
});

describe('ask, when the coverage says it does not know', () => {
  const mill = buildIndex([
    makeArticle({ file: 'a.txt', outlet: 'Harbour Post', published: '2031-04-18', text: 'Blast at Tarvik mill\n\nIt was unclear on Thursday what started the fire at the Tarvik flour mill.\n\nThe Oxley Rest nursing home near the mill lost its roof, and all 85 of its residents were evacuated.' }),
    makeArticle({ file: 'b.txt', outlet: 'Coast Wire', published: '2031-04-18', text: 'Tarvik blast\n\nInvestigators began the work of determining what caused the fire at the mill.\n\nSome families who had been ordered out on Wednesday night were allowed back to their homes on the edges of the evacuation zone, but officials did not say when everyone would be able to return.\n\nFederal investigators began sifting through the remains of the Tarvik flour mill on Friday.' }),
  ]);

  it('answers "what started it" with nothing when the best evidence says it is unclear', () => {
    expect(ask(mill, 'What started the fire at the mill?').status).toBe('not_found');
  });

  it('does not take a day from a sentence that says no one said when', () => {
    expect(ask(mill, 'When will evacuated residents be allowed back home?').status).toBe('not_found');
  });

  it('does not answer a total with one place\'s own count', () => {
    expect(ask(mill, 'How many people were evacuated in all?').status).toBe('not_found');
    expect(ask(mill, 'How many residents of the nursing home were evacuated?').answer).toContain('85');
  });
});

describe('ask, a count given as a range', () => {
  const blast = buildIndex([
    makeArticle({ file: 'a.txt', outlet: 'Harbour Post', published: '2031-04-18', text: 'Blast at Tarvik mill\n\nA police sergeant said the estimate of the dead stood at four to 12 after the blast at the Tarvik mill.' }),
    makeArticle({ file: 'b.txt', outlet: 'Coast Wire', published: '2031-04-18', text: 'Tarvik blast\n\nThe police said between four and 12 people were believed to have died in the blast at the Tarvik mill.' }),
  ]);

  it('shows the range, not its upper end alone', () => {
    expect(ask(blast, 'What was the first death toll estimate from police?').answer).toMatch(/^(?:four to 12|between four and 12 people)$/);
  });
});

describe('ask, shares written "per cent", told roughly and exactly', () => {
  const vote = buildIndex([
    makeArticle({ file: 'a.txt', outlet: 'Harbour Post', published: '2031-07-05', text: 'Tarvik votes\n\nTurnout was about 60%, among the lowest at a Tarvik election in a century.' }),
    makeArticle({ file: 'b.txt', outlet: 'Coast Wire', published: '2031-07-05', text: 'Tarvik election\n\nTurnout was 59.4 per cent, the lowest since 2001.' }),
    makeArticle({ file: 'c.txt', outlet: 'Valley News', published: '2031-07-05', text: 'Tarvik result\n\nTurnout was 59.4 per cent, down from 66.1 per cent in 2026.' }),
  ]);

  it('reads "59.4 per cent" as a share, and answers with the exact figure another outlet rounds', () => {
    expect(ask(vote, 'What was the turnout?')).toMatchObject({ status: 'answered', answer: '59.4 per cent' });
  });
});

describe('ask, a range of shares and a wire code', () => {
  const deal = buildIndex([
    makeArticle({ file: 'a.txt', outlet: 'Harbour Post', published: '2031-04-26', text: 'Regulator blocks ferry deal\n\nTARVIK, April 26 (HP) - Tarvik’s competition regulator on Wednesday blocked Velmar’s takeover of Oskline.\n\nThe regulator estimates that Velmar holds 40% to 50% of the ferry market.' }),
    makeArticle({ file: 'b.txt', outlet: 'Coast Wire', published: '2031-04-26', text: 'Ferry deal blocked\n\nThe deal was blocked on Wednesday.' }),
  ]);
  const market = buildIndex([
    makeArticle({ file: 'a.txt', outlet: 'Harbour Post', published: '2031-04-26', text: 'Ferry deal blocked\n\nVelmar shares dropped as much as 12.5% to 6,920 crowns during the session.' }),
  ]);

  it('shows a range of shares whole', () => {
    expect(ask(deal, 'What share of the ferry market does Velmar hold?').answer).toBe('40% to 50%');
  });

  it('does not read a share and the price it fell to as a range', () => {
    expect(ask(market, 'By how much did Velmar shares drop during the session?').answer).toBe('as much as 12.5%');
  });

  it('never answers with the wire\'s code after the dateline', () => {
    expect(ask(deal, 'Which regulator blocked the takeover?').answer).not.toBe('HP');
  });
});

describe('ask, names of the asked kind, and adjectives made of names', () => {
  const bridge = buildIndex([
    makeArticle({ file: 'a.txt', outlet: 'Harbour Post', published: '2031-03-27', text: 'Tarvik bridge down\n\nThe Tarvik-flagged ship, managed by Tarvik-based Oskline Marine Group, struck the bridge at night.\n\nDrivers who used the bridge are being sent through the Fort Oskar Tunnel or the Harbor Tunnel.' }),
    makeArticle({ file: 'b.txt', outlet: 'Coast Wire', published: '2031-03-27', text: 'Bridge collapse\n\nThe ship struck the bridge at night.' }),
  ]);

  it('never takes "Tarvik-flagged" for a name', () => {
    expect(ask(bridge, 'Which company manages the ship?').answer).toBe('Oskline Marine Group');
  });

  it('answers "which tunnels" with the names of that kind the best sentence gives', () => {
    expect(ask(bridge, 'Which tunnels are drivers being sent through instead?').answer).toBe('Fort Oskar Tunnel and Harbor Tunnel');
  });
});

describe('ask, how long a thing is, when other things are measured beside it', () => {
  const bridge = buildIndex([
    makeArticle({ file: 'a.txt', outlet: 'Harbour Post', published: '2031-03-26', text: 'Tarvik bridge down\n\nA ship slammed into the Oskar Bridge, bringing most of the 1.4-mile span crashing into the river.' }),
    makeArticle({ file: 'b.txt', outlet: 'Coast Wire', published: '2031-03-26', text: 'Bridge collapse\n\nThe 951ft container vessel Velma smashed into a pillar of the Oskar Bridge at night.\n\nA truck was found in about 25 feet of water near the middle span of the bridge.' }),
    makeArticle({ file: 'c.txt', outlet: 'Valley News', published: '2031-03-26', text: 'Bridge falls\n\nThe 915-foot Velma sat motionless under a section of the bridge.' }),
  ]);

  it('answers with the measure of the asked thing, not of a ship named beside it or of the water', () => {
    expect(ask(bridge, 'How long was the bridge?').answer).toBe('1.4-mile');
  });
});

describe('ask, what-questions and a headline\'s deck', () => {
  const vote = buildIndex([
    makeArticle({ file: 'a.txt', outlet: 'Harbour Post', published: '2031-07-05', text: 'HARBOUR POST\nNews | Politics | Sport\nPOLITICS\nSWEPT AWAY! Roe booted out as Forward wins Tarvik\nForward party storms in, Roe says sorry, and Pip the harbour cat stays put\nBy Post Political Team | 5 July 2031, 10:15\n\nROE lost her seat as voters swept the Forward party to power in Tarvik on Thursday.\n\nThe Forward party won the Tarvik election by a wide margin on Thursday.' }),
    makeArticle({ file: 'b.txt', outlet: 'Coast Wire', published: '2031-07-05', text: 'Tarvik votes\n\nThe Forward party won the Tarvik election on Thursday.' }),
  ]);

  it('never answers with a line that ends with no stop, a headline or its deck', () => {
    expect(ask(vote, "What is Pip the harbour cat's official job?").status).toBe('not_found');
  });
});
