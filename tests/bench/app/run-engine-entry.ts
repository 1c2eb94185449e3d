// Entry of the app bundle's run-engine.cjs (see build-app.ts), run with plain `node`: the bench's scenarios
// against the app engine, whose core is loaded from engine.cjs beside this file. Not through tsx: tsx would
// transpile the 20 MB bundle again on load (seconds, and over a gigabyte of memory).
import { createRequire } from 'node:module';
import path from 'node:path';
import { bundleDir } from '../../../main/core/bundle-dir';
import type { EngineFactory } from '../engines/engine';
import { runEngineProcess } from '../scenarios/engine-process';
import { APP_FILES } from './app-files';

const here = bundleDir();
if (!here) throw new Error('run-engine.cjs runs only as a bundle (see tests/bench/app/build-app.ts)');

runEngineProcess((name) => {
  if (name !== 'sourcebookWorker') throw new Error(`the app bundle runs sourcebookWorker only (got ${name})`);
  const load = createRequire(path.join(here, APP_FILES.runEngine));
  return { name, factory: Promise.resolve((load(path.join(here, APP_FILES.engine)) as { sourcebookWorker: EngineFactory }).sourcebookWorker) };
}).catch((error: unknown) => {
  process.stderr.write(`run-engine failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  // Exit now: the engine's worker threads would keep the process (and the bench waiting for it) alive.
  process.exit(1);
});
