// The entry point of a `wt eval --jobs N` worker thread. Worker threads do not inherit the main
// thread's TypeScript loader: when wt runs from its TypeScript sources (through tsx, as `pnpm wt`
// does), the worker registers tsx before it loads eval-worker.ts.
import { workerData } from 'node:worker_threads';

if (workerData.workerModule.endsWith('.ts')) {
  const { register } = await import('tsx/esm/api');
  register();
}
await import(workerData.workerModule);
