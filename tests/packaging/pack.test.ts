// The real packing, on any machine: `npm run build` into a copy of the project, then electron-builder's --dir
// target for Linux with electron.config.ts, given a stand-in for Electron (electron-builder copies the folder and
// renames its `electron` executable; the binary itself is never run). What it produces is opened with
// @electron/asar: the archive must hold exactly the built files the app loads, and the paths the main process
// computes for the packaged layout must lead to them. About 20–30 s: one build and one pack for the whole file.
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as asar from '@electron/asar';
import { Arch, build, Platform } from 'electron-builder';
import { beforeAll, describe, expect, it } from 'vitest';
import config from '../../electron.config';
import { buildAll } from '../../main/build/build';
import { PROJECT_ROOT } from '../../main/build/build-renderer';
import { LINUX_SIZES } from '../../main/build/icons';
import { appFiles } from '../../main/electron/origin';
import { tempDir } from '../helpers/temp-dir';

let root: string;
let unpacked: string;
let archive: string;
/** Files in the archive, relative, with forward slashes. */
let packed: string[];

/** Every file under `dir`, relative to it, with forward slashes. */
async function filesUnder(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await filesUnder(path.join(dir, entry.name), rel)));
    else out.push(rel);
  }
  return out;
}

beforeAll(async () => {
  root = await tempDir('sourcebook-pack-');
  // The project as electron-builder sees it: package.json, dist/ fresh from the build, node_modules (where it
  // reads the Electron version and looks for production dependencies, which the config must leave out).
  await copyFile(path.join(PROJECT_ROOT, 'package.json'), path.join(root, 'package.json'));
  await symlink(path.join(PROJECT_ROOT, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  await buildAll(root);
  const standIn = path.join(root, 'electron-stand-in');
  await mkdir(standIn);
  await writeFile(path.join(standIn, 'electron'), '#!/bin/sh\nexit 1\n', { mode: 0o755 });
  await build({
    projectDir: root,
    targets: Platform.LINUX.createTarget('dir', Arch.x64),
    publish: 'never',
    // A copy: electron-builder normalises the configuration it is given in place.
    config: {
      ...structuredClone(config),
      electronDist: standIn,
      // Fuses are flipped inside the Electron binary, which the stand-in is not; they do not touch the archive.
      electronFuses: null,
      directories: { ...config.directories, output: path.join(root, 'out') },
    },
  });
  unpacked = path.join(root, 'out', 'linux-unpacked');
  archive = path.join(unpacked, 'resources', 'app.asar');
  packed = asar
    .listPackage(archive, { isPack: false })
    .map((entry) => entry.replace(/\\/g, '/').replace(/^\//, ''))
    .filter((entry) => !('files' in asar.statFile(archive, entry)));
}, 240_000);

describe('npm run build, then electron-builder --dir with electron.config.ts', () => {
  it('finds every file and folder the configuration names', async () => {
    const at = (rel: string) => path.join(root, rel);
    for (const file of [config.win?.icon, config.mac?.icon, config.dmg?.icon, config.extraMetadata?.main as string]) {
      expect(existsSync(at(file!)), file!).toBe(true);
    }
    // Linux takes a folder of NxN.png; the file association's icon is looked up in the build resources.
    expect((await readdir(at(config.linux!.icon!))).sort()).toEqual(LINUX_SIZES.map((s) => `${s}x${s}.png`).sort());
    const association = [config.fileAssociations].flat()[0]!;
    for (const ext of ['ico', 'icns']) expect(existsSync(at(`${config.directories!.buildResources}/${association.icon}.${ext}`)), ext).toBe(true);
    // Each positive `files` pattern matches something that was packed.
    for (const pattern of (config.files as string[]).filter((p) => !p.startsWith('!'))) {
      const prefix = pattern.replace(/\/?\*\*\/\*$/, '');
      expect(packed.some((f) => f === prefix || f.startsWith(`${prefix}/`)), pattern).toBe(true);
    }
  });

  it('packs exactly the built files the app loads: package.json, the bundles, the demo articles, the renderer', async () => {
    const renderer = (await filesUnder(path.join(root, 'dist', 'renderer'))).filter((f) => !f.endsWith('.map')).map((f) => `dist/renderer/${f}`);
    const demo = (await readdir(path.join(root, 'dist', 'electron', 'demo'))).map((f) => `dist/electron/demo/${f}`);
    const bundles = ['main.cjs', 'preload.cjs', 'search-worker.cjs', 'merge-worker.cjs', 'pdf-worker.cjs', 'importers.cjs'].map((f) => `dist/electron/${f}`);
    expect(packed.sort()).toEqual(['package.json', ...bundles, ...demo, ...renderer].sort());
    expect(demo.length).toBeGreaterThanOrEqual(3);
    expect(renderer).toContain('dist/renderer/index.html');
  });

  it('leaves out sources, tests, source maps, icons and node_modules, and unpacks nothing beside the archive', async () => {
    expect(packed.filter((f) => /\.(ts|tsx|map)$|^(node_modules|main|renderer|shared|tests)\/|^dist\/icons\//.test(f))).toEqual([]);
    const beside = path.join(unpacked, 'resources', 'app.asar.unpacked');
    expect(existsSync(beside) ? await filesUnder(beside) : []).toEqual([]);
    expect((await stat(archive)).size).toBeLessThan(40 * 1024 * 1024); // the bundles are ~20 MB; node_modules would triple it
  });

  it('writes a package.json that starts the bundled main process, without the development fields', () => {
    const manifest = JSON.parse(asar.extractFile(archive, 'package.json').toString('utf8')) as Record<string, unknown>;
    expect(manifest).toMatchObject({ name: 'sourcebook', main: 'dist/electron/main.cjs' });
    expect(manifest).not.toHaveProperty('devDependencies');
    expect(manifest).not.toHaveProperty('scripts');
    expect(packed).toContain(manifest.main);
  });

  it('puts the preload and the renderer where the main process looks for them in the packaged layout', () => {
    // app.getAppPath() is resources/app.asar when packaged; Electron's fs reads inside the archive.
    const files = appFiles(archive);
    const inArchive = (file: string) => path.relative(archive, file).split(path.sep).join('/');
    expect(packed).toContain(inArchive(files.preload));
    expect(packed).toContain(`${inArchive(files.renderer)}/index.html`);
    // The workers, the importers and the demo articles are found beside main.cjs (through __dirname).
    const bundleDir = path.posix.dirname(manifest().main);
    for (const file of ['search-worker.cjs', 'merge-worker.cjs', 'pdf-worker.cjs', 'importers.cjs']) expect(packed).toContain(`${bundleDir}/${file}`);
    expect(packed.some((f) => f.startsWith(`${bundleDir}/demo/`))).toBe(true);
  });

  it('names the executable after the app, from the stand-in’s electron', () => {
    expect(existsSync(path.join(unpacked, 'sourcebook'))).toBe(true);
    expect(existsSync(path.join(unpacked, 'electron'))).toBe(false);
  });
});

function manifest(): { main: string } {
  return JSON.parse(asar.extractFile(archive, 'package.json').toString('utf8')) as { main: string };
}
