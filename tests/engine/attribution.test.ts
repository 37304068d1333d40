import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/engine/index.ts';
import { makeArticle } from '../helpers/corpus.ts';

/** Who each sentence of a one-article corpus is attributed to. */
function speakers(text: string): (string | null)[] {
  const idx = buildIndex([makeArticle({ text })]);
  return idx.sentences.map((s) => s.attribution?.display ?? null);
}

describe('two bodies joined by "and"', () => {
  it('are two speakers when the first name is complete before "and": one is not folded into the other', () => {
    const idx = buildIndex([
      makeArticle({ text: 'Oskair said on Monday that inspections had found loose bolts.\n\nVelco Airlines said on Monday that inspections of its grounded jets had found bolts that needed tightening.\n\nVelco shares fell after Velco Airlines and Oskair said they had found loose hardware.' }),
    ]);
    expect(idx.sentences[1]!.attribution?.display).toBe('Velco Airlines');
  });
});

describe('a cue word inside a name', () => {
  it('is no cue: "the United States, and said …" is said by the sentence\'s subject, not by "United"', () => {
    expect(speakers('The carmaker admitted that its cars had cheated tests in the United States, and said it had set aside money.')).not.toContain('United');
  });

  it('is still a cue in a line written with capitals throughout, as a headline is', () => {
    expect(speakers('Headline\n\nVelco Cars Cheated Emission Tests, Tarnby Regulator Says.')).toEqual(['Tarnby Regulator']);
  });
});

describe('attribution', () => {
  it.each([
    ['Norway’s Ministry of Health confirmed 12 new cases on Monday.', "Norway's Ministry of Health"],
    ['The bridge will reopen in May, the city transport department said.', 'city transport department'],
    ['Two people were hurt, according to regional Gov. Ana Silva.', 'Ana Silva'],
    ["The crash killed 275 people, according to the Tarn government's revised count.", 'Tarn government'],
    ['Jane Roe, deputy head of the agency, said the figures were final.', 'Jane Roe'],
    ['The governor of the northern region, Ana Silva, said the roads were closed.', 'Ana Silva'],
    ['John Doe, who had pressed both sides to meet, wrote on his blog that a deal was near.', 'John Doe'],
    ['In Tarnby, which had long asked for talks, the ministry spokesman, Ivo Roe, said that the tariffs could be eased.', 'Ivo Roe'],
    ['The national security adviser, Ivo Roe, was quoted as saying on Sunday: "We have seen more cracks."', 'Ivo Roe'],
    ['Ivo Roe was quoted as saying that the talks had stalled.', 'Ivo Roe'],
    ['The plan was described as a “slow process” by government spokesman John Doe.', 'John Doe'],
    ['The storm moved north overnight, said Pedro Alves, head of the weather service.', 'Pedro Alves'],
    ['Heavy rain soaked the hills for six days, meteorologists said.', 'meteorologists'],
    ["Jane Roe, the spokesman for Norway's health ministry, said the figures were final.", 'Jane Roe'],
    ['Karim al-Rashid, the head of the port authority, said the harbour would reopen.', 'Karim al-Rashid'],
    ["Ivo Brandl, Tarnsoft's chief executive, said on Friday that the firm was working with customers.", 'Ivo Brandl'],
    ['Ivo Brandl, chief executive of the software firm, said the fix was out.', 'Ivo Brandl'],
    ['"All the workers are out," the Tarnby Rangers\' post said.', 'Tarnby Rangers'],
    ["\"The roads are shut,\" Ann Roe's statement said.", 'Ann Roe'],
    ['Treatment of two people hurt in the town was confirmed by the Kestrel Valley Samaritans.', 'Kestrel Valley Samaritans'],
    ['Two hikers were among the dead, it was confirmed by Ivo Brandl, the consul in Tarnby.', 'Ivo Brandl'],
    ['Tarnaid, the UN agency for refugees, said it had 400 truckloads waiting.', 'Tarnaid'],
    ['At a news conference, Ann Roe, the airline\'s president, apologised to the families and said she bore full responsibility.', 'Ann Roe'],
    ['Westrail offered its condolences and said it would help the families.', 'Westrail'],
    ['On Thursday some of the best-known investors in Tarnby Valley told the firms they back to move their cash.', 'investors in Tarnby Valley'],
    ['A practice manager in Oskbyshire told the Courier the surgery was closed.', 'practice manager in Oskbyshire'],
    ['P. Brandl, the project director of Tarnsat-2, who has worked on the mission since 2019, said the team was ready.', 'P. Brandl'],
    ['"The soil is far warmer than we thought," said B.H.M. Oskar, a scientist at the agency.', 'B.H.M. Oskar'],
    ['The airline later said the landing gear had been working properly.', 'airline'],
    ['Oskby medics said the strikes killed at least 13 people.', 'Oskby medics'],
    ['In Westmark, the organisers of Tarnby 2031 said the outage was slowing their work.', 'organisers of Tarnby 2031'],
    ['A rescue team of 10 reached Tarnby on Friday, the first foreign team to arrive in Westmark, said Ivo Brandl, a civil protection commander.', 'Ivo Brandl'],
    ['The governor of the region, Ann Roe, said Westmark had struck the port twice.', 'Ann Roe'],
    ['Treating patients was not safe, the manager said, adding that pharmacies were struggling too.', 'manager'],
    ['Lena Hofer, 34, who had worked at the quay for a decade, said the water rose within minutes.', 'Lena Hofer'],
    ['Ana Silva, a Porto University geology professor, who said the slope had been moving for weeks, called the slide "predictable".', 'Ana Silva'],
    ["Velco's decision to hire Ivo Roe, announced by chief executive Lena Marr in a post on Sunday, stunned investors.", 'Lena Marr'],
    ['Ann Roe celebrated her first service as bishop on Friday in the Velby Chapel, telling the clergy that the church must serve.', 'Ann Roe'],
    ['Ann Roe, visibly moved in remarks on Thursday, said the Queen had been "a friend to us all" and recalled her "warmth".', 'Ann Roe'],
  ])('%s → %s', (sentence, who) => {
    expect(speakers(`Headline of the test story here\n${sentence}`)[0]).toBe(who);
  });

  it('does not read a plural body with no article ("authorities warn") as the body named before', () => {
    const who = speakers('Headline of the test story here\nNo food had reached the town by noon, the paper reported.\nAt least 40 homes are now empty, and authorities warn the figure may rise.');
    expect(who[0]).toBe('paper');
    expect(who[1]).toBe('authorities');
  });

  it('resolves "he said" to the name before an owned role ("Tarnsoft\'s chief executive"), not to the role', () => {
    expect(speakers("Ivo Brandl, Tarnsoft's chief executive, said the firm was working with customers. Machines running Linux were unaffected, he said.")).toEqual(['Ivo Brandl', 'Ivo Brandl']);
  });

  it('gives the name, not the role, for "Name, the Body role, said" ("Lena Marr, the Velco chief executive, said")', () => {
    expect(speakers('Lena Marr, the Velco chief executive, said the deal was a turning point for the company.')).toEqual(['Lena Marr']);
  });

  it('does not take a dateline for the subject a later "and said" shares', () => {
    expect(speakers('TARNBY REGION, Westmark: Westmark and Oskby released 30 herders on Friday and said they would free more.')).toEqual([null]);
    expect(speakers('TARNBY REGION, Westmark: Oskby released 30 herders on Friday and said it would free more.')).toEqual(['Oskby']);
  });

  it('resolves "she wrote" to the one person the sentences before named, when they quoted no one', () => {
    expect(speakers('Presenter Ann Roe shared a picture of the breakfast team in Tarnby Square. The studio was dark. She wrote that the team was off air.')).toEqual([null, null, 'Ann Roe']);
    expect(speakers('Ann Roe met Ivo Brandl at the depot. She wrote that the team was off air.')).toEqual([null, null]);
  });

  it('reads "the governor said" as the titled person the article named before without quoting, a shortened title included', () => {
    expect(speakers('Officials said 36 people had died, as Gov. Ann Roe flew over the town on Thursday. "It is the worst day we have had," Ivo Brandl said. The governor, who cut short a trip, said it looked as if a bomb had gone off.')).toEqual(['Officials', 'Ivo Brandl', 'Ann Roe']);
  });

  it('reads "according to the minister" as the minister the article named before', () => {
    expect(speakers('Water Minister Ann Roe said on Saturday the dam had held. According to the minister, the spillway opened at noon.')).toEqual(['Ann Roe', 'Ann Roe']);
  });

  it('finds no source in a passive or phrasal cue, nor in an adverb that opens the sentence', () => {
    expect(speakers('Patients were told to turn up for booked appointments.')).toEqual([null]);
    expect(speakers('A hospital in northern Westmark called off planned surgery.')).toEqual([null]);
    expect(speakers('Back home, the farmer saw that cars were afloat and told Radio Oskby the water was coming.')).not.toContain('Back');
  });

  it('resolves "he said" only to the source of the sentence just before', () => {
    const s = speakers('Headline of the test story here\nMayor Ana Silva called the fire a tragedy for the town. “We will rebuild,” she said.\nThe local paper published a photo of the scene. She said the smoke was visible for miles.');
    expect(s).toEqual(['Ana Silva', 'Ana Silva', 'local paper', null]);
  });

  it('reads "the ministry" as the body the article named last, quoted or not', () => {
    const s = speakers('Headline of the test story here\nAccording to the finance ministry, flags will fly at half mast.\nAt a briefing, the transport ministry laid out a timeline.\nThe ferry left port at 9 a.m., the ministry said.');
    expect(s[2]).toBe('transport ministry');
  });

  it('states facts on the outlet’s own authority when no one is named', () => {
    expect(speakers('Headline of the test story here\nThe bridge collapsed at dawn on Tuesday.')).toEqual([null]);
    // "state" and "reports" here are nouns, not cue verbs.
    expect(speakers("Headline of the test story here\nThe storm was a so-called polar low, and Norway's state weather agency, Met, had put the coast on red alert.")).toEqual([null]);
    expect(speakers('Headline of the test story here\nReports of looting spread through the town overnight.')).toEqual([null]);
  });

  it('marks hedged claims, and a claim a later sentence calls unverified', () => {
    const idx = buildIndex([makeArticle({ text: 'Headline of the test story here\nThe mayor reportedly resigned.\nPosts on social media suggest 40 people fled.\nThe council may hold 20 seats. This claim remains unverified.' })]);
    expect(idx.sentences.map((s) => s.hedged)).toEqual([true, true, true, true]);
  });
});

describe('the speaker after a quote that holds its own clauses', () => {
  it('is the name of "\\"…,\\" the Tarn family\'s lawyer, Ivo Roe, said." though the cue ends the sentence', () => {
    expect(speakers('"It is over," the Tarn family\'s lawyer, Ivo Roe, said.')).toEqual(['Ivo Roe']);
  });

  it('is not read from a ", which" clause inside the quote', () => {
    expect(speakers('"But it is a start, which is the first step towards justice," the Tarn family\'s lawyer, Ivo Roe, told reporters outside the court.')).toEqual(['Ivo Roe']);
  });

  it('is the name a cleft sets apart: "it was Roe, according to a friend, who told him"', () => {
    const idx = buildIndex([makeArticle({ text: 'Piet Roe was seen crouching by his seat, and it was Roe, according to a source close to the star, who told him: "At your highest moment, be careful."' })]);
    expect(idx.sentences[0]!.claims.map((c) => c.attribution.display)).toContain('Roe');
    expect(speakers('It was Ivo Roe who told him to stop.')).toEqual(['Ivo Roe']);
  });
});

describe('a pronoun after a sentence that names someone only inside a quote', () => {
  it('does not stand for the person the quote speaks of', () => {
    const said = speakers('In a tearful speech he said: "Ivo Roe was a fierce defender of his family."\n\nHe also said the night had been hard.');
    expect(said[1]).not.toBe('Ivo Roe');
  });
});

describe('words a source brands something with', () => {
  it('are the source\'s, as "called" words are', () => {
    expect(speakers('Ryder has branded its flight over Tarnland "a clear violation of our sovereignty".')).toEqual(['Ryder']);
  });
});
