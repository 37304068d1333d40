/**
 * Loads a corpus folder: every .txt, .md and .html article, with what sources.json says of each. Without an entry
 * in sources.json the outlet comes from the page where it names itself, else from the file name.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { z } from 'zod';
import type { Article } from '../engine/types.ts';
import { cleanArticle, type CleanedArticle } from '../engine/clean.ts';
import { htmlToText } from './html-to-text.ts';

export const ARTICLE_EXTENSIONS = new Set(['.txt', '.md', '.html', '.htm']);

/** The largest article read: far above any real article, far below what would take minutes and gigabytes to index. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

/** Whether a sources.json entry names a file directly inside the corpus folder (no path, no "..", nothing absolute). */
export function insideCorpus(dir: string, file: string): boolean {
  return !/[/\\]/.test(file) && file !== '.' && file !== '..' && dirname(resolve(dir, file)) === resolve(dir);
}

/** Article bytes as text; a file that is not valid UTF-8 is refused rather than quoted with replacement characters. */
export function decodeArticle(buf: Buffer): { ok: true; text: string } | { ok: false; error: string } {
  if (buf.subarray(0, 4096).includes(0)) return { ok: false, error: 'it is a binary file' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(buf) };
  } catch {
    return { ok: false, error: `it is not valid UTF-8 text (first bad byte at offset ${firstInvalidByte(buf)}); save it as UTF-8` };
  }
}

/** Where lenient decoding first put a replacement character that the file itself did not contain. */
function firstInvalidByte(buf: Buffer): number {
  const text = buf.toString('utf8');
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) {
    const at = Buffer.byteLength(text.slice(0, i));
    if (!(buf[at] === 0xef && buf[at + 1] === 0xbf && buf[at + 2] === 0xbd)) return at;
  }
  return -1;
}

const SourceEntry = z.object({
  file: z.string().min(1),
  outlet: z.string().min(1),
  url: z.string().nullable().optional().default(null),
  published: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'published must be YYYY-MM-DD')
    .nullable()
    .optional()
    .default(null),
  title: z.string().nullable().optional(),
});
export const SourcesFile = z.array(SourceEntry);
export type SourceEntry = z.infer<typeof SourceEntry>;

export type LoadResult = { ok: true; articles: Article[]; warnings: string[] } | { ok: false; error: string };

/** Reads sources.json when present; a malformed one is an error the user must see, not something to guess past. */
export async function readSources(dir: string): Promise<{ ok: true; entries: SourceEntry[] } | { ok: false; error: string }> {
  let raw: string;
  try {
    raw = await readFile(join(dir, 'sources.json'), 'utf8');
  } catch {
    return { ok: true, entries: [] };
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (e) {
    return { ok: false, error: `${join(dir, 'sources.json')} is not valid JSON: ${(e as Error).message}` };
  }
  const parsed = SourcesFile.safeParse(json);
  if (!parsed.success) return { ok: false, error: `${join(dir, 'sources.json')} does not match [{file, outlet, url, published}]:\n${z.prettifyError(parsed.error)}` };
  return { ok: true, entries: parsed.data };
}

/**
 * The sources.json entries of `files` only, for articles added to a loaded corpus: the other entries were checked
 * when it was loaded, and checking ten thousand again would cost more than the articles' own reading. Null when
 * the file cannot be read as a list, which a full load reports.
 */
export async function sourcesFor(dir: string, files: Set<string>): Promise<Map<string, SourceEntry> | null> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(join(dir, 'sources.json'), 'utf8'));
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ENOENT' ? new Map() : null;
  }
  if (!Array.isArray(json)) return null;
  const parsed = SourcesFile.safeParse(json.filter((e) => files.has((e as { file?: unknown } | null)?.file as string)));
  return parsed.success ? new Map(parsed.data.map((e) => [e.file, e])) : null;
}

function outletFromFileName(file: string): string {
  return basename(file, extname(file)).replace(/^\d+[_-]/, '').replace(/[_-][0-9a-f]{8,}$/i, '').replace(/[_-]+/g, ' ').trim() || file;
}

/** What a page says of itself, when sources.json does not: from the cleaned article (the analysis cache passes its own). */
export type PageHints = (file: string, text: string) => Promise<Pick<CleanedArticle, 'selfNamedOutlet' | 'publishedHint'>>;

/** Files read between two turns of the event loop (a few milliseconds), so a bot reloading its corpus still answers. */
const YIELD_EVERY = 256;

type FileRead = { kind: 'not-file' } | { kind: 'too-large'; size: number } | { kind: 'ok'; bytes: Buffer };

/**
 * Opened once and asked what it is, not looked up by name a second time to read it: a stat then a read was a third
 * of the time the files of a 10,000-article corpus took to read. Opened without waiting, so a pipe in the folder is
 * told apart, not read.
 */
function readArticleFile(path: string): FileRead {
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { kind: 'not-file' };
    if (st.size > MAX_ARTICLE_BYTES) return { kind: 'too-large', size: st.size };
    return { kind: 'ok', bytes: readOpen(fd, st.size) };
  } finally {
    closeSync(fd);
  }
}

/** The open file's `size` bytes (fewer should it have shrunk since), as readFileSync reads a file of known size. */
function readOpen(fd: number, size: number): Buffer {
  const bytes = Buffer.allocUnsafe(size);
  let got = 0;
  while (got < size) {
    const n = readSync(fd, bytes, got, size - got, null);
    if (n === 0) break;
    got += n;
  }
  return bytes.subarray(0, got);
}

/** One article of a corpus folder, with what its sources.json entry says of it; or why it is skipped. */
export async function readCorpusArticle(dir: string, name: string, entry: SourceEntry | undefined, hints: PageHints): Promise<{ ok: true; article: Article } | { ok: false; warning: string }> {
  const ext = extname(name).toLowerCase();
  const file = readArticleFile(join(dir, name));
  if (file.kind === 'not-file') return { ok: false, warning: `${name}: skipped, it is not a regular file` };
  if (file.kind === 'too-large') return { ok: false, warning: `${name}: skipped, it is ${file.size} bytes and the limit for one article is ${MAX_ARTICLE_BYTES}` };
  const decoded = decodeArticle(file.bytes);
  if (!decoded.ok) return { ok: false, warning: `${name}: skipped, ${decoded.error}` };
  const raw = decoded.text;
  const text = ext === '.html' || ext === '.htm' ? htmlToText(raw) : raw;
  if (!text.trim()) return { ok: false, warning: `${name}: skipped, it is empty` };
  let outlet = entry?.outlet;
  let published = entry?.published ?? null;
  if (!outlet || !published) {
    const cleaned = await hints(name, text);
    outlet ??= cleaned.selfNamedOutlet ?? outletFromFileName(name);
    published ??= cleaned.publishedHint;
  }
  return { ok: true, article: { file: name, outlet, url: entry?.url ?? null, published, text } };
}

export async function loadCorpus(dir: string, hints: PageHints = async (file, text) => cleanArticle(file, text)): Promise<LoadResult> {
  let names: string[];
  try {
    const st = await stat(dir);
    if (!st.isDirectory()) return { ok: false, error: `${dir} is not a folder` };
    names = await readdir(dir);
  } catch {
    return { ok: false, error: `corpus folder ${dir} does not exist` };
  }
  const sources = await readSources(dir);
  if (!sources.ok) return sources;
  const byFile = new Map(sources.entries.map((e) => [e.file, e]));
  const warnings: string[] = [];
  const articles: Article[] = [];
  const files = names.sort().filter((name) => ARTICLE_EXTENSIONS.has(extname(name).toLowerCase()));
  for (const [i, name] of files.entries()) {
    // Read synchronously: a small file costs ~25 µs that way and ~150 µs through the thread pool's four round trips,
    // which is most of a restart at 10,000 articles. The event loop gets a turn every few hundred files.
    if (i % YIELD_EVERY === YIELD_EVERY - 1) await new Promise((r) => setImmediate(r));
    const read = await readCorpusArticle(dir, name, byFile.get(name), hints);
    if (read.ok) articles.push(read.article);
    else warnings.push(read.warning);
  }
  const loaded = new Set(articles.map((a) => a.file));
  for (const e of sources.entries) if (!loaded.has(e.file)) warnings.push(`sources.json lists ${e.file}, which is not in ${dir}`);
  if (articles.length === 0) return { ok: false, error: `${dir} holds no .txt, .md or .html articles` };
  return { ok: true, articles, warnings };
}
