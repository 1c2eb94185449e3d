import { copyFile, mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import type { BuildOptions, Plugin } from 'esbuild';
import { PROJECT_ROOT } from './build-renderer';
import { bundleFixes } from './bundle-fixes';

export const ELECTRON_DIST = path.join(PROJECT_ROOT, 'dist', 'electron');

/**
 * Electron 40 and later embed Node 24 (and the preload runs on the same V8), so Node 24 syntax needs no lowering.
 * Raise with the Electron version.
 */
export const ELECTRON_TARGET = 'node24';

/**
 * The bundles Electron loads. Each is a single CommonJS file: lowdb is ESM-only, lunr is CommonJS, and a
 * sandboxed preload can require nothing but Electron's own modules, so everything except `electron` is inlined.
 */
export function electronBundles(outDir: string = ELECTRON_DIST): BuildOptions[] {
  const common = nodeBundleOptions();
  // The search index runs in worker threads: bundled beside main.cjs, found through __dirname at run time.
  const withWorkers: BuildOptions = { ...common, define: { __SOURCEBOOK_BUNDLE_DIR__: '__dirname' } };
  return [
    { ...withWorkers, entryPoints: ['main/electron/main.ts'], outfile: path.join(outDir, 'main.cjs') },
    { ...common, entryPoints: ['main/electron/preload.ts'], outfile: path.join(outDir, 'preload.cjs') },
    { ...withWorkers, entryPoints: ['main/core/search/engine/search-worker.ts'], outfile: path.join(outDir, 'search-worker.cjs') },
    { ...withWorkers, entryPoints: ['main/core/search/engine/merge-worker.ts'], outfile: path.join(outDir, 'merge-worker.cjs') },
    { ...withWorkers, entryPoints: ['main/core/import/formats/pdf/pdf-worker.ts'], outfile: path.join(outDir, 'pdf-worker.cjs') },
    { ...withWorkers, entryPoints: [RICH_IMPORTERS_SOURCE], outfile: path.join(outDir, RICH_IMPORTERS_BUNDLE) },
  ];
}

const RICH_IMPORTERS_SOURCE = 'main/core/import/formats/rich-importers.ts';
const RICH_IMPORTERS_BUNDLE = 'importers.cjs';

/**
 * The HTML, DOCX, EPUB and PDF importers and their libraries (jsdom above all: 13 of the main bundle's 16 MB) are
 * a bundle apart, required beside the bundle that loads them on the first such file: compiling them cost the
 * app's start about half a second, for a notebook that may never import one.
 */
function richImportersApart(): Plugin {
  const namespace = 'sourcebook-rich-importers-apart';
  return {
    name: namespace,
    setup(build) {
      // A stand-in that requires the bundle at run time: a require, not an import() (which esbuild would keep as
      // one), since require is what reads files inside app.asar.
      build.onResolve({ filter: /^\.\/rich-importers$/ }, () => ({ path: RICH_IMPORTERS_SOURCE, namespace }));
      build.onLoad({ filter: /.*/, namespace }, () => ({ contents: `module.exports = require("./${RICH_IMPORTERS_BUNDLE}");`, loader: 'js' }));
      build.onResolve({ filter: /.*/, namespace }, ({ path: file }) => ({ path: file, external: true }));
    },
  };
}

/** The options every Electron bundle shares (tests bundle their own entries with them, to run core code as built). */
export function nodeBundleOptions(): BuildOptions {
  return {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: ELECTRON_TARGET,
    external: ['electron'],
    sourcemap: true, // excluded from packages by electron.config.ts
    logLevel: 'warning',
    // import.meta.url is read only when running from source (bundleDir() is null); in a bundle that branch is dead.
    logOverride: { 'empty-import-meta': 'silent' },
    absWorkingDir: PROJECT_ROOT,
    // Files that bundled libraries read beside their own modules, put into the bundle (see bundle-fixes.ts); the
    // rich importers left to their own bundle.
    plugins: [bundleFixes(), richImportersApart()],
  };
}

/** Bundles main, preload, the workers and the rich importers, and copies the demo articles beside them. @returns the files written */
export async function buildElectron(outDir: string = ELECTRON_DIST): Promise<string[]> {
  const results = await Promise.all(electronBundles(outDir).map((options) => build({ ...options, metafile: true })));
  const demo = await copyDemoArticles(path.join(outDir, 'demo'));
  return [...results.flatMap((result) => Object.keys(result.metafile.outputs).map((file) => path.resolve(PROJECT_ROOT, file))), ...demo];
}

/** The demo notebook's articles, which the app reads at its first start (demoArticlesDir finds them there). */
async function copyDemoArticles(target: string): Promise<string[]> {
  const source = path.join(PROJECT_ROOT, 'main', 'core', 'demo', 'articles');
  await mkdir(target, { recursive: true });
  const files = (await readdir(source)).filter((f) => /\.(txt|md)$/.test(f));
  await Promise.all(files.map((f) => copyFile(path.join(source, f), path.join(target, f))));
  return files.map((f) => path.join(target, f));
}
