import { describe, expect, it } from 'vitest';
import { ask, buildIndex } from '../../src/engine/index.ts';
import { makeArticle, paragraphs } from '../helpers/corpus.ts';
import { parseQuestion } from '../../src/engine/ask/question.ts';

// A made-up search at sea: two outlets put the same words in different mouths; a rank and a body share words.
const index = buildIndex([
  paragraphs('a.txt', 'Harbour Wire', '2031-06-20', [
    'Rear Admiral Tomas Verlaine, who leads the Harbour Guard district, announced on Thursday that wreckage had been found near the reef.',
    'Capt. Ilse Marrow, the Harbour Guard search coordinator, said analysts were studying the recordings. "We cannot say what they are, to be frank," she told reporters.',
    'The Harbour Guard said the search would go on through the night.',
    'Among those aboard was Oskar Lind, a Tarnby businessman who had paid for the trip.',
    'Investors watched Velmar Exchange\'s RateWatch tool, which showed a 90% chance of a cut.',
  ]),
  paragraphs('b.txt', 'Coast Review', '2031-06-22', [
    'Verlaine, who had said of the knocking sounds heard earlier in the week, "We cannot say what they are," told reporters there was no link to the wreckage.',
    '"The door is open, but only ajar," said Nils Brant, an economist at Fenwick Partners.',
    '"The pump is finished. It is broken," Marta Kell, president of the Oskby-based Harbour Pilots Association, who has been advising the port, told reporters at the quay.',
    'Sir Piet Walker, the MP for Tarnby, told the Review outside the chamber: "I think it is a shambles and a disgrace."',
    '"We fought the sea and the sea won," said Lt Gen (retd) Ivo Marsh, a member of the harbour board.',
  ]),
  paragraphs('c.txt', 'Valley Courier', '2031-06-22', [
    '"The door is open, but only ajar," said Ada Voss, chief economist at Oskby Capital.',
    '"The pump is finished. It is broken," Marta Kell, president of the Harbour Pilots Association, told reporters at the quay.',
    'Sir Tomas Hale, the veteran MP for Oskby East and a long-standing critic of Brant, called the scenes "a shambles and a disgrace".',
    'Dame Ada Roe, the Labour MP for Oskby North, said she would back the inquiry. "We need calm heads," she told the Courier.',
    'Chief Minister Lena Holt and Union minister of state for ports General Piet Vaan greeted each of the rescued crew with a garland as they came ashore.',
  ]),
]);

describe('who said it, and who is asked for', () => {
  it('reads a rank as a person wanted, and never answers with the body the question names beside it', () => {
    expect(parseQuestion('Which Harbour Guard admiral announced that wreckage had been found?').type).toMatchObject({ want: 'person', head: 'admiral' });
    const a = ask(index, 'Which Harbour Guard admiral announced that wreckage had been found?');
    expect(a.answer).toBe('Tomas Verlaine');
  });

  it('keeps a name that carries the asked noun itself, though its other words are the question words', () => {
    expect(ask(index, 'Which Velmar Exchange tool showed the chance of a cut?').answer).toContain('RateWatch');
  });

  it('reads "businessman" and other nouns of people by their ending', () => {
    expect(parseQuestion('Which Tarnby businessman was aboard?').type.want).toBe('person');
    expect(parseQuestion('Which geologist warned of the risk?').type.want).toBe('person');
    expect(parseQuestion('What percentage of Australians could be affected?').type.want).toBe('percent');
  });

  it('takes "X, who had said …" as X saying the quoted words, and two outlets naming different speakers of them as a disagreement', () => {
    const a = ask(index, 'Who said of the knocking sounds, "We cannot say what they are"?');
    expect(a.status).toBe('disputed');
    expect(a.answer).toContain('Ilse Marrow');
    expect(a.answer).toContain('Verlaine');
  });

  it('reads one short quoted word as what was said when the question asks who used it', () => {
    expect(parseQuestion('Who described the door as only "ajar"?').quoted).toEqual(['ajar']);
    expect(parseQuestion('Why is the "deal" late?').quoted).toEqual([]);
    const a = ask(index, 'Who described the door to further cuts as only "ajar"?');
    expect(a.status).toBe('disputed');
    expect(a.answer).toContain('Nils Brant');
    expect(a.answer).toContain('Ada Voss');
  });

  it('takes "X, the MP for Y, said" as X speaking, the role held for a place describing X', () => {
    expect(ask(index, 'Which MP said "We need calm heads"?').answer).toBe('Dame Ada Roe');
  });

  it('does not answer "which minister … alongside the chief minister" with the one the question names by her title', () => {
    expect(ask(index, 'Which Union minister greeted the rescued crew alongside the chief minister?').answer).toBe('General Piet Vaan');
  });

  it('reads past a description ending on another name, and two knights as two people', () => {
    const a = ask(index, 'Who called the scenes "a shambles and a disgrace"?');
    expect(a.status).toBe('disputed');
    expect(a.answer).toContain('Sir Tomas Hale');
    expect(a.answer).toContain('Sir Piet Walker');
  });

  it('reads "Lt Gen (retd) Ivo Marsh" as one name', () => {
    expect(ask(index, 'Who said "We fought the sea and the sea won"?').answer).toBe('Ivo Marsh');
  });

  it('reads "X, president of the Y Association, who …, told" as X speaking, the same as where no relative clause follows', () => {
    const a = ask(index, 'Who declared that the pump was "finished"?');
    expect(a.status).toBe('answered');
    expect(a.answer).toBe('Marta Kell');
  });
});

describe('a speaker asked for in other words than the quote', () => {
  const index2 = buildIndex([
    paragraphs('a.txt', 'Tarnby Wire', '2031-08-27', ['"We all believed the soil would be around 20 to 30 degrees, but it is 70 degrees. This is far higher than we had expected," said B.H.M. Oskar, an agency scientist.']),
    paragraphs('b.txt', 'Oskby Daily', '2031-08-28', ['"We all believed the soil would be around 20 to 30 degrees, but it is 70 degrees," agency chairman S. Brandl said of the readings.']),
  ]);
  it('shows both speakers when outlets put the words in different mouths', () => {
    const a = ask(index2, 'Who said scientists had expected the soil to be 20 to 30 degrees but found it was 70?');
    expect(a.status).toBe('disputed');
    expect(a.answer).toContain('Oskar');
    expect(a.answer).toContain('Brandl');
  });
  it('does not dispute who holds a role with who said something', () => {
    expect(ask(index2, 'Who is the agency chairman?').status).not.toBe('disputed');
  });
});

describe('an unnamed crowd of sources', () => {
  it('names no one who announced something when only "Tarnby officials" said it', () => {
    const idx = buildIndex([
      makeArticle({ file: 'a.txt', outlet: 'Harbour Wire', published: '2031-04-19', text: 'Tarnby officials said on Friday that 12 bodies had been recovered from the plant.\n\nThe blast levelled homes nearby.' }),
      makeArticle({ file: 'b.txt', outlet: 'Coast Review', published: '2031-04-19', text: 'Search teams combed the ruins of the plant on Friday.\n\nThe blast levelled homes nearby.' }),
    ]);
    expect(ask(idx, 'Who announced that 12 bodies had been recovered?').status).toBe('not_found');
  });
});

describe('a role asked of a sentence whose speaker is a body', () => {
  it('is not answered with the body: a ministry is not the leader asked for', () => {
    const idx = buildIndex([
      paragraphs('a.txt', 'Harbour Wire', '2031-06-22', [
        'Hosting the talks cost Tarnby 16.3 million crowns, the Ministry of Finance said on Thursday, less than the 20 million crowns that Prime Minister Ivo Roe had estimated before the meeting.',
        'The talks ended on Wednesday with a short joint statement.',
      ]),
    ]);
    const a = ask(idx, 'Which leader first estimated what the talks would cost Tarnby?');
    expect(a.answer).not.toBe('Ministry of Finance');
    expect(ask(idx, 'Which ministry said what the talks cost Tarnby?').answer).toBe('Ministry of Finance');
  });
});

describe('a person asked by age and kind', () => {
  const idx = buildIndex([
    paragraphs('a.txt', 'Harbour Wire', '2031-07-26', [
      'After a relay of the flame that included the tennis champion Ada Voss, two sprinters lit the cauldron.',
      'Ivo Roe, 100, the oldest living Tarnish Olympic champion, was pushed in his wheelchair to hand over the flame.',
    ]),
  ]);

  it('is not answered with the capitalised words that say what kind of champion, nor by a champion of another age', () => {
    const a = ask(idx, 'Which 100-year-old former champion carried the flame?');
    expect(a.answer).not.toMatch(/Tarnish Olympic|Ada Voss/);
  });
});

describe('who runs a body', () => {
  it('is the one the coverage calls its chief executive, not a name beside another sense of the verb', () => {
    const idx = buildIndex([
      paragraphs('a.txt', 'Harbour Wire', '2031-07-27', [
        'Ivo Roe, Velrail\'s chief executive, told Radio Tarn that traffic on the coastal line would be back to normal on Monday, and that the Nord and Est lines were already running better.',
        'Velrail said about 250,000 passengers had been affected on Friday.',
      ]),
    ]);
    expect(ask(idx, 'Who runs Velrail?').answer).toBe('Ivo Roe');
  });
});
