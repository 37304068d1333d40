import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ENGINE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'engine');

let memo: string | null = null;

/**
 * A fingerprint of the engine's source files (names and contents under src/engine), read once per process. Any
 * change to the engine changes it, so cached analyses from another engine are never trusted by mistake.
 */
export function engineVersion(dir = ENGINE_DIR): string {
  if (dir === ENGINE_DIR && memo) return memo;
  const h = createHash('sha256');
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true })
      .flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : e.name.endsWith('.ts') ? [join(d, e.name)] : []))
      .sort();
  for (const file of walk(dir)) h.update(`${relative(dir, file)}\0`).update(readFileSync(file)).update('\0');
  const version = h.digest('hex').slice(0, 16);
  if (dir === ENGINE_DIR) memo = version;
  return version;
}
