import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { BoardGroup, BoardResult, BoardRow } from '../../shared/evidence';
import type { Kind } from '../../shared/model';
import { BoardPage } from './pages/BoardPage';
import { seriousViolations } from './support/axe';
import { cspViolations, describeWithBrowser, launchBrowser, openApp, startApp } from './support/app';
import type { TestApp } from './support/app';
import { screenshot } from './support/screenshots';

const COUNT = 30_000;
const KINDS: Kind[] = ['claim', 'figure', 'quote'];

/** Row i of a notebook of 30,000 highlights, as the core would page it. */
function row(i: number): BoardRow {
  const kind = KINDS[i % 3]!;
  return {
    highlightId: `${i.toString(16).padStart(8, '0')}-0000-4000-8000-000000000000`,
    articleId: `${(i % 1000).toString(16).padStart(8, '0')}-0000-4000-8000-000000000001`,
    kind,
    tags: [`beat ${i % 12}`],
    note: '',
    text: `Passage ${String(i).padStart(5, '0')}: the council said ferries would run through the winter`,
    articleTitle: `Dispatch ${i % 1000}: council budget and ferries`,
    source: `Gazette ${i % 40}`,
    date: `20${10 + (i % 15)}-0${(i % 9) + 1}-1${i % 10}`,
    flags: i % 50 === 0 ? ['agreement'] : [],
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...(kind === 'figure' ? { value: i * 1000, unit: 'passengers', quantities: [{ value: i * 1000, unit: 'passengers' }], measures: 'passengers a year', asOf: String(2000 + (i % 25)) } : {}),
    ...(kind === 'quote' ? { speaker: `Speaker ${i % 90}`, quoteType: 'direct' as const } : {}),
    ...(kind === 'claim' ? { claimant: `Councillor ${i % 30}`, status: 'unverified' as const, supports: 0, contradicts: 0 } : {}),
  };
}

/**
 * The board is under test here, not the core (whose 30,000-row speed has its own test): evidence.board is answered
 * page by page from a made-up notebook, as the core would, with grouping by tag when asked for.
 */
function answer(body: { offset?: number; limit?: number; groupBy?: string }): BoardResult {
  const offset = body.offset ?? 0;
  const limit = body.limit ?? 200;
  const grouped = body.groupBy === 'tag';
  // Grouped by tag, the core sends each group's rows together: 2,500 per beat.
  const rows = Array.from({ length: Math.max(0, Math.min(limit, COUNT - offset)) }, (_, k) => {
    const r = row(offset + k);
    return grouped ? { ...r, tags: [`beat ${Math.floor((offset + k) / (COUNT / 12))}`] } : r;
  });
  if (!grouped) return { total: COUNT, rows };
  const groups: BoardGroup[] = Array.from({ length: 12 }, (_, g) => ({ key: `beat ${g}`, label: `beat ${g}`, count: COUNT / 12 }));
  return { total: COUNT, rows, groups };
}

describeWithBrowser('an evidence board of 30,000 highlights', () => {
  let app: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  const requested: number[] = [];

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(), launchBrowser()]);
    ({ context, page, errors } = await openApp(browser, app));
    await page.route(new URL('/api/evidence.board', app.server.url).href, async (route) => {
      const body = JSON.parse(route.request().postData() ?? '{}') as { offset?: number; limit?: number; groupBy?: string };
      requested.push(body.offset ?? 0);
      await route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ok: true, value: answer(body) }) });
    });
    await page.evaluate(() => (window.location.hash = '#/board'));
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await app?.close();
  });

  it('renders only the rows in view, fetched a page at a time, and tells assistive technology how many there are', async () => {
    const board = new BoardPage(page);
    await board.rows.first().waitFor();
    expect(await board.count.textContent()).toBe('30,000 highlights');
    expect(await board.rows.count()).toBeLessThan(40);
    expect(await board.table.getAttribute('aria-rowcount')).toBe(String(COUNT + 1));
    expect(Math.max(...requested)).toBeLessThan(400);
    await screenshot(page, 'board-30k');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('scrolls to the end at once, loading only the last page', async () => {
    const body = page.locator('.board-table-body');
    const started = Date.now();
    await body.evaluate((el) => (el.scrollTop = el.scrollHeight));
    await page.getByRole('link', { name: /^Passage 29999:/ }).waitFor();
    expect(Date.now() - started).toBeLessThan(3000);
    expect(requested).toContain(29_800);
    // Pages between were never asked for.
    expect(requested.filter((offset) => offset > 400 && offset < 29_600)).toEqual([]);
    await body.evaluate((el) => (el.scrollTop = 0));
    await page.getByRole('link', { name: /^Passage 00000:/ }).waitFor();
  });

  it('groups by tag with a heading before each group, and moves between rows with the arrow keys', async () => {
    const board = new BoardPage(page);
    await board.groupBy('tag');
    await board.groups.first().waitFor();
    expect(await board.groups.first().textContent()).toBe('beat 0 2,500 highlights');
    expect(await board.table.getAttribute('aria-rowcount')).toBe(String(COUNT + 12 + 1));
    await screenshot(page, 'board-30k-grouped');
    const first = page.locator('.board-table-body .board-passage').first();
    await first.focus();
    for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowDown');
    // Past the group heading (line 0): the 21st row is line 21.
    expect(await page.evaluate(() => document.activeElement?.closest('[role="row"]')?.getAttribute('aria-rowindex'))).toBe('23');
  });

  it('logged no errors and no CSP violations', async () => {
    expect(await cspViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
