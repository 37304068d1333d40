import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../src/engine/ask/question.ts';
import { termKey } from '../../src/engine/text/stem.ts';

describe('what a question wants, from its wh-phrase', () => {
  it.each([
    ['Which town was hit first?', 'place', 'town'],
    ['In which harbour did the ferry sink?', 'place', 'harbour'],
    ['How old is the driver?', 'age', null],
    ['How many years did the inquiry take?', 'count', null],
    ['What percentage of homes lost power?', 'percent', 'percentage'],
    ['Which airline operated the flight?', 'group', 'airline'],
    ['Which company runs Oskby metro station?', 'group', 'company'],
    ['Which relative of Dr Roe died after the rescue?', 'person', 'relative'],
    ['How strong were the winds?', 'size', 'speed'],
    ['Whom did the minister blame?', 'person', null],
    ['Which spokeswoman confirmed the figure?', 'person', 'spokeswoman'],
    ['Which agency confirmed 40 drivers?', 'group', 'agency'],
    ['Which former champion carried the flame?', 'person', 'champion'],
    ['What kind of storm warning did the agency issue?', 'what', 'warning'],
    ['What did the talks finally cost Tarnby, according to its finance ministry?', 'money', null],
    ['Within what period did Ivo Roe hope for a deal?', 'duration', 'period'],
    ['Which agency said hackers were using the outage?', 'group', 'agency'],
    ['At what time did the bridge close?', 'time', 'time'],
    ['In what year was the dam built?', 'year', 'year'],
    ['In what month and year did the strike start?', 'date', 'year'],
    ['How far is the camp from the border?', 'distance', null],
    ['How many kilometres of road were washed away?', 'distance', null],
    ['How much did the repairs cost?', 'money', null],
    ['How much did the passengers lose?', 'money', null],
    ['By how much did the shares fall?', 'percent', null],
    ["How much did the bank's shares drop in early trading?", 'percent', null],
    ['How much did the shares bounce back on Wednesday?', 'percent', null],
    ['How much did Velco stock recover by the close?', 'percent', null],
    ['Which company builds the turbines?', 'group', 'company'],
    ['What did the mayor say about the flood?', 'what', null],
    ['In which US state were the systems knocked out?', 'place', 'state'],
    ['Which minister told the newspaper about the plan?', 'person', 'minister'],
    // A figure asked for with "what is": a share, a length of time, a count or money, not a statement.
    ["What's the biggest fine the regulator can impose?", 'money', 'fine'],
    ['What was the turnout?', 'percent', 'turnout'],
    ['What is the longest prison time he could face?', 'duration', 'time'],
    ['What sentence did the prosecutors ask for?', 'duration', 'sentence'],
    ['What was the first death toll estimate from the police?', 'count', 'estimate'],
    ["What was the mayor's majority?", 'count', 'majority'],
    ['What was the ferry company worth before the sinking?', 'money', 'worth'],
    ['What did the lenders lose?', 'money', null],
    ["What is the smuggler's name?", 'person', 'name'],
    ['What magnitude did the seismologists record?', 'size', 'magnitude'],
    ['Which jail is the driver held in?', 'place', 'jail'],
    ['Which constituency declared last?', 'place', 'constituency'],
    ['Which attorney-general called the fines inadequate?', 'person', 'attorney-general'],
    ['How much time did his lawyers want him to serve?', 'duration', null],
    // …while "what is the X" that is no figure stays a statement, and "what time" a time of day.
    ["What is the harbour master's job?", 'what', null],
    ['What time did the ferry leave?', 'time', 'time'],
    // A thing a preposition of place leads to is where; a moment, a vehicle or a work quoted is not.
    ['From which cosmodrome was the probe launched?', 'place', 'cosmodrome'],
    ['In which room of the palace did the mayor speak?', 'place', 'room'],
    ['In which minute did Tarnby score?', 'what', 'minute'],
    ['From which play did the mayor quote?', 'what', 'play'],
    // What a thing is costing, losing or earning is a sum.
    ['What could the closure be costing trade each week?', 'money', null],
    // A limit on a sum is a sum; a limit on a number of things is not.
    ['What was the cap on wholesale electricity prices?', 'money', 'cap'],
    ['What was the cap on the number of visitors?', 'what', null],
  ])('%s → %s', (q, want, head) => {
    const p = parseQuestion(q);
    expect(p.type.want).toBe(want);
    if (head) expect(p.type.head).toBe(head);
  });

  it('reads "which company\'s shares" as asking for the company, what it owns being the question\'s matter', () => {
    const q = parseQuestion("Which company's shares fell after growth in its cloud business slowed?");
    expect(q.type).toMatchObject({ want: 'group', head: 'company' });
    expect(parseQuestion("What was the name of the Tarnby's support ship?").type.head).toBe('ship');
  });

  it('reads whom as a recipient and "according to whom" as a speaker', () => {
    expect(parseQuestion('Whom did the minister blame?').type.role).toBe('recipient');
    expect(parseQuestion('According to whom did the talks fail?').type.role).toBe('speaker');
  });

  it('does not require the words that describe the answer in the evidence', () => {
    const p = parseQuestion('Which Dutch newspaper reported the loss?');
    expect(p.terms.filter((t) => !t.generic).map((t) => t.word)).toEqual(['loss']);
  });

  it('reads a relative clause between commas as saying which one is meant, its verb as no cue', () => {
    const p = parseQuestion('Which man, who said he was driving home, lost two dogs in the crash?');
    expect(p.cue).toBeNull();
    expect(p.terms.filter((t) => !t.generic).map((t) => t.word)).toEqual(['lost', 'two', 'dogs', 'crash']);
  });

  it('reads words for a person before a name, a participle before its noun and a closing past relative clause as saying which one', () => {
    const words = (q: string) => parseQuestion(q).terms.filter((t) => !t.generic).map((t) => t.word);
    expect(words('Where was the male crew member Brandl moved to?')).toEqual(['Brandl', 'moved']);
    expect(words('How many passengers were on the crashed ferry?')).toEqual(['passengers', 'ferry']);
    expect(words('How many people lived in the Velby care home that flooded?')).toEqual(['lived', 'Velby', 'care']);
    // Modal frames and light verbs say how, not what: "was supposed to give them the names" is "should have named them".
    expect(words('When was Tarnsoft supposed to give the regulator the names?')).toEqual(['Tarnsoft', 'regulator', 'names']);
  });

  it('reads the noun before a participle as what is asked ("the deadline set for …" a time, "the amount paid to …" money)', () => {
    expect(parseQuestion('What was the deadline set for the board to resign on Saturday?').type).toMatchObject({ want: 'time', head: 'deadline' });
    expect(parseQuestion('What was the amount paid to the families?').type.want).toBe('money');
  });

  it('reads "what was X\'s … price" as asking for money, and "before the market opened" as the moment meant', () => {
    const p = parseQuestion("What was Tarnsoft's lowest share price before the market opened?");
    expect(p.type.want).toBe('money');
    expect(p.terms.filter((t) => !t.generic).map((t) => t.word)).toEqual(["Tarnsoft's", 'lowest', 'share', 'price']);
  });

  it('reads "where … from" as asking where something came from, its verb carried by "from"', () => {
    const p = parseQuestion('Where was the ferry coming from?');
    expect(p.type.origin).toBe(true);
    expect(p.terms.filter((t) => !t.generic).map((t) => t.word)).toEqual(['ferry']);
  });

  it('reads words in brackets as an aside, not words to find', () => {
    const p = parseQuestion('How many passengers (not counting crew) were aboard the ferry?');
    expect(p.terms.filter((t) => !t.generic).map((t) => t.word)).toEqual(['passengers', 'aboard', 'ferry']);
  });

  it('keeps quoted words, times and codes as such', () => {
    const p = parseQuestion('Who called the plan "a betrayal of trust" at 6:40 a.m. on the A320 flight?');
    expect(p.quoted).toEqual(['a betrayal of trust']);
    expect(p.numbers).toEqual([]);
    expect(p.terms.map((t) => t.key)).toEqual(expect.arrayContaining(['@06:40', '%a320']));
  });

  it('counts the noun after a partitive and after an initialism', () => {
    expect(parseQuestion('How many of the 40 rescued miners were hurt?').unitWord).toBe('miners');
    expect(parseQuestion('How many US banks failed?').unitWord).toBe('banks');
  });

  it('reads the role of the asked one: the object after "did X <verb>", a name asked for by what it names', () => {
    expect(parseQuestion('Which broadcaster did the driver tell about the crash?').type).toMatchObject({ want: 'group', role: 'recipient' });
    expect(parseQuestion('Which official did the ministry say was in charge?').type.role).toBe(null);
    expect(parseQuestion('What time did the alert reach phones?').type).toMatchObject({ want: 'time', role: null });
    expect(parseQuestion('What is the name of the crisis cell that met at noon?').type).toMatchObject({ want: 'group', head: 'cell', focus: ['cell'], named: true });
  });

  it('reads "the names of X" as what a question is about unless it asks "what is the name of X"', () => {
    const generic = (q: string) => parseQuestion(q).terms.find((t) => /^names?$/i.test(t.word))?.generic;
    expect(generic('When did the club publish the names of the players?')).toBe(false);
    expect(generic('What is the name of the club that won?')).toBe(true);
  });

  it('asks no event with "the care home" or "lived", and a return with "came home"', () => {
    expect(parseQuestion('How many residents lived in the care home?').event).toBe(null);
    expect(parseQuestion('How many soldiers came home on Friday?').event).toBe('release');
    expect(termKey('lived')).not.toBe(termKey('killed'));
    expect(termKey('lives')).toBe(termKey('killed'));
  });

  it('keeps a possessor named in the wh-phrase as something the evidence must name', () => {
    const p = parseQuestion("What was Roe's majority?");
    expect(p.terms.find((t) => t.word === "Roe's")).toMatchObject({ generic: false });
    expect(p.terms.find((t) => t.word === 'majority')).toMatchObject({ generic: true });
  });

  it('reads providers, lenders, platforms, exchanges, publishers and suppliers as bodies', () => {
    for (const q of ['According to which data provider did the rate reach 6%?', 'Which lender raised its rates first?', 'Which exchange halted trading?', 'Which supplier made the part?']) {
      expect(parseQuestion(q).type.want).toBe('group');
    }
  });
});

describe('where something began', () => {
  it('asks where it set out from, as "where did it come from" does', () => {
    expect(parseQuestion('Where did the river parade begin?').type.origin).toBe(true);
    expect(parseQuestion('Where was the parade held?').type.origin).toBe(false);
  });
});

describe('the cue verb of a who-question', () => {
  it('is no capitalised word of a name ("Secretary of State") nor a verb with its particle ("called off")', () => {
    expect(parseQuestion('Which Secretary of State called off a visit to Tarnland?').cue).toBeNull();
    expect(parseQuestion('Who called the flight "a clear violation of our sovereignty"?').cue).toBe('call');
  });
});
