import { describe, expect, it } from 'vitest';
import { ask, buildIndex } from '../../src/engine/index.ts';
import { makeArticle, paragraphs } from '../helpers/corpus.ts';
import { ofTheAsked } from '../../src/engine/ask/digest-disputes.ts';
import { namesInQuestion } from '../../src/engine/ask/typed-candidates.ts';
import type { Conflict } from '../../src/engine/types.ts';

/** A made-up story told by three outlets, sharing a few sentences of background so they read as one story. */
const background = [
  'A cargo ferry ran aground off the island of Tarvik in heavy fog, and coastguard boats spent the night towing it free.',
  'The ferry company said the crew of eleven was safe and that no fuel had leaked from the hull.',
  'The harbour of Tarvik stayed closed to other shipping while divers inspected the damage to the ferry.',
];
const article = (outlet: string, lines: string[]) =>
  makeArticle({ file: `${outlet.toLowerCase().replace(/\W+/g, '-')}.txt`, outlet, published: '2031-05-06', text: `Ferry aground off Tarvik\n\n${[...background, ...lines].join('\n\n')}` });

const idx = buildIndex([
  article('Harbour Post', ['The ferry struck the sandbank at 4:12 a.m., the coastguard said.', 'The stranded ferry lies some 140 kilometres north of the capital.']),
  article('Coast Wire', ['According to the coastguard, the ferry hit the sandbank at 4:26 a.m. on Tuesday.', 'The island lies 136 kilometres north of the capital.']),
  article('Valley News', ['Schools on the mainland stayed open.']),
]);

describe('ask, when the digest found outlets disagreeing', () => {
  it('gives every side of a time instead of the one its wording matched best', () => {
    const a = ask(idx, 'At what time did the ferry hit the sandbank?');
    expect(a.status).toBe('disputed');
    expect(a.answer).toContain('4:12 a.m.');
    expect(a.answer).toContain('4:26 a.m.');
    expect(a.citations.map((c) => c.outlet).sort()).toEqual(['Coast Wire', 'Harbour Post']);
  });

  it('gives both distances, each with its outlet', () => {
    const a = ask(idx, 'How far is the ferry from the capital?');
    expect(a.status).toBe('disputed');
    expect(a.answer).toMatch(/140 kilometres.*Harbour Post/);
    expect(a.answer).toMatch(/136 kilometres.*Coast Wire/);
  });

  it('does not answer a count of something else with that disagreement', () => {
    expect(ask(idx, 'How many passengers were hurt when the ferry hit the sandbank?').status).toBe('not_found');
  });
});

describe('ask, when a disagreement is over the time of another deed than the one asked', () => {
  // Every outlet tells that a ship sank and one that the tanker did, none when; each tells when it struck the sandbank.
  const sinking = (outlet: string, lines: string[]) => article(outlet, ['The damaged ship sank in the harbour two days later.', ...lines]);
  const sank = buildIndex([
    sinking('Harbour Post', ['The tanker struck the sandbank at 4:12 a.m., the coastguard said.', 'The tanker itself sank on Thursday.']),
    sinking('Coast Wire', ['According to the coastguard, the tanker hit the sandbank at 4:26 a.m. on Tuesday.']),
    sinking('Valley News', ['Schools on the mainland stayed open.', 'A fishing boat sank off the coast last winter.']),
  ]);

  it('does not answer when the tanker sank with when it hit the sandbank', () => {
    expect(ask(sank, 'At what time did the tanker sink?').status).toBe('not_found');
    expect(ask(sank, 'At what time did the tanker hit the sandbank?').status).toBe('disputed');
  });
});

describe('ask, when only one side of a disagreement fits the question', () => {
  const crew = buildIndex([
    article('Harbour Post', ['The three fishermen came home to Tarvik on Monday, 212 days after they were seized at sea by pirates.']),
    article('Coast Wire', ['He said the three had been kept in a warehouse for 211 days.']),
    article('Valley News', ['Schools on the mainland stayed open.']),
  ]);

  it('gives both sides when the fitting sentence states one value of the kind', () => {
    const a = ask(crew, 'How many days were the fishermen held by pirates?');
    expect(a.status).toBe('disputed');
    expect(a.answer).toContain('211');
    expect(a.answer).toContain('212');
  });
});

describe('ask, who said something about someone the question names', () => {
  const family = buildIndex([
    article('Harbour Post', ['In a statement on Monday, Ilse Varga said she had at last held her son again after the ferry reached Tarvik.', 'She said Tomas had called himself the "luckiest sailor alive".']),
    article('Coast Wire', ['Tomas Varga, the ferry cook, was the last of the crew to leave the stranded ferry.']),
    article('Valley News', ['Schools on the mainland stayed open.']),
  ]);

  it('answers with the speaker, a relative sharing the surname, not the person spoken of', () => {
    const a = ask(family, 'Who said Tomas Varga called himself the "luckiest sailor alive"?');
    expect(a.status).toBe('answered');
    expect(a.answer).toBe('Ilse Varga');
  });
});

describe('ask, who did something to someone the question names by surname alone', () => {
  const court = buildIndex([
    article('Harbour Post', ['On Thursday the ferry owner Piet Van-Oskar was sentenced in a Tarvik court to six years for ignoring the fog warnings.', 'Judge Lena K. Orvik sentenced Van-Oskar after a two-week trial.']),
    article('Coast Wire', ['Judge Lena Orvik also ordered Van-Oskar to pay the crew.']),
    article('Valley News', ['Schools on the mainland stayed open.']),
  ]);

  it('never answers with the person the question names, written with a first name the question leaves out', () => {
    const a = ask(court, 'Which judge sentenced Van-Oskar?');
    expect(a.status).toBe('answered');
    expect(a.answer).toMatch(/Lena (?:K\. )?Orvik$/);
  });
});

describe('ask, where something happened, when another outlet names a place of something else', () => {
  const blast = buildIndex([
    article('Harbour Post', ['Nine bodies have been recovered from the wreckage of the fuel depot explosion in Velby, officials said on Friday.']),
    article('Coast Wire', ['The governor, speaking at a news conference in Oskby on Thursday, called the explosion a nightmare for the community.']),
    article('Valley News', ['Schools on the mainland stayed open.']),
  ]);

  it('answers with the place the asked event hangs on, not one hung on another noun', () => {
    const a = ask(blast, 'Where did the explosion happen?');
    expect(a.status).toBe('answered');
    expect(a.answer).toBe('Velby');
  });
});

describe("ask, when the disagreement is one company's", () => {
  const shares = buildIndex([
    article('Harbour Post', ['Shares in the ferry company Tarnsoft slid by more than 12% in premarket trade, while its insurer Velmar was down by more than 1%.']),
    article('Coast Wire', ["Velmar's shares fell more than 3% before the open but soon recovered to around Thursday's close."]),
    article('Valley News', ['Schools on the mainland stayed open.']),
  ]);

  it('gives both sides of that company\'s share fall, each with its bound as written', () => {
    const a = ask(shares, "How much did Velmar's shares drop in premarket trading?");
    expect(a.status).toBe('disputed');
    expect(a.answer).toMatch(/more than 1%.*Harbour Post/);
    expect(a.answer).toMatch(/more than 3%.*Coast Wire/);
  });

  it('does not answer a question about another company with it, nor set that company\'s figure against it', () => {
    expect(ask(shares, "By how much were Tarnsoft shares down at Thursday's close?").answer).not.toContain('3%');
    const a = ask(shares, "How far did Tarnsoft's shares fall before the open?");
    expect(a.answer).toContain('12%');
    expect(a.answer).not.toContain('3%');
  });
});

describe('ask, in other words than the coverage', () => {
  it('reads "crash" as the impact the coverage tells with "struck" and "hit"', () => {
    const a = ask(idx, 'At what time did the ferry crash?');
    expect(a.status).toBe('disputed');
    expect(a.answer).toContain('4:12 a.m.');
    expect(a.answer).toContain('4:26 a.m.');
  });
});

describe('ask, when one outlet gives a region\'s figure ("In Tarnby, …")', () => {
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
  const seats = buildIndex([
    vote('Harbour Post', ['The Larks won 388 of the 640 seats.']),
    vote('Coast Wire', ['In Tarnby, the Larks won 23 of the 41 seats.']),
    vote('Valley News', ['The Larks won 388 seats, far more than the 301 needed for a majority.']),
  ]);

  it('answers the whole\'s count, not a disagreement with the region\'s', () => {
    const a = ask(seats, 'How many seats did the Larks win?');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('388');
  });

  it('answers the region\'s count when the question names the region', () => {
    const a = ask(seats, 'How many seats did the Larks win in Tarnby?');
    expect(a.answer).toContain('23');
  });
});

describe('ask, when two sides asked for different things', () => {
  // The third outlet's "term" carries "prosecutors asked" over from the sentence before; its figure is the lawyers'.
  const sentencing = buildIndex([
    article('Harbour Post', ['Prosecutors had asked for a sentence of 30 to 40 years.', "The owner's lawyers had pleaded for 51 to 63 months."]),
    article('Coast Wire', ['Prosecutors had asked for 30 to 40 years, the court heard.']),
    article('Valley News', ['The judge sentenced the ferry owner to 12 years in prison.', 'Prosecutors had asked for a far longer sentence. They told the court that the owner had ignored the warnings.', "The 12-year term is far longer than his lawyers' request of 51 to 63 months."]),
  ]);

  it('answers what the asked people wanted, not disputed by what other people wanted', () => {
    const a = ask(sentencing, 'What sentence were the prosecutors asking for?');
    expect(a.status).toBe('answered');
    expect(a.answer).toBe('30 to 40 years');
  });

  it('reads "how much time" as a length of time, a range with its unit', () => {
    const a = ask(sentencing, 'How much time did his lawyers want him to get?');
    expect(a.answer).toBe('51 to 63 months');
  });
});

describe('ask, a figure that is one named side\'s', () => {
  const vote = buildIndex([
    article('Harbour Post', ['The Forward party won 402 seats, and Jane Roe held Tarvik North with a majority of 8,105 over the Green candidate.']),
    article('Coast Wire', ['Roe, who leads the Green party, won Tarvik North for the first time; her party won five seats in all.']),
    article('Valley News', ['Schools on the mainland stayed open.']),
  ]);

  it("answers whose majority was asked with the figure a majority is given as, not a seat count", () => {
    const a = ask(vote, "What was Roe's majority?");
    expect(a.status).toBe('answered');
    expect(a.answer).toBe('8,105');
  });
});

describe('a disagreement scoped by a name, asked about another name', () => {
  const side = (quote: string) => ({ value: 1, unit: null, sources: [{ outlet: 'Harbour Post', file: 'a.txt', quote, span: { start: 0, end: quote.length }, speaker: null }] });
  const conflict = (topic: string, of?: string): Conflict => ({ id: 'c1', topic, kind: 'disagreement', values: [side('Forward won 402 seats.'), side('His party won 399 seats.')], ...(of ? { of } : {}) });

  it('is the question\'s only when the question names one of its names, or a side names what it names, or it names nothing', () => {
    expect(ofTheAsked(idx, conflict('seats (seats Forward)'), namesInQuestion('How many seats did the Green party win?'))).toBe(false);
    expect(ofTheAsked(idx, conflict('seats (seats Forward)'), namesInQuestion('How many seats did Forward win?'))).toBe(true);
    expect(ofTheAsked(idx, conflict('seats (seats Forward)'), namesInQuestion('How many seats were won?'))).toBe(true);
    expect(ofTheAsked(idx, conflict('age', 'Brandl'), namesInQuestion('How old is Roe?'))).toBe(false);
    expect(ofTheAsked(idx, conflict('time (ferry hit sandbank)'), namesInQuestion('When did the ferry hit Tarvik?'))).toBe(true);
    // A topic's name is read from its sentences: a side naming the asked party makes it that party's too.
    expect(ofTheAsked(idx, { ...conflict('seats (seats Green)'), values: [side('Forward won 402 seats.')] }, namesInQuestion('How many seats did Forward win?'))).toBe(true);
  });

  it('reads a day, a month or (when the question names no place) a place in the topic as when and where, not whose', () => {
    const idx = buildIndex([
      makeArticle({ file: 'a.txt', outlet: 'Harbour Post', text: 'Ferry aground\n\nIn Tarvik, the harbour stayed closed on Tuesday.\n\nRescue boats sailed from Tarvik at dawn.\n\nCaptain Brandl ordered the crew off in Tarvik.' }),
    ]);
    expect(ofTheAsked(idx, conflict('time (Tuesday sandbank)'), namesInQuestion('At what time did Captain Brandl order the crew off?'))).toBe(true);
    expect(ofTheAsked(idx, conflict('time (May sandbank)'), namesInQuestion('At what time did Captain Brandl order the crew off?'))).toBe(true);
    expect(ofTheAsked(idx, conflict('time (Tarvik)'), namesInQuestion('At what time did Captain Brandl order the crew off?'))).toBe(true);
    // A question naming a place is not answered by a disagreement scoped by another.
    expect(ofTheAsked(idx, conflict('time (Tarvik)'), namesInQuestion('At what time did the ferry reach Oskby?'))).toBe(false);
    expect(ofTheAsked(idx, conflict('time (Forward)'), namesInQuestion('At what time did Captain Brandl order the crew off?'))).toBe(false);
  });
});

describe('a disagreement of another kind of value than the one asked', () => {
  const bg = ['A storm struck the coastal town of Brellin overnight, flooding the harbour district and cutting power to the old quarter.', 'Rescue crews from the regional fire service worked through the night to reach residents trapped by the water.'];
  const storm = (outlet: string, line: string) => makeArticle({ file: `${outlet}.txt`, outlet, published: '2031-06-06', text: `Storm\n\n${[...bg, line].join('\n\n')}` });
  const idx = buildIndex([
    storm('Harbour Post', 'Four relief ferries sailed from Brellin harbour on June 4, the coastguard said.'),
    storm('Coast Wire', 'Six relief ferries sailed from Brellin harbour, the coastguard said.'),
  ]);

  it('does not dispute a date whose day is one side\'s count', () => {
    expect(idx.conflicts.some((c) => c.kind === 'disagreement' && c.values.some((v) => v.value === 4))).toBe(true);
    expect(ask(idx, 'On what date did the relief ferries sail?')).toMatchObject({ status: 'answered', answer: 'June 4' });
  });
});

describe('ask, a single one against a count of many', () => {
  const vote = (outlet: string, line: string) => makeArticle({ file: `${outlet}.txt`, outlet, published: '2031-06-06', text: `Larks sweep Morland vote\n\nThe Larks swept to power in the Morland general election.\n\n${line}` });
  const idx = buildIndex([
    vote('Harbour Post', 'The Larks won 388 seats in the election.'),
    vote('Coast Wire', 'The Larks won 388 of the 640 seats.'),
    vote('Valley News', 'The Larks had won one seat in the west, where the election was close.'),
  ]);

  it('is no rival: a single one named is not another count of the same thing', () => {
    expect(ask(idx, 'How many seats did the Larks win?')).toMatchObject({ status: 'answered', answer: '388 seats' });
  });
});

describe('a rival that calls the asked people by a word for anyone', () => {
  it('sets "the first man was brought out at 8.10pm" against "the first worker was brought out at 7.50pm"', () => {
    const idx = buildIndex([
      paragraphs('a.txt', 'Valley Courier', '2031-03-20', ['Rescuers drilled for nine days to reach the twelve trapped workers.', 'The first worker was brought out of the Brenmoor mine at about 7.50pm, to cheers from relatives.']),
      paragraphs('b.txt', 'Ridge Herald', '2031-03-20', ['Rescuers drilled for nine days to reach the twelve trapped workers.', 'The first man was brought out of the Brenmoor mine at 8.10pm, grinning, as rescuers clapped and relatives wept.']),
      paragraphs('c.txt', 'Harbour Wire', '2031-03-21', ['The twelve workers were taken to hospital in Tarnby.', 'Doctors said the workers were tired but well.']),
    ]);
    const a = ask(idx, 'What time was the first worker brought out of the mine?');
    expect(a.status).toBe('disputed');
    expect(a.answer).toContain('7.50pm');
    expect(a.answer).toContain('8.10pm');
  });
});

describe('ask, when two outlets put an event in two places', () => {
  const places = buildIndex([
    makeArticle({ file: 'a.txt', outlet: 'Tarnby Wire', published: '2031-03-28', text: 'An 88-year-old woman died when water flooded her home in Oskby, officials said.\n\nA federal judge in Brellin sentenced the banker to 25 years on Thursday.' }),
    makeArticle({ file: 'b.txt', outlet: 'Oskby Courier', published: '2031-03-29', text: 'An 88-year-old woman died when water flooded her home in Marrow, the mayor said.\n\nA federal judge in Westmark Valley handed the banker a 25-year term and recommended a prison near the coast.' }),
  ]);
  it('does not make a disagreement of places from sentences that hold little of it', () => {
    expect(ask(places, 'Where does the judge want the banker to serve his time?').status).not.toBe('disputed');
  });
});

describe('a person\'s age in a sentence set somewhere', () => {
  it('sets "In Tarnby, … Ann Roe, 37" against "Ann Roe, 38": an age is the same wherever the sentence is set', () => {
    const idx = buildIndex([
      paragraphs('a.txt', 'Valley Courier', '2031-03-20', ['Ann Roe, 38, a former diver who had volunteered to help, died on Friday.', 'Rescuers pumped water from the Brenmoor mine.']),
      paragraphs('b.txt', 'Ridge Herald', '2031-03-21', ['The death of Ann Roe, 38, a former diver, shook the rescuers.', 'Pumps ran through the night.']),
      paragraphs('c.txt', 'Harbour Wire', '2031-03-22', ['In Tarnby, the celebrations have been tempered by the loss of Ann Roe, 37, the former diver who died on Friday.', 'The twelve workers were taken to hospital.']),
    ]);
    const a = ask(idx, 'How old was Ann Roe?');
    expect(a.status).toBe('disputed');
    expect(a.answer).toContain('37');
    expect(a.answer).toContain('38');
  });
});

describe('a figure asked at its end ("eventually")', () => {
  const idx = buildIndex([
    paragraphs('a.txt', 'Valley Courier', '2031-06-20', ['The search area for the Tarn submersible covered about 7,600 square miles of ocean, the coast guard said.', 'Ships and planes joined the search.']),
    paragraphs('b.txt', 'Ridge Herald', '2031-06-22', ['The search area for the Tarn submersible covered more than 10,000 square miles of ocean, the coast guard said.', 'Debris was found near the wreck.']),
  ]);
  it('answers with the value told last, where the plain question finds the outlets apart', () => {
    expect(ask(idx, 'How big did the search area for the Tarn submersible eventually become?')).toMatchObject({ status: 'answered' });
    expect(ask(idx, 'How big did the search area for the Tarn submersible eventually become?').answer).toContain('10,000');
    expect(ask(idx, 'How big was the search area for the Tarn submersible?').status).toBe('disputed');
  });
});

describe('who announced a thing, when outlets disagree on who said the words quoted beside it', () => {
  const idx = buildIndex([
    article('Harbour Wire', ['Energy Secretary Ivo Roe announced the result on Tuesday: "Simply put, this is one of the most impressive feats of the century."']),
    article('Coast Lantern', ['Energy Secretary Ivo Roe announced the result at a news conference on Tuesday.', '"Simply put, this is one of the most impressive feats of the century," said Ann Marr, the science adviser.']),
    article('Valley Post', ['"Simply put, this is one of the most impressive feats of the century," Energy Secretary Ivo Roe said.']),
  ]);

  it('answers who announced it: the words quoted are not what was asked', () => {
    expect(ask(idx, 'Which energy secretary announced the result?')).toMatchObject({ status: 'answered', answer: 'Ivo Roe' });
  });

  it('still disputes who said the words', () => {
    expect(ask(idx, 'Who said "Simply put, this is one of the most impressive feats of the century"?').status).toBe('disputed');
  });
});

describe('a figure asked of a completed count ("in the completed survey")', () => {
  const idx = buildIndex([
    paragraphs('a.txt', 'Valley Courier', '2031-04-21', ['The wildlife service said on Friday that its staff had found debris scattered across more than 200 acres of the launch site and the neighbouring park, though a full survey had not yet been completed.', 'Residents swept dust from their cars.']),
    paragraphs('b.txt', 'Ridge Herald', '2031-04-22', ['The wildlife service said on Saturday that its completed survey found debris spread across 385 acres of the launch site and the neighbouring park.', 'The regulator grounded the rocket.']),
  ]);
  it('answers with the value told last', () => {
    expect(ask(idx, 'How large an area did debris cover in the completed wildlife survey?')).toMatchObject({ status: 'answered' });
    expect(ask(idx, 'How large an area did debris cover in the completed wildlife survey?').answer).toContain('385');
  });
});

