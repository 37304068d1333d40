import { describe, expect, it } from 'vitest';
import { ask, buildIndex } from '../../src/engine/index.ts';
import { makeArticle } from '../helpers/corpus.ts';

// A made-up tunnel rescue: sentences about the asked thing that do not say what is asked.
const index = buildIndex([
  makeArticle({
    file: 'a.txt',
    outlet: 'Tarnby Wire',
    published: '2031-11-28',
    text: [
      'Ivo Brandl, 22, told the Wire how the men had survived the first days in the tunnel before food could be sent in.',
      'The workers were given puffed rice and dry fruit through a narrow pipe in the first days.',
      'On the day of the collapse, the men were working a night shift.',
      'The collapse happened about 200 metres from the tunnel mouth.',
    ].join('\n\n'),
  }),
]);

describe('a whole sentence as the answer', () => {
  it('is offered when it holds every word the question asks about', () => {
    const a = ask(index, 'What were the workers given in the first days?');
    expect(a.status).toBe('answered');
    expect(a.answer).toContain('puffed rice');
  });

  it('is not offered when it holds only some of them', () => {
    // "festival" is nowhere: the sentence about the day of the collapse is about the asked day, not the answer.
    expect(ask(index, 'Which festival fell on the day of the collapse?').status).toBe('not_found');
  });
});

// A made-up sea search and launch: which-questions want a name of the asked kind, never a sentence.
const which = buildIndex([
  makeArticle({
    file: 'b.txt',
    outlet: 'Oskby Courier',
    published: '2031-06-21',
    text: [
      'The research vessel Tarn Star, which carries a robot called Brellin 6000 that can dive to 6,000 metres, reached the area on Wednesday.',
      'Oskby Space said its new launcher was ready, and the TX3 rocket that carried the probe will fly again in May.',
      'The bridge, which opened in 1977 and carries Interstate 495 around the city, was used by 30,000 vehicles a day.',
      'In an alert, Tarnsoft said its Falcon Kit software was making computers running Brellin OS crash.',
      'A patrol plane picked up underwater noises in the area, the harbour guard said on Wednesday.',
      'Ivo Brandl, 31, a veterinary nurse, was among those freed.',
    ].join('\n\n'),
  }),
]);

describe('which-questions', () => {
  it('answer with a name of the asked kind however the sentence gives it', () => {
    expect(ask(which, 'Which robot did the research vessel carry?').answer).toBe('Brellin 6000');
    expect(ask(which, 'Which rocket carried the probe?').answer).toBe('TX3 rocket');
    expect(ask(which, 'Which interstate did the bridge carry?').answer).toBe('Interstate 495');
  });

  it('answer with the name doing what is asked about', () => {
    expect(ask(which, 'Which Tarnsoft product was making computers crash?').answer).toBe('Falcon Kit');
  });

  it('are not answered with a whole sentence that names nothing of the kind', () => {
    expect(ask(which, 'Which aircraft picked up the underwater noises?').status).toBe('not_found');
  });

  it('reads what someone does for a living from the description after their name', () => {
    expect(ask(which, 'What does Ivo Brandl do for a living?').answer).toBe('a veterinary nurse');
  });
});
