import { describe, expect, it } from 'vitest';
import { ask, buildIndex } from '../../src/engine/index.ts';
import { makeArticle } from '../helpers/corpus.ts';
import { parseQuestion } from '../../src/engine/ask/question.ts';
import { slotValues } from '../../src/engine/slot-values.ts';

// A made-up rail and ferry story: counts that point back to the sentence before ("310 of them").
const index = buildIndex([
  makeArticle({
    file: 'a.txt',
    outlet: 'Valley Courier',
    published: '2031-03-08',
    text: [
      'By noon on Saturday, 1,200 of about 9,000 scheduled trains had already been scrapped, said Railwatch.',
      'Nordline accounted for 310 of them, with Westrail next at 90.',
      'The harbour reopened on Sunday.',
    ].join('\n\n'),
  }),
  makeArticle({
    file: 'b.txt',
    outlet: 'Ridge Herald',
    published: '2031-03-08',
    text: [
      'The Tarnby ferry returned to port on Saturday with 160 passengers after an engine warning.',
      'Once it had docked, 19 of them chose not to continue, and the others boarded a second ferry.',
      'The clan freed 42 prisoners on Monday.',
      'The freed group was made up of 30 women and 12 children.',
      'Just eight of them had been arrested before the war.',
      "Ivo Brandl, Tarnsoft's chief executive, said the firm was working with customers.",
      'Machines running Linux were unaffected, he said, stressing that it was not a cyberattack.',
      'By the council\'s account, the independent software firm released the faulty update on Monday.',
      'Mara Quint also holds Tarnish citizenship, and she was born in Westmark.',
      'Mara Quint has defended her handling of the storm.',
      'Two officers of the harbour police were among the victims.',
      'They were trapped in the cellar of the station in Oskby while trying to move their boats.',
    ].join('\n\n'),
  }),
]);

describe('counts that point back ("N of them")', () => {
  it('counts what the sentence before counted, in its place and time', () => {
    const a = ask(index, 'How many Nordline trains had Railwatch counted as cancelled on Saturday?');
    expect(a.status).toBe('answered');
    expect(a.answer).toBe('310');
  });

  it('reads "the returned ferry" as which passengers, not as the event counted', () => {
    expect(parseQuestion('How many passengers of the returned ferry decided not to continue?').event).toBeNull();
    expect(parseQuestion('How many of the 90 freed prisoners were women?').event).toBe('release');
    const a = ask(index, 'How many passengers of the returned Tarnby ferry decided not to continue?');
    expect(a.status).toBe('answered');
    expect(a.answer).toBe('19');
  });

  it('takes no whole ("of about 9,000 scheduled trains") as a value outlets could disagree on', () => {
    const s = index.sentences.find((x) => x.text.includes('9,000'))!;
    expect(slotValues(s).map((v) => v.value)).toEqual([1200]);
    const a = ask(index, 'How many trains had been scrapped by noon on Saturday?');
    expect(a.status).toBe('answered');
    expect(a.answer).toBe('1,200');
  });

  it('reads "They were trapped …" with every word of the sentence before, not only its names', () => {
    const a = ask(index, 'Where were the two harbour police officers trapped?');
    expect(a.status).toBe('answered');
    expect(a.answer).toBe('Oskby');
  });

  it('answers "how many of the 42 freed prisoners had been arrested" from "eight of them", the whole described once', () => {
    const a = ask(index, 'How many of the 42 freed prisoners had been arrested before the war?');
    expect(a.status).toBe('answered');
    expect(a.answer).toBe('eight');
  });

  it('answers what a person said was "not affected" from "were unaffected, he said"', () => {
    const a = ask(index, 'What did Brandl say was not affected?');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('Linux');
  });

  it('reads "besides X" as what the answer is not, and names no speaker with it', () => {
    const q = parseQuestion('Besides Westmark, which citizenship does Mara Quint hold?');
    expect(q.terms.find((t) => t.word === 'Westmark')?.generic).toBe(true);
    const a = ask(index, 'Besides Westmark, which citizenship does Mara Quint hold?');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('Tarnish');
  });

  it('answers "which employee" with a person only, never with a body', () => {
    expect(ask(index, 'Which Tarnsoft employee released the faulty update?').status).toBe('not_found');
  });

  it('gives no sentence that only restates a what-question as its answer', () => {
    expect(ask(index, 'What reasons did Mara Quint give when she defended her handling of the storm?').status).toBe('not_found');
  });

  it('answers "who were the other 12 prisoners" with what each outlet counts with 12, disagreeing where they differ', () => {
    const withRival = buildIndex([
      makeArticle({ file: 'a.txt', outlet: 'Valley Courier', published: '2031-03-08', text: 'The clan freed 42 prisoners on Monday.\n\nThe freed group was made up of 30 women and 12 children.' }),
      makeArticle({ file: 'c.txt', outlet: 'Lake Post', published: '2031-03-08', text: 'Under the deal, the 42 prisoners freed by the clan were 30 women and 12 men.' }),
    ]);
    const a = ask(withRival, 'Apart from 30 women, who were the other 12 prisoners freed by the clan?');
    expect(a.status).toBe('disputed');
    expect(a.answer).toContain('12 children');
    expect(a.answer).toContain('12 men');
  });
});
