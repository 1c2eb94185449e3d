import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ArticleSummary } from '../../shared/model';
import { LibraryPage } from './pages/LibraryPage';
import { seriousViolations } from './support/axe';
import { describeWithBrowser, launchBrowser, openApp, startApp } from './support/app';
import type { TestApp } from './support/app';
import { screenshot } from './support/screenshots';

const COUNT = 10_000;

/** 10,000 plausible summaries. The library is what is under test here, not import speed, so the list is served as-is. */
function summaries(): ArticleSummary[] {
  return Array.from({ length: COUNT }, (_, i) => {
    const claim = i % 7 === 0 ? (i % 5) + 1 : 0;
    const quote = i % 11 === 0 ? 2 : 0;
    return {
      id: `${i.toString(16).padStart(8, '0')}-0000-4000-8000-000000000000`,
      title: `Dispatch ${String(i).padStart(5, '0')}: council budget, ferries and libraries`,
      source: `Gazette ${i % 40}`,
      author: null,
      date: `20${10 + (i % 15)}-0${(i % 9) + 1}-1${i % 10}`,
      words: 300 + (i % 900),
      importedAt: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString(),
      highlights: claim + quote,
      counts: { claim, figure: 0, quote },
      tags: quote ? ['ferry'] : [],
    };
  });
}

describeWithBrowser('a library of 10,000 articles', () => {
  let app: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(), launchBrowser()]);
    ({ context, page, errors } = await openApp(browser, app));
    const body = JSON.stringify({ ok: true, value: summaries() });
    await page.route(new URL('/api/articles.list', app.server.url).href, (route) => route.fulfill({ contentType: 'application/json', body }));
    await page.reload();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await app?.close();
  });

  it('renders only the rows in view, and tells assistive technology how many there are', async () => {
    const library = new LibraryPage(page);
    await library.rows.first().waitFor();
    expect(await library.count.textContent()).toBe('10,000 articles');
    expect(await library.rows.count()).toBeLessThan(60);
    expect(await library.table.getAttribute('aria-rowcount')).toBe(String(COUNT + 1));
    await screenshot(page, 'library-10k');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('scrolls to the end and back at once', async () => {
    const body = page.locator('.article-table-body');
    await body.evaluate((el) => (el.scrollTop = el.scrollHeight));
    // Newest import first: the last row is the oldest, Dispatch 00000.
    await page.getByRole('link', { name: /^Dispatch 00000:/ }).waitFor();
    expect(await page.locator('.article-table-body [role="row"]').last().getAttribute('aria-rowindex')).toBe(String(COUNT + 1));
    await body.evaluate((el) => (el.scrollTop = 0));
    await page.getByRole('link', { name: /^Dispatch 09999:/ }).waitFor();
  });

  it('sorts and filters 10,000 rows within a frame budget a user does not notice', async () => {
    const library = new LibraryPage(page);
    const timed = async (action: () => Promise<void>, done: () => Promise<unknown>) => {
      const started = Date.now();
      await action();
      await done();
      return Date.now() - started;
    };
    const sortMs = await timed(
      () => library.sortBy('Title'),
      () => page.getByRole('link', { name: /^Dispatch 00000:/ }).waitFor(),
    );
    const filterMs = await timed(
      () => library.filterByKind('quote'),
      () => page.waitForFunction(() => document.querySelector('.library .view-count')?.textContent === '910 of 10,000 articles'),
    );
    // Generous bounds for a loaded CI machine; on a laptop both take a few tens of milliseconds.
    expect(sortMs).toBeLessThan(1500);
    expect(filterMs).toBeLessThan(1500);
  });

  it('moves between rows with the arrow keys, scrolling unrendered rows into view', async () => {
    const first = page.locator('.article-table-body .article-link').first();
    await first.focus();
    for (let i = 0; i < 30; i++) await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() => document.activeElement?.closest('[role="row"]')?.getAttribute('aria-rowindex'));
    expect(focused).toBe('32');
  });

  it('logged no errors in the page', () => {
    expect(errors).toEqual([]);
  });
});
