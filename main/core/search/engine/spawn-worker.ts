import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { bundleDir } from '../../bundle-dir';


export type WorkerName = 'search-worker' | 'merge-worker';

/**
 * Starts a worker thread: the bundled script in a built app, or the TypeScript source through tsx when running
 * from the source tree (CLI, tests), so there is no build step in development.
 */
export function spawnWorker(name: WorkerName): Worker {
  const bundled = bundleDir();
  if (bundled) return new Worker(path.join(bundled, `${name}.cjs`));
  const source = pathToFileURL(path.join(path.dirname(fileURLToPath(import.meta.url)), `${name}.ts`)).href;
  return new Worker(`import { register } from 'tsx/esm/api'; register(); await import(${JSON.stringify(source)});`, { eval: true });
}
