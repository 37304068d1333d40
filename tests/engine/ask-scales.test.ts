import { describe, expect, it } from 'vitest';
import { ask, buildIndex } from '../../src/engine/index.ts';
import { paragraphs } from '../helpers/corpus.ts';

// A made-up pair of quakes in the Tarn hills told by three outlets: magnitudes written three ways ("magnitude 6.5",
// "a 6.9-magnitude quake", "put the magnitude of … at 6.4"), a tabloid page whose advertisement slot sits mid-story,
// and a pay rise in a labour story beside it.
const art = paragraphs;
const index = buildIndex([
  art('a.txt', 'Harbour Wire', '2031-04-02', [
    'A magnitude 6.9 earthquake struck the Tarn hills before dawn on Monday, killing at least 40 people.',
    'It was followed in the afternoon by a second tremor of magnitude 6.5 centred in the Brask district of Tarn province.',
    'Rescuers searched collapsed homes in Brask and Orlen through the night.',
  ]),
  art('b.txt', 'Evening Lantern', '2031-04-02', [
    'A MONSTER quake has flattened villages across the Tarn hills.',
    'The 6.9-magnitude quake struck at 4am as families slept.',
    'Survivors said the shaking went on and on.',
    'By tonight at least 40 were dead.',
    'ADVERTISEMENT',
    'Footage showed the old castle in Orlen partly reduced to rubble.',
    'Then, just after lunch, a SECOND huge quake hit, sending more buildings crashing down.',
    'Former Kelby Town winger Jon Aster was feared trapped under rubble in Orlen, where he plays for the local side.',
    'The club said its sporting director, Ivo Renn, was also missing.',
    'Prime Minister Ada Crane said her thoughts were with first responders working to save those trapped.',
    'Britain is sending a team of 60 search and rescue specialists to Tarn.',
    'The Foreign Office said it was urgently seeking information about any British nationals caught up in the disaster.',
  ]),
  art('c.txt', 'Valley Echo', '2031-04-03', [
    'The seismology office has put the magnitude of the second big quake, centred in Brask, at 6.4, and the first at 6.8.',
    'Rescue teams from nine countries joined the search in Tarn on Tuesday.',
    'Dockers at Orlen rejected an offer that included an 8% pay rise over three years.',
  ]),
]);

describe('figures on a scale, however written', () => {
  it('answers "what magnitude" with the figures on that scale, and shows where outlets disagree', () => {
    const a = ask(index, 'What magnitude was the second quake?');
    expect(a.status).toBe('disputed');
    expect(a.answer).toContain('6.5');
    expect(a.answer).toContain('6.4');
    expect(a.answer).not.toContain('6.9');
  });

  it('never answers "how big was the first quake" with the second\'s magnitude, though one sentence gives both', () => {
    expect(ask(index, 'how big was the first quake?').answer).not.toMatch(/6\.[45]/);
  });

  it('answers "how big a pay rise" with the share', () => {
    expect(ask(index, 'how big a pay rise did the dockers reject?')).toMatchObject({ status: 'answered', answer: '8%' });
  });
});

describe('an advertisement slot inside an article', () => {
  it('keeps the story after it instead of dropping it as a second article, and reads "By tonight …" as no byline', () => {
    expect(index.sentences.some((s) => s.text.startsWith('Britain is sending a team of 60'))).toBe(true);
    expect(index.sentences.some((s) => s.text.startsWith('By tonight at least 40 were dead'))).toBe(true);
  });
});

describe('a figure given for the asked noun', () => {
  const bank = buildIndex([
    art('a.txt', 'Harbour Wire', '2031-07-26', ['The Tarn central bank raised its benchmark rate to a target range of 4.25% to 4.5% on Wednesday, its highest in 16 years.', 'Markets had expected the move.']),
    art('b.txt', 'Evening Lantern', '2031-07-26', ['The Tarn central bank lifted borrowing costs again, setting a target range of 4.25% to 4.5%.', 'Shares rose after the decision.']),
  ]);

  it('answers "what is the new target range" with the figures the sentence gives for it, not the sentence', () => {
    expect(ask(bank, 'What is the central bank\'s new target range?')).toMatchObject({ status: 'answered', answer: '4.25% to 4.5%' });
  });
});
