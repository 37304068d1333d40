/**
 * `digestbot ingest`: adds local files, web pages and feed items to a corpus. Each input is reported in one line with
 * its outcome; one bad input never stops the rest of a batch, and the corpus is never left half-written.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, basename } from 'node:path';
import { CorpusWriter, type NewArticle } from '../corpus/corpus-writer.ts';
import { MAX_ARTICLE_BYTES } from '../corpus/load-corpus.ts';
import { cleanArticle } from '../engine/clean.ts';
import { decode, fetchLimited, type FetchOptions } from './fetch-limited.ts';
import { extractArticle } from './extract-article.ts';
import { looksLikeFeed, parseFeed, type FeedItem } from './feed.ts';
import { FeedState } from './feed-state.ts';

export type IngestResult = { ok: true; outcomes: Outcome[]; interrupted: boolean } | { ok: false; error: string };

export type Outcome = { input: string; status: 'added'; file: string; outlet: string; published: string | null } | { input: string; status: 'skipped' | 'failed'; reason: string };

export interface IngestOptions {
  fetch?: FetchOptions;
  /** Minimum time between two requests to one host. */
  perHostDelayMs?: number;
  /** Called before each step of a long ingest (the CLI shows it on a terminal). */
  progress?: (message: string) => void;
  /** Items taken from one feed in one poll, newest first (default MAX_ITEMS_PER_FEED). */
  maxItemsPerFeed?: number;
  /** Stops the ingest between two steps (Ctrl-C, a time limit); what was added until then stays, and is reported. */
  signal?: AbortSignal;
}

/** A feed of thousands of items would take hours at one request a second: each poll takes the newest 50. */
export const MAX_ITEMS_PER_FEED = 50;

/** Items by publication date, newest first; a feed with undated items keeps its own order (usually newest first). */
function newestFirst(items: FeedItem[]): FeedItem[] {
  if (items.some((i) => !i.published)) return items;
  return [...items].sort((a, b) => b.published!.localeCompare(a.published!));
}

const LOCAL_TYPES = new Set(['.txt', '.md', '.html', '.htm']);

/** Keeps at least `delayMs` between two requests to one host. */
export class HostPacer {
  private last = new Map<string, number>();
  constructor(private readonly delayMs: number) {}
  async wait(url: string): Promise<void> {
    const host = new URL(url).host;
    const since = Date.now() - (this.last.get(host) ?? 0);
    if (since < this.delayMs) await new Promise((r) => setTimeout(r, this.delayMs - since));
    this.last.set(host, Date.now());
  }
}

export async function ingest(inputs: string[], corpusDir: string, opts: IngestOptions = {}): Promise<IngestResult> {
  const opened = await CorpusWriter.open(corpusDir);
  if (!opened.ok) return opened;
  const writer = opened.writer;
  const pacer = new HostPacer(opts.perHostDelayMs ?? 1000);
  const feeds = await FeedState.open(corpusDir);
  const outcomes: Outcome[] = [];
  const save = async (input: string, a: NewArticle) => {
    const r = await writer.add(a);
    outcomes.push(r.ok ? { input, status: 'added', file: r.file, outlet: a.outlet, published: a.published } : { input, status: 'skipped', reason: r.error });
  };

  const page = async (url: string, fallback: { outlet?: string | null; published?: string | null; title?: string | null } = {}) => {
    if (writer.hasUrl(url)) return outcomes.push({ input: url, status: 'skipped', reason: 'already in the corpus (same address)' });
    await pacer.wait(url);
    if (opts.signal?.aborted) return; // not started: the summary says the rest was not ingested
    const got = await fetchLimited(url, { ...opts.fetch, signal: opts.signal });
    if (!got.ok) return outcomes.push({ input: url, status: 'failed', reason: got.error });
    if (got.status === 304) return outcomes.push({ input: url, status: 'skipped', reason: 'unchanged' });
    const ex = extractArticle(got.body, got.url);
    if (!ex.ok) return outcomes.push({ input: url, status: 'failed', reason: ex.error });
    const a = ex.article;
    await save(url, { title: a.title || fallback.title || null, text: a.text, outlet: a.outlet ?? fallback.outlet ?? new URL(got.url).hostname.replace(/^www\./, ''), url: a.url ?? got.url, published: a.published ?? fallback.published ?? null });
  };

  const remote = async (url: string) => {
    const state = feeds.get(url);
    await pacer.wait(url);
    const got = await fetchLimited(url, { ...opts.fetch, etag: state?.etag, lastModified: state?.lastModified, signal: opts.signal });
    if (!got.ok) return outcomes.push({ input: url, status: 'failed', reason: got.error });
    if (got.status === 304) return outcomes.push({ input: url, status: 'skipped', reason: 'feed unchanged since the last poll' });
    if (!looksLikeFeed(got.contentType, got.body)) {
      const ex = extractArticle(got.body, got.url);
      if (!ex.ok) return outcomes.push({ input: url, status: 'failed', reason: ex.error });
      if (writer.hasUrl(ex.article.url ?? got.url)) return outcomes.push({ input: url, status: 'skipped', reason: 'already in the corpus (same address)' });
      return save(url, { title: ex.article.title || null, text: ex.article.text, outlet: ex.article.outlet ?? new URL(got.url).hostname.replace(/^www\./, ''), url: ex.article.url ?? got.url, published: ex.article.published });
    }
    const feed = await parseFeed(got.body);
    if (!feed.ok) return outcomes.push({ input: url, status: 'failed', reason: feed.error });
    if (!feed.feed.items.length) {
      await feeds.set(url, { etag: got.etag, lastModified: got.lastModified });
      return outcomes.push({ input: url, status: 'skipped', reason: 'feed has no items' });
    }
    const items = newestFirst(feed.feed.items);
    const max = opts.maxItemsPerFeed ?? MAX_ITEMS_PER_FEED;
    if (items.length > max) outcomes.push({ input: url, status: 'skipped', reason: `${items.length - max} older items not polled (at most ${max} per feed per poll)` });
    const polled = items.slice(0, max);
    for (const [i, item] of polled.entries()) {
      if (opts.signal?.aborted) return;
      opts.progress?.(`[${i + 1}/${polled.length}] ${item.link}`);
      // One bad item (a link that is not an address, a page no parser can read) is reported, and the feed goes on.
      try {
        await page(new URL(item.link, url).toString(), { outlet: feed.feed.title, published: item.published, title: item.title });
      } catch (e) {
        outcomes.push({ input: item.link, status: 'failed', reason: `unexpected error: ${(e as Error).message}` });
      }
    }
    // Remembered only once every item was seen: an interrupted poll is taken up again by the next one.
    if (!opts.signal?.aborted) await feeds.set(url, { etag: got.etag, lastModified: got.lastModified });
  };

  const local = async (path: string) => {
    const ext = extname(path).toLowerCase();
    if (!LOCAL_TYPES.has(ext)) return outcomes.push({ input: path, status: 'failed', reason: `not a .txt, .md or .html file` });
    const st = await stat(path);
    if (!st.isFile()) return outcomes.push({ input: path, status: 'failed', reason: 'not a regular file' });
    const size = st.size;
    if (size > MAX_ARTICLE_BYTES) return outcomes.push({ input: path, status: 'failed', reason: `too large (${size} bytes; the limit is ${MAX_ARTICLE_BYTES})` });
    const bytes = await readFile(path);
    const decoded = decode(bytes, '');
    if (!decoded.ok) return outcomes.push({ input: path, status: 'failed', reason: decoded.error });
    if (!decoded.text.trim()) return outcomes.push({ input: path, status: 'failed', reason: 'empty file' });
    if (ext === '.html' || ext === '.htm') {
      const ex = extractArticle(decoded.text, null);
      if (!ex.ok) return outcomes.push({ input: path, status: 'failed', reason: ex.error });
      return save(path, { title: ex.article.title || null, text: ex.article.text, outlet: ex.article.outlet ?? basename(path, ext), url: ex.article.url, published: ex.article.published });
    }
    const cleaned = cleanArticle(basename(path), decoded.text);
    return save(path, { title: null, text: decoded.text, outlet: cleaned.selfNamedOutlet ?? basename(path, ext), url: null, published: cleaned.publishedHint });
  };

  for (const input of inputs) {
    if (opts.signal?.aborted) break;
    opts.progress?.(`ingesting ${input}`);
    try {
      if (/^https?:\/\//i.test(input)) {
        await remote(input);
        continue;
      }
      const scheme = /^([a-z][a-z\d+.-]+):/i.exec(input)?.[1];
      if (scheme) {
        outcomes.push({ input, status: 'failed', reason: `refused: only http and https addresses are fetched (${scheme.toLowerCase()}:)` });
        continue;
      }
      const st = await stat(input).catch(() => null);
      if (!st) {
        outcomes.push({ input, status: 'failed', reason: 'no such file, folder or http(s) address' });
      } else if (st.isDirectory()) {
        for (const name of (await readdir(input)).sort()) if (LOCAL_TYPES.has(extname(name).toLowerCase())) await local(join(input, name));
      } else {
        await local(input);
      }
    } catch (e) {
      // A bug in one input's handling is reported with the input, and the batch goes on.
      outcomes.push({ input, status: 'failed', reason: `unexpected error: ${(e as Error).message}` });
    }
  }
  return { ok: true, outcomes, interrupted: opts.signal?.aborted === true };
}
