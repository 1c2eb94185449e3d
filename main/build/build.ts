// `npm run build`: the renderer (Vite), the Electron main, preload and worker bundles with the demo articles
// (esbuild), and the app icons — all into dist/. electron.config.ts packs dist/electron, dist/renderer and
// package.json into the app; the installers take their icons from dist/icons.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildElectron } from './build-electron';
import { buildRenderer, PROJECT_ROOT } from './build-renderer';
import { buildIcons } from './icons';

/**
 * Builds everything into `root`/dist (the project's own, or a copy's: tests build into a temp folder so they
 * never touch the dist/ other tests use). @returns the files written (source maps included)
 */
export async function buildAll(root: string = PROJECT_ROOT): Promise<string[]> {
  const dist = path.join(root, 'dist');
  await buildRenderer(path.join(dist, 'renderer'));
  const [electron, icons] = await Promise.all([buildElectron(path.join(dist, 'electron')), buildIcons(path.join(dist, 'icons'))]);
  return [path.join(dist, 'renderer', 'index.html'), ...electron, ...icons];
}

/** Builds and prints what was written with its size. */
export async function buildAndReport(): Promise<void> {
  const started = Date.now();
  const outputs = await buildAll();
  for (const file of outputs.filter((f) => !f.endsWith('.map'))) {
    const { size } = await stat(file);
    console.log(`  ${path.relative(PROJECT_ROOT, file).padEnd(48)} ${(size / 1024).toFixed(1).padStart(8)} KiB`);
  }
  console.log(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  buildAndReport().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
