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

/** Bytes gathered into one write. */
const WRITE_BYTES = 1 << 20;

/**
 * Writes a file made of `pieces`, joined, as writeAtomic does: whole or not at all. The text is never held whole:
 * each piece is encoded straight into one of two buffers of a megabyte (no string is joined from the pieces), and a
 * full buffer is written at its place in the file while the other fills, so making the pieces never waits on the disk.
 */
export async function writeAtomicPieces(path: string, pieces: Iterable<string>): Promise<void> {
  const tmp = tmpName(path);
  const handle = await open(tmp, 'w');
  // Each buffer's write under way, if any; a failed one is reported when its buffer is next needed or at the end.
  const writing: (Promise<unknown> | null)[] = [null, null];
  try {
    const bufs = [Buffer.allocUnsafe(WRITE_BYTES), Buffer.allocUnsafe(WRITE_BYTES)];
    let cur = 0;
    let n = 0;
    let position = 0;
    const writeAt = async (bytes: Uint8Array, at: number) => {
      for (let done = 0; done < bytes.length; ) done += (await handle.write(bytes, done, bytes.length - done, at + done)).bytesWritten;
    };
    const flush = async () => {
      if (n === 0) return;
      const w = writeAt(bufs[cur]!.subarray(0, n), position);
      w.catch(() => {});
      writing[cur] = w;
      position += n;
      cur ^= 1;
      n = 0;
      await writing[cur];
      writing[cur] = null;
    };
    for (const piece of pieces) {
      // At most three bytes of UTF-8 per UTF-16 unit: a piece that may not fit is written after what came before.
      if (piece.length * 3 > WRITE_BYTES - n) {
        await flush();
        if (piece.length * 3 > WRITE_BYTES) {
          const bytes = Buffer.from(piece);
          await writeAt(bytes, position);
          position += bytes.length;
          continue;
        }
      }
      n += bufs[cur]!.write(piece, n);
    }
    await flush();
    await Promise.all(writing);
  } catch (err) {
    await Promise.allSettled(writing);
    await handle.close();
    await rm(tmp, { force: true });
    throw err;
  }
  await handle.close();
  await rename(tmp, path);
}
