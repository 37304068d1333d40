// A worker thread's entry: plain JavaScript that puts the TypeScript loader in place for the thread (as
// bin/digestbot.js does for the process), then runs the worker module named in workerData.module.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.module);
