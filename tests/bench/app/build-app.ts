import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, stop } from 'esbuild';
import { electronBundles, nodeBundleOptions } from '../../../main/build/build-electron';
import { APP_FILES } from './app-files';


/**
 * Bundles the core as the desktop app ships it: esbuild with the Electron bundles' own options and plugins
 * (main/build/build-electron.ts), one CommonJS file per entry, and the search and merge workers bundled beside
 * them, found at run time through `__SOURCEBOOK_BUNDLE_DIR__` = `__dirname`, as dist/electron/main.cjs finds
 * its workers. Nothing is transpiled when it runs: the bench then measures the code the app runs, not tsx.
 *
 * - engine.cjs: the bench's Sourcebook engine (tests/bench/engines/sourcebook.ts) with the core inside it.
 * - run-engine.cjs: the scenarios (engine-run.ts) and corpus generator; requires engine.cjs at run time. Run with
 *   plain `node`, not through tsx, which would transpile engine.cjs again when it is required.
 * - cold-open.cjs: a small entry that requires engine.cjs (so loading the core is timed on its own), opens the
 *   saved notebook and answers one query; run with plain `node`.
 * - the worker bundles (search-worker.cjs, merge-worker.cjs, pdf-worker.cjs…), taken from build-electron.ts.
 */
export async function buildAppBundle(outDir: string): Promise<{ dir: string; ms: number; bytes: number }> {
  const started = performance.now();
  await mkdir(outDir, { recursive: true });
  // logLevel 'error': the core's source-tree fallbacks (import.meta in spawn-worker.ts, seed-demo.ts) warn, as they
  // do in build-electron.ts, and are never reached in a bundle.
  const common = { ...nodeBundleOptions(), define: { __SOURCEBOOK_BUNDLE_DIR__: '__dirname' }, sourcemap: false, metafile: true, logLevel: 'error' } as const;
  const here = path.relative(common.absWorkingDir!, path.dirname(fileURLToPath(import.meta.url)));
  const entries: [string, string][] = [
    [path.join(here, 'engine-entry.ts'), APP_FILES.engine],
    [path.join(here, 'cold-open-entry.ts'), APP_FILES.coldOpen],
    [path.join(here, 'run-engine-entry.ts'), APP_FILES.runEngine],
  ];
  // The app's worker bundles (search, merge, PDF…), exactly as build-electron.ts builds them: every Electron bundle
  // but the main process and the preload, which the bench replaces with its own entries.
  const workers = electronBundles(outDir).filter((b) => !['main.cjs', 'preload.cjs'].includes(path.basename(b.outfile ?? '')));
  const results = await Promise.all([
    ...entries.map(([entry, file]) => build({ ...common, entryPoints: [entry], outfile: path.join(outDir, file) })),
    ...workers.map((worker) => build({ ...worker, sourcemap: false, metafile: true, logLevel: 'error' })),
  ]);
  // esbuild's service process stays up (~500 MB) until stopped: not while the engines are measured.
  await stop();
  const bytes = results.reduce((sum, r) => sum + Object.values(r.metafile.outputs).reduce((s, o) => s + o.bytes, 0), 0);
  return { dir: outDir, ms: Math.round(performance.now() - started), bytes };
}
