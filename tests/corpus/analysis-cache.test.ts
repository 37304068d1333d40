import { afterEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { AnalysisCache, CACHE_DIR } from '../../src/corpus/analysis-cache.ts';
import { loadIndex, type Loaded } from '../../src/corpus/load-index.ts';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { ask, buildDigest, buildIndex, type CorpusIndex } from '../../src/engine/index.ts';
import { digestCommand } from '../../src/cli/digest-command.ts';
import { QUAKE, ROOT, SEEDS, readGold } from '../helpers/corpus.ts';

const EXCHANGE = join(ROOT, 'tests', 'fixtures', 'exchange');
import { captureIo } from '../helpers/io.ts';
import { WORKERS_FROM } from '../../src/corpus/analysis-workers.ts';
import { storyArticles, writeSyntheticCorpus } from '../../src/cli/bench/synthetic-corpus.ts';

const goldQuestions = (name: string) => readGold(join(ROOT, 'tests', 'gold', `${name}.json`)).questions.map((q) => q.q);
const questions = [...goldQuestions('quake'), ...goldQuestions('seeds-public'), ...goldQuestions('exchange')];
const DATE = '2031-03-04';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A private copy of a corpus (the landslide fixture by default), so each test owns its corpus and its cache. */
function corpusCopy(from = QUAKE): string {
  const dir = mkdtempSync(join(tmpdir(), 'digestbot-cache-'));
  dirs.push(dir);
  cpSync(from, dir, { recursive: true });
  rmSync(join(dir, CACHE_DIR), { recursive: true, force: true });
  return dir;
}

const entriesOf = (dir: string) => readdirSync(join(dir, CACHE_DIR, 'readings')).map((n) => join(dir, CACHE_DIR, 'readings', n));

function loadedIndex(l: Loaded): Extract<Loaded, { ok: true }> {
  if (!l.ok) throw new Error(l.error);
  return l;
}

/** What users see of an index: the digest JSON and every gold answer. */
const seen = (index: CorpusIndex) => ({ digest: JSON.stringify(buildDigest(index, DATE, null)), answers: questions.map((q) => JSON.stringify(ask(index, q))) });

/** The same corpus read with no cache at all. */
async function uncached(dir: string) {
  const r = await loadCorpus(dir);
  if (!r.ok) throw new Error(r.error);
  return seen(buildIndex(r.articles));
}

describe('the analysis cache', () => {
  it.each([
    ['the landslide fixture', QUAKE, 3],
    ['the seeds', SEEDS, 5],
    ['the exchange fixture', EXCHANGE, 3],
  ])('given a restart over %s, reads every article from the cache and gives the same digest and answers as a fresh read', async (_name, from, n) => {
    const dir = corpusCopy(from);
    const first = loadedIndex(await loadIndex(dir));
    expect(first.analysis).toEqual({ fromDisk: 0, analysed: n, snapshot: false });
    expect(entriesOf(dir)).toHaveLength(n);

    const restart = loadedIndex(await loadIndex(dir));
    expect(restart.analysis).toEqual({ fromDisk: 0, analysed: 0, snapshot: true });
    expect(restart.warnings).toEqual([]);
    // Without the snapshot, the index is built again from the per-article cache.
    rmSync(join(dir, CACHE_DIR, 'index.snapshot'));
    const rebuilt = loadedIndex(await loadIndex(dir));
    expect(rebuilt.analysis).toEqual({ fromDisk: n, analysed: 0, snapshot: false });
    const fresh = await uncached(dir);
    expect(seen(restart.index)).toEqual(fresh);
    expect(seen(rebuilt.index)).toEqual(fresh);
    expect(seen(first.index)).toEqual(fresh);
  });

  it('given a first read of many articles over worker threads, writes every entry as it is read, and a restart without the snapshot reads them all', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'digestbot-cache-'));
    dirs.push(dir);
    const { articles } = await writeSyntheticCorpus(dir, WORKERS_FROM + 14, await storyArticles());
    const cache = new AnalysisCache(dir);
    cache.threads = 2;
    const first = loadedIndex(await loadIndex(dir, cache));
    expect(first.warnings).toEqual([]);
    expect(first.analysis).toEqual({ fromDisk: 0, analysed: articles.length, snapshot: false });
    expect(entriesOf(dir)).toHaveLength(articles.length);
    rmSync(join(dir, CACHE_DIR, 'index.snapshot'));
    const rebuilt = loadedIndex(await loadIndex(dir));
    expect(rebuilt.analysis).toEqual({ fromDisk: articles.length, analysed: 0, snapshot: false });
    expect(rebuilt.warnings).toEqual([]);
  });

  it('given a cache folder that cannot be made, warns once and still reads the corpus', async () => {
    const dir = corpusCopy();
    writeFileSync(join(dir, CACHE_DIR), 'not a folder');
    const l = loadedIndex(await loadIndex(dir));
    expect(l.analysis).toEqual({ fromDisk: 0, analysed: 3, snapshot: false });
    expect(l.warnings.filter((w) => w.startsWith('analysis cache: could not write'))).toHaveLength(2);
    expect(l.warnings[0]).toMatch(/^analysis cache: could not write .*readings .*the next start reads the articles again$/);
    expect(seen(l.index)).toEqual(await uncached(dir));
  });

  it('given a changed article, re-analyses that article only and forgets its old entry', async () => {
    const dir = corpusCopy();
    loadedIndex(await loadIndex(dir));
    const file = join(dir, '01_harbor_times.txt');
    writeFileSync(file, readFileSync(file, 'utf8').replace('pulled 23 survivors', 'pulled 27 survivors'));

    const after = loadedIndex(await loadIndex(dir));
    expect(after.analysis).toEqual({ fromDisk: 2, analysed: 1, snapshot: false });
    expect(entriesOf(dir)).toHaveLength(3);
    expect(after.index.sentences.some((s) => s.text.includes('pulled 27 survivors'))).toBe(true);
    expect(seen(after.index)).toEqual(await uncached(dir));
  });

  it('given a reload through the same cache, reads only the added article', async () => {
    const dir = corpusCopy();
    const cache = new AnalysisCache(dir);
    loadedIndex(await loadIndex(dir, cache));
    writeFileSync(join(dir, '04_extra.txt'), 'Rescuers said on Tuesday that 3 more people were found alive under the rubble in Velmora.\n');

    const after = loadedIndex(await loadIndex(dir, cache));
    expect(after.analysis).toEqual({ fromDisk: 0, analysed: 1, snapshot: false });
    expect(seen(after.index)).toEqual(await uncached(dir));
  });

  it('given a corrupt entry, ignores it with a warning and reads the article again', async () => {
    const dir = corpusCopy();
    loadedIndex(await loadIndex(dir));
    rmSync(join(dir, CACHE_DIR, 'index.snapshot'));
    const [garbled, truncated, forged] = entriesOf(dir);
    writeFileSync(garbled!, readFileSync(garbled!, 'utf8').replace(/"terms":\["/, '"terms":["x'));
    writeFileSync(truncated!, readFileSync(truncated!, 'utf8').slice(0, 200));
    // A forged entry whose checksum matches a body of the wrong shape is still not trusted.
    const [header] = readFileSync(forged!, 'utf8').split('\n');
    const body = JSON.stringify({ cleaned: { title: 'x' }, sentences: 'none' });
    writeFileSync(forged!, `${JSON.stringify({ ...JSON.parse(header!), sha256: createHash('sha256').update(body).digest('hex') })}\n${body}`);

    const after = loadedIndex(await loadIndex(dir));
    expect(after.analysis).toEqual({ fromDisk: 0, analysed: 3, snapshot: false });
    expect(after.warnings).toHaveLength(3);
    expect(after.warnings.join('\n')).toMatch(/corrupt entry .*checksum mismatch/);
    expect(after.warnings.join('\n')).toMatch(/corrupt entry .*unexpected shape/);
    expect(seen(after.index)).toEqual(await uncached(dir));
    // Rewritten whole: the next start trusts them again.
    rmSync(join(dir, CACHE_DIR, 'index.snapshot'));
    expect(loadedIndex(await loadIndex(dir)).analysis).toEqual({ fromDisk: 3, analysed: 0, snapshot: false });
  });

  it('given entries written by another engine version, ignores them with one warning', async () => {
    const dir = corpusCopy();
    const r = await loadCorpus(dir);
    if (!r.ok) throw new Error(r.error);
    await new AnalysisCache(dir, 'an-older-engine').readings(r.articles);

    const after = loadedIndex(await loadIndex(dir));
    expect(after.analysis).toEqual({ fromDisk: 0, analysed: 3, snapshot: false });
    expect(after.warnings).toEqual(['analysis cache: ignored 3 entries written by another engine version; re-analysing']);
    expect(seen(after.index)).toEqual(await uncached(dir));
  });

  it('given a corrupt entry, digestbot digest warns on stderr and writes the same digest', async () => {
    const dir = corpusCopy();
    const out = join(dir, 'out');
    const first = captureIo();
    expect(await digestCommand(['--corpus', dir, '--json', '--out', out, '--date', DATE], first)).toBe(0);
    writeFileSync(entriesOf(dir)[0]!, 'not a cache entry');
    rmSync(join(dir, CACHE_DIR, 'index.snapshot'));

    const again = captureIo();
    expect(await digestCommand(['--corpus', dir, '--json', '--out', out, '--date', DATE], again)).toBe(0);
    expect(again.stderr).toMatch(/^warning: analysis cache: ignored a corrupt entry .*unreadable header/m);
    expect(again.stdout).toBe(first.stdout);
  });

  it('given an index snapshot with a byte changed, ignores it with a warning and builds the index from the per-article cache', async () => {
    const dir = corpusCopy();
    loadedIndex(await loadIndex(dir));
    const path = join(dir, CACHE_DIR, 'index.snapshot');
    const bytes = readFileSync(path);
    bytes[bytes.length - 9]! ^= 0x10;
    writeFileSync(path, bytes);

    const after = loadedIndex(await loadIndex(dir));
    expect(after.analysis).toEqual({ fromDisk: 3, analysed: 0, snapshot: false });
    expect(after.warnings).toEqual([expect.stringMatching(/ignored the index snapshot .*checksum mismatch/)]);
    expect(seen(after.index)).toEqual(await uncached(dir));
    // The snapshot is written again: the next start reads it.
    expect(loadedIndex(await loadIndex(dir)).analysis.snapshot).toBe(true);
  });

  const spoils = [
    ['truncated', (body: Buffer) => body.subarray(0, body.length >> 1)],
    ['with garbage words', (body: Buffer) => Buffer.concat([body.subarray(0, body.length - 64), Buffer.alloc(64, 0xff)])],
    ['empty', () => Buffer.alloc(0)],
  ] as const;
  // Read for its digest, the facts' section is decoded at load rather than checked: refused all the same.
  it.each(spoils.flatMap(([name, spoil]) => (['all', 'digest'] as const).map((reading) => [name, reading, spoil] as const)))('given an index snapshot %s under a checksum that matches, read for %s, ignores it with a warning and rebuilds', async (_name, reading, spoil) => {
    const dir = corpusCopy();
    loadedIndex(await loadIndex(dir));
    const path = join(dir, CACHE_DIR, 'index.snapshot');
    const raw = readFileSync(path);
    const nl = raw.indexOf(10);
    const body = spoil(raw.subarray(nl + 1));
    const header = { ...JSON.parse(raw.subarray(0, nl).toString('utf8')), sha256: createHash('sha256').update(body).digest('hex') };
    writeFileSync(path, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), body]));

    const after = loadedIndex(await loadIndex(dir, undefined, { reading }));
    expect(after.analysis).toEqual({ fromDisk: 3, analysed: 0, snapshot: false });
    expect(after.warnings).toEqual([expect.stringMatching(/ignored the index snapshot .*unreadable body/)]);
    expect(seen(after.index)).toEqual(await uncached(dir));
  });

  it('given an index snapshot cut short mid-header, ignores it with a warning', async () => {
    const dir = corpusCopy();
    loadedIndex(await loadIndex(dir));
    const path = join(dir, CACHE_DIR, 'index.snapshot');
    writeFileSync(path, readFileSync(path).subarray(0, 20));

    const after = loadedIndex(await loadIndex(dir));
    expect(after.analysis.snapshot).toBe(false);
    expect(after.warnings).toEqual([expect.stringMatching(/ignored the index snapshot .*unreadable header/)]);
    expect(seen(after.index)).toEqual(await uncached(dir));
  });

  it('given an index snapshot from another engine version, ignores it with a warning', async () => {
    const dir = corpusCopy();
    const cache = new AnalysisCache(dir, 'an-older-engine');
    loadedIndex(await loadIndex(dir, cache));

    const after = loadedIndex(await loadIndex(dir));
    expect(after.analysis.snapshot).toBe(false);
    expect(after.warnings).toContain(`analysis cache: ignored the index snapshot ${cache.snapshotPath} (written by another engine version); rebuilding the index`);
    expect(seen(after.index)).toEqual(await uncached(dir));
  });
});
