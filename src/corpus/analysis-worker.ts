/**
 * A worker thread of the first read: reads the batches of articles it is sent with the engine's `readArticle` and
 * posts each batch's readings back, in order. See analysis-workers.ts.
 */
import { parentPort } from 'node:worker_threads';
import { readArticle } from '../engine/corpus-index.ts';

export interface Batch {
  id: number;
  articles: { file: string; text: string }[];
}

parentPort!.on('message', (batch: Batch) => {
  const readings = batch.articles.map((a) => readArticle({ file: a.file, text: a.text, outlet: '', url: null, published: null }));
  parentPort!.postMessage({ id: batch.id, readings });
});
