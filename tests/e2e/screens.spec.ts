import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppShell } from './pages/AppShell';
import { LibraryPage } from './pages/LibraryPage';
import { ReaderPage } from './pages/ReaderPage';
import { SearchPage } from './pages/SearchPage';
import { seriousViolations } from './support/axe';
import { describeWithBrowser, launchBrowser, openApp, startApp } from './support/app';
import type { TestApp } from './support/app';
import { screenshot } from './support/screenshots';
import { articleIdByTitle, call, seedNotebook } from './support/seed';

const FERRY = /^Harbour council backs/;

describeWithBrowser('the screens over a seeded notebook', () => {
  let app: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(), launchBrowser()]);
    await seedNotebook(app.core);
    // Overlapping highlights: a figure inside a claim.
    const ferry = await articleIdByTitle(app.core, FERRY);
    await call(app.core, 'highlights.create', {
      articleId: ferry,
      kind: 'claim',
      quote: 'buses would take 38 minutes longer on the same journey',
      tags: ['ferry'],
    });
    await call(app.core, 'highlights.create', { articleId: ferry, kind: 'figure', quote: '38 minutes', tags: ['ferry', 'travel time'] });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  describe('in the light theme', () => {
    let context: BrowserContext;
    let page: Page;
    let errors: string[];

    beforeAll(async () => {
      ({ context, page, errors } = await openApp(browser, app, { colorScheme: 'light' }));
    });
    afterAll(() => context?.close());

    it('filters the library by kind of highlight, and clears the filter', async () => {
      const library = new LibraryPage(page);
      await library.rows.first().waitFor();
      expect(await library.rows.count()).toBe(4);

      await library.filterByKind('quote');
      await page.waitForFunction(() => document.querySelectorAll('.article-table-body [role="row"]').length === 1);
      expect(await library.titles()).toEqual(['Harbour council backs six-month night ferry trial']);
      expect(await library.count.textContent()).toBe('1 of 4 articles');

      await library.filterByKind('claim');
      await page.waitForFunction(() => document.querySelectorAll('.article-table-body [role="row"]').length === 2);
      expect((await library.titles()).sort()).toEqual(['Harbour council backs six-month night ferry trial', 'Three branch libraries to close on Mondays from April']);
      await screenshot(page, 'library-filtered');
      expect(await seriousViolations(page)).toEqual([]);

      await page.getByRole('button', { name: 'Clear filters' }).click();
      await page.waitForFunction(() => document.querySelectorAll('.article-table-body [role="row"]').length === 4);
    });

    it('sorts the library by title, then the other way', async () => {
      const library = new LibraryPage(page);
      await library.sortBy('Title');
      const ascending = await library.titles();
      expect(ascending).toEqual([...ascending].sort((a, b) => a.localeCompare(b)));
      await library.sortBy('Title');
      expect(await library.titles()).toEqual([...ascending].reverse());
    });

    it('focuses the search box with Ctrl+K, wherever the user is', async () => {
      const shell = new AppShell(page);
      await page.locator('.article-link').first().focus();
      await page.keyboard.press('Control+k');
      expect(await shell.searchBox.evaluate((el) => el === document.activeElement)).toBe(true);

      await new LibraryPage(page).open('Harbour council backs six-month night ferry trial');
      await page.locator('.article-body').click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('Control+k');
      expect(await shell.searchBox.evaluate((el) => el === document.activeElement)).toBe(true);
    });

    it('draws overlapping highlights in layers, and lists them beside the text', async () => {
      const reader = new ReaderPage(page);
      await reader.body.waitFor();
      expect(await reader.sideList.count()).toBe(5);
      // The figure sits inside the claim: its segment carries both, drawn with two underline layers.
      const nested = reader.body.locator('mark.is-overlap');
      expect(await nested.textContent()).toBe('38 minutes');
      expect((await nested.getAttribute('data-highlights'))?.split(' ')).toHaveLength(2);
      await nested.scrollIntoViewIfNeeded();
      await screenshot(page, 'reader-highlights');
      expect(await seriousViolations(page)).toEqual([]);
    });

    it('edits a highlight from the side list with the keyboard only', async () => {
      const reader = new ReaderPage(page);
      await page.locator('.highlight-item', { hasText: 'about 1,200 extra passengers a week' }).focus();
      await page.keyboard.press('Enter');
      await reader.editor.waitFor();
      // The editor opens with focus on the current kind; Tab reaches the tags field.
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-pressed'))).toBe('true');
      // A figure's editor is taller than the room above or below the passage: the passage scrolls up, uncovered.
      await page.waitForFunction(() => {
        const mark = [...document.querySelectorAll('.article-body mark')].find((m) => m.textContent?.includes('about 1,200'));
        const editor = document.querySelector('.highlight-editor');
        if (!mark || !editor) return false;
        const [passage, popover] = [mark.getBoundingClientRect(), editor.getBoundingClientRect()];
        return passage.top >= 0 && (passage.bottom <= popover.top || passage.top >= popover.bottom);
      });
      await screenshot(page, 'reader-editor');
      expect(await seriousViolations(page)).toEqual([]);
      // Tags autocomplete from the ones in use: pick one with the arrow keys, then type a new one.
      await reader.editor.getByRole('combobox', { name: 'Tags' }).focus();
      await page.keyboard.type('dis');
      await reader.editor.getByRole('option', { name: /disputed/ }).waitFor();
      await screenshot(page, 'reader-tag-autocomplete');
      expect(await seriousViolations(page)).toEqual([]);
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.keyboard.type('estimate');
      await page.keyboard.press('Enter');
      await reader.editor.getByRole('button', { name: 'Save' }).press('Enter');
      await reader.editor.waitFor({ state: 'detached' });
      const item = page.locator('.highlight-item', { hasText: 'about 1,200 extra passengers a week' });
      await page.waitForFunction(() => [...document.querySelectorAll('.highlight-item .tag')].some((t) => t.textContent === 'estimate'));
      expect(await item.locator('.tag').allTextContents()).toEqual(['ferry', 'ridership', 'disputed', 'estimate']);
    });

    it('shows what was removed at import, and puts it back into the text', async () => {
      const removed = page.locator('details.removed-parts');
      await removed.locator('summary').click();
      await expect(removed.textContent()).resolves.toContain('Subscribe to the Tidewater Gazette');
      await removed.getByRole('button', { name: 'Put them back into the article' }).click();
      await page.waitForFunction(() => document.querySelector('.article-body')?.textContent?.includes('Subscribe to the Tidewater Gazette'));
      // The highlights moved with their text.
      expect((await new ReaderPage(page).highlightedTexts()).map((h) => h.text)).toContain('about 1,200 extra passengers a week');
      await page.getByRole('button', { name: 'Remove them again' }).click();
      await page.locator('details.removed-parts').waitFor();
    });

    it('searches as the user types, shows a bad query’s message inline, and recovers', async () => {
      const search = new SearchPage(page);
      await search.type('ferry~x');
      await search.error.waitFor();
      expect(await search.error.textContent()).toBe('Bad search query: edit distance must be numeric (at character 7)');
      expect(await search.hits.count()).toBe(0);
      await screenshot(page, 'search-bad-query');

      await search.box.press('Backspace');
      await search.box.press('Backspace');
      await search.settled();
      expect(await search.error.count()).toBe(0);
      expect(await search.hits.count()).toBeGreaterThan(0);
      expect(await search.hits.first().locator('mark').first().textContent()).toMatch(/ferr/i);
    });

    it('narrows the results to one kind of highlight', async () => {
      const search = new SearchPage(page);
      await search.type('ferry');
      await search.settled();
      await search.filterByKind('quote');
      await search.settled();
      const kinds = await search.hits.locator('.kind-badge').allTextContents();
      expect(kinds.length).toBeGreaterThan(0);
      expect(new Set(kinds)).toEqual(new Set(['Quote']));
      await screenshot(page, 'search-filtered');
      expect(await seriousViolations(page)).toEqual([]);
    });

    it('leaves the search with Escape, back to where the user was', async () => {
      const search = new SearchPage(page);
      await search.box.focus();
      await search.box.press('Escape');
      await page.getByRole('heading', { level: 1, name: 'Harbour council backs six-month night ferry trial' }).waitFor();
    });

    it('shows the notebook’s facts and the keyboard shortcuts, checks the notebook, and Escape closes them', async () => {
      await page.getByRole('button', { name: 'About this notebook and keyboard shortcuts' }).click();
      const about = page.getByRole('dialog', { name: 'About this notebook' });
      await about.getByText('4 articles', { exact: false }).waitFor();
      await expect(about.textContent()).resolves.toContain(app.dir);
      // Help → Check notebook, reachable in the browser mode from here.
      await about.getByRole('button', { name: 'Check notebook' }).click();
      await about.getByRole('status').filter({ hasText: 'All in order.' }).waitFor();
      await screenshot(page, 'about');
      expect(await seriousViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await about.waitFor({ state: 'hidden' });
    });

    it('logged no errors in the page', () => {
      expect(errors).toEqual([]);
    });
  });

  describe('in the dark theme', () => {
    let context: BrowserContext;
    let page: Page;
    let errors: string[];

    beforeAll(async () => {
      ({ context, page, errors } = await openApp(browser, app, { colorScheme: 'dark' }));
    });
    afterAll(() => context?.close());

    it('follows the system’s dark preference', async () => {
      expect(await new AppShell(page).theme()).toBe('dark');
      await new LibraryPage(page).rows.first().waitFor();
      await screenshot(page, 'library-dark');
      expect(await seriousViolations(page)).toEqual([]);
    });

    it('reads well in the dark, highlights included', async () => {
      await new LibraryPage(page).open('Harbour council backs six-month night ferry trial');
      await page.locator('.article-body mark.hl-figure').first().scrollIntoViewIfNeeded();
      await screenshot(page, 'reader-dark');
      expect(await seriousViolations(page)).toEqual([]);
      const reader = new ReaderPage(page);
      await reader.clickHighlight('A ferry that stops at nine');
      await screenshot(page, 'reader-editor-dark');
      expect(await seriousViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await reader.editor.waitFor({ state: 'detached' });
    });

    it('shows search results in the dark', async () => {
      const search = new SearchPage(page);
      await search.type('ferry');
      await search.settled();
      await screenshot(page, 'search-dark');
      expect(await seriousViolations(page)).toEqual([]);
    });

    it('switches to the light theme with the toggle, and remembers it', async () => {
      const shell = new AppShell(page);
      await shell.themeToggle.click();
      expect(await shell.theme()).toBe('light');
      await page.reload();
      await shell.searchBox.waitFor();
      expect(await shell.theme()).toBe('light');
      // Back to following the system.
      await shell.themeToggle.click();
      expect(await shell.theme()).toBe('dark');
    });

    it('logged no errors in the page', () => {
      expect(errors).toEqual([]);
    });
  });

  describe('in a narrow window', () => {
    let context: BrowserContext;
    let page: Page;

    beforeAll(async () => {
      ({ context, page } = await openApp(browser, app, { viewport: { width: 760, height: 900 } }));
    });
    afterAll(() => context?.close());

    it('keeps the library and the reader usable: nothing overflows sideways', async () => {
      const library = new LibraryPage(page);
      await library.rows.first().waitFor();
      await screenshot(page, 'library-narrow');
      const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(await overflow()).toBe(0);
      await library.open('Harbour council backs six-month night ferry trial');
      await screenshot(page, 'reader-narrow');
      expect(await overflow()).toBe(0);
      expect(await seriousViolations(page)).toEqual([]);
    });
  });
});
