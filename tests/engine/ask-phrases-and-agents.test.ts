import { describe, expect, it } from 'vitest';
import { ask, buildIndex } from '../../src/engine/index.ts';
import { paragraphs, storyArticles } from '../helpers/corpus.ts';

// A made-up awards night: the winner of "best actress" is told in a sentence naming two winners, the winner of
// "best supporting actress" in a short one of her own.
describe('a question\'s phrase kept whole or split by the evidence', () => {
  const night = buildIndex([
    paragraphs('a.txt', 'Tarn Post', '2030-03-02', [
      'Velco wins best picture.',
      "Anna Brandl wins best actress for 'The Oska', and Ivo Roe is named best director for 'The River'.",
      "Maja Marr wins best supporting actress for 'Tarnby Story'.",
    ]),
  ]);

  it('answers "who won best actress?" from the sentence saying "best actress", not "best supporting actress"', () => {
    expect(ask(night, 'Who won best actress?').answer).toBe('Anna Brandl');
    expect(ask(night, 'Who won best supporting actress?').answer).toBe('Maja Marr');
  });
});

// A made-up plane maker: its fuselages are built by a supplier in one town and assembled in another.
describe('where a passive verb with its agent happened', () => {
  const plane = buildIndex([
    paragraphs('a.txt', 'Tarn Post', '2030-03-02', [
      'A panel blew out of a Velco Tarnjet on Friday.',
      "The fuselages of all Tarnjets, including the panels, are built by Oskaero in Velby and shipped by rail to Velco's assembly line in Tarnby.",
      "At Velco's Tarnjet factory in Tarnby on Tuesday, the chief executive told staff the company would own up to what had happened.",
    ]),
    paragraphs('b.txt', 'Oska Herald', '2030-03-03', ['Velco, which builds the Tarnjet in Tarnby, said it regretted the delays.', 'Inspectors found loose bolts on several planes.']),
  ]);

  it('is the place after "built by Oskaero in": the verb before the agent leads to it', () => {
    expect(ask(plane, "Where are the Tarnjet's fuselages built?").answer).toBe('Velby');
  });
});

// A made-up awards night: one man slaps another on stage.
describe('a passive question asks the one it was done to', () => {
  const night = buildIndex([
    paragraphs('a.txt', 'Tarn Post', '2030-03-02', ['Ivo Roe slaps Piet Kell at the Tarn Awards.', 'That moment, Ivo Roe walking on stage and slapping presenter Piet Kell after a joke about his wife, continued to dominate the talk in Tarnby on Tuesday.', 'The show went on.']),
    paragraphs('b.txt', 'Oska Herald', '2030-03-03', ['In Tarnby, the broadcaster cut the sound as Roe, back in his seat after slapping Kell across the face, twice yelled at the comedian.', 'Kell did not press charges.']),
  ]);

  it('is answered with the one slapped, not the one who slapped', () => {
    expect(ask(night, 'Which comedian was slapped?').answer).toBe('Piet Kell');
    expect(ask(night, 'Who slapped the comedian?').answer).toContain('Roe');
  });
});

// A made-up trial: outlets time one act differently, each in minutes and seconds; one says in the same sentence that
// the victim died on a day of a past year. And a made-up awards night's telecast.
describe('a length of time told in two parts', () => {
  const article = storyArticles('Roe guilty of murdering Kell', ['A jury in Tarnby found former officer Ivo Roe guilty of murdering Piet Kell, who died after Roe knelt on his neck.']);
  const trial = buildIndex([
    article('Tarn Post', '2030-04-21', ["Roe had kept his knee on Kell's neck for eight minutes and 46 seconds, a figure chanted at marches since last May."]),
    article('Oska Herald', '2030-04-21', ["Kell, a 46-year-old man, died on May 5, 2029, after Roe kept his knee on Kell's neck for 9 minutes and 29 seconds while he lay on the street."]),
    article('Kell Review', '2030-04-21', ["For nine minutes and 29 seconds, prosecutors said, Roe kept his knee on Kell's neck."]),
  ]);
  const night = buildIndex([paragraphs('c.txt', 'Velby Times', '2030-03-28', ['The Tarn Awards telecast still ran about three hours and 40 minutes.', 'Ratings rose.'])]);

  it('is read whole, and two outlets\' lengths disagree even where one dates another event to a past year', () => {
    const a = ask(trial, "How long did Roe keep his knee on Kell's neck?");
    expect(a.status).toBe('disputed');
    expect(a.answer).toContain('eight minutes and 46 seconds');
    expect(a.answer).toMatch(/9 minutes and 29 seconds|nine minutes and 29 seconds/);
    expect(ask(night, 'How long did the telecast run?').answer).toBe('about three hours and 40 minutes');
  });

  it('is one value in the digest, shown as the outlets write it', () => {
    const c = trial.conflicts.find((x) => x.values.some((v) => v.label === 'eight minutes and 46 seconds'));
    expect(c?.values.map((v) => v.label)).toEqual(['eight minutes and 46 seconds', 'nine minutes and 29 seconds']);
  });
});

// A made-up trial: one outlet gives both sides' witnesses in one sentence, the noun of the second left unsaid.
describe('a sentence giving two counts, the second with its noun unsaid', () => {
  const article = storyArticles('Roe guilty of murdering Kell', ['A jury in Tarnby found former officer Ivo Roe guilty of murdering Piet Kell.']);
  const trial = buildIndex([
    article('Tarn Post', '2030-04-21', ['Over three weeks of testimony, prosecutors called 38 witnesses and the defense seven.']),
    article('Oska Herald', '2030-04-21', ['The defense called seven witnesses, who testified over two days.']),
    article('Velby Times', '2030-04-21', ['Over the next three weeks, 45 witnesses took the stand, from the teenager who filmed the arrest to medical experts.']),
  ]);

  it('does not set one side\'s count against the other\'s', () => {
    const twoOutlets = buildIndex([
      article('Tarn Post', '2030-04-21', ['Over three weeks of testimony, prosecutors called 38 witnesses and the defense seven.']),
      article('Oska Herald', '2030-04-21', ['The defense called seven witnesses, who testified over two days.']),
    ]);
    expect(ask(twoOutlets, 'How many witnesses testified for the defense?')).toMatchObject({ status: 'answered', answer: 'seven witnesses' });
  });

  it('is no disagreement with the whole they add up to, nor between the parts', () => {
    expect(trial.conflicts.filter((c) => c.values.some((v) => v.unit === 'witnesses'))).toEqual([]);
  });
});

// A made-up fuel shortage: two governors declare emergencies, one sentence fronting the other state.
describe('a name in the clause another place fronts', () => {
  const shortage = buildIndex([
    paragraphs('a.txt', 'Tarn Post', '2030-05-12', ['In Oskland, Gov. Ivo Roe declared a state of emergency on Tuesday, a day after Gov. Ann Marr did the same in Tarnland, freeing up state resources.', 'Queues grew at stations.']),
  ]);

  it('did the asked thing there, not in the place the question asks about', () => {
    expect(ask(shortage, 'Who declared a state of emergency in Tarnland?').answer).not.toBe('Ivo Roe');
    expect(ask(shortage, 'Who declared a state of emergency in Oskland?').answer).toBe('Ivo Roe');
  });
});

// A made-up awards telecast: preliminary ratings one day, final ones the next, each with last year's low beside.
describe('a figure of the asked stage and the asked year', () => {
  const article = storyArticles('Tarn Awards ratings rise', ['The Tarn Awards telecast on Sunday drew more viewers than last year.']);
  const ratings = buildIndex([
    article('Tarn Post', '2030-03-28', ['Preliminary ratings figures released on Monday showed that 15.36 million people watched in Tarnland, up from a record low of 10.4 million in 2029, when a storm forced a scaled-back show.']),
  ]);

  it('is not a preliminary figure where the final one is asked', () => {
    expect(ask(ratings, 'How many people watched the ceremony in Tarnland according to the final ratings figures?').status).toBe('not_found');
  });

  it('is the figure the asked year stands beside ("up from 10.4 million in 2029")', () => {
    expect(ask(ratings, 'How many people watched the ceremony in 2029?').answer).toBe('10.4 million');
  });
});

// A made-up awards night, told by three outlets that each name a place in passing.
describe('where, from places loosely told', () => {
  const article = storyArticles('Tarn Awards night ends in a slap', ['Ivo Roe slapped Piet Kell on stage at the Tarn Awards on Sunday.']);
  const night = buildIndex([
    article('Tarn Post', '2030-03-28', ['The show is under way at the Marr Theatre in Velby, with Regina Hall, Anna Brandl and Maja Sykes as hosts, the first time the ceremony has had a host since 2027.']),
    article('Oska Herald', '2030-03-29', ['"I was out of line and I was wrong," Roe wrote in a statement posted on Instagram, nearly a day after the ceremony.']),
    article('Velby Times', '2030-03-30', ['Kell, meanwhile, was set to perform on Wednesday night at the Tarn Theatre in Oskby, the first stop of a tour that sold out quickly after the ceremony.']),
  ]);

  it('is neither the medium words were posted on nor a person named alongside, and unsettled between two loose places', () => {
    const a = ask(night, 'Where was the ceremony held?');
    expect(a.answer).not.toMatch(/Instagram|Regina Hall/);
    expect(a.status).toBe('not_found');
  });
});

// A made-up awards night: three outlets give one warning to two men, one by surname in a cleft.
describe('who said quoted words, when outlets name two people', () => {
  const article = storyArticles('Roe slaps Kell at the Tarn Awards', ['Ivo Roe slapped Piet Kell on stage at the Tarn Awards on Sunday.']);
  const night = buildIndex([
    article('Tarn Post', '2030-03-28', ['He also said Anna Brandl had taken him aside minutes earlier and told him: "At your highest moment, be careful, that is when the devil comes for you."']),
    article('Oska Herald', '2030-03-29', ['Director Maja Marr was seen crouching by his seat, and it was Marr, according to a source close to the star, who told him: "At your highest moment, be careful, that is when the devil comes for you."']),
    article('Velby Times', '2030-03-30', ['In it, he described himself as a protector of his family and said Anna Brandl had warned him that "at your highest moment, be careful, that is when the devil comes for you".']),
  ]);

  it('gives each person once, by full name, with every outlet naming them', () => {
    const a = ask(night, 'Who told Roe "At your highest moment, be careful, that is when the devil comes for you"?');
    expect(a.status).toBe('disputed');
    expect(a.answer).toBe('Maja Marr (Oska Herald) vs Anna Brandl (Tarn Post, Velby Times)');
  });
});

// A made-up recovery at sea: two ships on Sunday, three by Tuesday.
describe('a count asked of a day', () => {
  const article = storyArticles('Navy recovers debris off Tarnby', ['Navy divers are recovering debris of the craft shot down off Tarnby on Saturday.']);
  const sea = buildIndex([
    article('Tarn Post', '2030-02-05', ['Two Navy ships, the Carter Hall and the Oskby, were at the recovery site on Sunday along with coast guard cutters, officials said.']),
    article('Oska Herald', '2030-02-07', ['Three Navy ships are now at the recovery site, led by the Carter Hall, with divers searching a debris field.']),
  ]);

  it('is the one told of that day, not a later day\'s', () => {
    expect(ask(sea, 'How many Navy ships were at the recovery site on Sunday?')).toMatchObject({ status: 'answered', answer: 'Two Navy ships' });
  });
});

// A made-up sighting: residents of one town report a balloon; the president speaks to reporters in another.
describe('where people reported something', () => {
  const article = storyArticles('Balloon drifts over Tarnland', ['A large balloon drifted over Tarnland this week before it was shot down.']);
  const sky = buildIndex([
    article('Tarn Post', '2030-02-05', ['"We are going to take care of it," the president tells reporters in Velby, in a brief answer when asked about the balloon.', 'The balloon was first made public by the army on Thursday, after residents of Oskby reported seeing a large white orb in the sky on Wednesday.']),
  ]);

  it('is the town the residents are "of", not where reporters were told something', () => {
    expect(ask(sky, 'Where did residents first report seeing the balloon on Wednesday?').answer).toBe('Oskby');
  });
});

// A made-up rail company: one story says how many it employs in other words, the other never says.
describe('a count whose verb stands after a named subject ("does Velco Rail employ")', () => {
  const article = storyArticles('Velco Rail halts trains after attack', ['Velco Rail halted its trains in Tarnland on Friday after a cyber attack.']);
  const silent = buildIndex([article('Tarn Post', '2030-05-08', ['The company paid nearly $5 million to the hackers, according to two people familiar with the payment.'])]);
  const told = buildIndex([article('Oska Herald', '2030-05-08', ['The company, which has about 900 employees in Tarnland, said the safety of its staff came first.'])]);

  it('is not answered by another count of people when the coverage never says whom it employs', () => {
    expect(ask(silent, 'How many people does Velco Rail employ?').status).toBe('not_found');
  });

  it('is answered by its employees, the verb\'s own noun', () => {
    expect(ask(told, 'How many people does Velco Rail employ?').answer).toBe('about 900 employees');
  });
});

// A made-up trial and a made-up ticket rush: a penalty that could be, and a price that rose from one figure to another.
describe('figures of what could be and of what a change left from', () => {
  const article = storyArticles('Roe convicted; Kell tour sells out', ['A jury in Tarnby convicted Ivo Roe on Tuesday; the comedian Piet Kell sold out his tour.']);
  const idx = buildIndex([
    article('Tarn Post', '2030-04-21', ['The most serious charge carries a maximum sentence of 40 years in prison.', 'Roe faces up to 40 years behind bars when he is sentenced in June.']),
    article('Oska Herald', '2030-04-22', ['By Monday, the average price of a ticket to Kell\'s shows on the resale site Tixo had jumped from $46 to $411, the company said.']),
  ]);

  it('does not give the most a sentence could be as the one passed', () => {
    expect(ask(idx, 'How many years in prison was Roe sentenced to?').status).toBe('not_found');
  });

  it('gives the value a change left from when the time before it is asked, and no range of the two', () => {
    expect(ask(idx, "What was the average price of a ticket to Kell's shows before the tour sold out?").answer).toBe('$46');
    expect(ask(idx, "What was the average price of a ticket to Kell's shows by Monday?").answer).toBe('$411');
  });
});

// A made-up fuel crunch and a made-up wildfire, each with a figure of the asked day beside one of another day.
describe('a figure asked of a day, beside one told of another day', () => {
  const article = storyArticles('Fuel runs short in Tarnland', ['Stations across Tarnland ran dry this week after the Velco pipeline shut.']);
  const fuel = buildIndex([
    article('Tarn Post', '2030-05-12', ['The national average price for a gallon of regular fuel rose to $2.985 on Tuesday, according to the motoring club, up about 6 cents from a week earlier.']),
    article('Oska Herald', '2030-05-13', ['The national average price of regular fuel climbed above $3 a gallon on Wednesday for the first time since 2024, reaching $3.008, according to the motoring club.']),
  ]);
  const fire = buildIndex([
    article('Velby Times', '2030-05-11', ['The fire had killed six people by Wednesday night, the county said.', 'The Red Cross said some 1,400 people spent Wednesday night in emergency shelters.']),
  ]);

  it('is the asked day\'s, not disputed by another day\'s', () => {
    expect(ask(fuel, 'What was the national average price of regular fuel on Tuesday?')).toMatchObject({ status: 'answered', answer: '$2.985' });
  });

  it('is a toll only where the figure counts deaths', () => {
    expect(ask(fire, 'How many people had died by Wednesday night?').answer).toBe('six people');
  });
});

// A made-up pipeline company and a made-up software maker, each with a base told as "based in".
describe('where a body is headquartered', () => {
  const article = storyArticles('Velco pipeline restarts', ['Velco restarted its fuel pipeline on Wednesday after a cyber attack.']);
  const idx = buildIndex([
    article('Tarn Post', '2030-05-12', ['The company, based in Oskby, runs a 5,500-mile system that stretches from Tarnby to Velby.', 'Tarnsoft had already signed deals with Nware, a cloud gaming company based in Marrow.']),
  ]);

  it('is where it is "based", and not the base of another body a phrase describes', () => {
    expect(ask(idx, 'Where is Velco headquartered?').answer).toBe('Oskby');
    expect(ask(idx, 'Where is Tarnsoft headquartered?').answer).not.toBe('Marrow');
  });
});

// A made-up awards show: its producer named once, and a list of those an actor apologised to.
describe('who produced the show', () => {
  const article = storyArticles('Tarn Awards night ends in a slap', ['Ivo Roe slapped Piet Kell on stage at the Tarn Awards on Sunday.']);
  const idx = buildIndex([
    article('Tarn Post', '2030-03-28', ['He also apologised to the Academy, the show\'s producers, the Marr family and the cast and crew of his film.']),
    article('Oska Herald', '2030-03-29', ['The show was produced by Anna Brandl, who had promised a faster, livelier ceremony.']),
  ]);

  it('is the one it was produced by, not an item of a list beside "the show\'s producers"; "this year\'s" need not be written', () => {
    expect(ask(idx, "Who produced this year's show?").answer).toBe('Anna Brandl');
  });
});
