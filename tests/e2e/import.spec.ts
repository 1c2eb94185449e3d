import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { mkdtemp, rm } from 'node:fs/promises';
import iconv from 'iconv-lite';
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportDialog } from './pages/ImportDialog';
import { LibraryPage } from './pages/LibraryPage';
import { describeWithBrowser, launchBrowser, openApp, startApp } from './support/app';
import type { TestApp } from './support/app';
import { seriousViolations } from './support/axe';
import { screenshot } from './support/screenshots';
import { call } from './support/seed';
import { buildDocx, buildEpub } from '../core/import/formats/fixtures/office';
import { startLoopbackServer } from '../helpers/loopback-server';
import type { LoopbackServer } from '../helpers/loopback-server';
import { buildPdf, column } from '../core/import/formats/fixtures/pdf';
import { prose } from '../helpers/prose';

/** A short made-up article, different for each n so none is a duplicate of another. */
const article = (n: number) => `Article number ${n}\n\nThe committee met on day ${n} and agreed ${n * 3} new measures.\n`;

/** A web page of the given title, with a byline and a site name in its metadata. */
const webPage = (title: string, topic: string, charset = 'utf-8') =>
  `<!doctype html><html lang="en"><head><meta charset="${charset}"><title>${title} | Valley Post</title><meta name="author" content="Rosa Lindqvist"><meta property="og:site_name" content="Valley Post"></head>` +
  `<body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>${title}</h1>${`<p>${prose(topic)}</p>`.repeat(5)}</article><footer>Subscribe to our newsletter</footer></body></html>`;

describeWithBrowser('importing from the window', () => {
  let app: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  let folder: string;

  beforeAll(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'sourcebook-import-'));
    // A folder with a subfolder, a hidden file (skipped) and a file of a type Sourcebook does not read.
    await mkdir(path.join(folder, 'desk', 'older'), { recursive: true });
    await writeFile(path.join(folder, 'desk', 'one.txt'), article(1));
    await writeFile(path.join(folder, 'desk', 'older', 'two.md'), `---\ntitle: Two\n---\n\n${article(2)}`);
    await writeFile(path.join(folder, 'desk', '.hidden.txt'), article(3));
    await writeFile(path.join(folder, 'desk', 'photo.png'), 'not really a picture');
    [app, browser] = await Promise.all([startApp(), launchBrowser()]);
    ({ context, page, errors } = await openApp(browser, app));
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await app?.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('imports a chosen folder recursively, skipping hidden files and reporting what it cannot read', async () => {
    const dialog = new ImportDialog(page);
    await dialog.open();
    await dialog.dialog.getByLabel('Folder to import').setInputFiles(path.join(folder, 'desk'));
    const results = await dialog.results();
    const byFile = Object.fromEntries(results.map((r) => [r.file, r]));
    expect(Object.keys(byFile).sort()).toEqual(['desk/older/two.md', 'desk/one.txt', 'desk/photo.png']);
    expect(byFile['desk/one.txt']?.status).toBe('imported');
    expect(byFile['desk/older/two.md']?.status).toBe('imported');
    expect(byFile['desk/photo.png']).toMatchObject({ status: 'error', detail: expect.stringMatching(/unsupported file type \.png/) });
    await dialog.close();
  });

  it('imports files dropped on the window', async () => {
    await page.evaluate(
      ([a, b]) => {
        const data = new DataTransfer();
        data.items.add(new File([a!], 'dropped-a.txt', { type: 'text/plain' }));
        data.items.add(new File([b!], 'dropped-b.txt', { type: 'text/plain' }));
        for (const type of ['dragenter', 'dragover', 'drop']) {
          window.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
        }
      },
      [article(4), article(5)],
    );
    const dialog = new ImportDialog(page);
    await dialog.dialog.waitFor();
    expect((await dialog.results()).map((r) => [r.file, r.status])).toEqual([
      ['dropped-a.txt', 'imported'],
      ['dropped-b.txt', 'imported'],
    ]);
    await dialog.close();
  });

  it('imports pasted text', async () => {
    const dialog = new ImportDialog(page);
    await dialog.open();
    await dialog.pasteText('Pasted piece about harbours\n\nThe harbour reopened after 14 months of repairs.', 'Harbour note');
    expect(await dialog.results()).toMatchObject([{ file: 'Harbour note.txt', status: 'imported' }]);
    await dialog.close();
    const library = new LibraryPage(page);
    await page.waitForFunction(() => document.querySelectorAll('.article-table-body [role="row"]').length === 5);
    expect(await library.titles()).toContain('Pasted piece about harbours');
  });

  it('shows progress for a batch, and Cancel stops before the next file, reporting the rest as cancelled', async () => {
    const files = Array.from({ length: 6 }, (_, i) => ({ name: `batch-${i}.txt`, mimeType: 'text/plain', buffer: Buffer.from(article(10 + i)) }));
    // Hold the second upload until the test has pressed Cancel: the batch is then mid-way, deterministically.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let seen = 0;
    const url = new URL('/api/import.content', app.server.url).href;
    const hold = async (route: Route) => {
      if (++seen === 2) await held;
      await route.continue();
    };
    await page.route(url, hold);

    const dialog = new ImportDialog(page);
    await dialog.open();
    await dialog.dialog.getByLabel('Files to import').setInputFiles(files);
    await dialog.dialog.locator('.import-item[data-status="importing"]').waitFor();
    await page.waitForFunction(() => document.querySelector('.import-item[data-status="imported"]'));
    await dialog.dialog.getByRole('heading', { name: /Importing 2 of 6/ }).waitFor();
    expect(await dialog.dialog.locator('progress').evaluate((p: HTMLProgressElement) => [p.value, p.max])).toEqual([1, 6]);
    await screenshot(page, 'import-progress');
    await dialog.dialog.getByRole('button', { name: 'Cancel' }).click();
    release();

    const statuses = (await dialog.results()).map((r) => r.status);
    expect(statuses).toEqual(['imported', 'imported', 'cancelled', 'cancelled', 'cancelled', 'cancelled']);
    const titles = (await call(app.core, 'articles.list', {})).map((a) => a.title);
    expect(titles.filter((t) => /^Article number 1\d$/.test(t)).sort()).toEqual(['Article number 10', 'Article number 11']);
    await page.unroute(url, hold);
    await dialog.close();
  });

  it('imports a new version of an article, carrying its highlights over, and asks to check the uncertain one', async () => {
    const v1 = 'Council sets harbour fees for next year\n\nThe harbour board agreed on Monday that mooring fees will rise by twelve per cent from January, the first rise in four years.\n\nFishing boats under ten metres are exempt, the board said.\n';
    const v2 = v1.replace('mooring fees will rise', 'mooring fees would rise');
    const dialog = new ImportDialog(page);
    await dialog.open();
    await dialog.pasteText(v1, 'Harbour fees');
    const [first] = await dialog.results();
    expect(first?.status).toBe('imported');
    const id = (await call(app.core, 'articles.list', {})).find((a) => a.title === 'Council sets harbour fees for next year')!.id;
    await call(app.core, 'highlights.create', { articleId: id, kind: 'figure', quote: 'mooring fees will rise by twelve per cent from January' });
    await call(app.core, 'highlights.create', { articleId: id, kind: 'claim', quote: 'Fishing boats under ten metres are exempt' });

    await dialog.dialog.getByRole('button', { name: 'Clear' }).click();
    await dialog.chooseFiles([{ name: 'Harbour fees.txt', mimeType: 'text/plain', buffer: Buffer.from(v2) }]);
    const [second] = await dialog.results();
    expect(second).toMatchObject({ status: 'updated', detail: expect.stringContaining('Highlights carried over: 1 in place, 1 to check in the article.') });
    await dialog.dialog.getByRole('link', { name: 'Council sets harbour fees for next year' }).click();
    await dialog.dialog.waitFor({ state: 'hidden' });

    const item = page.locator('.highlight-item', { hasText: 'mooring fees would rise' });
    await expect(item.textContent()).resolves.toContain('Re-attached by a close match: check it');
    await item.click();
    await page.locator('.highlight-editor').getByRole('button', { name: 'Looks right' }).click();
    await page.waitForFunction(() => !document.querySelector('.highlight-warning'));
    const figure = (await call(app.core, 'highlights.list', { articleId: id })).find((h) => h.kind === 'figure');
    expect(figure?.carried).toMatchObject({ confidence: 'fuzzy', reviewed: true });
  });

  it('takes every format it reads from the file picker: a web page, a PDF, a Word document and an EPUB', async () => {
    const dialog = new ImportDialog(page);
    await dialog.open();
    expect(await dialog.dialog.locator('.drop-zone-hint').textContent()).toMatch(/web pages.*PDF.*Word.*EPUB.*Markdown.*plain text/);
    await dialog.clear();
    await dialog.chooseFiles([
      { name: 'night-buses.html', mimeType: 'text/html', buffer: Buffer.from(webPage('Night Buses Return to the Valley', 'night bus timetable')) },
      { name: 'turbines.pdf', mimeType: 'application/pdf', buffer: Buffer.from(buildPdf([{ lines: column([prose('tidal turbine'), prose('fish ladder')], { x: 72, top: 700, width: 460 }) }], { title: 'Tidal Turbines and Fish' })) },
      {
        name: 'quay.docx',
        mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        buffer: Buffer.from(buildDocx([{ text: 'Quay Inspection Report', style: 'Heading1' }, { text: prose('quay inspection') }])),
      },
      {
        name: 'tales.epub',
        mimeType: 'application/epub+zip',
        buffer: Buffer.from(buildEpub([{ file: 'one.xhtml', title: 'One', body: `<p>${prose('lighthouse')}</p>` }, { file: 'two.xhtml', title: 'Two', body: `<p>${prose('breakwater')}</p>` }], [0, 1], { title: 'Harbour Tales', creator: 'A. Writer', lang: 'en' })),
      },
    ]);
    // PDF, Word and EPUB readers load on first use, and jsdom reads the page: slow on a busy machine.
    const results = await dialog.results(60_000);
    expect(results.map((r) => [r.file, r.status, r.detail])).toEqual([
      ['night-buses.html', 'imported', expect.stringContaining('Night Buses Return to the Valley')],
      ['turbines.pdf', 'imported', expect.stringContaining('Tidal Turbines and Fish')],
      ['quay.docx', 'imported', expect.stringContaining('Quay Inspection Report')],
      ['tales.epub', 'imported', expect.stringContaining('Harbour Tales')],
    ]);
    const byTitle = new Map((await call(app.core, 'articles.list', {})).map((a) => [a.title, a]));
    for (const title of ['Night Buses Return to the Valley', 'Tidal Turbines and Fish', 'Quay Inspection Report', 'Harbour Tales']) expect(byTitle.has(title), title).toBe(true);
    const bus = await call(app.core, 'articles.get', { id: byTitle.get('Night Buses Return to the Valley')!.id });
    expect(bus).toMatchObject({ source: 'Valley Post' });
    expect(bus.body).not.toMatch(/Home|newsletter/);

    // A highlight in the PDF is cited by its page in the reader's list.
    await call(app.core, 'highlights.create', { articleId: byTitle.get('Tidal Turbines and Fish')!.id, kind: 'claim', quote: 'The fish ladder was discussed' });
    await dialog.dialog.getByRole('link', { name: 'Tidal Turbines and Fish' }).click();
    await dialog.dialog.waitFor({ state: 'hidden' });
    await expect(page.locator('.highlight-item', { hasText: 'fish ladder' }).locator('.highlight-page').textContent()).resolves.toBe('Page 1');
  });

  describe('from a web address and pasted HTML', () => {
    let base = '';
    let server: LoopbackServer;
    beforeAll(async () => {
      server = await startLoopbackServer((req, res) => {
        if (req.url === '/ferries') {
          res.writeHead(200, { 'content-type': 'text/html; charset=windows-1251' });
          res.end(iconv.encode(webPage('Паромы будут ходить чаще летом', 'ferry timetable', 'windows-1251'), 'windows-1251'));
        } else {
          res.writeHead(404);
          res.end();
        }
      });
      base = server.base;
    });
    afterAll(() => server.close());

    it('imports a web page by its address, keeping the address, and says why one cannot be fetched', async () => {
      const dialog = new ImportDialog(page);
      await dialog.open();
      await dialog.clear();
      await dialog.importUrl(`${base}/ferries`);
      const [result] = await dialog.results(30_000);
      expect(result).toMatchObject({ file: `${base}/ferries`, status: 'imported' });
      const article = (await call(app.core, 'articles.list', {})).find((a) => a.title === 'Паромы будут ходить чаще летом');
      expect(article).toBeDefined();
      expect(await call(app.core, 'articles.get', { id: article!.id })).toMatchObject({ url: `${base}/ferries`, source: 'Valley Post' });
      await screenshot(page, 'import-url');
      expect(await seriousViolations(page)).toEqual([]);

      await dialog.clear();
      await dialog.importUrl(`${base}/gone`);
      const [failed] = await dialog.results();
      expect(failed).toMatchObject({ status: 'error', detail: expect.stringMatching(/404/) });
      await dialog.close();
    });

    it('imports pasted HTML as a web page, read as UTF-8 whatever charset the page declares', async () => {
      const dialog = new ImportDialog(page);
      await dialog.open();
      await dialog.clear();
      await dialog.pasteHtml(webPage('Разводной мост закрыт на ремонт до осени', 'swing bridge repair', 'windows-1251'), 'bridge');
      expect(await dialog.results(30_000)).toMatchObject([{ file: 'bridge.html', status: 'imported' }]);
      const titles = (await call(app.core, 'articles.list', {})).map((a) => a.title);
      expect(titles).toContain('Разводной мост закрыт на ремонт до осени');
      await dialog.close();
    });
  });

  it('logged no errors in the page', () => {
    expect(errors).toEqual([]);
  });
});
