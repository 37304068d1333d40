/**
 * The index snapshot: the whole corpus index (sentences with their sources named, facts, conflicts, speakers) as
 * last built, so a restart over an unchanged corpus skips the work over the set (clusters, conflicts, facts), which
 * grows faster than the corpus. It is keyed by every article's file, outlet, address, date and text and by the
 * engine version; any change to the corpus or the engine builds the index again from the per-article cache.
 *
 * The file is one JSON header line (format, engine, key, checksum; padded with spaces so the body starts on an 8-byte
 * boundary and is decoded in place) and a binary body (snapshot-codec.ts).
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { decodeSnapshot, encodeSnapshot, SnapshotFormatError, type TextOf } from './snapshot-codec.ts';
import { TermStats } from '../engine/similarity.ts';
import type { CorpusIndex } from '../engine/corpus-index.ts';
import type { Article } from '../engine/types.ts';
import { writeAtomic } from './write-atomic.ts';

const FORMAT = 2;

const Header = z.object({ format: z.number(), engine: z.string(), key: z.string(), sha256: z.string() });

/** The body as stored: the index's Maps as arrays of pairs. */
interface Body {
  titles: (string | null)[];
  sentences: CorpusIndex['sentences'];
  dropped: CorpusIndex['dropped'];
  canonical: [string, string][];
  info: [string, unknown][];
  facts: CorpusIndex['facts'];
  conflicts: CorpusIndex['conflicts'];
  nameFrequency: [string, number][];
  bySpeaker: [string, number[]][];
}

/** The key of a corpus as a set: what each article is and what it says, in order. */
export function snapshotKey(articles: Article[], readingKeys: string[]): string {
  const h = createHash('sha256').update(`${FORMAT}\0`);
  articles.forEach((a, i) => h.update(`${a.file}\0${a.outlet}\0${a.url ?? ''}\0${a.published ?? ''}\0${readingKeys[i]}\0`));
  return h.digest('hex').slice(0, 32);
}

export type SnapshotRead = { index: CorpusIndex; warning: null } | { index: null; warning: string | null };

const textsOf = (articles: Article[]): TextOf => {
  const byFile = new Map(articles.map((a) => [a.file, a.text]));
  return (file) => byFile.get(file);
};

const isArray = Array.isArray;
const isPairs = (x: unknown): boolean => isArray(x) && x.every((p) => isArray(p) && p.length === 2 && typeof p[0] === 'string');

/**
 * Whether a decoded body has the shape the index needs, checked on what the engine reads by position or by name;
 * the checksum already vouches for the rest. A forged file with a valid checksum still cannot pass as an index.
 */
function wellFormed(d: Partial<Body>, articles: Article[]): boolean {
  if (!d || typeof d !== 'object' || !isArray(d.titles) || !isArray(d.sentences) || !isArray(d.dropped) || !isArray(d.facts) || !isArray(d.conflicts)) return false;
  if (![d.canonical, d.info, d.nameFrequency, d.bySpeaker].every(isPairs) || d.titles.length !== articles.length) return false;
  const n = d.sentences.length;
  const sentencesOk = d.sentences.every(
    (s, i) => s && s.id === i && articles[s.article] !== undefined && typeof s.text === 'string' && isArray(s.terms) && s.terms.every((t) => typeof t === 'string') && isArray(s.claims) && isArray(s.quantities),
  );
  return sentencesOk && d.facts.every((f) => f && typeof f.id === 'string' && isArray(f.sentenceIds) && f.sentenceIds.every((x) => Number.isInteger(x) && x < n)) && d.conflicts.every((c) => c && typeof c.id === 'string');
}

/** The index stored at `path` when it was built by this engine from exactly these articles; else null, with a warning when the file is bad. */
export async function readSnapshot(path: string, engine: string, key: string, articles: Article[]): Promise<SnapshotRead> {
  let raw: Buffer;
  try {
    raw = await readFile(path);
  } catch {
    return { index: null, warning: null };
  }
  const bad = (why: string): SnapshotRead => ({ index: null, warning: `analysis cache: ignored the index snapshot ${path} (${why}); rebuilding the index` });
  const nl = raw.indexOf(10);
  let header;
  try {
    header = Header.safeParse(JSON.parse(raw.subarray(0, nl < 0 ? raw.length : nl).toString('utf8')));
  } catch {
    return bad('unreadable header');
  }
  if (!header.success || header.data.format !== FORMAT) return bad('not a snapshot of this cache');
  if (header.data.engine !== engine) return bad('written by another engine version');
  // Another set of articles is the normal case after an ingest: no warning.
  if (header.data.key !== key) return { index: null, warning: null };
  const body = raw.subarray(nl + 1);
  if (createHash('sha256').update(body).digest('hex') !== header.data.sha256) return bad('checksum mismatch');
  let d: Body;
  try {
    d = decodeSnapshot(body, textsOf(articles)) as Body;
  } catch (err) {
    if (err instanceof SnapshotFormatError) return bad(`unreadable body: ${err.message}`);
    throw err;
  }
  if (!wellFormed(d, articles)) return bad('unexpected shape');
  const sentences = d.sentences;
  const index: CorpusIndex = {
    articles,
    titles: d.titles,
    sentences,
    dropped: d.dropped,
    stats: new TermStats(sentences.map((s) => s.terms)),
    speakers: { canonical: new Map(d.canonical), info: new Map(d.info) as CorpusIndex['speakers']['info'] },
    facts: d.facts,
    conflicts: d.conflicts,
    nameFrequency: new Map(d.nameFrequency),
    bySpeaker: new Map(d.bySpeaker),
  };
  return { index, warning: null };
}

/** Stores an index built from the articles with this key; written whole or not at all. */
export async function writeSnapshot(path: string, engine: string, key: string, index: CorpusIndex): Promise<void> {
  const value: Body = {
    titles: index.titles,
    sentences: index.sentences,
    dropped: index.dropped,
    canonical: [...index.speakers.canonical],
    info: [...index.speakers.info],
    facts: index.facts,
    conflicts: index.conflicts,
    nameFrequency: [...index.nameFrequency],
    bySpeaker: [...index.bySpeaker],
  };
  const body = encodeSnapshot(value, textsOf(index.articles));
  const json = JSON.stringify({ format: FORMAT, engine, key, sha256: createHash('sha256').update(body).digest('hex') });
  // Spaces after the JSON bring the body to an 8-byte boundary of the file, so the reader decodes it in place.
  const header = json.padEnd(((json.length + 1 + 7) & ~7) - 1);
  await mkdir(dirname(path), { recursive: true });
  await writeAtomic(path, Buffer.concat([Buffer.from(`${header}\n`), body]));
}
