/** The analysis worker's loop: each message is a batch of articles, answered with their readings in order. */
import { parentPort } from 'node:worker_threads';
import { readArticle } from '../engine/corpus-index.ts';

parentPort!.on('message', (batch: { file: string; text: string }[]) => {
  parentPort!.postMessage(batch.map((a) => readArticle({ file: a.file, text: a.text, outlet: '', url: null, published: null })));
});
