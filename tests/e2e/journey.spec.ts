import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithShared, seedFiles } from '../helpers/shared-corpus';
import { AppShell } from './pages/AppShell';
import { ImportDialog } from './pages/ImportDialog';
import { LibraryPage } from './pages/LibraryPage';
import { ReaderPage } from './pages/ReaderPage';
import { SearchPage } from './pages/SearchPage';
import { seriousViolations } from './support/axe';
import { describeWithBrowser, launchBrowser, openApp, startApp } from './support/app';
import type { TestApp } from './support/app';
import { screenshot } from './support/screenshots';

// The seed article whose quote we tag, and the passage itself (a sentence inside a quoted statement).
const ARTICLE = /^Russia’s state media regulator has accused Telegram/;
const PASSAGE = 'Telegram has deleted up to 100 of these services each week in 2026';
const NOTE = 'Regulator’s own weekly takedown tally; check against Telegram’s figures';

describeWithBrowser('a researcher’s session in the browser mode', () => {
  describeWithShared('import the seed articles, read, tag, search, undo', () => {
    let app: TestApp;
    let browser: Browser;
    let context: BrowserContext;
    let page: Page;
    let errors: string[];

    beforeAll(async () => {
      [app, browser] = await Promise.all([startApp(), launchBrowser()]);
      ({ context, page, errors } = await openApp(browser, app));
    });

    afterAll(async () => {
      await context?.close();
      await browser?.close();
      await app?.close();
    });

    it('starts on an empty library that offers to import', async () => {
      await expect(page.getByRole('heading', { name: 'Your notebook is empty' }).isVisible()).resolves.toBe(true);
      await screenshot(page, 'library-empty');
      expect(await seriousViolations(page)).toEqual([]);
    });

    it('imports the seed files chosen in the import dialog, one result per file', async () => {
      const dialog = new ImportDialog(page);
      await dialog.open();
      await dialog.chooseFiles(seedFiles());
      const results = await dialog.results();
      expect(results.map((r) => r.status)).toEqual(seedFiles().map(() => 'imported'));
      await screenshot(page, 'import-dialog');
      expect(await seriousViolations(page)).toEqual([]);

      // The same files again are recognised as duplicates.
      await dialog.chooseFiles(seedFiles().slice(0, 2));
      await page.waitForFunction(() => document.querySelectorAll('.import-item[data-status="duplicate"]').length === 2);
      await dialog.close();
    });

    it('lists every imported article in the library', async () => {
      const library = new LibraryPage(page);
      await library.table.waitFor();
      await page.waitForFunction((n) => document.querySelectorAll('.article-table-body [role="row"]').length === n, seedFiles().length);
      expect(await library.count.textContent()).toBe(`${seedFiles().length} articles`);
      await screenshot(page, 'library');
      expect(await seriousViolations(page)).toEqual([]);
    });

    it('opens an article and tags a passage selected with the mouse as a quote, with a tag and a note', async () => {
      const library = new LibraryPage(page);
      const reader = new ReaderPage(page);
      await library.table.getByRole('link', { name: ARTICLE }).click();
      await reader.body.waitFor();

      expect(await reader.selectWithMouse(PASSAGE)).toBe(PASSAGE);
      await reader.toolbar.waitFor();
      await screenshot(page, 'reader-toolbar');
      expect(await seriousViolations(page)).toEqual([]);

      await reader.tagSelection('quote', { tags: ['data protection'], note: NOTE });
      await page.waitForFunction((text) => [...document.querySelectorAll('.article-body mark.hl-quote')].some((m) => m.textContent === text), PASSAGE);
      expect(await reader.highlightedTexts()).toEqual([{ text: PASSAGE, kinds: '' }]);
      await expect(reader.sideList.first().textContent()).resolves.toContain(NOTE);

      // One keystroke: select a figure and press 2.
      expect(await reader.selectWithMouse('up to 8,400 such services')).toBe('up to 8,400 such services');
      await reader.toolbar.waitFor();
      await page.keyboard.press('2');
      await page.waitForFunction(() => document.querySelector('.article-body mark.hl-figure')?.textContent === 'up to 8,400 such services');
      await page.mouse.click(5, 300); // away from the text: closes nothing, selects nothing
      await screenshot(page, 'reader');
      expect(await seriousViolations(page)).toEqual([]);
    });

    it('finds the quote by a word of its note, and opening the result scrolls to it', async () => {
      const search = new SearchPage(page);
      await search.type('takedown');
      await search.settled();
      const hit = search.hits.filter({ hasText: 'takedown' }).first();
      await expect(hit.textContent()).resolves.toContain('Quote');
      expect(await hit.locator('mark').first().textContent()).toMatch(/takedown/i);
      await screenshot(page, 'search-results');
      expect(await seriousViolations(page)).toEqual([]);

      await hit.getByRole('link').click();
      const reader = new ReaderPage(page);
      await reader.body.waitFor();
      const mark = reader.body.locator('mark.hl-quote').first();
      await mark.waitFor();
      expect(await mark.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight;
      })).toBe(true);
    });

    it('still shows the quote after a reload', async () => {
      await page.reload();
      const reader = new ReaderPage(page);
      await reader.body.locator('mark.hl-quote').first().waitFor();
      expect((await reader.highlightedTexts()).map((h) => h.text)).toContain(PASSAGE);
    });

    it('deletes the quote, then brings it back with Undo', async () => {
      const reader = new ReaderPage(page);
      const shell = new AppShell(page);
      await reader.clickHighlight('Telegram has deleted');
      await reader.editor.getByRole('button', { name: 'Delete' }).click();
      await reader.body.locator('mark.hl-quote').waitFor({ state: 'detached' });
      await shell.toast.getByRole('button', { name: 'Undo' }).click();
      await reader.body.locator('mark.hl-quote').first().waitFor();
      expect((await reader.highlightedTexts()).map((h) => h.text)).toContain(PASSAGE);
      expect(await app.core.dispatch('highlights.list', { kind: 'quote' })).toMatchObject({ ok: true, value: [{ note: NOTE, tags: ['data protection'] }] });
    });

    it('logged no errors in the page (CSP violations included)', () => {
      expect(errors).toEqual([]);
    });
  });
});
