/**
 * The index snapshot: the whole corpus index (sentences with their sources named, facts, conflicts, speakers) as
 * last built, so a restart over an unchanged corpus skips the work over the set (clusters, conflicts, facts), which
 * grows faster than the corpus. It is keyed by every article's file, outlet, address, date and text and by the
 * engine version; any change to the corpus or the engine builds the index again from the per-article cache.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { TermStats } from '../engine/similarity.ts';
import type { CorpusIndex } from '../engine/corpus-index.ts';
import type { Article } from '../engine/types.ts';
import { writeAtomic } from './write-atomic.ts';

const FORMAT = 1;

const Header = z.object({ format: z.number(), engine: z.string(), key: z.string(), sha256: z.string() });
const Body = z.object({
  titles: z.array(z.string().nullable()),
  sentences: z.array(z.looseObject({ id: z.number(), article: z.number(), text: z.string(), terms: z.array(z.string()) })),
  dropped: z.array(z.looseObject({ file: z.string(), text: z.string(), reason: z.string() })),
  canonical: z.array(z.tuple([z.string(), z.string()])),
  info: z.array(z.tuple([z.string(), z.looseObject({ display: z.string(), kind: z.string() })])),
  facts: z.array(z.looseObject({ id: z.string(), sentenceIds: z.array(z.number()) })),
  conflicts: z.array(z.looseObject({ id: z.string() })),
  nameFrequency: z.array(z.tuple([z.string(), z.number()])),
  bySpeaker: z.array(z.tuple([z.string(), z.array(z.number())])),
});

/** The key of a corpus as a set: what each article is and what it says, in order. */
export function snapshotKey(articles: Article[], readingKeys: string[]): string {
  const h = createHash('sha256').update(`${FORMAT}\0`);
  articles.forEach((a, i) => h.update(`${a.file}\0${a.outlet}\0${a.url ?? ''}\0${a.published ?? ''}\0${readingKeys[i]}\0`));
  return h.digest('hex').slice(0, 32);
}

export type SnapshotRead = { index: CorpusIndex; warning: null } | { index: null; warning: string | null };

/** The index stored at `path` when it was built by this engine from exactly these articles; else null, with a warning when the file is bad. */
export async function readSnapshot(path: string, engine: string, key: string, articles: Article[]): Promise<SnapshotRead> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch {
    return { index: null, warning: null };
  }
  const bad = (why: string): SnapshotRead => ({ index: null, warning: `analysis cache: ignored the index snapshot ${path} (${why}); rebuilding the index` });
  const nl = raw.indexOf('\n');
  let header;
  try {
    header = Header.safeParse(JSON.parse(raw.slice(0, nl)));
  } catch {
    return bad('unreadable header');
  }
  if (!header.success || header.data.format !== FORMAT) return bad('not a snapshot of this cache');
  if (header.data.engine !== engine) return bad('written by another engine version');
  // Another set of articles is the normal case after an ingest: no warning.
  if (header.data.key !== key) return { index: null, warning: null };
  const body = raw.slice(nl + 1);
  if (createHash('sha256').update(body).digest('hex') !== header.data.sha256) return bad('checksum mismatch');
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return bad('unreadable body');
  }
  // Checked, then used as parsed: zod's output would reorder each object's keys, and the digest JSON would change.
  if (!Body.safeParse(json).success) return bad('unexpected shape');
  const d = json as z.infer<typeof Body>;
  if (d.titles.length !== articles.length || d.sentences.some((s, i) => s.id !== i || !articles[s.article])) return bad('does not match the articles');
  const sentences = d.sentences as unknown as CorpusIndex['sentences'];
  const index: CorpusIndex = {
    articles,
    titles: d.titles,
    sentences,
    dropped: d.dropped,
    stats: new TermStats(sentences.map((s) => s.terms)),
    speakers: { canonical: new Map(d.canonical), info: new Map(d.info) as CorpusIndex['speakers']['info'] },
    facts: d.facts as unknown as CorpusIndex['facts'],
    conflicts: d.conflicts as unknown as CorpusIndex['conflicts'],
    nameFrequency: new Map(d.nameFrequency),
    bySpeaker: new Map(d.bySpeaker),
  };
  return { index, warning: null };
}

/** Stores an index built from the articles with this key; written whole or not at all. */
export async function writeSnapshot(path: string, engine: string, key: string, index: CorpusIndex): Promise<void> {
  const body = JSON.stringify({
    titles: index.titles,
    sentences: index.sentences,
    dropped: index.dropped,
    canonical: [...index.speakers.canonical],
    info: [...index.speakers.info],
    facts: index.facts,
    conflicts: index.conflicts,
    nameFrequency: [...index.nameFrequency],
    bySpeaker: [...index.bySpeaker],
  });
  const header = JSON.stringify({ format: FORMAT, engine, key, sha256: createHash('sha256').update(body).digest('hex') });
  await mkdir(dirname(path), { recursive: true });
  await writeAtomic(path, `${header}\n${body}`);
}
