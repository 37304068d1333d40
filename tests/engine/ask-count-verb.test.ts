import { describe, expect, it } from 'vitest';
import { ask, buildIndex } from '../../src/engine/index.ts';
import { makeArticle } from '../helpers/corpus.ts';
import { toSourceRef } from '../../src/engine/source-ref.ts';
import type { Conflict } from '../../src/engine/types.ts';

// A made-up landing watched online: two outlets disagree on the audience, and no outlet says how many staff work there.
const index = buildIndex([
  makeArticle({ file: 'a.txt', outlet: 'Tarnby Wire', published: '2031-08-24', text: "The agency's live broadcast of the landing was watched by more than 5.5 million people at once, the agency said.\n\nIts engineers work in three cities." }),
  makeArticle({ file: 'b.txt', outlet: 'Oskby Courier', published: '2031-08-24', text: "More than 8 million people watched the agency's live stream of the landing at the same time, a record for the site." }),
]);
// The digest's disagreement over the audience, as the slot reader makes it on a larger story.
const [low, high] = index.sentences;
index.conflicts.push({
  kind: 'disagreement',
  topic: 'people (watched)',
  values: [
    { value: 5500000, unit: 'people', sources: [toSourceRef(low!)] },
    { value: 8000000, unit: 'people', sources: [toSourceRef(high!)] },
  ],
} as Conflict);

describe('a disagreement offered for a count', () => {
  it('keeps to the count\'s own verb: how many work somewhere is not how many watched', () => {
    expect(ask(index, 'How many people work at the agency?').status).toBe('not_found');
  });

  it('still answers the count the disagreement is about', () => {
    expect(ask(index, 'How many people watched the live stream of the landing?').status).toBe('disputed');
  });

  it('answers with the side told on the authority the question names by its kind ("according to the agency")', () => {
    expect(ask(index, 'How many people watched the live stream of the landing at once, according to the agency?')).toMatchObject({ status: 'answered', answer: 'more than 5.5 million people' });
  });
});

describe('a count asked on a named authority, of what the whole story is about', () => {
  // A made-up outbreak of a fever: every outlet writes of fever; the regional body counts more than the WHO does.
  const fever = buildIndex([
    makeArticle({ file: 'a.txt', outlet: 'Tarnby Wire', published: '2031-08-15', text: 'The WHO declared the Velby fever outbreak an emergency on Wednesday.\n\nAccording to the WHO, Oskland has recorded more than 1,560 cases and 548 deaths this year.\n\nVelby fever spreads through close contact.' }),
    makeArticle({ file: 'b.txt', outlet: 'Oskby Courier', published: '2031-08-15', text: 'Velby fever has spread to four countries bordering Oskland.\n\nOskland alone has reported more than 1,560 cases and 537 deaths this year.\n\nVelby fever vaccines are in short supply.' }),
    makeArticle({ file: 'c.txt', outlet: 'Valley Gazette', published: '2031-08-16', text: 'The regional health body said 1,873 Velby fever cases had been reported across the region this year.\n\nVelby fever clinics opened in three cities.\n\nHospitals in Oskland asked for more staff to treat Velby fever.' }),
  ]);

  it('answers with the figure told on that authority, the story\'s own word ("fever cases") narrowing nothing', () => {
    const a = ask(fever, 'How many Velby fever cases has Oskland reported this year, according to the WHO?');
    expect(a).toMatchObject({ status: 'answered', answer: 'more than 1,560 cases' });
  });
});
