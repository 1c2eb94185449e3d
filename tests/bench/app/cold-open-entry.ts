// Entry of the app bundle's cold-open.cjs (see build-app.ts), run with plain `node`: process start → the core
// loaded → the saved notebook open → the first result, as the packaged app would do it (minus Electron's own start
// and the window). The core is in engine.cjs beside this file and is required at run time, so its load is timed
// apart from Node's own start.
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { bundleDir } from '../../../main/core/bundle-dir';
import type { EngineFactory } from '../engines/engine';
import { currentRssBytes, peakRssBytes } from '../measure/memory';
import { round } from '../measure/stats';
import type { ColdOpen } from '../scenarios/cold-open';
import { APP_FILES } from './app-files';

// performance.now() counts from the process' time origin: Node's start, before any JavaScript ran.
const booted = performance.now();
const startRssBytes = currentRssBytes();
const { values } = parseArgs({ options: { dir: { type: 'string' }, q: { type: 'string' }, out: { type: 'string' } } });
if (!values.dir || !values.q || !values.out) throw new Error('usage: node cold-open.cjs --dir D --q Q --out O');
const here = bundleDir();
if (!here) throw new Error('cold-open.cjs runs only as a bundle (see tests/bench/app/build-app.ts)');

async function main(dir: string, q: string, out: string, here: string): Promise<void> {
  const started = performance.now();
  // A path esbuild cannot follow: the core is loaded from engine.cjs at run time, not inlined here.
  const load = createRequire(path.join(here, APP_FILES.coldOpen));
  const { sourcebookWorker } = load(path.join(here, APP_FILES.engine)) as { sourcebookWorker: EngineFactory };
  const loaded = performance.now();
  const loadedPeakRssBytes = peakRssBytes();
  const engine = await sourcebookWorker.open(dir);
  const opened = performance.now();
  const hits = await engine.search({ q });
  const answered = performance.now();
  await engine.close();

  const result: ColdOpen = {
    bootMs: round(booted),
    moduleLoadMs: round(loaded - started),
    openMs: round(opened - loaded),
    firstResultMs: round(answered - opened),
    openToFirstResultMs: round(answered - loaded),
    processToFirstResultMs: round(answered),
    hits,
    startRssBytes,
    loadedPeakRssBytes,
    peakRssBytes: peakRssBytes(),
  };
  await writeFile(out, JSON.stringify(result));
}

// No top-level await: the bundle is CommonJS, as the app's are.
main(values.dir, values.q, values.out, here).catch((error: unknown) => {
  process.stderr.write(`cold open failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  // Exit now: the engine's worker threads would keep the process (and the bench waiting for it) alive.
  process.exit(1);
});
