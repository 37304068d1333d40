import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { buildIndex, type Article } from '../../src/engine/index.ts';
import { clusterFacts } from '../../src/engine/fact-clusters.ts';

const article = (n: number, outlet: string, sentences: string[]): Article => ({
  file: `${String(n).padStart(2, '0')}_${outlet.toLowerCase().replace(/\W+/g, '-')}.txt`,
  outlet,
  url: null,
  published: '2031-05-06',
  text: `Storm brings down river bridge\n\n${sentences.join('\n\n')}\n`,
});

describe('clusterFacts', () => {
  it('given a story-sized corpus, groups exactly as comparing every candidate would (the cap is never reached)', async () => {
    const r = await loadCorpus('seeds');
    if (!r.ok) throw new Error(r.error);
    const { sentences } = buildIndex(r.articles);
    expect(clusterFacts(sentences)).toEqual(clusterFacts(sentences, { candidates: Infinity }));
  });

  it('given a cap on compared sentences, still finds the match that shares the rarest words', () => {
    const decoys = Array.from({ length: 30 }, (_, i) =>
      article(i + 3, `Decoy ${i}`, [`Residents watched the river bridge collapse after torrential rain in district ${i}.`, 'Officials urged calm.']),
    );
    const articles = [
      article(1, 'Harbour Post', ['Mayor Ilse Varga said the Varnet bridge over the Osk collapsed after torrential rain.', 'Schools stay closed.']),
      article(2, 'Valley Courier', ['The Varnet bridge over the Osk collapsed after torrential rain, Mayor Ilse Varga said.', 'Roads were shut.']),
      ...decoys,
    ];
    const { sentences } = buildIndex(articles);
    const varnet = sentences.filter((s) => s.text.includes('Varnet')).map((s) => s.id);
    expect(varnet).toHaveLength(2);
    const together = (clusters: ReturnType<typeof clusterFacts>) => clusters.some((c) => varnet.every((id) => c.members.includes(id)));
    expect(together(clusterFacts(sentences, { candidates: Infinity }))).toBe(true);
    expect(together(clusterFacts(sentences, { candidates: 3 }))).toBe(true);
  });
});
