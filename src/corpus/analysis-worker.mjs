// A worker thread that reads articles for the analysis cache. Plain JavaScript so it starts the same way the
// command line does (tsx registered, then the TypeScript sources), wherever the process was started from.
import { register } from 'tsx/esm/api';

register();
await import('./analysis-worker-main.ts');
