import { describe, expect, it } from 'vitest';
import { ask, buildIndex } from '../../src/engine/index.ts';
import { parseQuestion } from '../../src/engine/ask/question.ts';
import { nameSpans } from '../../src/engine/ask/spans.ts';
import { paragraphs as art } from '../helpers/corpus.ts';

// A made-up cathedral fire and rescue told by two outlets: a relative of a titled man, a name inside another's title,
// a body called another kind of body, and a family that pledged money.
const index = buildIndex([
  art('a.txt', 'Harbour Wire', '2031-04-16', [
    'Dr Ivo Brandl learned of his father\'s death hours after the last of the divers came out of the Oskby cave.',
    'Dr Ivo Brandl, an anaesthetist from Tarnby, swam in to examine the boys.',
    'The cave was much deeper than the divers had feared.',
    'Lena Marr, the Velmarco chief executive, said her engineers had built a small submarine and were sending it to the cave.',
  ]),
  art('b.txt', 'Evening Lantern', '2031-04-17', [
    "Much of the public's money is being collected by the Fondation du littoral, Tarnby's heritage foundation, which said it had received thousands of gifts.",
    'The Roe family promised €100 million towards the reconstruction on Monday night.',
    'Firefighters saved the two towers of the Oskby cathedral.',
  ]),
]);

describe('names of another kind than the one asked for', () => {
  it('never answers "which relative of Dr Brandl" with Dr Brandl himself', () => {
    expect(ask(index, 'Which relative of Dr Brandl died just after the rescue?').answer).not.toMatch(/Brandl/);
  });

  it('answers who had something built with the person, not the company in her title', () => {
    expect(ask(index, 'Who had a small submarine built?')).toMatchObject({ status: 'answered', answer: 'Lena Marr' });
  });

  it('reads "Fondation du littoral" whole, and never as the oil company asked for', () => {
    expect(nameSpans("It is run by the Fondation du littoral, a trust.", (_w, initial) => !initial).map((s) => s.text)).toContain('Fondation du littoral');
    expect(ask(index, 'Which body is collecting the public\'s donations?')).toMatchObject({ status: 'answered', answer: 'Fondation du littoral' });
    expect(ask(index, 'Which oil company promised money for the reconstruction?').answer).not.toMatch(/Fondation|Roe/);
  });

  it('reads "which company promised money" as asking who gave, not who said', () => {
    expect(parseQuestion('Which company promised money for the reconstruction?').cue).toBeNull();
    expect(parseQuestion('Who promised that the cathedral would be rebuilt?').cue).toBe('promise');
  });
});

describe('a place before a title', () => {
  it('answers whom with the titled person, not the place that modifies the title ("Tarn senator JD Roe")', () => {
    const idx = buildIndex([
      art('a.txt', 'Harbour Wire', '2031-04-16', ['He sat beside his newly chosen running mate, Tarn senator JD Roe, as speakers paid tribute.']),
    ]);
    expect(ask(idx, 'Whom did the candidate choose as his running mate?')).toMatchObject({ status: 'answered', answer: 'JD Roe' });
  });
});

describe('someone spoken to', () => {
  it('is no place, though "to" leads to the name ("spoke to Roe by phone")', () => {
    const idx = buildIndex([
      art('a.txt', 'Harbour Wire', '2031-07-14', ['Brandl spoke to Roe by phone on Saturday night.', 'President Ivo Brandl spoke on Saturday from Tarnby Beach, Oskland.']),
    ]);
    expect(ask(idx, 'Where did Brandl speak on Saturday evening?')).toMatchObject({ status: 'answered', answer: 'Tarnby Beach' });
  });
});

describe('places inside one another', () => {
  it('are no disagreement: the one the coverage puts inside the other says where more closely', () => {
    const idx = buildIndex([
      art('a.txt', 'Harbour Wire', '2031-07-14', ['Ivo Roe was speaking at a campaign rally in Oskland when shots rang out.']),
      art('b.txt', 'Evening Lantern', '2031-07-15', ['Shots rang out at the campaign rally at the Tarnby Show grounds as Ivo Roe was speaking.', 'The grounds lie near Tarnby, Oskland.']),
    ]);
    expect(ask(idx, 'Where was the campaign rally held?')).toMatchObject({ status: 'answered', answer: 'Tarnby Show' });
  });
});

describe('a dateline naming a region', () => {
  it('dates the filing, not the event: asked when, the day the sentence gives', () => {
    const idx = buildIndex([
      art('a.txt', 'Harbour Wire', '2031-07-14', ['TARNBY, Oskland, July 14 (Harbour) - The police on Sunday identified the gunman who opened fire at the rally as Ivo Roe.']),
    ]);
    expect(ask(idx, "When did the police identify the gunman?")).toMatchObject({ status: 'answered', answer: 'Sunday' });
  });
});

describe('a model number', () => {
  it('is no one: the word after it names the model ("Velco 700-9 Max aircraft")', () => {
    const idx = buildIndex([
      art('a.txt', 'Harbour Wire', '2031-01-08', ['Inspections of its grounded Velco 700-9 Max aircraft had found loose bolts on door plugs, the airline said.']),
    ]);
    expect(ask(idx, 'Who found loose bolts on door plugs?').answer).not.toMatch(/Max/);
  });
});

describe('a body that only says whose role a person held', () => {
  const idx = buildIndex([
    art('a.txt', 'Harbour Wire', '2031-04-16', [
      'Ivo Roe, 52, a former chief of the Tarnby Volunteer Fire Company, was in the stands with his family when a gunman on a nearby rooftop opened fire on Saturday.',
      'The warehouse, part of a complex used by Velmar Glassworks, a maker of testing equipment, stood just outside the perimeter of the rally.',
    ]),
  ]);

  it('is not the company asked for when the question does not name that person', () => {
    expect(ask(idx, 'Which company used the warehouse the gunman fired from?')).toMatchObject({ status: 'answered', answer: 'Velmar Glassworks' });
  });

  it('answers which company a named person led', () => {
    expect(ask(idx, 'Which company did Ivo Roe lead?')).toMatchObject({ status: 'answered', answer: 'Tarnby Volunteer Fire Company' });
  });
});

describe('places, peoples and strengths', () => {
  const idx = buildIndex([
    art('a.txt', 'Harbour Wire', '2031-04-16', [
      'President Ivo Brandl, who watched the match at the Quinta de Tarn presidential residence, declared Tuesday a holiday.',
      'The dead included five Velmarians and two Oskbyans, among them Ann Roe, 21, a student who was on exchange at a university in Marrow.',
    ]),
    art('b.txt', 'Evening Lantern', '2031-04-17', ['The ship, 400 metres long, ran aground in strong winds.', 'Fans filled the streets of Marrow.']),
  ]);

  it('reads a place named with "de" whole, and a presidential residence as a place, not a title', () => {
    expect(ask(idx, 'Where did President Brandl watch the match?')).toMatchObject({ status: 'answered', answer: 'Quinta de Tarn' });
  });

  it('never gives people of a country ("two Oskbyans") as the body asked for', () => {
    expect(ask(idx, 'At which university was Ann Roe spending a semester?').answer).not.toMatch(/Velmarians|Oskbyans/);
  });

  it('reads "how strong were the winds" as asking a speed, which a length does not answer', () => {
    expect(parseQuestion('How strong were the winds when the ship ran aground?').type).toMatchObject({ want: 'size', head: 'speed' });
    expect(ask(idx, 'How strong were the winds when the ship ran aground?').answer).not.toMatch(/metres/);
  });
});

describe('a name before a noun of a kind, with another name after it', () => {
  // "the Tarnish salvage company Oskco", "the Velmar group Brellin Holdings", "the Tarn island of Oskby": the first
  // name says what kind the second is.
  const idx = buildIndex([
    art('a.txt', 'Harbour Wire', '2031-01-14', [
      'The liner Oskby Star ran aground off the Tarnish island of Velde late on Friday, officials said.',
      'The ship belongs to Marrow Cruises, which is part of the Velmar group Brellin Holdings.',
      'Marrow Cruises has hired the Tarnish salvage company Oskco to pump out the fuel.',
    ]),
  ]);

  it('answers the island, not the word before "island"', () => {
    expect(ask(idx, 'Off which island did the Oskby Star run aground?')).toMatchObject({ status: 'answered', answer: 'Velde' });
  });

  it('answers the group, not the country that describes it', () => {
    expect(ask(idx, 'Which group owns Marrow Cruises?').answer).not.toBe('Velmar');
    expect(ask(idx, 'Which salvage company did Marrow Cruises hire?')).toMatchObject({ status: 'answered', answer: 'Oskco' });
  });
});

describe('a role asked with its owner', () => {
  it('is not answered by the role and owner themselves ("Oskby Star captain", "the Oskby Star")', () => {
    const idx = buildIndex([
      art('a.txt', 'Harbour Wire', '2031-01-14', [
        "Coastguard's call to Oskby Star captain revealed as death toll rises to 11",
        'The captain of the Oskby Star was in prison in Tarnby last night, accused of abandoning his ship.',
        'Divers found two more bodies in the half-sunken liner on Tuesday.',
      ]),
    ]);
    expect(ask(idx, 'Who was the captain of the Oskby Star?').answer).not.toMatch(/Oskby|captain/);
  });
});

describe('an answer made of the question\'s own words', () => {
  it('is no answer ("On which Tarn forum …" is not answered by "Tarn forum")', () => {
    const idx = buildIndex([
      art('a.txt', 'Harbour Wire', '2031-01-28', [
        'The buying was organised on the Tarn forum r/oskbets, which has grown to more than 6 million members.',
        'Shares of Velco rose again on Thursday morning before trading was halted.',
      ]),
      art('b.txt', 'Evening Lantern', '2031-01-29', ['Regulators said they were watching the market closely.', 'The broker limited buying of the shares on Thursday.']),
    ]);
    expect(ask(idx, 'On which Tarn forum was the buying organised?').answer).not.toMatch(/^Tarn forum$/i);
  });
});

describe('a judge named after a court', () => {
  it('is the person after the title, and a place between her and the verb keeps her the subject', () => {
    const idx = buildIndex([
      art('a.txt', 'Harbour Wire', '2031-06-27', [
        'Also on Monday, Civil District Court Judge Ann Marr in Port Tarnby temporarily blocked the state\'s trigger laws after a clinic argued that they were vague, and Judge Ivo Roe in Oskby issued a 14-day restraining order against another ban.',
        'Protesters gathered outside the court in Velby on Sunday.',
      ]),
      art('b.txt', 'Evening Lantern', '2031-06-28', ['Clinics in three states stopped seeing patients.', 'The governor said the state would appeal.']),
    ]);
    expect(ask(idx, "Which judge temporarily blocked the state's trigger laws?")).toMatchObject({ status: 'answered', answer: 'Ann Marr' });
  });
});

describe('a person named after an initialism and a title', () => {
  it('is the person after the title ("TSA Administrator Ivo Roe"), not another person in a weaker sentence', () => {
    const idx = buildIndex([
      art('a.txt', 'Harbour Wire', '2031-06-27', ['TSA Administrator Ivo Roe congratulated the Tarnby crew on the landing.', 'The lander touched down near the pole.']),
      art('b.txt', 'Evening Lantern', '2031-06-28', ['President Ann Marr, who shared the update, congratulated the scientists.', 'The rover left the lander on Thursday.']),
    ]);
    expect(ask(idx, 'Which TSA chief congratulated the Tarnby crew on the landing?')).toMatchObject({ status: 'answered', answer: 'Ivo Roe' });
  });
});

describe('a name half made of the question\'s words', () => {
  it('is still the answer when its other half names someone ("Attorney-General Ivo Roe", asked "which attorney-general")', () => {
    const idx = buildIndex([
      art('a.txt', 'Harbour Wire', '2031-09-27', ['Attorney-General Ivo Roe called the privacy penalties woefully inadequate.', 'The breach exposed millions of records.']),
      art('b.txt', 'Evening Lantern', '2031-09-28', ['The company apologised on Friday.', 'Customers were told to watch for scams.']),
    ]);
    expect(ask(idx, 'Which attorney-general called the privacy penalties woefully inadequate?').answer).toMatch(/Ivo Roe/);
  });
});

describe('a firm asked for', () => {
  it('is not answered by a person the article named in full before ("Roe told them")', () => {
    const idx = buildIndex([
      art('a.txt', 'Harbour Wire', '2031-06-25', [
        'The engineer Ivo Roe inspected the tower in 2028 for the owners.',
        'According to minutes of the meeting on Nov. 15, 2028, Roe told them the tower "appears to be in very good shape."',
      ]),
      art('b.txt', 'Evening Lantern', '2031-06-26', ['Rescuers searched the rubble through the night.', 'The mayor said the tower had passed its last inspection.']),
    ]);
    expect(ask(idx, 'Which engineering firm wrote the 2028 report on the tower?').answer).not.toMatch(/Roe/);
  });
});
