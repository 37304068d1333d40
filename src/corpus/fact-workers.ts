/**
 * The facts and conflicts of a first read on both cores: the fact clusters (clusterFacts) need only the sentences'
 * terms, counts, outlets and speakers, so a worker thread clusters them while this thread works out the conflicts,
 * each about half the work over the set on a large corpus. The facts are the same as worked out in one thread.
 */
import { availableParallelism } from 'node:os';
import { clusterFacts, factInput, type FactCluster } from '../engine/fact-clusters.ts';
import { conflictsOver, settleFacts, type CorpusIndex } from '../engine/corpus-index.ts';
import { WORKERS_FROM } from './analysis-workers.ts';
import { buffersOf, decodeClusters, encodeInput, type EncodedClusters } from './fact-cluster-codec.ts';
import { startWorker } from './start-worker.ts';

/**
 * Works out `index`'s facts and conflicts now, the fact clusters on a worker thread when there are `from` articles or
 * more and `threads` allow. A worker that fails is not fatal: the clusters are made here, and `onFallback` told why.
 */
export async function workOutFacts(index: CorpusIndex, threads = availableParallelism(), onFallback: (why: string) => void = () => undefined, from = WORKERS_FROM): Promise<void> {
  if (threads < 2 || index.articles.length < from) {
    void index.conflicts;
    return;
  }
  const clustered = clusterOnWorker(index).then(
    (clusters) => ({ clusters }),
    (err: Error) => ({ error: err.message }),
  );
  const disputes = conflictsOver(index);
  const r = await clustered;
  if ('error' in r) onFallback(r.error);
  settleFacts(index, disputes, 'clusters' in r ? r.clusters : clusterFacts(index.sentences));
}

async function clusterOnWorker(index: CorpusIndex): Promise<FactCluster[]> {
  const worker = startWorker('./fact-worker.ts');
  try {
    const input = encodeInput(factInput(index.sentences));
    const reply = new Promise<EncodedClusters>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`fact worker stopped with code ${code}`)));
    });
    worker.postMessage(input, buffersOf(input));
    return decodeClusters(await reply);
  } finally {
    await worker.terminate();
  }
}
