import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/** Set by the bundler (esbuild `define`) to the folder of the bundled workers; absent when running from source. */
declare const __SOURCEBOOK_WORKER_DIR__: string | undefined;

export type WorkerName = 'search-worker' | 'merge-worker';

/**
 * Starts a worker thread: the bundled script in a built app, or the TypeScript source through tsx when running
 * from the source tree (CLI, tests), so there is no build step in development.
 */
export function spawnWorker(name: WorkerName): Worker {
  if (typeof __SOURCEBOOK_WORKER_DIR__ === 'string') return new Worker(path.join(__SOURCEBOOK_WORKER_DIR__, `${name}.cjs`));
  const source = pathToFileURL(path.join(path.dirname(fileURLToPath(import.meta.url)), `${name}.ts`)).href;
  return new Worker(`import { register } from 'tsx/esm/api'; register(); await import(${JSON.stringify(source)});`, { eval: true });
}
