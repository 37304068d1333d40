import { rename, writeFile } from 'node:fs/promises';

/**
 * Writes a file whole or not at all: a crash mid-write never leaves half a file. The temporary name is unique per
 * process and call, so two writers of the same path (test workers, a deploy overlap) never share one.
 */
export async function writeAtomic(path: string, content: string | Uint8Array): Promise<void> {
  const tmp = `${path}.${process.pid}.${Date.now()}.${Math.random().toString(36).slice(2, 8)}.tmp`;
  await writeFile(tmp, content);
  await rename(tmp, path);
}
