import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AnalysisCache, CACHE_DIR } from '../../src/corpus/analysis-cache.ts';
import { growIndex, loadIndex, reloadIndex, type Loaded } from '../../src/corpus/load-index.ts';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { ask, buildDigest, buildIndex, type CorpusIndex } from '../../src/engine/index.ts';
import { storyArticles, variant, writeSyntheticCorpus } from '../../src/cli/bench/synthetic-corpus.ts';
import { ROOT, readGold } from '../helpers/corpus.ts';

const questions = ['quake', 'seeds-public', 'exchange'].flatMap((n) => readGold(join(ROOT, 'tests', 'gold', `${n}.json`)).questions.map((q) => q.q));
const seen = (index: CorpusIndex) => ({ digest: JSON.stringify(buildDigest(index, '2031-03-04', null)), answers: questions.map((q) => JSON.stringify(ask(index, q))) });

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Two varied copies of the stories, as the bench writes them. */
async function corpus(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'digestbot-grow-'));
  dirs.push(dir);
  await writeSyntheticCorpus(dir, 28, await storyArticles());
  return dir;
}

function ok(l: Loaded): Extract<Loaded, { ok: true }> {
  if (!l.ok) throw new Error(l.error);
  return l;
}

async function fresh(dir: string) {
  const r = await loadCorpus(dir);
  if (!r.ok) throw new Error(r.error);
  return seen(buildIndex(r.articles));
}

/** A new article as a feed would bring it: a story's article under new names, its file sorting after the others. */
async function addArticle(dir: string, c: number): Promise<string> {
  const a = variant((await storyArticles())[c % 14]!, 500 + c, 'w');
  writeFileSync(join(dir, a.file), a.text);
  return a.file;
}

describe('adding articles to a loaded index', () => {
  it('given a new article, reads only it and gives the digest and answers a fresh read gives; a restart after reads the snapshot and the added article', async () => {
    const dir = await corpus();
    const cache = new AnalysisCache(dir);
    let loaded = ok(await loadIndex(dir, cache));
    for (const c of [0, 1]) {
      const file = await addArticle(dir, c);
      loaded = ok(await growIndex(dir, loaded, [file], cache));
      expect(loaded.analysis).toEqual({ fromDisk: 0, analysed: 1, snapshot: false });
    }
    expect(seen(loaded.index)).toEqual(await fresh(dir));

    const restart = ok(await loadIndex(dir));
    expect(restart.analysis).toEqual({ fromDisk: 2, analysed: 0, snapshot: true });
    expect(restart.warnings).toEqual([]);
    expect(seen(restart.index)).toEqual(await fresh(dir));
  });

  it('given a feed poll that only added files, reloads through the new ones; given a changed article, reads the corpus in full', async () => {
    const dir = await corpus();
    const cache = new AnalysisCache(dir);
    const first = ok(await loadIndex(dir, cache));
    await addArticle(dir, 2);
    const grown = ok(await reloadIndex(dir, first, cache));
    expect(grown.analysis).toEqual({ fromDisk: 0, analysed: 1, snapshot: false });
    writeFileSync(join(dir, 'v0_01_harbor_times.txt'), 'A different article altogether, about a harbour festival in Portmere.\n');
    const full = ok(await reloadIndex(dir, grown, cache));
    expect(full.analysis.snapshot).toBe(false);
    expect(full.analysis.analysed).toBe(1);
    expect(seen(full.index)).toEqual(await fresh(dir));
  });

  it('given an index read back for its answers only, keeps nothing to grow it by: an article added to it is read with the corpus in full, to the same answers', async () => {
    const dir = await corpus();
    const cache = new AnalysisCache(dir);
    ok(await loadIndex(dir, cache));
    const answering = ok(await loadIndex(dir, cache, { reading: 'answers' }));
    expect(answering.analysis.snapshot).toBe(true);
    expect(answering.growable).toBeNull();
    const grown = ok(await growIndex(dir, answering, [await addArticle(dir, 4)], cache));
    expect(grown.analysis.snapshot).toBe(false);
    expect(seen(grown.index)).toEqual(await fresh(dir));
  });

  it('given a corrupt list of added articles, ignores it with a warning and builds the index in full', async () => {
    const dir = await corpus();
    const cache = new AnalysisCache(dir);
    const first = ok(await loadIndex(dir, cache));
    ok(await growIndex(dir, first, [await addArticle(dir, 3)], cache));
    writeFileSync(join(dir, CACHE_DIR, 'index.added'), '{"format":1,"engine":');
    const restart = ok(await loadIndex(dir));
    expect(restart.warnings).toEqual([expect.stringMatching(/ignored .*index\.added \(unreadable\); building the index in full/)]);
    expect(restart.analysis).toEqual({ fromDisk: 29, analysed: 0, snapshot: false });
    expect(seen(restart.index)).toEqual(await fresh(dir));
  });
});
