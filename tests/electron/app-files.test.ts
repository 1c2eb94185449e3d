// Where the main process looks for the preload and the renderer in the development layout (`npm start`, i.e.
// `electron .` in the project folder, app.getAppPath() = the project): exactly where `npm run build` writes them.
// The packaged layout (app.getAppPath() = resources/app.asar) is checked on a real pack in tests/packaging/pack.test.ts.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronBundles, ELECTRON_DIST } from '../../main/build/build-electron';
import { PROJECT_ROOT, RENDERER_DIST } from '../../main/build/build-renderer';
import { appFiles } from '../../main/electron/origin';
import viteConfig from '../../vite.config';

describe('the built files in the development layout', () => {
  const files = appFiles(PROJECT_ROOT);

  it('finds the preload where the build writes it', () => {
    const preload = electronBundles().find((b) => (b.entryPoints as string[]).includes('main/electron/preload.ts'));
    expect(preload?.outfile).toBe(files.preload);
    expect(path.dirname(files.preload)).toBe(ELECTRON_DIST);
  });

  it('serves the renderer from where Vite builds it', () => {
    expect(files.renderer).toBe(RENDERER_DIST);
    // Vite resolves outDir against its root (the renderer's folder).
    const { root = '.', build } = viteConfig as { root?: string; build?: { outDir?: string } };
    expect(path.resolve(PROJECT_ROOT, root, build?.outDir ?? 'dist')).toBe(RENDERER_DIST);
  });

  it('starts the main bundle that package.json names', async () => {
    const pkg = (await import('../../package.json', { with: { type: 'json' } })).default as { main: string };
    const main = electronBundles().find((b) => (b.entryPoints as string[]).includes('main/electron/main.ts'));
    expect(main?.outfile).toBe(path.join(PROJECT_ROOT, pkg.main));
  });
});
