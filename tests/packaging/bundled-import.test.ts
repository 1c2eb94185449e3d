// The importers as the desktop app runs them: bundled into one CommonJS file like dist/electron/main.cjs (same
// esbuild options and plugins), run by plain Node from a folder where nothing of node_modules lies around — the
// way it runs from app.asar. A library that reads a file beside its own module at run time (jsdom's stylesheet)
// fails here, not in the source-tree tests.
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeBundleOptions } from '../../main/build/build-electron';
import type { ImportResult } from '../../shared/model';
import { buildDocx, buildEpub } from '../core/import/formats/fixtures/office';
import { buildPdf, column } from '../core/import/formats/fixtures/pdf';
import { tempDir } from '../helpers/temp-dir';
import { prose } from '../helpers/prose';

const run = promisify(execFile);

const FILES: Record<string, { bytes: Uint8Array; title: string }> = {
  'page.html': {
    bytes: Buffer.from(`<html lang="en"><head><title>Night Buses Return</title><style>p{color:red}</style></head><body><article><h1>Night Buses Return</h1>${`<p>${prose('night bus')}</p>`.repeat(4)}</article></body></html>`),
    title: 'Night Buses Return',
  },
  'notes.md': { bytes: Buffer.from(`# Harbour Notes\n\n${prose('harbour wall')}\n`), title: 'Harbour Notes' },
  'report.docx': { bytes: buildDocx([{ text: 'Quay Inspection Report', style: 'Heading1' }, { text: prose('quay inspection') }]), title: 'Quay Inspection Report' },
  'book.epub': {
    bytes: buildEpub([{ file: 'one.xhtml', title: 'One', body: `<p>${prose('lighthouse')}</p>` }], [0], { title: 'Harbour Tales', creator: 'A. Writer', lang: 'en' }),
    title: 'Harbour Tales',
  },
  'paper.pdf': { bytes: buildPdf([{ lines: column([prose('tidal turbine')], { x: 72, top: 700, width: 460 }) }], { title: 'Tidal Turbines' }), title: 'Tidal Turbines' },
};

let dir: string;
let bundle: string;

beforeAll(async () => {
  dir = await tempDir();
  // Outside the project, so a stray require of a node_modules path cannot be satisfied by accident.
  bundle = path.join(dir, 'app', 'import.cjs');
  // As main.cjs: the bundle finds its folder (demo articles, workers) through __dirname.
  const asInApp = { ...nodeBundleOptions(), define: { __SOURCEBOOK_BUNDLE_DIR__: '__dirname' }, sourcemap: false, logLevel: 'error' as const };
  await build({ ...asInApp, entryPoints: ['tests/packaging/harness/import-entry.ts'], outfile: bundle });
  // The importers are a bundle apart and PDFs are read in their own worker thread, found beside the bundle as in
  // the app.
  await build({ ...asInApp, entryPoints: ['main/core/import/formats/rich-importers.ts'], outfile: path.join(dir, 'app', 'importers.cjs') });
  await build({ ...asInApp, entryPoints: ['main/core/import/formats/pdf/pdf-worker.ts'], outfile: path.join(dir, 'app', 'pdf-worker.cjs') });
  await mkdir(path.join(dir, 'files'));
  for (const [name, { bytes }] of Object.entries(FILES)) await writeFile(path.join(dir, 'files', name), bytes);
}, 120_000);

describe('the bundled importers', () => {
  it('import every format, as the app bundle would', async () => {
    const files = Object.keys(FILES).map((name) => path.join(dir, 'files', name));
    const { stdout } = await run(process.execPath, [bundle, path.join(dir, 'notebook'), ...files], { cwd: path.join(dir, 'app'), timeout: 60_000 });
    const results = JSON.parse(stdout) as ImportResult[];
    const outcome = Object.fromEntries(results.map((r) => [path.basename(r.file), r.status === 'imported' ? r.title : `error: ${r.error}`]));
    expect(outcome).toEqual(Object.fromEntries(Object.entries(FILES).map(([name, { title }]) => [name, title])));
  }, 90_000);
});
