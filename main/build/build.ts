// `npm run build`: the renderer (Vite) and the Electron main and preload bundles (esbuild), all into dist/.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { buildElectron } from './build-electron';
import { buildRenderer, PROJECT_ROOT, RENDERER_DIST } from './build-renderer';

async function main(): Promise<void> {
  const started = Date.now();
  await buildRenderer();
  const outputs = [path.join(RENDERER_DIST, 'index.html'), ...(await buildElectron())];
  for (const file of outputs.filter((f) => !f.endsWith('.map'))) {
    const { size } = await stat(file);
    console.log(`  ${path.relative(PROJECT_ROOT, file).padEnd(32)} ${(size / 1024).toFixed(1).padStart(8)} KiB`);
  }
  console.log(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
