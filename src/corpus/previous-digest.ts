import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Digest } from '../engine/index.ts';

/** The newest digest written to `dir` before `date`, to say what changed since; null when there is none readable. */
export function previousDigest(dir: string, date: string): Digest | null {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return null;
  }
  const dates = names.map((n) => /^(\d{4}-\d{2}-\d{2})\.json$/.exec(n)?.[1]).filter((d): d is string => !!d && d < date).sort();
  for (const d of dates.reverse()) {
    try {
      const parsed = JSON.parse(readFileSync(join(dir, `${d}.json`), 'utf8')) as Digest;
      if (Array.isArray(parsed.facts)) return parsed;
    } catch {
      // An unreadable old digest is skipped; the one before it may do.
    }
  }
  return null;
}
