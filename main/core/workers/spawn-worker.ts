import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { bundleDir } from '../bundle-dir';

/** Every worker thread of the core, by the name of its bundle (dist/electron/<name>.cjs) and its source. */
const SOURCES = {
  'search-worker': '../search/engine/search-worker.ts',
  'merge-worker': '../search/engine/merge-worker.ts',
  'pdf-worker': '../import/formats/pdf/pdf-worker.ts',
} as const;

export type WorkerName = keyof typeof SOURCES;

/**
 * Starts a worker thread: the bundled script in a built app, or the TypeScript source through tsx when running
 * from the source tree (CLI, tests), so there is no build step in development.
 */
export function spawnWorker(name: WorkerName): Worker {
  const bundled = bundleDir();
  if (bundled) return new Worker(path.join(bundled, `${name}.cjs`));
  const source = pathToFileURL(path.resolve(path.dirname(fileURLToPath(import.meta.url)), SOURCES[name])).href;
  return new Worker(`import { register } from 'tsx/esm/api'; register(); await import(${JSON.stringify(source)});`, { eval: true });
}
