import { describe, expect, it } from 'vitest';
import type { RawAttribution } from '../../src/engine/attribution.ts';
import { buildSpeakerTable, countedSurface, speakerKey, type SpeakerTable } from '../../src/engine/speakers.ts';
import { growSpeakerTable } from '../../src/engine/speaker-growth.ts';

const said = (surface: string, kind: RawAttribution['kind'] = 'person'): RawAttribution => ({ surface, kind, cue: 'say', from: 0, to: 0, cueAt: 0 });
const tableOf = (all: RawAttribution[]) => buildSpeakerTable(all.map((a) => ({ key: speakerKey(a.surface, a.kind), surface: a.surface, kind: a.kind })));

/** The table grown by `added`, or null, beside the table built over everything. */
function grow(old: RawAttribution[], added: RawAttribution[]): { grown: SpeakerTable | null; full: SpeakerTable } {
  const table = tableOf(old);
  const countsOf = (c: string) => {
    const m = new Map<string, number>();
    for (const a of old) if (table.canonical.get(speakerKey(a.surface, a.kind)) === c) m.set(countedSurface(a.surface), (m.get(countedSurface(a.surface)) ?? 0) + 1);
    return m;
  };
  const g = growSpeakerTable(table, added, countsOf);
  if (g) {
    for (const [k, c] of g.canonical) table.canonical.set(k, c);
    for (const [c, info] of g.info) table.info.set(c, info);
  }
  return { grown: g && table, full: tableOf([...old, ...added]) };
}

const old = [said('Anna Kowalsky'), said('the Health Ministry', 'organization'), said('police spokeswoman Mara Vint'), said('Dewer', 'other')];

describe('growSpeakerTable', () => {
  it('given new sources, some merging into old ones, gives the table a full build gives, in the same order', () => {
    const { grown, full } = grow(old, [said('Kowalskyy'), said('Joe Brandt'), said('Mara Vint'), said('Mara Vint'), said('the ministry', 'organization')]);
    expect(grown).not.toBeNull();
    expect([...grown!.canonical]).toEqual([...full.canonical]);
    expect([...grown!.info]).toEqual([...full.info]);
  });

  it('given a new surname one letter from an old lone one, declines', () => {
    expect(grow(old, [said('Tom Dewers')]).grown).toBeNull();
  });

  it("given a new body's name holding an old one's, declines", () => {
    expect(grow(old, [said("Portmere's Health Ministry", 'organization')]).grown).toBeNull();
  });
});
