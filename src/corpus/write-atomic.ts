import { open, rename, rm, writeFile } from 'node:fs/promises';

/**
 * Writes a file whole or not at all: a crash mid-write never leaves half a file. The temporary name is unique per
 * process and call, so two writers of the same path (test workers, a deploy overlap) never share one.
 */
export async function writeAtomic(path: string, content: string | Uint8Array): Promise<void> {
  const tmp = tmpName(path);
  await writeFile(tmp, content);
  await rename(tmp, path);
}

const tmpName = (path: string) => `${path}.${process.pid}.${Date.now()}.${Math.random().toString(36).slice(2, 8)}.tmp`;

/** Pieces gathered into writes of about this many characters. */
const WRITE_CHARS = 1 << 16;

/**
 * Writes a file made of `pieces`, joined, as writeAtomic does: whole or not at all. The text is never held whole,
 * only a megabyte of it at a time.
 */
export async function writeAtomicPieces(path: string, pieces: Iterable<string>): Promise<void> {
  const tmp = tmpName(path);
  const handle = await open(tmp, 'w');
  try {
    let batch: string[] = [];
    let size = 0;
    for (const piece of pieces) {
      batch.push(piece);
      size += piece.length;
      if (size >= WRITE_CHARS) {
        await handle.writeFile(batch.join(''));
        batch = [];
        size = 0;
      }
    }
    if (batch.length) await handle.writeFile(batch.join(''));
  } catch (err) {
    await handle.close();
    await rm(tmp, { force: true });
    throw err;
  }
  await handle.close();
  await rename(tmp, path);
}
