import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = path.resolve(fileURLToPath(import.meta.url), '../../..');
export const RENDERER_DIST = path.join(PROJECT_ROOT, 'dist', 'renderer');

/** Builds the renderer with Vite (a development-time dependency), into dist/renderer or `outDir`. */
export async function buildRenderer(outDir: string = RENDERER_DIST): Promise<void> {
  const { build } = await import('vite');
  await build({ configFile: path.join(PROJECT_ROOT, 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
}

/** True when dist/renderer is missing or older than any renderer or shared source. */
export async function rendererIsStale(): Promise<boolean> {
  const built = await stat(path.join(RENDERER_DIST, 'index.html')).catch(() => null);
  if (!built) return true;
  const sources = [path.join(PROJECT_ROOT, 'renderer'), path.join(PROJECT_ROOT, 'shared'), path.join(PROJECT_ROOT, 'vite.config.ts')];
  for (const source of sources) if ((await newestMtime(source)) > built.mtimeMs) return true;
  return false;
}

async function newestMtime(target: string): Promise<number> {
  const info = await stat(target).catch(() => null);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of await readdir(target)) newest = Math.max(newest, await newestMtime(path.join(target, entry)));
  return newest;
}
