import { describe, expect, it } from 'vitest';
import { ask, buildIndex } from '../../src/engine/index.ts';
import { ofAskedDay } from '../../src/engine/ask/digest-disputes.ts';
import { toSourceRef } from '../../src/engine/source-ref.ts';
import type { Conflict } from '../../src/engine/types.ts';
import { paragraphs } from '../helpers/corpus.ts';

// A made-up deep-sea search: one outlet gives the dive's start without its day, another names Sunday.
const index = buildIndex([
  paragraphs('a.txt', 'Tarnby Post', '2031-06-20', ['The search for the missing Oskbyn submersible went on through the night.', 'The dive had begun at about 6 a.m.']),
  paragraphs('b.txt', 'Oskby Wire', '2031-06-21', ['The Oskbyn submersible had begun its descent at about 7 a.m. on Sunday and lost contact roughly two hours later.']),
  paragraphs('c.txt', 'Valley Gazette', '2031-06-20', ['Relatives of those aboard the Oskbyn submersible gathered at the harbour.']),
]);
const ref = (needle: string) => toSourceRef(index.sentences.find((s) => s.text.includes(needle))!);
const side = (value: number, label: string, needle: string) => ({ value, unit: null, label, sources: [ref(needle)] });

describe('a disagreement asked of a named day', () => {
  const question = 'At what time did the Oskbyn submersible begin its dive on Sunday?';

  it('keeps a time of day whose sides do not all name the day: the time is of one event', () => {
    const c: Conflict = { id: 't', kind: 'disagreement', topic: 'time (begun)', values: [side(6, '6 a.m.', '6 a.m.'), side(7, '7 a.m.', '7 a.m.')] };
    expect(ofAskedDay(index, question)(c)).toBe(true);
  });

  it('still sets aside a tally whose sides are of other days than the one asked', () => {
    const c: Conflict = { id: 'n', kind: 'disagreement', topic: 'searchers (begun)', values: [side(6, '6', '6 a.m.'), side(7, '7', '7 a.m.')] };
    expect(ofAskedDay(index, question)(c)).toBe(false);
  });
});

describe('a rival time told only of the asked day', () => {
  // A made-up grounding: two outlets time the freeing of the stern; a third gives the time traffic resumed that day.
  const grounding = buildIndex([
    paragraphs('a.txt', 'Tarnby Post', '2031-06-20', ['The grounded Oskbyn freighter blocked the Velby channel for a fourth day.', "The freighter's stern was freed at about 4.30am local time, the channel authority said."]),
    paragraphs('b.txt', 'Oskby Wire', '2031-06-20', ['Tugs worked through the night around the grounded Oskbyn freighter in the Velby channel.', 'Crews freed the stern of the freighter in the early hours, at around 4.30am.']),
    paragraphs('c.txt', 'Valley Gazette', '2031-06-21', ['The grounded Oskbyn freighter in the Velby channel drew crowds to the shore.', 'Traffic through the Velby channel resumed at 6pm on Monday.']),
  ]);

  it('answers with the time the asked thing happened, not one that shares only the day', () => {
    const a = ask(grounding, 'At what time on Monday was the stern freed?');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('4.30am');
  });
});

describe('a time written against another day', () => {
  // A made-up two-day rescue: Sunday's article times that day's operation; Monday's names Monday for the second.
  const aside = ['The mine had been closed for repairs since the spring.', 'Pumps were brought in from Tarnby to lower the water.', 'The weather stayed dry across the valley.'];
  const rescue = buildIndex([
    paragraphs('a.txt', 'Tarnby Post', '2031-06-22', ['Divers began bringing the trapped Oskby miners out of the flooded Velby shaft.', 'The rescue operation began at 10 a.m., with 13 divers going into the shaft, officials said.', ...aside]),
    paragraphs('b.txt', 'Oskby Wire', '2031-06-23', ['Divers brought more of the trapped Oskby miners out of the flooded Velby shaft.', "Monday's operation began at 11am and went faster than the first, officials said.", ...aside]),
    paragraphs('c.txt', 'Valley Gazette', '2031-06-23', ['Families of the trapped Oskby miners had waited at the Velby shaft since Sunday.', ...aside]),
  ]);

  it('sets no time told in an article of the day before against one written against a later day', () => {
    expect(rescue.conflicts.filter((c) => c.values.some((v) => v.label === '10 a.m.'))).toEqual([]);
  });

  it('answers a time asked on a named day from sentences not written against another day', () => {
    const a = ask(rescue, 'At what time did the rescue operation start on Sunday?');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('10 a.m.');
  });
});

describe('a part of the day asked, and a time told as "shortly before"', () => {
  // A made-up vote by a council meeting in closed session: smoke from the hall's chimney tells each result.
  const aside = ['The council of Oskby met behind closed doors for a second day.', 'Crowds gathered in the square below the hall.'];
  const vote = buildIndex([
    paragraphs('a.txt', 'Tarnby Post', '2031-05-09', ['Red smoke rose from the hall chimney at 11:51 on Thursday, meaning no mayor was chosen in the two morning votes.', 'Green smoke rose from the hall chimney at 18:07 on Thursday, after red smoke on Wednesday evening.', ...aside]),
    paragraphs('b.txt', 'Oskby Wire', '2031-05-09', ['Red smoke had risen from the hall chimney on Wednesday evening and again shortly before midday on Thursday.', ...aside]),
    paragraphs('c.txt', 'Valley Gazette', '2031-05-09', ['The new mayor of Oskby greeted the crowd on Thursday evening.', ...aside]),
  ]);

  it('answers with a time in the part of the day asked, read as one with a time told as shortly before it', () => {
    const a = ask(vote, 'At what time did red smoke rise on Thursday morning?');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('11:51');
  });
});

describe('a live blog entry\'s time stamp', () => {
  const blog = (first: string) =>
    buildIndex([
      paragraphs('a.txt', 'Tarnby Live', '2031-07-26', [first, '23:20 (Tarn time) - The lantern has been lit above the old harbour.', '00:41 (Tarn time) - That is where we will leave our live coverage of the parade.']),
    ]);

  it('answers when only if the entry tells the asked thing', () => {
    expect(ask(blog('19:32 (Tarn time) - The parade has started, with boats leaving the Oskby bridge.'), 'At what time did the parade start?').answer).toMatch(/19:32/);
    expect(ask(blog('The parade has started, with boats leaving the Oskby bridge.'), 'At what time did the parade start?').answer).not.toMatch(/00:41/);
  });
});

describe('a date asked of what the story replaced', () => {
  it('answers when "the old record" was set with its own date, not the day the new one was', () => {
    const idx = buildIndex([
      paragraphs('a.txt', 'Harbour Wire', '2031-07-19', [
        'The temperature reached 39.4C at Oskby on Monday afternoon, the weather office said, beating the Tarnish record of 36.1C set at Velby in August 1971.',
        'Trains were slowed across the country.',
      ]),
      paragraphs('b.txt', 'Coast Review', '2031-07-19', ["Oskby's 39.4C, set on Monday, beat the previous Tarnish record by more than three degrees.", 'Schools closed early.']),
    ]);
    expect(ask(idx, 'When was the old Tarnish record set?').answer).toMatch(/August 1971/);
    expect(ask(idx, 'When did Oskby reach 39.4C?').answer).toMatch(/Monday/);
  });
});
