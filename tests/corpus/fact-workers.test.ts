import { describe, expect, it } from 'vitest';
import { workOutFacts } from '../../src/corpus/fact-workers.ts';
import { decodeClusters, decodeInput, encodeClusters, encodeInput } from '../../src/corpus/fact-cluster-codec.ts';
import { buildIndex } from '../../src/engine/corpus-index.ts';
import { clusterFacts, factInput } from '../../src/engine/fact-clusters.ts';
import { storyArticles, variant } from '../../src/cli/bench/synthetic-corpus.ts';

/** Three varied copies of the stories, as the bench writes them. */
async function articles() {
  const base = await storyArticles();
  return Array.from({ length: base.length * 3 }, (_, i) => variant(base[i % base.length]!, Math.floor(i / base.length)));
}

describe('working out the facts with the fact clusters on a worker thread', () => {
  it('gives the facts and conflicts one thread gives', async () => {
    const list = await articles();
    const inThread = buildIndex(list);
    const onWorker = buildIndex(list);
    const fallbacks: string[] = [];
    await workOutFacts(onWorker, 2, (why) => fallbacks.push(why), 0);
    expect(fallbacks).toEqual([]);
    // Set as values, not worked out again on first read.
    expect(Object.getOwnPropertyDescriptor(onWorker, 'facts')).toHaveProperty('value');
    expect(onWorker.facts.length).toBeGreaterThan(0);
    expect(onWorker.conflicts.length).toBeGreaterThan(0);
    expect(onWorker.facts).toEqual(inThread.facts);
    expect(onWorker.conflicts).toEqual(inThread.conflicts);
  });

  it('given one thread or a small corpus, works them out here', async () => {
    const list = (await articles()).slice(0, 20);
    const index = buildIndex(list);
    await workOutFacts(index, 1, () => undefined, 0);
    expect(Object.getOwnPropertyDescriptor(index, 'facts')).toHaveProperty('get');
    expect(index.facts).toEqual(buildIndex(list).facts);
  });

  it('sends the clustering its input and takes its clusters back unchanged', async () => {
    const { sentences } = buildIndex((await articles()).slice(0, 30));
    const input = factInput(sentences);
    expect(decodeInput(structuredClone(encodeInput(input)))).toEqual(input);
    const clusters = clusterFacts(sentences);
    const back = decodeClusters(structuredClone(encodeClusters(clusters)));
    expect(back).toEqual(clusters);
    expect(back.map((c) => [...c.sims.keys()])).toEqual(clusters.map((c) => [...c.sims.keys()]));
  });
});
