import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/engine/index.ts';
import { makeArticle } from '../helpers/corpus.ts';

// A made-up strike at Corven told by four outlets: two put one warning in different executives' mouths, a third
// quotes one of them by surname alone, and a fourth gives the words to a role with no name.
const art = (file: string, outlet: string, lines: string[]) => makeArticle({ file, outlet, published: '2031-09-13', text: lines.join('\n\n') });
const index = buildIndex([
  art('a.txt', 'Harbour Wire', ['Chief Executive Ada Marr had urged workers not to strike, warning that a walkout would "put our shared recovery in jeopardy".', 'The vote was held on Thursday.']),
  art('b.txt', 'Evening Lantern', ['Corven finance chief Tom Keel told investors on Friday that the strike would "put our shared recovery in jeopardy" and that furloughs were possible.', 'Shares fell on Friday.']),
  art('c.txt', 'Valley Echo', ['"A walkout would put our shared recovery in jeopardy," Marr said in a memo.', 'Pickets gathered at the gates.']),
  art('d.txt', 'Coast Ledger', ['"This would put our shared recovery in jeopardy," the chief executive said.', 'The union said talks would resume.']),
]);
const whoSaid = index.conflicts.filter((c) => c.topic.startsWith('who said'));

describe('the same quoted words in different named mouths', () => {
  it('is a disagreement on who said them, one side per person with all the outlets naming them', () => {
    expect(whoSaid).toHaveLength(1);
    const sides = whoSaid[0]!.values.map((v) => [v.label, v.sources.map((s) => s.outlet).sort()]);
    expect(sides).toEqual([
      ['Ada Marr', ['Harbour Wire', 'Valley Echo']],
      ['Tom Keel', ['Evening Lantern']],
    ]);
    expect(whoSaid[0]!.topic).toBe('who said "put our shared recovery in jeopardy"');
  });
});

// A made-up tribute and a made-up market scare, each told by two outlets: the same words given to two people, once in
// a sentence that quotes two people in two clauses, once with the press that passed the words on.
describe('whose quote it is in a sentence naming several sources', () => {
  const whoSaidIn = (idx: ReturnType<typeof buildIndex>) => idx.conflicts.filter((c) => c.topic.startsWith('who said')).map((c) => c.values.map((v) => v.label));

  it('is the source named in the quote\'s own clause, by name when a role follows the name ("Lena Marr, the Velco party leader, said")', () => {
    const tribute = buildIndex([
      art('a.txt', 'Harbour Wire', ['"Queen Alma was the rock on which modern Tarnland was built," Ivo Brandl said in a statement outside the palace.', 'Flags flew at half-mast.']),
      art('b.txt', 'Evening Lantern', ['Lena Marr, the Velco party leader, said the Queen had been "the rock on which modern Tarnland was built"; Tom Keel, the Oskby mayor, called her death "a profoundly sad moment for us".', 'Crowds gathered.']),
    ]);
    expect(whoSaidIn(tribute)).toEqual([['Ivo Brandl', 'Lena Marr']]);
  });

  it('is the one who said it, not the press passing it on', () => {
    const scare = buildIndex([
      art('c.txt', 'Valley Echo', ['Oskco chairman Piet Roe said the market had come "dangerously close to a complete meltdown of the system", according to Tarnby media reports.', 'Shares fell.']),
      art('d.txt', 'Coast Ledger', ['"We came dangerously close to a complete meltdown of the system," Marta Kell said.', 'Trading resumed.']),
    ]);
    expect(whoSaidIn(scare)).toEqual([['Marta Kell', 'Piet Roe']]);
  });
});

// A made-up summit and a made-up awards night, each told by outlets that give one quote to two people.
describe('whose quote it is, read from where the quote stands', () => {
  const whoSaidIn = (idx: ReturnType<typeof buildIndex>) => idx.conflicts.filter((c) => c.topic.startsWith('who said')).map((c) => c.values.map((v) => v.label));

  it('is not the source of a later clause set against the quote ("…, but his minister, Ivo Roe, said …")', () => {
    const summit = buildIndex([
      art('a.txt', 'Harbour Wire', ['In Tarnby, Prime Minister Anna Brandl welcomed the deal as "a first step toward the full resolution of the issues", but her defence minister, Ivo Roe, said the drills played a vital role.', 'The talks ended.']),
      art('b.txt', 'Evening Lantern', ['"I support it as a first step toward the full resolution of the issues," Piet Kell told reporters.', 'Crowds gathered.']),
    ]);
    expect(whoSaidIn(summit)).toEqual([]);
  });

  it('is the person an article names in full when it quotes them by surname ("Brandl told reporters")', () => {
    const summit = buildIndex([
      art('a.txt', 'Harbour Wire', ['In Tarnby, Prime Minister Anna Brandl welcomed the deal.', '"I support it as a first step toward the full resolution of the issues," Brandl told reporters.']),
      art('b.txt', 'Evening Lantern', ['Velmar\'s chief secretary, Piet Kell, said: "I support it as a first step toward the full resolution of the issues."', 'Crowds gathered.']),
    ]);
    expect(whoSaidIn(summit)).toEqual([['Anna Brandl', 'Piet Kell']]);
  });

  it('is the one named just before it in a sentence reporting another speaker, and not an unnamed source passing it on', () => {
    const night = buildIndex([
      art('a.txt', 'Harbour Wire', ['In a letter, Academy chief Lena Marr said the night had been spoiled.', 'In it, he described himself as a protector and said Ivo Roe had warned him that "at your highest moment, be careful, that is when the devil comes for you".']),
      art('b.txt', 'Evening Lantern', ['Piet Kell was seen crouching by his seat, and it was Kell, according to a source close to the star, who told him: "At your highest moment, be careful, that is when the devil comes for you."', 'The show went on.']),
    ]);
    expect(whoSaidIn(night)).toEqual([['Ivo Roe', 'Piet Kell']]);
  });
});
