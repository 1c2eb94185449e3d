// The renderer's desktop-only paths, with a stand-in for the preload bridge (see support/desktop-bridge.ts): the
// native Import dialog (paths imported by the core as one job), a .sourcebook file opened from the system (the
// merge, report first), and commands from the native menu.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createCore } from '../../main/core/index';
import { buildDocx } from '../core/import/formats/fixtures/office';
import { buildPdf, column } from '../core/import/formats/fixtures/pdf';
import { MergeDialog } from './pages/ExchangeDialogs';
import { ImportDialog } from './pages/ImportDialog';
import { describeWithBrowser, launchBrowser, openApp, startApp } from './support/app';
import type { TestApp } from './support/app';
import { installDesktopBridge, menuCommand, nextImportPick, openBundleFromSystem } from './support/desktop-bridge';
import { screenshot } from './support/screenshots';
import { call } from './support/seed';
import { prose } from '../helpers/prose';

describeWithBrowser('the desktop app’s own paths, through its bridge', () => {
  let app: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  let folder: string;

  beforeAll(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'sourcebook-desktop-'));
    [app, browser] = await Promise.all([startApp(), launchBrowser()]);
    ({ context, page, errors } = await openApp(browser, app, { initScript: installDesktopBridge }));
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await app?.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('imports what the native dialog chose, from disk, every format, as one job', async () => {
    const files = {
      'minutes.txt': Buffer.from(`Harbour Minutes Published\n\n${prose('harbour budget')}\n`),
      'quay.docx': Buffer.from(buildDocx([{ text: 'Quay Inspection Report', style: 'Heading1' }, { text: prose('quay inspection') }])),
      'turbines.pdf': Buffer.from(buildPdf([{ lines: column([prose('tidal turbine')], { x: 72, top: 700, width: 460 }) }], { title: 'Tidal Turbines and Fish' })),
      'notes.xyz': Buffer.from('not a format Sourcebook reads'),
    };
    for (const [name, bytes] of Object.entries(files)) await writeFile(path.join(folder, name), bytes);
    await nextImportPick(page, Object.keys(files).map((name) => path.join(folder, name)));

    const dialog = new ImportDialog(page);
    await dialog.open();
    // The native dialog chooses folders where the platform allows it; there is no separate folder button.
    expect(await dialog.dialog.getByRole('button', { name: 'Choose a folder…' }).count()).toBe(0);
    await dialog.dialog.getByRole('button', { name: 'Choose files…' }).click();
    const results = await dialog.results(60_000);
    expect(results.map((r) => [path.basename(r.file), r.status]).sort()).toEqual([
      ['minutes.txt', 'imported'],
      ['notes.xyz', 'error'],
      ['quay.docx', 'imported'],
      ['turbines.pdf', 'imported'],
    ]);
    expect(results.find((r) => r.file.endsWith('notes.xyz'))?.detail).toMatch(/^unsupported file type \.xyz/);
    const titles = (await call(app.core, 'articles.list', {})).map((a) => a.title).sort();
    expect(titles).toEqual(['Harbour Minutes Published', 'Quay Inspection Report', 'Tidal Turbines and Fish']);
    await dialog.close();
  });

  it('opens the merge for a .sourcebook file opened from the system, with its report before anything changes', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'sourcebook-teammate-'));
    const theirs = await createCore({ dir, author: 'Ana Teammate' });
    const bundle = path.join(folder, 'ana.sourcebook');
    try {
      await call(theirs, 'import.content', { name: 'pier.txt', text: 'Pier reopens after winter repairs\n\nThe pier reopened on Saturday after £1.2 million of repairs, two weeks later than planned.\n' });
      await call(theirs, 'exchange.export', { format: 'bundle', path: bundle });
    } finally {
      await theirs.close();
      await rm(dir, { recursive: true, force: true });
    }

    await openBundleFromSystem(page, bundle);
    const merge = new MergeDialog(page);
    await merge.dialog.waitFor();
    // The file's path is filled in, so one click checks it.
    expect(await merge.dialog.getByRole('textbox', { name: 'Bundle file' }).inputValue()).toBe(bundle);
    await merge.dialog.getByRole('button', { name: 'Check the bundle' }).click();
    await merge.report.waitFor();
    const report = await merge.report.textContent();
    expect(report).toContain('Nothing has changed yet: this is a dry run.');
    expect(report).toContain('Bundle by Ana Teammate');
    expect((await call(app.core, 'articles.list', {})).length).toBe(3);
    await screenshot(page, 'desktop-open-bundle');
    await merge.dialog.getByRole('button', { name: 'Merge into this notebook' }).click();
    await merge.dialog.getByRole('heading', { name: 'Merged' }).waitFor();
    expect((await call(app.core, 'articles.list', {})).map((a) => a.title)).toContain('Pier reopens after winter repairs');
    await merge.dialog.getByRole('button', { name: 'Done' }).click();
    await merge.dialog.waitFor({ state: 'hidden' });
  });

  it('carries out the native menu’s commands', async () => {
    await menuCommand(page, 'import');
    const dialog = new ImportDialog(page);
    await dialog.dialog.waitFor();
    await dialog.close();
    await menuCommand(page, 'board');
    await page.getByRole('searchbox', { name: 'Query' }).waitFor();
    await menuCommand(page, 'library');
    await page.getByRole('heading', { name: 'Library' }).waitFor();
    await menuCommand(page, 'find');
    await page.waitForFunction(() => document.activeElement?.id === 'search-input');
  });

  it('logged no errors in the page', () => {
    expect(errors).toEqual([]);
  });
});
