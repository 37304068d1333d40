import { parseArgs } from 'node:util';
import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { buildDigest, markdownPieces } from '../engine/index.ts';
import { loadIndex, resolveCorpus } from '../corpus/load-index.ts';
import { previousDigest } from '../corpus/previous-digest.ts';
import { writeAtomic, writeAtomicPieces } from '../corpus/write-atomic.ts';
import { jsonPieces } from '../corpus/json-pieces.ts';
import { localDate } from '../schedule/local-date.ts';
import { terminalJson, type Io } from './io.ts';

export const DIGEST_USAGE = 'usage: digestbot digest [--corpus DIR] [--json] [--out DIR] [--date YYYY-MM-DD] [--png FILE]';

export async function digestCommand(argv: string[], io: Io): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: { corpus: { type: 'string' }, json: { type: 'boolean' }, out: { type: 'string' }, date: { type: 'string' }, png: { type: 'string' } } }));
  } catch (e) {
    io.err(`${(e as Error).message}\n${DIGEST_USAGE}`);
    return 2;
  }
  if (values.png !== undefined && !/\.png$/i.test(values.png)) {
    io.err(`--png must name a .png file, got "${values.png}"`);
    return 2;
  }
  if (values.date !== undefined && !isValidDate(values.date)) {
    io.err(`--date must be a calendar date as YYYY-MM-DD, got "${values.date}"`);
    return 2;
  }
  const loaded = await loadIndex(resolveCorpus(values.corpus), undefined, { reading: 'digest' });
  if (!loaded.ok) {
    io.err(loaded.error);
    return 1;
  }
  for (const w of loaded.warnings) io.err(`warning: ${w}`);
  const date = values.date ?? localDate(new Date());
  const out = resolve(values.out ?? 'digests');
  const digest = buildDigest(loaded.index, date, previousDigest(out, date));
  await mkdir(out, { recursive: true });
  // In pieces: at 10,000 articles the JSON is 130 MB, and as one string (copied once more to add the newline, and
  // again into bytes) it was most of the command's memory.
  await writeAtomicPieces(join(out, `${date}.json`), (function* () {
    yield* jsonPieces(digest);
    yield '\n';
  })());
  const png = values.png === undefined ? null : resolve(values.png);
  if (png) {
    await mkdir(dirname(png), { recursive: true });
    // Imported only when asked for: the picture's renderer is most of what the command would otherwise load.
    const { coveragePng } = await import('../platforms/picture/index.ts');
    await writeAtomic(png, await coveragePng(digest));
  }
  // The Markdown in pieces too (12 MB at 10,000 articles), printed as each is written unless the JSON is asked for.
  await writeAtomicPieces(join(out, `${date}.md`), (function* () {
    for (const piece of markdownPieces(digest)) {
      if (!values.json) io.out(piece);
      yield piece;
    }
  })());
  if (values.json) io.out(terminalJson(digest));
  if (!values.json) io.err(`written to ${join(out, `${date}.md`)} and ${join(out, `${date}.json`)}${png ? `; the coverage picture to ${png}` : ''}`);
  return 0;
}

export function isValidDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
