import { describe, expect, it } from 'vitest';
import { ask, buildIndex } from '../../src/engine/index.ts';
import { paragraphs as art, storyArticles } from '../helpers/corpus.ts';

// A made-up air incident told by two outlets: the people who hold roles are named beside the role, never by the verb.
const index = buildIndex([
  art('a.txt', 'Harbour Wire', '2031-01-06', [
    'Ann Roe, the chair of the Tarn Transport Safety Board, told reporters in Oskby on Saturday night that two seats had been empty.',
    'General Ivo Brandl, the commander of the Velmar presidential guard, declared himself head of the council.',
  ]),
  art('b.txt', 'Evening Lantern', '2031-01-07', [
    'At the company\'s factory in Marrow, Wash., on Tuesday, Velco Chief Executive Lena Marr told employees the company would own up to what had happened.',
    'The Tarn Transport Safety Board collected the panel and flew it to its laboratory.',
  ]),
]);

describe('a role asked for by its verb', () => {
  it('answers "who chairs" with the person described as its chair', () => {
    expect(ask(index, 'Who chairs the Tarn Transport Safety Board?')).toMatchObject({ status: 'answered', answer: 'Ann Roe' });
  });

  it('never answers with the holder of that role over something else', () => {
    expect(ask(index, 'Who would command a Tarn peace force sent to Velmar?').answer).not.toMatch(/Brandl/);
  });
});

describe('whose role', () => {
  it('answers "who is X\'s chief executive" with the one titled as X\'s, not another body\'s chief in a sentence naming X', () => {
    const idx = buildIndex([
      art('a.txt', 'Harbour Wire', '2031-01-06', ['"We have decided to ground our fleet of 48 Velco 700 aircraft," Oskair Chief Executive Ivo Roe said in a statement.']),
      art('b.txt', 'Evening Lantern', '2031-01-09', ['At the factory in Marrow on Tuesday, Velco Chief Executive Lena Marr told employees the company would own up to what had happened.']),
    ]);
    expect(ask(idx, "Who is Velco's chief executive?")).toMatchObject({ status: 'answered', answer: 'Lena Marr' });
  });

  it('never answers with another body\'s chief in a sentence that does not name the asked one, and reads "X, Velco\'s chief executive,"', () => {
    const story = [
      art('a.txt', 'Harbour Wire', '2031-01-06', [
        'At 4:08 p.m. on Tuesday, Oskair Chief Executive Ivo Roe posted a one-word message with a link to the forum.',
        'Shares of Velco rose 90% on the day.',
      ]),
      art('b.txt', 'Evening Lantern', '2031-01-09', ['Lena Marr, Velco\'s chief executive and co-founder, said on television that the app had restricted buying to protect its customers.']),
    ];
    expect(ask(buildIndex(story.slice(0, 1)), "Who is Velco's chief executive?").answer).not.toMatch(/Roe/);
    expect(ask(buildIndex(story), "Who is Velco's chief executive?")).toMatchObject({ status: 'answered', answer: 'Lena Marr' });
  });
});

describe('whose role, when no title names its owner', () => {
  it('answers with the one in a sentence naming the owner, not a chief in a headline that never names it', () => {
    const idx = buildIndex([
      art('a.txt', 'Harbour Wire', '2031-01-06', ['Oskco fires CEO Ivo Roe, saying he was not candid with its board', 'The board met by video on Friday.']),
      art('b.txt', 'Evening Lantern', '2031-01-09', ["Velco's decision to hire Ivo Roe, announced by chief executive Lena Marr in a post shortly before midnight on Sunday, stunned investors."]),
    ]);
    expect(ask(idx, "Who is Velco's chief executive?")).toMatchObject({ status: 'answered', answer: 'Lena Marr' });
  });
});

describe('a titled person of a place', () => {
  it('is the person, not the place ("Rep. Ann Roe of Port Tarnby tweeted")', () => {
    const idx = buildIndex([
      art('a.txt', 'Harbour Wire', '2031-01-28', ['Rep. Ann Roe of Port Tarnby tweeted: "This is unacceptable. We need to know more about the decision to block buyers."']),
    ]);
    expect(ask(idx, 'Who tweeted "This is unacceptable" about the decision?')).toMatchObject({ status: 'answered', answer: 'Ann Roe' });
  });
});

describe('whom someone identified as something', () => {
  it('is the name after "as", however long the object before it', () => {
    const idx = buildIndex([
      art('a.txt', 'Harbour Wire', '2031-07-14', ['TARNBY, July 14 (Harbour) - The police on Sunday identified the gunman who opened fire on the candidate at a campaign rally in Oskland as Ivo Brandl, a 23-year-old from Velby.']),
    ]);
    expect(ask(idx, 'Who did the police identify as the gunman?')).toMatchObject({ status: 'answered', answer: 'Ivo Brandl' });
  });
});

describe('who holds a role no source speaks as', () => {
  const idx = buildIndex([
    art('a.txt', 'Harbour Wire', '2031-07-06', ["Tarnland's new Prime Minister Ivo Brandl held his first cabinet meeting on Saturday and declared the old plan dead.", 'Ann Marr, the outgoing minister, conceded defeat.']),
    art('b.txt', 'Evening Lantern', '2031-07-05', ['Voters handed a landslide to Ivo Brandl, who entered Oskby House as prime minister on Friday.']),
  ]);

  it('answers "who is X\'s new prime minister" with the person named with that role', () => {
    expect(ask(idx, "Who is Tarnland's new prime minister?")).toMatchObject({ status: 'answered', answer: 'Ivo Brandl' });
  });
});

describe('who does what the verb says, named by its agent noun', () => {
  it('answers "who owns the clinic" with "the clinic\'s owner, Ann Roe", not a body a preposition leads to', () => {
    const idx = buildIndex([
      art('a.txt', 'Harbour Wire', '2031-06-24', ["But inside Velby Women's Health Organization, the last clinic in Tarnland, staff were counting the days.", 'The court ruled on Friday.']),
      art('b.txt', 'Evening Lantern', '2031-06-24', ["The clinic's owner, Ann Roe, has said she will move the operation to Oskby if the ban takes effect."]),
    ]);
    expect(ask(idx, 'Who owns the clinic?')).toMatchObject({ status: 'answered', answer: 'Ann Roe' });
  });
});

describe('which body does what the verb says, named by its agent noun after it', () => {
  it('answers "which company operates the ferry" with "Tarn Lines, the ferry\'s Oskby operator"', () => {
    const idx = buildIndex([
      art('a.txt', 'Harbour Wire', '2031-01-14', ["Tarn Lines, the ferry's Oskby operator, said it was cooperating with the authorities.", 'The ferry ran aground on Friday.']),
      art('b.txt', 'Evening Lantern', '2031-01-14', ['Divers searched the hull on Saturday.', 'The weather turned on Sunday.']),
    ]);
    expect(ask(idx, 'Which company operates the ferry?')).toMatchObject({ status: 'answered', answer: 'Tarn Lines' });
  });
});

describe('a name a word of kinship stands before', () => {
  const article = storyArticles('Roe joins Tarnby in a record transfer', ['Ivo Roe signed for Tarnby on Thursday in a record transfer from Oskby.', 'Tarnby paid the release clause in full.']);
  const idx = buildIndex([
    article('Harbour Wire', '2031-08-05', ["His father and agent, Ivo Roe Sr, watched from the stands, while the player's sister Mira posted a picture of the family on her page with the caption: \"Tarnby is ours.\""]),
    article('Coast Review', '2031-08-05', ['It was the midfielder Piet Marr who posted a photograph of himself with Roe in July with two words: "He stays."', 'Many fans had hoped he was staying at Oskby.']),
    article('Valley Post', '2031-08-05', ['His aunt, Dana Roe, told the Tarnby Gazette that the move had been agreed in June.']),
  ]);

  it("answers which player posted with the player, not with the player's sister", () => {
    expect(ask(idx, 'Which player had posted a picture saying Roe was staying?')).toMatchObject({ status: 'answered', answer: 'Piet Marr' });
  });

  it('still answers which relative spoke with the aunt', () => {
    expect(ask(idx, 'Which relative said the move had been agreed in June?')).toMatchObject({ status: 'answered', answer: 'Dana Roe' });
  });
});

describe('a question that speaks of "him" without naming anyone', () => {
  const article = storyArticles('Roe joins Tarnby in a record transfer', ['Ivo Roe signed for Tarnby on Thursday in a record transfer from Oskby.', 'Roe passed his medical in the morning.', 'Tarnby paid the release clause in full.']);
  const idx = buildIndex([
    article('Harbour Wire', '2031-08-05', ['Roe, who signed a contract until 2036, will wear the No 10 shirt, handed over by the midfielder Piet Marr.', 'Roe thanked the fans.']),
    article('Coast Review', '2031-08-05', ['Roe will be presented to supporters on Saturday.', 'Fans queued outside the club shop.']),
    article('Valley Post', '2031-08-05', ['Roe smiled for the cameras.', 'The club shop opened early.']),
  ]);

  it('is not answered by the person the story is about, whom "him" stands for', () => {
    expect(ask(idx, 'Who gave up the number 10 shirt for him?').answer).not.toMatch(/Roe/);
  });

  it('still answers a question that does not speak of him with that person', () => {
    expect(ask(idx, 'Who will wear the No 10 shirt?').answer).toBe('Ivo Roe');
  });
});
