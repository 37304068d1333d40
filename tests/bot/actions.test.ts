import { describe, expect, it } from 'vitest';
import { decodeAction, encodeAction, voteButtons, type Action } from '../../src/bot/actions.ts';

describe('button ids', () => {
  const actions: Action[] = [
    { kind: 'sources', item: { kind: 'digest', date: '2025-01-31', id: 'fact-0ab12cd' } },
    { kind: 'sources', item: { kind: 'digest', date: '2025-01-31', id: 'conflict-1xyz' } },
    { kind: 'sources', item: { kind: 'answer', id: 'a-0123456789ab' } },
    { kind: 'vote', vote: 'wrong_attribution', item: { kind: 'digest', date: '2025-01-31', id: 'fact-0ab12cd' } },
    { kind: 'vote', vote: 'up', item: { kind: 'answer', id: 'a-0123456789ab' } },
  ];

  it('carry the item itself, read back exactly, well within Discord’s 100 characters', () => {
    for (const a of actions) {
      const id = encodeAction(a);
      expect(id.length).toBeLessThanOrEqual(100);
      expect(decodeAction(id)).toEqual(a);
    }
    expect(encodeAction(actions[0]!)).toBe('dg1:src:f:2025-01-31:fact-0ab12cd');
  });

  it('refuse anything that is not a well-formed id of ours', () => {
    for (const raw of ['', 'dg1', 'dg1:src', 'dg1:src:f:2025-1-31:fact-a', 'dg1:src:f:2025-01-31:FACT', 'dg1:src:f:2025-01-31:a:b', 'dg1:boo:a:a-1', 'other:src:a:a-1', `dg1:src:a:${'x'.repeat(49)}`]) expect(decodeAction(raw)).toBeNull();
  });

  it('give every item the three feedback buttons', () => {
    expect(voteButtons({ kind: 'answer', id: 'a-1' }).map((b) => [b.label, b.id])).toEqual([
      ['👍', 'dg1:up:a:a-1'],
      ['👎', 'dg1:down:a:a-1'],
      ['Wrong attribution', 'dg1:wrong:a:a-1'],
    ]);
  });
});
