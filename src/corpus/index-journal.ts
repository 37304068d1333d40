/**
 * The articles added to the index since its snapshot was written (`<corpus>/.digestbot-cache/index.added`): a
 * restart reads the snapshot over the articles it was built from and adds these again through the per-article
 * cache, rather than building the whole index anew after every article a feed brings. Written whole or not at all;
 * one that does not match the corpus is ignored, and the index built in full.
 */
import { readFile, rm } from 'node:fs/promises';
import { z } from 'zod';
import type { Article } from '../engine/types.ts';
import { writeAtomic } from './write-atomic.ts';

const FORMAT = 1;

const Entry = z.object({ file: z.string(), outlet: z.string(), url: z.string().nullable(), published: z.string().nullable(), reading: z.string() });
const Journal = z.object({ format: z.literal(FORMAT), engine: z.string(), base: z.string(), added: z.array(Entry) });
export type Journal = z.infer<typeof Journal>;
export type JournalEntry = z.infer<typeof Entry>;

export const journalEntry = (a: Article, reading: string): JournalEntry => ({ file: a.file, outlet: a.outlet, url: a.url, published: a.published, reading });

/** The journal at `path`; null when there is none, with a warning when one is there but unreadable or another engine's. */
export async function readJournal(path: string, engine: string): Promise<{ journal: Journal | null; warning: string | null }> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch {
    return { journal: null, warning: null };
  }
  const bad = (why: string) => ({ journal: null, warning: `analysis cache: ignored ${path} (${why}); building the index in full` });
  let j;
  try {
    j = Journal.safeParse(JSON.parse(raw));
  } catch {
    return bad('unreadable');
  }
  if (!j.success) return bad('not a list of added articles');
  return j.data.engine === engine ? { journal: j.data, warning: null } : bad('written by another engine version');
}

/** Whether the last articles of the corpus are the journal's, as it recorded them. */
export function journalMatches(j: Journal, articles: Article[], readingKeys: string[]): boolean {
  const from = articles.length - j.added.length;
  if (j.added.length === 0 || from < 1) return false;
  return j.added.every((e, k) => {
    const a = articles[from + k]!;
    return a.file === e.file && a.outlet === e.outlet && a.url === e.url && a.published === e.published && readingKeys[from + k] === e.reading;
  });
}

export async function writeJournal(path: string, j: Journal): Promise<void> {
  await writeAtomic(path, JSON.stringify(j));
}

export async function clearJournal(path: string): Promise<void> {
  await rm(path, { force: true });
}
