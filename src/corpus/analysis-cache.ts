/**
 * The persistent analysis cache: what the engine reads from one article (cleaned paragraphs, sentences with their
 * attributions, quantities and terms) is stored once in `<corpus>/.digestbot-cache/readings/`, one file per article,
 * keyed by the article's file name and text. Each file opens with a header naming the format, the engine version
 * and a checksum of the body; an entry that fails any check is ignored with a warning and the article read again.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import { z } from 'zod';
import type { ArticleReading } from '../engine/corpus-index.ts';
import { readArticles } from './analysis-workers.ts';
import type { Article } from '../engine/types.ts';
import { engineVersion } from './engine-version.ts';
import { writeAtomic } from './write-atomic.ts';

/** The cache's folder inside a corpus folder; deleting it is always safe. */
export const CACHE_DIR = '.digestbot-cache';
const FORMAT = 1;
/** Files read or written at once: enough to keep the disk busy, few enough to stay under the open-file limit. */
const PARALLEL = 64;

const Header = z.object({ format: z.number(), engine: z.string(), key: z.string(), sha256: z.string() });
const SpanShape = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });
const Strings = z.array(z.string());
const AttributionShape = z.looseObject({ surface: z.string(), cue: z.string(), kind: z.string() });
// The shape is checked on the fields the index reads by name; the checksum already vouches for the rest.
const Body = z.object({
  cleaned: z.object({
    title: z.string().nullable(),
    paragraphs: z.array(SpanShape),
    dropped: z.array(z.looseObject({ file: z.string(), text: z.string(), reason: z.string() })),
    selfNamedOutlet: z.string().nullable(),
    publishedHint: z.string().nullable(),
  }),
  sentences: z.array(
    z.looseObject({
      span: SpanShape,
      terms: Strings,
      quantities: z.array(z.looseObject({ value: z.number(), span: SpanShape })),
      attribution: AttributionShape.nullable(),
      claims: z.array(z.object({ attribution: AttributionShape, terms: Strings })),
      hedged: z.boolean(),
      entities: Strings,
      names: Strings,
      dates: z.array(z.looseObject({ key: z.string() })),
      places: Strings,
      quoted: Strings,
      quotedTerms: Strings,
      position: z.number(),
    }),
  ),
});

type Sentences = ArticleReading['sentences'];

/** The cache key of an article: its reading depends on its file name and text only. */
export function readingKey(file: string, text: string): string {
  // The text hashed as it is, not joined to the rest first: the same bytes, without a copy of every article.
  return createHash('sha256').update(`${FORMAT}\0${file}\0`).update(text).digest('hex').slice(0, 32);
}

export interface CacheOutcome {
  readings: ArticleReading[];
  /** Articles read from the cache on disk, and articles analysed in this call. */
  fromDisk: number;
  analysed: number;
  /** Ignored entries and failed writes, for stderr or the log. */
  warnings: string[];
}

type Entry = { ok: true; reading: ArticleReading } | { ok: false; why: 'missing' | 'foreign' | string };

/** Reads articles through the cache: from memory, else from disk, else analysed and written back. */
export class AnalysisCache {
  /** Readings of the articles last asked for, so a reload after one new article reads one article. */
  private memory = new Map<string, ArticleReading>();
  readonly dir: string;
  /** Where the index over the whole set is kept (see index-snapshot.ts). */
  readonly snapshotPath: string;
  /** The articles added since the snapshot (see index-journal.ts). */
  readonly journalPath: string;

  /** Threads the first read of many articles may use (see analysis-workers.ts). */
  threads = availableParallelism();

  constructor(corpusDir: string, readonly engine = engineVersion()) {
    this.dir = join(corpusDir, CACHE_DIR, 'readings');
    this.snapshotPath = join(corpusDir, CACHE_DIR, 'index.snapshot');
    this.journalPath = join(corpusDir, CACHE_DIR, 'index.added');
  }

  /** Warnings of single-article reads, handed out with the next set's. */
  private pending: string[] = [];
  private counts = { fromDisk: 0, analysed: 0 };
  private unwritable = false;

  /** One article's reading (loading a corpus asks for the outlet and date a page states); kept for the set's call. */
  async reading(file: string, text: string): Promise<ArticleReading> {
    const key = readingKey(file, text);
    const [reading] = await this.resolve([key], [{ file, text }], this.pending);
    this.memory.set(key, reading!);
    return reading!;
  }

  /** What single-article reads did since the last set's call: their warnings and counts, handed out once. */
  takePending(): { warnings: string[]; fromDisk: number; analysed: number } {
    const { fromDisk, analysed } = this.counts;
    this.counts = { fromDisk: 0, analysed: 0 };
    return { warnings: this.pending.splice(0), fromDisk, analysed };
  }

  /**
   * The readings of a corpus's `articles`, in order. Never throws for a bad or unwritable cache: it warns and
   * analyses. Entries of articles no longer in the set are forgotten and deleted.
   */
  async readings(articles: Pick<Article, 'file' | 'text'>[]): Promise<CacheOutcome> {
    const keys = articles.map((a) => readingKey(a.file, a.text));
    const warnings = this.pending;
    this.pending = [];
    const readings = await this.resolve(keys, articles, warnings);
    this.memory = new Map(keys.map((k, i) => [k, readings[i]!]));
    await this.prune(new Set(keys));
    const { fromDisk, analysed } = this.counts;
    this.counts = { fromDisk: 0, analysed: 0 };
    return { readings, fromDisk, analysed, warnings };
  }

  private async resolve(keys: string[], articles: Pick<Article, 'file' | 'text'>[], warnings: string[]): Promise<ArticleReading[]> {
    const readings: (ArticleReading | undefined)[] = keys.map((k) => this.memory.get(k));
    let foreign = 0;
    const corrupt: string[] = [];
    const missing = readings.flatMap((r, i) => (r ? [] : [i]));
    // Many to look for (a first read finds none): one listing of the folder rather than a failed open each.
    const listed = missing.length > PARALLEL ? new Set(await readdir(this.dir).catch(() => [] as string[])) : null;
    await inBatches(missing, async (i) => {
      if (listed && !listed.has(`${keys[i]}.json`)) return;
      const entry = await this.load(keys[i]!, articles[i]!.text);
      if (entry.ok) {
        readings[i] = entry.reading;
        this.counts.fromDisk++;
      } else if (entry.why === 'foreign') foreign++;
      else if (entry.why !== 'missing') corrupt.push(`${join(this.dir, `${keys[i]}.json`)} (${entry.why})`);
    });
    if (foreign) warnings.push(`analysis cache: ignored ${foreign} ${foreign === 1 ? 'entry' : 'entries'} written by another engine version; re-analysing`);
    for (const c of corrupt.slice(0, 3)) warnings.push(`analysis cache: ignored a corrupt entry ${c}; re-analysing`);
    if (corrupt.length > 3) warnings.push(`analysis cache: ignored ${corrupt.length - 3} more corrupt entries`);

    const toWrite = readings.flatMap((r, i) => (r ? [] : [i]));
    // Each reading is written as it comes, while the others are read: the entries of a large corpus take seconds to
    // write, and the worker threads read on meanwhile.
    const writer = toWrite.length && !this.unwritable ? new EntryWriter(this.dir, (key, reading) => this.store(key, reading)) : null;
    const fresh = await readArticles(
      toWrite.map((i) => articles[i]!),
      this.threads,
      (why) => warnings.push(`analysis: could not read on worker threads (${why}); reading in one thread`),
      (k, reading) => writer?.write(keys[toWrite[k]!]!, reading),
    );
    toWrite.forEach((i, k) => (readings[i] = fresh[k]!));
    this.counts.analysed += toWrite.length;
    const failed = await writer?.done();
    if (failed) {
      // Said once per process: a read-only corpus still works, it is only read again at each start.
      this.unwritable = true;
      warnings.push(`analysis cache: could not write ${this.dir} (${failed.message}); the next start reads the articles again`);
    }
    return readings as ArticleReading[];
  }

  private async load(key: string, text: string): Promise<Entry> {
    let raw: string;
    try {
      raw = await readFile(join(this.dir, `${key}.json`), 'utf8');
    } catch {
      return { ok: false, why: 'missing' };
    }
    const nl = raw.indexOf('\n');
    let header;
    try {
      header = Header.safeParse(JSON.parse(raw.slice(0, nl)));
    } catch {
      return { ok: false, why: 'unreadable header' };
    }
    if (!header.success || header.data.format !== FORMAT || header.data.key !== key) return { ok: false, why: 'not an entry of this cache' };
    if (header.data.engine !== this.engine) return { ok: false, why: 'foreign' };
    const body = raw.slice(nl + 1);
    if (createHash('sha256').update(body).digest('hex') !== header.data.sha256) return { ok: false, why: 'checksum mismatch' };
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      return { ok: false, why: 'unreadable body' };
    }
    // Checked, then used as parsed: zod's output would reorder each object's keys.
    if (!Body.safeParse(json).success) return { ok: false, why: 'unexpected shape' };
    const { cleaned, sentences } = json as z.infer<typeof Body>;
    if (sentences.some((s) => s.span.end > text.length)) return { ok: false, why: 'spans outside the article' };
    // The sentence text is not stored: it is the article's own span, sliced back here.
    const full = sentences.map((s) => ({ ...s, text: text.slice(s.span.start, s.span.end) })) as unknown as Sentences;
    return { ok: true, reading: { cleaned, sentences: full } };
  }

  private async store(key: string, reading: ArticleReading): Promise<void> {
    const body = JSON.stringify({ cleaned: reading.cleaned, sentences: reading.sentences.map(({ text: _text, ...rest }) => rest) });
    const header = JSON.stringify({ format: FORMAT, engine: this.engine, key, sha256: createHash('sha256').update(body).digest('hex') });
    await writeAtomic(join(this.dir, `${key}.json`), `${header}\n${body}`);
  }

  /** Entries of articles no longer in the corpus (changed or removed) are deleted, so the folder does not grow. */
  private async prune(keep: Set<string>): Promise<void> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    await inBatches(
      names.filter((n) => n.endsWith('.json') && !keep.has(n.slice(0, -5))),
      (n) => unlink(join(this.dir, n)).catch(() => undefined),
    );
  }
}

/**
 * Writes entries as they are handed over, PARALLEL at most at once, the folder made first; after a failed write the
 * rest are dropped, and `done` gives the first error.
 */
class EntryWriter {
  private readonly ready: Promise<unknown>;
  private readonly queue: ([string, ArticleReading] | undefined)[] = [];
  private head = 0;
  private running = 0;
  private failed: Error | null = null;
  private idle: (() => void) | null = null;

  constructor(dir: string, private readonly store: (key: string, reading: ArticleReading) => Promise<void>) {
    this.ready = mkdir(dir, { recursive: true }).catch((err: Error) => (this.failed ??= err));
  }

  write(key: string, reading: ArticleReading): void {
    this.queue.push([key, reading]);
    this.next();
  }

  private next(): void {
    while (this.running < PARALLEL && this.head < this.queue.length) {
      const [key, reading] = this.queue[this.head]!;
      // Let go of the reading once handed over: the queue can hold a corpus's worth.
      this.queue[this.head++] = undefined;
      this.running++;
      void this.ready
        .then(() => (this.failed ? undefined : this.store(key, reading)))
        .catch((err: Error) => (this.failed ??= err))
        .finally(() => {
          this.running--;
          this.next();
          if (this.running === 0 && this.head === this.queue.length) this.idle?.();
        });
    }
  }

  async done(): Promise<Error | null> {
    if (this.running > 0 || this.head < this.queue.length) await new Promise<void>((resolve) => (this.idle = resolve));
    return this.failed;
  }
}

async function inBatches<T>(items: T[], run: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += PARALLEL) await Promise.all(items.slice(i, i + PARALLEL).map(run));
}
