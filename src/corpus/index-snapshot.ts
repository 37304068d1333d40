/**
 * The index snapshot: the whole corpus index (sentences with their sources named, facts, conflicts, speakers) as
 * last built, so a restart over an unchanged corpus skips the work over the set (clusters, conflicts, facts), which
 * grows faster than the corpus. It is keyed by every article's file, outlet, address, date and text and by the
 * engine version; any change to the corpus or the engine builds the index again from the per-article cache.
 *
 * The file is one JSON header line (format, engine, key, checksum; padded with spaces so the body starts on an 8-byte
 * boundary and is decoded in place) and a binary body (snapshot-codec.ts) in two sections: the index without its
 * facts, then the facts, decoded only when first read (the digest reads them; answering a question never does).
 */
import { createHash, type Hash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { checkSnapshot, decodeSnapshot, encodeSnapshot, SnapshotFormatError, type ByteSource, type LazyPlan, type TextOf } from './snapshot-codec.ts';
import { TermStats, type StoredTermStats } from '../engine/similarity.ts';
import { nameCounts, withFactsOnDemand, type CorpusIndex, type IndexGrowth } from '../engine/corpus-index.ts';
import { headlineTerms } from '../engine/digest.ts';
import type { Article, Fact, Sentence } from '../engine/types.ts';
import { writeAtomic } from './write-atomic.ts';
import { SortedCounts, sortedCounts } from './sorted-counts.ts';
import { storedSentences } from './stored-sentences.ts';

const FORMAT = 12;

const Section = z.number().int().nonnegative();
/** `main` and `factsAt`: the byte length of the body's first section, and where its second (the facts) starts. */
const Header = z.object({ format: z.number(), engine: z.string(), key: z.string(), sha256: z.string(), main: Section, factsAt: Section });

/** The body as stored: the index's Maps as arrays of pairs. */
interface Body {
  titles: (string | null)[];
  /** Each title's terms as the digest scores headlines: stemming them was a tenth of a digest read back. */
  titleTerms: (string[] | null)[];
  sentences: CorpusIndex['sentences'];
  /** With the span of its article each passage is (every one is), so that its text is sliced back from the article. */
  dropped: (CorpusIndex['dropped'][number] & { span?: { start: number; end: number } })[];
  /** The speakers' canonical keys by spelling key, as two lists: a pair per entry was 37,000 arrays to let go. */
  canonical: { keys: string[]; values: string[] };
  info: [string, unknown][];
  conflicts: CorpusIndex['conflicts'];
  /**
   * As two lists, for the same reason: 137,000 names at 10,000 articles. Read back, held until first asked for
   * (adding an article or working the facts out again): a function giving them.
   */
  nameFrequency: StoredNames | (() => unknown);
  bySpeaker: [string, number[]][];
  /** The term statistics' postings, so that reading them back needs no sentence's terms. */
  stats: StoredTermStats;
  growth: StoredGrowth;
}

interface StoredNames {
  names: string[];
  counts: Int32Array;
}

const namesWellFormed = (n: unknown): n is StoredNames => {
  const x = n as Partial<StoredNames> | null;
  return !!x && isStrings(x.names) && x.counts instanceof Int32Array && x.names.length === x.counts.length;
};

/** The body's name counts stay its words until first asked for: see Body.nameFrequency. */
const bodyPlan = (keys: readonly string[]): LazyPlan | null =>
  keys.includes('nameFrequency') && keys.includes('sentences') ? { held: new Map([['nameFrequency', 'any']]), make: (decoded, values, at) => ({ ...decoded, nameFrequency: () => values.decode(at, 1)[0] }) } : null;

/** IndexGrowth as stored: its maps as parallel arrays (the term totals sorted by term), the hashes flat. */
interface StoredGrowth {
  terms: string[];
  counts: number[];
  totalSq: number;
  floor: IndexGrowth['floor'];
  offTopic: [number, string[], number[]][];
  hashes: number[];
}

const storedGrowth = (g: IndexGrowth): StoredGrowth => ({
  ...sortedCounts(g.totals.total.entries()),
  totalSq: g.totals.totalSq,
  floor: g.floor,
  offTopic: [...g.offTopic].map(([i, m]) => [i, [...m.keys()], [...m.values()]]),
  hashes: g.hashes.flat(),
});

/** Makes `o[key]` with `make` when first read, and keeps it. */
function madeOnFirstRead<T extends object, K extends keyof T>(o: T, key: K, make: () => T[K]): void {
  let value: T[K] | undefined;
  Object.defineProperty(o, key, { get: () => (value ??= make()), enumerable: true, configurable: true });
}

/** A map of parallel lists, made with no pair per entry. */
function zipped<V>(keys: string[], values: ArrayLike<V>): Map<string, V> {
  const m = new Map<string, V>();
  for (let i = 0; i < keys.length; i++) m.set(keys[i]!, values[i]!);
  return m;
}

function growthOf(g: StoredGrowth): IndexGrowth {
  const hashes: [number, number][] = [];
  for (let i = 0; i < g.hashes.length; i += 2) hashes.push([g.hashes[i]!, g.hashes[i + 1]!]);
  return { totals: { total: new SortedCounts(g.terms, g.counts), totalSq: g.totalSq }, floor: { ...g.floor }, offTopic: new Map(g.offTopic.map(([i, t, c]) => [i, zipped(t, c)])), hashes };
}

const isNumbers = (x: unknown): x is number[] => isArray(x) && x.every((v) => typeof v === 'number');
const isStrings = (x: unknown): x is string[] => isArray(x) && x.every((v) => typeof v === 'string');

function growthWellFormed(g: StoredGrowth | undefined, articles: number): boolean {
  if (!g || !isStrings(g.terms) || !isNumbers(g.counts) || g.terms.length !== g.counts.length || typeof g.totalSq !== 'number') return false;
  // Looked up by binary search: out of order, a count would silently go missing.
  for (let i = 1; i < g.terms.length; i++) if (!(g.terms[i - 1]! < g.terms[i]!)) return false;
  if (!g.floor || !['sim', 'rest', 'added'].every((k) => typeof (g.floor as Record<string, unknown>)[k] === 'number')) return false;
  const offTopicOk = isArray(g.offTopic) && g.offTopic.every((e) => isArray(e) && Number.isInteger(e[0]) && e[0] < articles && isStrings(e[1]) && isNumbers(e[2]) && e[1].length === e[2].length);
  return offTopicOk && isNumbers(g.hashes) && g.hashes.length === 2 * articles;
}

/** The key of a corpus as a set: what each article is and what it says, in order. */
export function snapshotKey(articles: Article[], readingKeys: string[]): string {
  const h = createHash('sha256').update(`${FORMAT}\0`);
  articles.forEach((a, i) => h.update(`${a.file}\0${a.outlet}\0${a.url ?? ''}\0${a.published ?? ''}\0${readingKeys[i]}\0`));
  return h.digest('hex').slice(0, 32);
}

/** `growth` is null for an index read for its answers or its digest only: nothing is added to it (see Reading). */
export type SnapshotRead = { index: CorpusIndex; growth: (() => IndexGrowth) | null; warning: null } | { index: null; warning: string | null };

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
function wellFormed(d: Partial<Body>, articles: Article[], stored: (s: unknown) => boolean): boolean {
  if (!d || typeof d !== 'object' || !isArray(d.titles) || !isArray(d.sentences) || !isArray(d.dropped) || !isArray(d.conflicts)) return false;
  if (![d.info, d.bySpeaker].every(isPairs) || d.titles.length !== articles.length) return false;
  if (!isArray(d.titleTerms) || d.titleTerms.length !== articles.length || !d.titleTerms.every((t) => t === null || isStrings(t))) return false;
  const c = d.canonical;
  if (!c || !isStrings(c.keys) || !isStrings(c.values) || c.keys.length !== c.values.length || typeof d.nameFrequency !== 'function') return false;
  // A sentence read in part had its terms, claims and quantities checked to be lists as they were held.
  const sentencesOk = d.sentences.every(
    (s, i) => s && s.id === i && articles[s.article] !== undefined && typeof s.text === 'string' && (stored(s) || (isArray(s.terms) && s.terms.every((t) => typeof t === 'string') && isArray(s.claims) && isArray(s.quantities))),
  );
  return sentencesOk && statsWellFormed(d.stats, d.sentences.length) && growthWellFormed(d.growth, articles.length) && d.conflicts.every((c) => c && typeof c.id === 'string');
}

/** Postings every question reads by position: each term's run in order and within the array, every id a sentence's. */
function statsWellFormed(s: StoredTermStats | undefined, sentences: number): boolean {
  if (!s || !isStrings(s.terms) || !(s.offsets instanceof Int32Array) || !(s.ids instanceof Int32Array)) return false;
  const { offsets, ids } = s;
  if (offsets.length !== s.terms.length + 1 || offsets[0] !== 0 || offsets[s.terms.length] !== ids.length) return false;
  for (let t = 0; t < s.terms.length; t++) if (offsets[t + 1]! < offsets[t]!) return false;
  for (let k = 0; k < ids.length; k++) if (ids[k]! < 0 || ids[k]! >= sentences) return false;
  // Looked up by binary search: every term once, in order.
  const { byTerm, terms } = s;
  if (!(byTerm instanceof Int32Array) || byTerm.length !== terms.length) return false;
  const seen = new Uint8Array(terms.length);
  for (let i = 0; i < byTerm.length; i++) {
    const t = byTerm[i]!;
    if (t < 0 || t >= terms.length || seen[t]) return false;
    seen[t] = 1;
    if (i > 0 && !(terms[byTerm[i - 1]!]! < terms[t]!)) return false;
  }
  return true;
}

const factsWellFormed = (facts: unknown, sentences: number): facts is Fact[] =>
  isArray(facts) && facts.every((f: Partial<Fact>) => f && typeof f.id === 'string' && isArray(f.sentenceIds) && f.sentenceIds.every((x) => Number.isInteger(x) && x < sentences));

/**
 * The facts cite sentences: a quote or a fact's text that is a sentence's text, and a citation's span that is a
 * sentence's, are stored as that sentence's (its id, twice over and once more for a span) and read back as the very
 * string and object the sentence holds, not a copy per citation (185,000 citations at 10,000 articles).
 */
function sentencePartOf(sentences: readonly Sentence[]): (v: unknown) => number | undefined {
  const byText = new Map<string, number>();
  const bySpan = new Map<object, number>();
  for (const s of sentences) {
    if (!byText.has(s.text)) byText.set(s.text, s.id);
    bySpan.set(s.span, s.id);
  }
  return (v) => {
    const id = typeof v === 'string' ? byText.get(v) : bySpan.get(v as object);
    return id === undefined ? undefined : 2 * id + (typeof v === 'string' ? 0 : 1);
  };
}

/** The sentence's text or span a number from `sentencePartOf` stands for; undefined for none. */
const sentencePart = (sentences: readonly Sentence[]) => (k: number) => {
  const s = sentences[k >>> 1];
  return s && (k & 1 ? s.span : s.text);
};

/** Longer than any header this file writes (about 250 bytes): a snapshot of other articles is told without reading its body. */
const HEAD_BYTES = 1024;
/** The file is read this much at a time. */
const BLOCK = 1 << 20;

/** Up to `length` bytes of the file from `at` into `into` (from `offset`): fewer at its end. */
function readFully(fd: number, into: Uint8Array, offset: number, length: number, at: number): number {
  let got = 0;
  while (got < length) {
    const n = readSync(fd, into, offset + got, length - got, at + got);
    if (n === 0) break;
    got += n;
  }
  return got;
}

/**
 * `length` bytes of the file from `at`, as the codec reads a body: front to back, in pieces of their own (so each is
 * 8-byte aligned), each fed to `hashes` as it is taken. `taken()` says how far it got. The file is read through one
 * block used again and again, and straight into the reader's buffer when it asks for a block or more: a fresh
 * megabyte per block was freed memory the allocator kept, tens of megabytes of peak RSS after a load.
 */
function fileSource(fd: number, at: number, length: number, hashes: Hash[]): ByteSource & { taken(): number } {
  const room = new Uint8Array(Math.min(BLOCK, length));
  let block = room.subarray(0, 0);
  let inBlock = 0;
  let read = 0;
  const taken = () => read - (block.length - inBlock);
  /** Fills `out` as far as the section goes; how many bytes. */
  const fill = (out: Uint8Array): number => {
    const want = Math.max(0, Math.min(out.length, length - taken()));
    let got = Math.min(want, block.length - inBlock);
    out.set(block.subarray(inBlock, inBlock + got));
    inBlock += got;
    if (got < want && want - got >= BLOCK) {
      const direct = readFully(fd, out, got, want - got, at + read);
      read += direct;
      got += direct;
    } else if (got < want) {
      block = room.subarray(0, readFully(fd, room, 0, Math.min(room.length, length - read), at + read));
      read += block.length;
      inBlock = Math.min(want - got, block.length);
      out.set(block.subarray(0, inBlock), got);
      got += inBlock;
    }
    const piece = out.subarray(0, got);
    for (const h of hashes) h.update(piece);
    return got;
  };
  return {
    take: (n) => {
      const out = new Uint8Array(Math.max(0, Math.min(n, length - taken())));
      return out.subarray(0, fill(out));
    },
    readInto: fill,
    more: () => taken() < length,
    taken,
  };
}

/** Feeds `length` bytes of the file from `at` to `hashes`, a block at a time; false if the file ends first. */
function hashRange(fd: number, at: number, length: number, hashes: Hash[]): boolean {
  const src = fileSource(fd, at, length, hashes);
  const into = new Uint8Array(Math.min(BLOCK, length));
  while (src.more()) if (src.readInto(into) === 0) return false;
  return true;
}

/**
 * What will be asked of an index read back: anything, articles added included (the bot); answers only, by a command
 * that then ends (\`digestbot ask\`); or its digest only (\`digestbot digest\`). Read once, an index makes what only
 * adding an article or working the facts out again reads (the name counts) when first asked for, and the maps a
 * question reads at its first question; read for its digest, it holds its sentences' names and sources too.
 */
export type Reading = 'all' | 'answers' | 'digest';

/** The index stored at `path` when it was built by this engine from exactly these articles; else null, with a warning when the file is bad. */
export async function readSnapshot(path: string, engine: string, key: string, articles: Article[], reading: Reading = 'all'): Promise<SnapshotRead> {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return { index: null, warning: null };
  }
  try {
    return readOpenSnapshot(fd, path, engine, key, articles, reading);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === undefined) throw err;
    return { index: null, warning: null };
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads the snapshot from an open file: the header; then the main section, decoded as it is read (a few megabytes
 * of it held at once, not the whole file beside what it decodes to); then the facts' section, checked as it is read
 * and let go. The checksum covers both sections: nothing decoded is used before it is found to match.
 */
function readOpenSnapshot(fd: number, path: string, engine: string, key: string, articles: Article[], reading: Reading): SnapshotRead {
  const head = new Uint8Array(HEAD_BYTES);
  const headLength = readFully(fd, head, 0, HEAD_BYTES, 0);
  const size = fstatSync(fd).size;
  const bad = (why: string): SnapshotRead => ({ index: null, warning: `analysis cache: ignored the index snapshot ${path} (${why}); rebuilding the index` });
  const nl = head.subarray(0, headLength).indexOf(10);
  let header;
  try {
    header = Header.safeParse(JSON.parse(Buffer.from(head.buffer, 0, nl < 0 ? headLength : nl).toString('utf8')));
  } catch {
    return bad('unreadable header');
  }
  if (!header.success || header.data.format !== FORMAT) return bad('not a snapshot of this cache');
  if (header.data.engine !== engine) return bad('written by another engine version');
  // Another set of articles is the normal case after an ingest: no warning.
  if (header.data.key !== key) return { index: null, warning: null };
  if (nl < 0) return bad('unreadable header');
  const { main, factsAt } = header.data;
  const bodyAt = nl + 1;
  const bodyLength = size - bodyAt;
  const hash = createHash('sha256');
  const matches = () => hash.digest('hex') === header.data.sha256;
  if (main > factsAt || factsAt > bodyLength) {
    hashRange(fd, bodyAt, bodyLength, [hash]);
    return bad(matches() ? 'unreadable body: sections out of place' : 'checksum mismatch');
  }
  const textOf = textsOf(articles);
  let d: Body | undefined;
  let unreadable: string | undefined;
  const mainSource = fileSource(fd, bodyAt, main, [hash]);
  const sentencesIn = storedSentences(articles, reading === 'digest');
  try {
    d = decodeSnapshot(mainSource, textOf, undefined, { lazy: { plan: (keys) => sentencesIn.plan(keys) ?? bodyPlan(keys) } }) as Body;
  } catch (err) {
    if (!(err instanceof SnapshotFormatError)) throw err;
    unreadable = err.message;
  }
  // What decoding left of the main section (after an error), the padding, then the facts.
  hashRange(fd, bodyAt + mainSource.taken(), factsAt - mainSource.taken(), [hash]);
  const factsHash = createHash('sha256');
  const factsSource = fileSource(fd, bodyAt + factsAt, bodyLength - factsAt, [hash, factsHash]);
  // Read for its digest, the index needs its facts at once: decoded as the section is checked, not read twice.
  let readFacts: unknown;
  try {
    if (reading === 'digest' && d && isArray(d.sentences)) readFacts = decodeSnapshot(factsSource, textOf, undefined, { external: sentencePart(d.sentences) });
    else checkSnapshot(factsSource);
  } catch (err) {
    if (!(err instanceof SnapshotFormatError)) throw err;
    unreadable ??= err.message;
    hashRange(fd, bodyAt + factsAt + factsSource.taken(), bodyLength - factsAt - factsSource.taken(), [hash]);
  }
  // A body that does not match its checksum is corrupt before it is unreadable.
  if (!matches()) return bad('checksum mismatch');
  if (unreadable !== undefined || !d) return bad(`unreadable body: ${unreadable}`);
  if (!wellFormed(d, articles, sentencesIn.isStored)) return bad('unexpected shape');
  const factsPlace = { at: bodyAt + factsAt, length: bodyLength - factsAt, sha256: factsHash.digest('hex') };
  const sentences = d.sentences;
  const index: CorpusIndex = {
    articles,
    titles: d.titles,
    titleTerms: d.titleTerms,
    sentences,
    dropped: d.dropped.map(({ file, text, reason }) => ({ file, text, reason })),
    stats: new TermStats({ stored: d.stats, count: sentences.length, termsOf: (id) => sentences[id]!.terms }),
    speakers: { canonical: new Map(), info: new Map() },
    facts: [],
    conflicts: d.conflicts,
    nameFrequency: new Map(),
    bySpeaker: new Map(),
  };
  // The maps made when first read (see Reading): a digest reads none of them, a question the speakers'. The lists they
  // are made from are let go once they are made (the closures below share this function's scope, which the facts'
  // getter keeps).
  let { canonical, info, bySpeaker }: Partial<Pick<Body, 'canonical' | 'info' | 'bySpeaker'>> = d;
  madeOnFirstRead(index, 'speakers', () => {
    const speakers = { canonical: zipped(canonical!.keys, canonical!.values), info: new Map(info) as CorpusIndex['speakers']['info'] };
    canonical = info = undefined;
    return speakers;
  });
  madeOnFirstRead(index, 'bySpeaker', () => {
    const map = new Map(bySpeaker);
    bySpeaker = undefined;
    return map;
  });
  // Read back as stored or, should they not be lists of names and counts, counted again from the sentences.
  const heldNames = d.nameFrequency as () => unknown;
  madeOnFirstRead(index, 'nameFrequency', () => {
    const stored = heldNames();
    return namesWellFormed(stored) ? zipped(stored.names, stored.counts) : nameCounts(sentences);
  });
  // An index that may grow makes them now: adding an article reads them all, and must take no longer than itself.
  if (reading === 'all') void [index.speakers, index.bySpeaker, index.nameFrequency];
  // Unless decoded at load (for the digest), the facts' section is read from the file again when first asked for, not
  // kept: answering questions never reads it (18 MB at 10,000 articles). Its hash says it is still the section checked at load; should the file have been
  // replaced since, or the section still not decode to facts, they are worked out again from the index.
  let facts: Fact[] | undefined = factsWellFormed(readFacts, sentences.length) ? readFacts : undefined;
  const factsOf = (): Fact[] => {
    if (facts) return facts;
    let decoded: unknown;
    try {
      const factsBody = readSection(path, factsPlace);
      if (factsBody) decoded = decodeSnapshot(factsBody, textOf, undefined, { external: sentencePart(sentences) });
    } catch (err) {
      if (!(err instanceof SnapshotFormatError)) throw err;
    }
    if (factsWellFormed(decoded, sentences.length)) return (facts = decoded);
    const { titles, dropped, stats, speakers, nameFrequency, bySpeaker } = index;
    return (facts = withFactsOnDemand({ articles, titles, sentences, dropped, stats, speakers, nameFrequency, bySpeaker }).facts);
  };
  Object.defineProperty(index, 'facts', { get: factsOf, enumerable: true, configurable: true });
  // Made into maps only when an article is added: most readers of a snapshot only answer. Not kept at all by a reader
  // that adds none (3 MB at 10,000 articles).
  const stored = reading === 'all' ? d.growth : null;
  return { index, growth: stored && (() => growthOf(stored)), warning: null };
}

/** The bytes of a section of the file when they hash as they did when it was read at load; else null. */
function readSection(path: string, place: { at: number; length: number; sha256: string }): Uint8Array | null {
  // Its own buffer, so the section starts 8-byte aligned and is decoded in place.
  const bytes = Buffer.allocUnsafeSlow(place.length);
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return null;
  }
  try {
    if (readSync(fd, bytes, 0, place.length, place.at) !== place.length) return null;
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
  return createHash('sha256').update(bytes).digest('hex') === place.sha256 ? bytes : null;
}

/** Stores an index built from the articles with this key; written whole or not at all. */
export async function writeSnapshot(path: string, engine: string, key: string, index: CorpusIndex, growth: IndexGrowth): Promise<void> {
  const textOf = textsOf(index.articles);
  const value: Body = {
    titles: index.titles,
    titleTerms: index.titles.map((t) => (t ? headlineTerms(t) : null)),
    sentences: index.sentences,
    dropped: index.dropped.map((d) => {
      const at = textOf(d.file)?.indexOf(d.text) ?? -1;
      return at < 0 ? d : { ...d, span: { start: at, end: at + d.text.length } };
    }),
    canonical: { keys: [...index.speakers.canonical.keys()], values: [...index.speakers.canonical.values()] },
    info: [...index.speakers.info],
    conflicts: index.conflicts,
    nameFrequency: { names: [...index.nameFrequency.keys()], counts: Int32Array.from(index.nameFrequency.values()) },
    bySpeaker: [...index.bySpeaker],
    stats: index.stats.stored(),
    growth: storedGrowth(growth),
  };
  const main = encodeSnapshot(value, textOf);
  const facts = encodeSnapshot(index.facts, textOf, sentencePartOf(index.sentences));
  // The facts' section starts 8-byte aligned, as the codec reads its sections in place.
  const factsAt = (main.length + 7) & ~7;
  const body = new Uint8Array(factsAt + facts.length);
  body.set(main);
  body.set(facts, factsAt);
  const json = JSON.stringify({ format: FORMAT, engine, key, sha256: createHash('sha256').update(body).digest('hex'), main: main.length, factsAt });
  // Spaces after the JSON bring the body to an 8-byte boundary of the file, so the reader decodes it in place.
  const header = json.padEnd(((json.length + 1 + 7) & ~7) - 1);
  await mkdir(dirname(path), { recursive: true });
  await writeAtomic(path, Buffer.concat([Buffer.from(`${header}\n`), body]));
}
