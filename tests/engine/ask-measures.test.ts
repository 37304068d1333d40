import { describe, expect, it } from 'vitest';
import { ask, buildIndex } from '../../src/engine/index.ts';
import { makeArticle, storyArticles } from '../helpers/corpus.ts';
import { parseQuestion } from '../../src/engine/ask/question.ts';
import { termKey } from '../../src/engine/text/stem.ts';

// A made-up truce story: how long a phase lasts, against times until and between its steps.
const index = buildIndex([
  makeArticle({
    file: 'a.txt',
    outlet: 'Valley Courier',
    published: '2031-04-02',
    text: [
      'The truce between the two valley clans began on Sunday.',
      'The herders\' talks had been due to start at 9.30am.',
      'The weather office issued its first warning at 7am, yet it was 8.03pm before the civil protection message reached mobile phones in the valley.',
      'A market for the herders is scheduled for the spring, and a census of their flocks is scheduled too.',
      'Storms this week killed 12 people in Tarnby, officials said.',
      'No storm in Tarnby has been deadlier since 1987, when 40 people died in the valley.',
      'The council has opened a helpline, 0800 123 456, for anyone looking for missing relatives.',
      'The clans also set up a hotline, run by volunteers, for herders stranded in the hills.',
      'Its first stage lasts four weeks, during which 12 herders are to be freed.',
      'In the first stage of the truce, the mediator said, five more herders would be freed in ten days, then two every ten days.',
    ].join('\n\n'),
  }),
  makeArticle({
    file: 'b.txt',
    outlet: 'Ridge Herald',
    published: '2031-04-02',
    text: ['Under the first stage of the truce, two herders would be released in nine days.', 'The emergency alert landed on residents\' phones at 8.12pm, when many people were already trapped.'].join('\n\n'),
  }),
]);

describe('measures a question asks for', () => {
  it('answers "how long is X" with how long X lasts, not with the time until or between its steps', () => {
    const a = ask(index, 'How long is the first stage of the truce?');
    expect(a.status).toBe('answered');
    expect(a.answer).toBe('four weeks');
  });

  it('answers "what helpline number" with the value set off by commas after the asked noun, and only such a value', () => {
    const a = ask(index, 'What helpline number did the council open for relatives of the missing?');
    expect(a.status).toBe('answered');
    expect(a.answer).toBe('0800 123 456');
    expect(ask(index, 'What hotline did the clans set up for stranded herders?').answer).not.toBe('run by volunteers');
  });

  it('answers "before this week, in what year did X last …" with the earlier year, reading the frame and "last" as no words to find', () => {
    const q = parseQuestion('Before this week, in what year did Tarnby last suffer a storm this deadly?');
    const generic = (w: string) => q.terms.find((t) => t.word === w)?.generic;
    expect([generic('week'), generic('last'), generic('deadly')]).toEqual([true, true, false]);
    expect(parseQuestion('When did he send his last message to his family?').terms.filter((t) => t.generic).map((t) => t.word)).toEqual([]);
    const a = ask(index, 'Before this week, in what year did Tarnby last suffer a storm this deadly?');
    expect(a.status).toBe('answered');
    expect(a.answer).toBe('1987');
  });

  it('reads "due to start" as "scheduled to begin"', () => {
    expect(termKey('due')).toBe(termKey('scheduled'));
    const a = ask(index, 'When had the herders\' talks originally been scheduled to begin?');
    expect(a.status).toBe('answered');
    expect(a.answer).toBe('9.30am');
  });

  it('shows two outlets\' times of day for one moment as a disagreement, however each words it', () => {
    const a = ask(index, "What time did the civil protection alert reach people's mobile phones?");
    expect(a.status).toBe('disputed');
    expect(a.answer).toContain('8.03pm');
    expect(a.answer).toContain('8.12pm');
  });
});

describe('figures converted in brackets, money in any currency, and distances between named places', () => {
  const art = (file: string, outlet: string, published: string, text: string) => makeArticle({ file, outlet, published, text: `Headline\n\n${text}` });
  const idx = buildIndex([
    art('a.txt', 'Harbour Wire', '2031-07-14', 'The roof was about 120 yards from the stage.'),
    art('b.txt', 'Evening Lantern', '2031-07-16', 'The roof from which the gunman fired was about 160 yards (146 metres) from the stage. He said the government would set aside 80 billion lira (about $4.2bn) for relief. He lived in Oskby, about 25 miles (40 kilometres) from the rally site. Supporters drove in from Tarnby for the rally.'),
  ]);

  it('shows a figure as written, not its conversion in brackets', () => {
    const a = ask(idx, 'How far was the roof from the stage?');
    expect(a.status).toBe('disputed');
    expect(a.answer).toContain('about 160 yards');
    expect(a.answer).not.toContain('146 metres');
  });

  it('reads a sum in lira as money', () => {
    expect(ask(idx, 'How much did the government set aside for relief?')).toMatchObject({ status: 'answered', answer: '80 billion lira' });
  });

  it('never gives a distance from another place than the one asked about', () => {
    expect(ask(idx, 'How far is the rally site from Tarnby?').status).toBe('not_found');
  });
});

describe('a range in words, and a flight number after a place\'s locative', () => {
  const art = (file: string, outlet: string, published: string, text: string) => makeArticle({ file, outlet, published, text: `Headline\n\n${text}` });
  const idx = buildIndex([
    art('a.txt', 'Harbour Wire', '2031-01-08', 'Each plane will have to be inspected before it can fly again, a process the regulator said would take three to seven hours per aircraft. The flight was delayed by the inspection.'),
    art('b.txt', 'Evening Lantern', '2031-01-09', 'The missing panel from Flight 310 was found in a backyard, the board said. The flight had left Oskby.'),
  ]);

  it('reads "three to seven hours" whole', () => {
    expect(ask(idx, 'How long does the inspection of each plane take, according to the regulator?')).toMatchObject({ status: 'answered', answer: 'three to seven hours' });
  });

  it('never takes "Flight 310" for the place asked about', () => {
    expect(ask(idx, 'Where was the missing panel found?').answer).not.toMatch(/Flight/);
  });
});

describe('a temperature asked for', () => {
  const art = (file: string, outlet: string, published: string, text: string) => makeArticle({ file, outlet, published, text: `Headline\n\n${text}` });
  const idx = buildIndex([
    art('a.txt', 'Harbour Wire', '2031-12-13', 'The lasers heat the fuel to about 80 million degrees Celsius, ten times hotter than the core of the star, and squeeze it until the atoms fuse.'),
    art('b.txt', 'Evening Lantern', '2031-12-14', 'As the capsule implodes, the fuel is crushed and heated to more than 60 million degrees, and the atoms fuse.'),
  ]);

  it('is answered in degrees, not with a sentence nor with "ten times hotter"', () => {
    const a = ask(idx, 'To what temperature is the fuel heated?');
    expect(a.status).not.toBe('not_found');
    expect(a.answer).toMatch(/^(?:about 80|more than 60) million degrees/);
    expect(a.answer).not.toContain('ten times');
  });
});

describe('how long something lasted', () => {
  it('is not how long another verb went on ("a goal physicists have chased for more than 40 years")', () => {
    const idx = buildIndex([
      makeArticle({ file: 'a.txt', outlet: 'Harbour Wire', published: '2031-12-12', text: 'Headline\n\nScientists produced more energy from a fusion reaction than was used to start it, a milestone physicists have chased for more than 40 years.' }),
    ]);
    expect(ask(idx, 'How long did the fusion reaction last?').answer).not.toMatch(/40 years/);
  });
});

describe('a gap after an event', () => {
  it('is not how long an act took: "took about 40 seconds to break the rocket apart" rivals no "four minutes after the launch"', () => {
    const idx = buildIndex([
      makeArticle({ file: 'a.txt', outlet: 'Harbour Wire', published: '2031-04-20', text: 'The Velco rocket broke apart about four minutes after the launch from Tarnby on Thursday.\n\nThe launch tower was badly damaged.' }),
      makeArticle({ file: 'b.txt', outlet: 'Oskby Courier', published: '2031-04-21', text: 'The self-destruct system of the Velco rocket was triggered but took about 40 seconds to break the rocket apart after the launch, far longer than it should have.\n\nThe regulator grounded the rocket.' }),
    ]);
    const a = ask(idx, 'How long after the launch did the rocket break apart?');
    expect(a.status).toBe('answered');
    expect(a.answer).toBe('about four minutes');
  });
});

describe('a reading below zero', () => {
  const article = storyArticles('Regulator approves Velco vaccine', [
    "The regulator approved Velco's vaccine on Wednesday, and the first doses are to be given next week.",
    'Hospitals will receive the doses first, and care homes later.',
    'Ministers said the approval was the start of the end of the crisis.',
  ]);
  const idx = buildIndex([
    article('Harbour Post', '2031-12-02', ['The vaccine must be stored at around minus 70C, which makes it hard to distribute.']),
    article('Coast Wire', '2031-12-02', ['The vaccine has to be stored at about minus 70C in special freezers.']),
    article('Valley News', '2031-12-03', ['The vaccine has to be shipped and stored at about minus 80C, according to the product information.']),
  ]);

  it('keeps the sign written as a word, in the answer and in the digest', () => {
    const a = ask(idx, 'At what temperature does the vaccine have to be stored?');
    expect(a.status).toBe('disputed');
    expect(a.answer).toMatch(/minus 70C.*minus 80C/);
    const labels = idx.conflicts.flatMap((c) => c.values.map((v) => v.label ?? ''));
    expect(labels).toContain('minus 80C');
  });
});
