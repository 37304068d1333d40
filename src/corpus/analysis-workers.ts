/**
 * Reading many articles on every core: each article's reading is independent of the others (readArticle is pure), so
 * the first read of a large corpus hands batches of articles to worker threads, one per core, and puts the readings
 * back in the articles' order. The readings are the same as read in this thread; only the time differs. Below a few
 * hundred articles, starting the workers (each loads the engine) costs more than it saves, so they are read here.
 */
import { availableParallelism } from 'node:os';
import { readArticle, type ArticleReading } from '../engine/corpus-index.ts';
import type { Batch } from './analysis-worker.ts';
import { startWorker } from './start-worker.ts';

/** Fewer articles than this are read in this thread. */
export const WORKERS_FROM = 300;
const BATCH = 50;
/** Articles this thread reads between two turns of the event loop. */
const YIELD_EVERY = 5;

type Text = { file: string; text: string };

const inThread = (articles: Text[]) => articles.map((a) => readArticle({ file: a.file, text: a.text, outlet: '', url: null, published: null }));

/** Told of each reading as it is made (its article's index and the reading), in no set order. */
export type OnRead = (i: number, reading: ArticleReading) => void;

/**
 * The readings of `articles`, in order, read on `threads` worker threads when there are enough articles. A worker
 * that cannot start (no thread support, a missing loader) is not fatal: the articles are read here instead, and
 * `onFallback` is told why.
 */
export async function readArticles(articles: Text[], threads = availableParallelism(), onFallback: (why: string) => void = () => undefined, onRead: OnRead = () => undefined): Promise<ArticleReading[]> {
  const here = () => {
    const readings = inThread(articles);
    readings.forEach((r, i) => onRead(i, r));
    return readings;
  };
  if (threads < 2 || articles.length < WORKERS_FROM) return here();
  try {
    return await onWorkers(articles, Math.min(threads, Math.ceil(articles.length / BATCH)), onRead);
  } catch (err) {
    onFallback((err as Error).message);
    return here();
  }
}

async function onWorkers(articles: Text[], threads: number, onRead: OnRead): Promise<ArticleReading[]> {
  const out: ArticleReading[] = new Array(articles.length);
  let next = 0;
  const take = (): Batch | null => {
    if (next >= articles.length) return null;
    const batch = { id: next, articles: articles.slice(next, next + BATCH).map((a) => ({ file: a.file, text: a.text })) };
    next += BATCH;
    return batch;
  };
  // This thread reads batches too, between the workers' replies: one worker fewer than cores keeps every core busy,
  // this one included, which also takes the replies in.
  const workers = Array.from({ length: threads - 1 }, () => startWorker('./analysis-worker.ts'));
  try {
    const remote = workers.map(
      (w) =>
        new Promise<void>((resolve, reject) => {
          let pending = 0;
          const send = () => {
            const batch = take();
            if (batch) {
              w.postMessage(batch);
              pending++;
            }
          };
          w.on('message', (m: { id: number; readings: ArticleReading[] }) => {
            pending--;
            send();
            m.readings.forEach((r, k) => onRead(m.id + k, (out[m.id + k] = r)));
            if (pending === 0) resolve();
          });
          w.once('error', reject);
          w.once('exit', (code) => code !== 0 && reject(new Error(`analysis worker stopped with code ${code}`)));
          // Two batches ahead: this thread takes a worker's reply only between its own batches, and a worker with
          // only one batch sat idle until then (a quarter of its time on a 10,000-article first read).
          send();
          send();
          if (pending === 0) resolve();
        }),
    );
    for (let batch = take(); batch; batch = take()) {
      for (let k = 0; k < batch.articles.length; k++) {
        onRead(batch.id + k, (out[batch.id + k] = inThread([batch.articles[k]!])[0]!));
        // Let the workers' replies and the cache's writes in every few articles: writes let in only between batches
        // fell behind, and the last seconds of a first read were this thread writing them while the workers waited.
        if (k % YIELD_EVERY === YIELD_EVERY - 1) await new Promise((r) => setImmediate(r));
      }
      await new Promise((r) => setImmediate(r));
    }
    await Promise.all(remote);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return out;
}
