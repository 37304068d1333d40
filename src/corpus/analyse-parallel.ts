/**
 * Reads many articles on every core: one share in this thread, the others in worker threads. Readings are plain
 * data, so they come back by structured clone exactly as this thread would have made them. A worker that fails to
 * start or dies leaves its share to this thread.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { readArticle, type ArticleReading } from '../engine/corpus-index.ts';

type Source = { file: string; text: string };

const readHere = (batch: Source[]) => batch.map((a) => readArticle({ file: a.file, text: a.text, outlet: '', url: null, published: null }));

/** One batch read in a new worker thread. */
export function readInWorker(batch: Source[]): Promise<ArticleReading[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./analysis-worker.mjs', import.meta.url));
    worker.once('message', (readings: ArticleReading[]) => {
      resolve(readings);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`analysis worker exited with code ${code}`)));
    worker.postMessage(batch);
  });
}

/** The readings of `articles` in order, on `threads` threads (default: one per core). */
export async function analyseParallel(articles: Source[], threads = availableParallelism()): Promise<ArticleReading[]> {
  const shares = Math.max(1, Math.min(threads, articles.length));
  // Interleaved shares: long and short articles spread evenly.
  const batches = Array.from({ length: shares }, (_, s) => articles.filter((_, i) => i % shares === s));
  const pending = batches.slice(1).map((b) => readInWorker(b).catch(() => readHere(b)));
  const results = [readHere(batches[0]!), ...(await Promise.all(pending))];
  return articles.map((_, i) => results[i % shares]![Math.floor(i / shares)]!);
}
