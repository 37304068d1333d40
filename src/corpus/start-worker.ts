import { Worker } from 'node:worker_threads';

/** A worker thread running `module` (a TypeScript file beside this one), through the loader worker-entry.mjs puts in place. */
export function startWorker(module: string): Worker {
  return new Worker(new URL('./worker-entry.mjs', import.meta.url), { workerData: { module: new URL(module, import.meta.url).href } });
}
