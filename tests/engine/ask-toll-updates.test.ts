import { describe, expect, it } from 'vitest';
import { ask, buildDigest, buildIndex } from '../../src/engine/index.ts';
import { paragraphs } from '../helpers/corpus.ts';

// A made-up gas blast told over two days: a first-night estimate with a ceiling, then a firm count the next day, a
// later article retelling the first estimate, and the village's population beside the toll.
const art = paragraphs;
const index = buildIndex([
  art('a.txt', 'Hill Courier', '2031-06-03', [
    'A gas blast ripped through a depot in this small farming village on Monday night, killing between four and 9 people and injuring more than 40, officials said.',
    'Firefighters from Kelmoor and nearby villages had been called to a leak at the depot an hour before.',
  ]),
  art('b.txt', 'Ridge Wire', '2031-06-03', [
    'KELMOOR, June 2 (RW) - A gas blast at a depot in Kelmoor killed as many as 9 people and injured more than 40 on Monday night, police said.',
    'The village of some 1,900 people is in Oxley County, in the farming country north of the capital.',
  ]),
  art('c.txt', 'Valley National', '2031-06-04', [
    'Seven bodies have been recovered from the ruins of the gas depot in Kelmoor, officials said on Tuesday, the first firm count of the dead.',
    'Earlier estimates from police had put the death toll at between four and 9.',
    'More than 60 people were injured in the blast, the regional health office said.',
  ]),
  art('d.txt', 'Depot Trade Report', '2031-06-04', [
    'Inspectors on Tuesday began searching the ruins of the Kelmoor gas depot, where a blast on Monday night killed at least seven people.',
    'Officials said on Tuesday that 7 bodies had been recovered in Kelmoor.',
  ]),
]);

describe('a toll estimated on the first night and counted the next day', () => {
  it('answers with the later firm count, not a disagreement with the earlier ceiling', () => {
    const a = ask(index, 'How many people were killed?');
    expect(a.status).toBe('answered');
    expect(a.answer).toMatch(/^(?:Seven|7) bodies$/);
    expect(a.summary).toContain('9');
  });

  it('answers a rising count with the later day\'s figure', () => {
    expect(ask(index, 'How many people were injured?')).toMatchObject({ status: 'answered', answer: 'More than 60 people' });
  });

  it('does not set the village\'s population against the toll', () => {
    const digest = buildDigest(index, '2031-06-04');
    const values = digest.conflicts.flatMap((c) => c.values.map((v) => v.value));
    expect(values).not.toContain(1900);
  });
});

