/**
 * Scores a digest against a gold file's digest checks, as the public acceptance file describes them: a central fact
 * is mentioned when some fact's text or quotes contain every token with enough distinct outlets; a disagreement is
 * flagged when one disagreement's topic or quotes contain every token and every gold value appears on its sides; junk
 * strings appear nowhere in the digest outside `dropped`.
 */
import type { Conflict, Digest } from '../engine/index.ts';
import type { GoldFile } from './gold.ts';
import { normalise } from './score.ts';

export interface DigestCheck {
  kind: 'mention' | 'conflict' | 'junk';
  what: string;
  passed: boolean;
  why: string;
}

const has = (haystack: string, token: string) => haystack.includes(normalise(token));

/** The text of one side of a disagreement: its value as shown and every quote behind it. */
function sideText(v: Conflict['values'][number]): string {
  return normalise([v.label ?? '', `${v.value}${v.unit ? ` ${v.unit}` : ''}`, ...v.sources.map((s) => s.quote)].join(' \n '));
}

export function checkDigest(gold: GoldFile, d: Digest): DigestCheck[] {
  const checks: DigestCheck[] = [];
  const empty = d.facts.length === 0;
  for (const m of gold.digest_must_mention ?? []) {
    let best = 0;
    for (const f of d.facts) {
      const text = normalise([f.text, ...f.sources.map((s) => s.quote)].join(' \n '));
      if (m.all_of.every((t) => has(text, t))) best = Math.max(best, new Set(f.sources.map((s) => s.outlet)).size);
    }
    const passed = !empty && best >= m.min_outlets;
    checks.push({ kind: 'mention', what: m.fact, passed, why: passed ? '' : best ? `${best} of ${m.min_outlets} outlets` : 'no fact mentions it' });
  }
  for (const c of gold.digest_must_flag_conflict ?? []) {
    const flagged = d.conflicts.some((x) => {
      if (x.kind !== 'disagreement') return false;
      const sides = x.values.map(sideText);
      const all = normalise(x.topic) + ' \n ' + sides.join(' \n ');
      if (!c.all_of.every((t) => has(all, t))) return false;
      // Each value on some side, and two of them on two different sides: a side's quote may hold another value's
      // digits too ("£43bn of cuts, including the 45p rate"), so a value is not tied to the first side that has it.
      const found = c.values.map((v) => sides.flatMap((s, i) => (has(s, v) ? [i] : [])));
      if (found.some((f) => !f.length)) return false;
      return c.values.length < 2 || found.some((f, i) => found.some((g, j) => i !== j && f.some((x) => g.some((y) => x !== y))));
    });
    checks.push({ kind: 'conflict', what: c.slot, passed: flagged, why: flagged ? '' : `no disagreement shows ${c.values.join(' vs ')}` });
  }
  const shown = normalise(JSON.stringify({ ...d, dropped: [] }));
  for (const j of gold.digest_must_not_contain ?? []) {
    const present = has(shown, j);
    checks.push({ kind: 'junk', what: j, passed: !empty && !present, why: present ? 'appears in the digest' : empty ? 'empty digest' : '' });
  }
  return checks;
}
