import { describe, expect, it } from 'vitest';
import { ask, buildIndex } from '../../src/engine/index.ts';
import { makeArticle } from '../helpers/corpus.ts';
import { answerDefinition } from '../../src/engine/ask/answer-definition.ts';
import { parseQuestion } from '../../src/engine/ask/question.ts';

// A made-up council story written for these tests: sentences that lean on the ones before them, and a counted noun
// written after a name ("how many Zeus scooters").
const index = buildIndex([
  makeArticle({
    file: 'a.txt',
    outlet: 'Valley Courier',
    published: '2031-06-02',
    text: [
      'Dana Frell, the city transport chief, resigned on Monday together with two deputies from her Civic Forward party.',
      'The party called the budget a betrayal of the suburbs.',
      'The resignations take effect after 72 hours.',
      'Dana Frell spoke again on Tuesday.',
      "Speaking to Ivo Marten, the council's transport adviser, she asked him to review the night routes.",
      'Among the dead was a 71-year-old man in the village of Oskby.',
      "The drivers' union credited Ann Roe's outgoing cabinet and Pat Lee's new board with ending the strike.",
      'About 4,200 Zeus scooters were pulled from the streets, the council said.',
      'The scooters were among 9,100 hired vehicles still licensed in the city.',
    ].join('\n\n'),
  }),
  makeArticle({
    file: 'b.txt',
    outlet: 'Ridge Herald',
    published: '2031-06-02',
    text: [
      'Two cyclists were hurt when a bus left the road near the depot on Monday.',
      'Oren Lisk was taken to Alder General Hospital with a broken arm.',
      'The second cyclist, Petra Vane, is being treated at Brook Clinic.',
      'In the hill town of Varnholm, the body of a man aged 71 was recovered on Tuesday.',
      'Treatment of the two cyclists hurt near the depot was confirmed by the Kestrel Valley Samaritans.',
      'At TRB, no plane took off until noon, after which flights resumed.',
      'The storm killed 30 people across the province on Tuesday.',
      'Officials said that by 6pm the toll stood at 21 in the Tarnby district, with nine more elsewhere.',
      'The depot closure was announced by the operator on Tuesday.',
      'The emergency unit known as ORCAT did not meet until about noon, when the road had been shut for hours.',
      'The driver, Samir Holt, and his passenger were both released from hospital.',
      'Ilse Varga, 70, is the best known of the volunteers.',
      'She has been in charge of the lifeboat since June 2019 under a special licence.',
      'Attention has turned to the governor, a valve that limits the speed of the bus engine.',
      'The depot, the garage and the yard were closed.',
      'On Tuesday the mayor thanked the lifeboat volunteers and urged drivers to slow down.',
      'Back at home, the driver told Calder Radio he had seen a deer on the road before the crash.',
      'According to the Harbour Watch, about 60 boats were damaged on Monday.',
      'By the evening the service had towed 38 boats back to shore.',
      'The grocery chain Lindqvist temporarily shut all 40 of its branches because its tills had stopped working.',
      'The gale was a so-called WESTER, or "cold wind", and the harbour was closed.',
      'Inspectors traced the leak to one pump; the pump at fault is known as Pump Station 14.',
    ].join('\n\n'),
  }),
]);

describe('answers that need the sentences before', () => {
  it('reads names through a chain of sentences that point back ("The party …", "The resignations …")', () => {
    const a = ask(index, 'After how long do the resignations of the Civic Forward deputies take effect?');
    expect(a.status).toBe('answered');
    expect(a.answer).toBe('72 hours');
  });

  it('does not lend the sentence before its names to a sentence that names someone else', () => {
    const a = ask(index, 'Which clinic was Oren Lisk treated at?');
    expect(a.status).toBe('not_found');
  });

  it('reads a clause of time after the asked event as framing ("… before the depot closure was announced?")', () => {
    const a = ask(index, 'How many hired vehicles were still licensed in the city before the depot closure was announced by the operator?');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('9,100');
  });

  it('reads the names of the sentence before in a sentence that names no one ("By the evening the service had …")', () => {
    const a = ask(index, 'How many boats had the Harbour Watch towed by Monday evening?');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('38');
  });

  it('answers "which broadcaster did X tell" with whoever was told, not with the teller', () => {
    const a = ask(index, 'Which broadcaster did the driver tell that he had seen a deer on the road?');
    expect(a.status).toBe('answered');
    expect(a.answer).toBe('Calder Radio');
  });

  it('answers "whom did X thank" with the plain noun phrase after the verb when no name stands there', () => {
    const a = ask(index, 'Whom did the mayor thank on Tuesday?');
    expect(a.status).toBe('answered');
    expect(a.answer).toBe('the lifeboat volunteers');
  });

  it('answers "what is the name of the X" with the name standing beside X, and only that', () => {
    const a = ask(index, 'What is the name of the emergency unit that met around noon?');
    expect(a.status).toBe('answered');
    expect(a.answer).toBe('ORCAT');
    expect(ask(index, "What is the name of the driver's passenger?").status).toBe('not_found');
  });

  it('finds a sentence by the name it points back to, and answers "since when" with an earlier year', () => {
    const a = ask(index, 'Since when has Ilse Varga been in charge?');
    expect(a.status).toBe('answered');
    expect(a.answer).toBe('June 2019');
  });

  it('answers "which party did X belong to" with the name the asked noun follows', () => {
    const a = ask(index, 'Which party did Dana Frell and the two deputies who resigned belong to?');
    expect(a.status).toBe('answered');
    expect(a.answer).toBe('Civic Forward');
  });

  it('answers "whose X" with the possessive that owns X', () => {
    const a = ask(index, "Whose outgoing cabinet did the drivers' union credit with ending the strike?");
    expect(a.status).toBe('answered');
    expect(a.answer).toBe('Ann Roe');
  });

  it('answers "what is the X" only from a definition in apposition or with a copula', () => {
    const a = ask(index, 'What is the governor that has drawn attention?');
    expect(a.status).toBe('answered');
    expect(a.answer).toBe('a valve that limits the speed of the bus engine');
    // "The depot, the garage and the yard": a list, not a definition.
    expect(answerDefinition(parseQuestion('What is the depot?'), index)).toBe(null);
  });

  it('shows both places, not one, when another outlet puts the same death somewhere else', () => {
    const a = ask(index, 'In which town did a 71-year-old man die?');
    expect(a.status).toBe('disputed');
    expect(a.answer).toContain('Oskby');
    expect(a.answer).toContain('Varnholm');
  });

  it('takes a name after "the" as a body\'s, however it reads', () => {
    const a = ask(index, 'Which organisation confirmed it was treating the two cyclists hurt near the depot?');
    expect(a.status).toBe('answered');
    expect(a.answer).toBe('Kestrel Valley Samaritans');
  });

  it('answers "whom did X ask" with the person a pronoun object stands for', () => {
    const a = ask(index, 'Whom did Dana Frell ask to review the night routes?');
    expect(a.status).toBe('answered');
    expect(a.answer).toBe('Ivo Marten');
  });

  it('answers a which-airport question with a code a locative leads to, matching "took off" for "take-offs"', () => {
    const a = ask(index, 'Which airport had no take-offs until noon?');
    expect(a.status).toBe('answered');
    expect(a.answer).toBe('TRB');
  });

  it('answers "how many of the 30 dead were in X" from a toll with no noun, without asking the whole again', () => {
    const a = ask(index, 'How many of the 30 dead were in the Tarnby district as of 6pm?');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('21');
  });

  it('counts the last noun of "how many Zeus scooters", not the name before it', () => {
    const a = ask(index, 'How many Zeus scooters did the council say were pulled?');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('4,200');
  });

  it('keeps a bare number that closes a name as part of it ("Pump Station 14")', () => {
    const a = ask(index, 'Which pump station was at fault?');
    expect(a.status).toBe('answered');
    expect(a.answer).toBe('Pump Station 14');
  });

  it('matches everyday paraphrases of shops and tills ("supermarket chain closed its stores", "grocery chain shut its branches")', () => {
    const a = ask(index, 'Which supermarket chain closed all its stores because the checkouts failed?');
    expect(a.status).toBe('answered');
    expect(a.answer).toBe('Lindqvist');
  });

  it('answers "what is X called" with the name the coverage gives X, and only such a name', () => {
    const a = ask(index, 'What is the type of gale behind the damage called?');
    expect(a.status).toBe('answered');
    expect(a.answer).toBe('WESTER');
    expect(ask(index, 'What is the new depot called?').status).toBe('not_found');
  });
});
