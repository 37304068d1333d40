import { describe, expect, it } from 'vitest';
import { ask, buildIndex } from '../../src/engine/index.ts';
import { makeArticle, paragraphs } from '../helpers/corpus.ts';
import { parseQuestion } from '../../src/engine/ask/question.ts';
import { questionSpeaker } from '../../src/engine/ask/evidence.ts';

// Made-up stories written for these tests, each told by two or three outlets: where something came from, two
// subjects in one sentence, a person named with words for a person, a definite noun pointing a few sentences back,
// and when something ends.
const story = (...outlets: string[][]) =>
  buildIndex(outlets.map((lines, k) => makeArticle({ file: `${k}.txt`, outlet: `Outlet ${'ABC'[k]}`, published: '2031-05-02', text: lines.join('\n\n') })));

const crash = story(
  [
    'A charter flight from Oskby overran the runway at Tarnby on Thursday, and all 96 people aboard the flight walked away.',
    'One passenger, who came from Westmark, said the cabin of the flight filled with smoke.',
    'Ivo Brandl, the pilot of the flight, was taken to Tarnby General Hospital.',
    'He broke his wrist, and he was later moved to a clinic in Velby because his family asked for it.',
    'He remembered tightening his harness as the jet began to descend, but nothing after that.',
    'Tarnby declared three days of mourning after the flight overran the runway.',
    'The mourning began on Friday and lasts until midnight on Sunday.',
    'Kestrel FM, the airport station, went off the air after the flight overran the runway.',
    'Its director, Ann Roe, wrote that the station had lost power.',
    'Bulletins had been due to resume at 6am; the station came back at around 9am.',
  ],
  ['The flight had left Oskby two hours before it overran the runway at Tarnby.', 'Investigators reached Tarnby on Thursday evening to examine the crash of the last flight of the day.', 'Every crew member and survivor, male or female, was checked by doctors.', 'Smoke hung in the air over Tarnby for hours.', 'Air crews from Oskby flew in to help.'],
);

const market = story(
  ['Tarnsoft shares slid by more than 8% in premarket trade, while Velmar Air was down by more than 2%.', 'Tarnsoft blamed a faulty update for the outage.'],
  [
    'Tarnsoft said the outage was caused by a faulty update.',
    'Shares in Tarnsoft fell as the outage spread.',
    "Before the opening bell the stock was down by as much as 20%, touching a low of $27.08, against Thursday's closing price of $34.05.",
  ],
  [
    'Under the recovery plan for the outage, Tarnsoft should have named the affected customers no later than 48 hours before the patch.',
    'The recovery plan lasts six weeks, during which Tarnsoft is to give the regulator the names of customers hit by the faulty update.',
  ],
);

const flood = story(
  ['Lunch was being served at a care home in Velby when the flood broke through its garden wall.', 'The water rose within minutes.', 'The home had 80 residents, and four of them drowned in the flood.', 'Most of them had lived in Velby all their lives.'],
  ['The flood reached Velby on Tuesday.', 'The mayor of Velby said no fewer than 30 residents of the town, which has 9,000 inhabitants and lies on the river, had been killed in the flood.'],
);

describe('questions whose words sit in clauses and phrases', () => {
  it('answers "where … coming from" with the place the asked thing came from, not where someone else came from', () => {
    expect(ask(crash, 'Where was the crashed flight coming from?')).toMatchObject({ status: 'answered', answer: 'Oskby' });
  });

  it('takes the value from the clause that names what the question names', () => {
    expect(ask(market, "How much did Velmar Air's shares drop in premarket trading?")).toMatchObject({ status: 'answered', answer: 'more than 2%' });
    // Outlet B's "before the opening bell … as much as 20%" is Tarnsoft's premarket figure too: both sides are shown.
    expect(ask(market, "How much did Tarnsoft's shares drop in premarket trading?")).toMatchObject({ status: 'disputed', answer: 'more than 8% (Outlet A) vs as much as 20% (Outlet B)' });
  });

  it('answers "what was the lowest price" with the low the sentence gives', () => {
    expect(ask(market, "What was Tarnsoft's lowest share price before the market opened?")).toMatchObject({ status: 'answered', answer: '$27.08' });
  });

  it('answers "how far in advance" with a lead time, not with how long something lasts', () => {
    expect(ask(market, "How far in advance was Tarnsoft supposed to give the regulator the affected customers' names?")).toMatchObject({ status: 'answered', answer: '48 hours' });
  });

  it('finds a named person by the name, whatever words for a person stand before it', () => {
    expect(ask(crash, "Where was the male crew member Brandl moved to at his family's request?")).toMatchObject({ status: 'answered', answer: 'Velby' });
  });

  it('answers "what was the last thing … before the crash" from what the sentence says, without "last" or the moment', () => {
    expect(ask(crash, 'What was the last thing the pilot Brandl remembered before the crash?')).toMatchObject({ status: 'answered', answer: expect.stringContaining('tightening his harness') });
  });

  it('carries who a sentence is about past an opening common noun, and answers when it happened with no time it was only due at', () => {
    expect(ask(crash, 'Roughly when did Kestrel FM get back on air?')).toMatchObject({ status: 'answered', answer: '9am' });
  });

  it('answers when something ends with the day it lasts until, told with its time', () => {
    expect(ask(crash, 'When does the mourning end?')).toMatchObject({ status: 'answered', answer: 'midnight on Sunday' });
  });
});

describe('a definite noun pointing a few sentences back', () => {
  it('reads a place from the sentence it points back to, citing both', () => {
    const a = ask(flood, 'In which town did four residents drown in a care home?');
    expect(a).toMatchObject({ status: 'answered', answer: 'Velby' });
    expect(a.citations.map((c) => c.quote)).toEqual(['Lunch was being served at a care home in Velby when the flood broke through its garden wall.', 'The home had 80 residents, and four of them drowned in the flood.']);
  });

  it('counts what it points back to; a toll of the same noun is another count', () => {
    expect(ask(flood, 'How many residents lived in the Velby care home that flooded?')).toMatchObject({ status: 'answered', answer: '80 residents' });
  });
});

describe('the source a question names', () => {
  const aid = story(
    ['Oskby said the border crossing into Oskby would reopen on Monday for aid convoys.', 'Tarnaida, the relief agency, said it had 300 truckloads of aid waiting to go in.'],
    ['Aid convoys lined up at the border crossing into Oskby on Monday.', 'Oskby said the first aid convoys had crossed.'],
  );

  it('is the one the question has speak ("did X say"), not another name that also speaks elsewhere', () => {
    expect(questionSpeaker(aid, parseQuestion('How many truckloads of aid did Tarnaida say it had ready to enter Oskby?'))).toBe('x:tarnaid');
  });
});

describe('a body named again by its kind', () => {
  const update = story(
    [
      'Airlines and banks across Westmark were hit on Friday when Tarnsoft shipped a faulty update to Windows machines.',
      'By the regulator’s account, the security firm released the update on April 30, and it began crashing machines at once.',
    ],
    [
      'Tarnsoft apologised on Friday for the faulty update that crashed Windows machines across Westmark.',
      'In a technical note, the company said it had sent the faulty update at 04:09 UTC on 1 May, and that it crashed the machines.',
    ],
  );

  it('is the body the article named before ("the security firm released …"), so both dates answer the question', () => {
    const a = ask(update, 'On what date was the faulty Tarnsoft update released?');
    expect(a.status).toBe('disputed');
    expect(a.answer).toMatch(/April 30/);
    expect(a.answer).toMatch(/1 May/);
  });
});

describe('a plan and a deed, and the number a question names', () => {
  const swap = story(
    [
      'In return for the first three hostages, Westmark was due to release 90 prisoners later on Sunday.',
      'The first phase of the truce lasts six weeks, during which Oskby is to free 33 hostages and Westmark about 1,900 prisoners.',
    ],
    ['In the 42-day first phase of the truce, Oskby is to release 33 hostages in return for almost 2,000 prisoners.'],
    ['Westmark set free 90 prisoners at around 1am on Monday, in the first exchange under the truce.'],
  );

  it('answers what was done for the asked number, not a plan for another number', () => {
    expect(ask(swap, 'How many prisoners were freed in exchange for the first three hostages?')).toMatchObject({ status: 'answered', answer: '90 prisoners' });
  });

  it('answers a question about a plan with the planned figures, disputed where outlets differ', () => {
    const a = ask(swap, 'How many prisoners is Westmark to free in the first phase?');
    expect(a.status).toBe('disputed');
    expect(a.answer).toMatch(/1,900/);
    expect(a.answer).toMatch(/2,000/);
  });
});

describe('a toll told by nation and by people', () => {
  const toll = buildIndex([
    makeArticle({ file: 'a.txt', outlet: 'Outlet A', published: '2031-05-02', text: 'Strikes on the border villages killed at least 19 Westmarians during the delay to the truce on Sunday.' }),
    makeArticle({ file: 'b.txt', outlet: 'Outlet B', published: '2031-05-03', text: 'Medics said strikes on the border villages killed at least 13 people during the delay to the truce on Sunday.' }),
  ]);

  it('sets a later smaller figure against the first as a disagreement, not as an update or a count of others', () => {
    const a = ask(toll, 'How many Westmarians were killed by strikes during the delay to the truce?');
    expect(a.status).toBe('disputed');
    expect(a.answer).toMatch(/19/);
    expect(a.answer).toMatch(/13/);
  });
});

describe('a time inside a relative clause', () => {
  it('does not answer when the spire fell with the time the fire began, told in a "which" clause', () => {
    const idx = buildIndex([
      paragraphs('a.txt', 'Harbour Wire', '2031-04-16', ['The fire, which began at about 6.50 p.m. on Monday in the attic of the Oskby cathedral, brought down its spire and destroyed much of its roof.', 'Firefighters saved the two towers.']),
      paragraphs('b.txt', 'Coast Review', '2031-04-16', ['Crowds watched from the river banks as the Oskby cathedral burned.', 'The roof was lost.']),
    ]);
    expect(ask(idx, 'At what time did the spire come down?').answer).not.toMatch(/6\.50/);
    expect(ask(idx, 'At what time did the fire begin?').answer).toMatch(/6\.50/);
  });
});

describe('a place inside a relative clause', () => {
  it('does not answer where someone raced with the place of what a "who" clause says they did, times and numbers with commas and all', () => {
    const idx = buildIndex([
      paragraphs('a.txt', 'Harbour Wire', '2031-10-09', ['Ann Roe, who won the 5,000m and 10,000m titles in Velby, won the Tarnby race on Sunday in 2:07:31, six weeks after running at the world championships in Oskby.', 'The Tarnby race drew a record field.']),
      paragraphs('b.txt', 'Coast Review', '2031-10-09', ['Roe was second at halfway in the Tarnby race.', 'The weather was cool.']),
    ]);
    expect(ask(idx, 'In which city had Roe raced at the world championships?')).toMatchObject({ status: 'answered', answer: 'Oskby' });
    expect(ask(idx, 'Where did Roe win her 10,000m title?')).toMatchObject({ status: 'answered', answer: 'Velby' });
  });
});

describe('a day told relative to another event', () => {
  it('does not give the day of the event an offset counts from ("on Wednesday, a day after the Oskby Relief Office declared …")', () => {
    const idx = buildIndex([
      paragraphs('a.txt', 'Harbour Wire', '2031-08-14', ['The Velmar Health Agency declared a global emergency on Wednesday, a day after the Oskby Relief Office declared its first regional emergency.', 'Cases have risen in Oskby.']),
      paragraphs('b.txt', 'Coast Review', '2031-08-14', ['Cases of the fever have risen in Oskby this year.', 'Vaccines are scarce.']),
    ]);
    expect(ask(idx, 'On what day did the Oskby Relief Office declare its emergency?').answer).not.toMatch(/Wednesday/);
    expect(ask(idx, 'On what day did the Velmar Health Agency declare its emergency?').answer).toMatch(/Wednesday/);
  });
});
