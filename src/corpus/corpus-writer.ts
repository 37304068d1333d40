/**
 * Adds articles to a corpus folder: a plain text file a person can read, and its entry in sources.json. Every write
 * goes to a temporary file first and is renamed into place, so an interrupted ingest never leaves half a file.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { insideCorpus, MAX_ARTICLE_BYTES, readSources, type SourceEntry } from './load-corpus.ts';
import { writeAtomic } from './write-atomic.ts';

export interface NewArticle {
  title: string | null;
  text: string;
  outlet: string;
  url: string | null;
  published: string | null;
}


const slug = (s: string, max: number) =>
  s
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '-')
    .slice(0, max)
    .replace(/-+$/, '') || 'article';

/** Normalises an address for duplicate checks: no fragment, no tracking parameters, no trailing slash. */
export function canonicalUrl(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    for (const k of [...u.searchParams.keys()]) if (/^(?:utm_|fbclid|gclid|ref$|cmpid)/i.test(k)) u.searchParams.delete(k);
    return u.toString().replace(/\/$/, '');
  } catch {
    return url;
  }
}

export class CorpusWriter {
  private entries: SourceEntry[] = [];
  private hashes = new Set<string>();
  private constructor(readonly dir: string) {}

  /** Opens a corpus folder (creating it), reading its sources.json; a malformed one is an error, not overwritten. */
  static async open(dir: string): Promise<{ ok: true; writer: CorpusWriter } | { ok: false; error: string }> {
    await mkdir(dir, { recursive: true });
    const w = new CorpusWriter(dir);
    const sources = await readSources(dir);
    if (!sources.ok) return sources;
    // An entry naming a file elsewhere (../x, /dev/zero) is refused, as loading the corpus ignores it: nothing outside
    // the folder is ever read, and sources.json is not rewritten with the entry in it.
    const outside = sources.entries.find((e) => !insideCorpus(dir, e.file));
    if (outside) return { ok: false, error: `${join(dir, 'sources.json')} lists "${outside.file}", which is not a file in ${dir}; fix or remove that entry. Nothing was changed.` };
    w.entries = sources.entries;
    for (const e of w.entries) {
      const p = join(dir, e.file);
      const st = await stat(p).catch(() => null);
      if (st?.isFile() && st.size <= MAX_ARTICLE_BYTES) w.hashes.add(contentHash(`${e.outlet}\n${await readFile(p, 'utf8')}`));
    }
    return { ok: true, writer: w };
  }

  hasUrl(url: string): boolean {
    const c = canonicalUrl(url);
    return this.entries.some((e) => e.url && canonicalUrl(e.url) === c);
  }

  /** Saves an article; a duplicate address or identical text is reported, not saved twice. */
  async add(a: NewArticle): Promise<{ ok: true; file: string } | { ok: false; error: string }> {
    if (a.url && this.hasUrl(a.url)) return { ok: false, error: 'already in the corpus (same address)' };
    const body = `${a.title ? `${a.title}\n\n` : ''}${a.text.trim()}\n`;
    // The same text from the same outlet is a duplicate; from another outlet it is a reprint, kept (and counted once).
    const hash = contentHash(`${a.outlet}\n${body}`);
    if (this.hashes.has(hash)) return { ok: false, error: 'already in the corpus (same text from the same outlet)' };
    const file = `${a.published ?? 'undated'}_${slug(a.outlet, 24)}_${slug(a.title ?? a.text.slice(0, 60), 48)}_${hash.slice(0, 6)}.txt`;
    await writeAtomic(join(this.dir, file), body);
    this.entries.push({ file, outlet: a.outlet, url: a.url ? canonicalUrl(a.url) : null, published: a.published, title: a.title });
    this.hashes.add(hash);
    await this.saveSources();
    return { ok: true, file };
  }

  private async saveSources(): Promise<void> {
    await writeAtomic(join(this.dir, 'sources.json'), `${JSON.stringify(this.entries, null, 2)}\n`);
  }
}

function contentHash(text: string): string {
  return createHash('sha256').update(text.replace(/\s+/g, ' ').trim()).digest('hex');
}
