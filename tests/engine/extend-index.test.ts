import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ask, buildDigest, buildGrowableIndex, buildIndex, extendIndex, readArticle, type CorpusIndex } from '../../src/engine/index.ts';
import type { Article } from '../../src/engine/types.ts';
import { storyArticles, variant } from '../../src/cli/bench/synthetic-corpus.ts';
import { ROOT, readGold } from '../helpers/corpus.ts';

const questions = ['quake', 'seeds-public', 'exchange'].flatMap((n) => readGold(join(ROOT, 'tests', 'gold', `${n}.json`)).questions.map((q) => q.q));

/** Everything an index holds that users or later work can see, as text. */
const seen = (index: CorpusIndex) =>
  JSON.stringify({
    digest: buildDigest(index, '2031-03-04', null),
    answers: questions.map((q) => ask(index, q)),
    sentences: index.sentences,
    dropped: index.dropped,
    titles: index.titles,
    speakers: [[...index.speakers.canonical], [...index.speakers.info]],
    names: [...index.nameFrequency],
    bySpeaker: [...index.bySpeaker],
    df: [...index.stats.df],
  });

/** The bench's kind of corpus: the stories copied with names and numbers varied, in file-name order as loaded. */
async function corpus(copies: number): Promise<Article[]> {
  const stories = await storyArticles();
  const out: Article[] = [];
  for (let c = 0; c < copies; c++) for (const a of stories) out.push(variant(a, c));
  return out.sort((a, b) => (a.file < b.file ? -1 : 1));
}

describe('extendIndex', () => {
  it('given articles added one by one after the others, gives what a full build over all of them gives', async () => {
    const articles = await corpus(4);
    const readings = articles.map(readArticle);
    const from = articles.length - 6;
    let grown = buildGrowableIndex(articles.slice(0, from), readings.slice(0, from));
    let extended = 0;
    for (let i = from; i < articles.length; i++) {
      const next = extendIndex(grown.index, grown.growth, [articles[i]!], [readings[i]!]);
      if (next) extended++;
      grown = next ?? buildGrowableIndex(articles.slice(0, i + 1), readings.slice(0, i + 1));
    }
    expect(extended).toBeGreaterThan(3);
    expect(seen(grown.index)).toBe(seen(buildIndex(articles, readings)));
  });

  it('given several articles at once, gives what a full build gives', async () => {
    const articles = await corpus(3);
    const readings = articles.map(readArticle);
    const from = articles.length - 3;
    const base = buildGrowableIndex(articles.slice(0, from), readings.slice(0, from));
    const next = extendIndex(base.index, base.growth, articles.slice(from), readings.slice(from));
    expect(next).not.toBeNull();
    expect(seen(next!.index)).toBe(seen(buildIndex(articles, readings)));
  });

  it('given an article that sorts among the others, declines, so that the caller builds the index in full', async () => {
    const articles = await corpus(2);
    const readings = articles.map(readArticle);
    const base = buildGrowableIndex(articles.slice(1), readings.slice(1));
    expect(extendIndex(base.index, base.growth, [articles[0]!], [readings[0]!])).toBeNull();
  });
});
