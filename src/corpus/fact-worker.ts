/**
 * The worker thread that clusters the facts of a first read (see fact-workers.ts): sent the encoded input once, it
 * posts the encoded clusters back.
 */
import { parentPort } from 'node:worker_threads';
import { clusterFactInput } from '../engine/fact-clusters.ts';
import { buffersOf, decodeInput, encodeClusters, type EncodedInput } from './fact-cluster-codec.ts';

parentPort!.once('message', (input: EncodedInput) => {
  const clusters = encodeClusters(clusterFactInput(decodeInput(input)));
  parentPort!.postMessage(clusters, buffersOf(clusters));
});
