import { describe, expect, it } from 'vitest';
import { readArticles, WORKERS_FROM } from '../../src/corpus/analysis-workers.ts';
import { readArticle } from '../../src/engine/corpus-index.ts';
import { storyArticles, variant } from '../../src/cli/bench/synthetic-corpus.ts';

describe('reading a large corpus on worker threads', () => {
  it('gives, in order, the readings one thread gives', async () => {
    const base = await storyArticles();
    const articles = Array.from({ length: WORKERS_FROM + 20 }, (_, i) => variant(base[i % base.length]!, Math.floor(i / base.length)));
    const fallbacks: string[] = [];
    const onWorkers = await readArticles(articles, 2, (why) => fallbacks.push(why));
    expect(fallbacks).toEqual([]);
    expect(onWorkers).toHaveLength(articles.length);
    for (const i of [0, 1, 57, articles.length - 1]) {
      const a = articles[i]!;
      expect(onWorkers[i]).toEqual(readArticle({ file: a.file, text: a.text, outlet: '', url: null, published: null }));
    }
  });
});
