import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { LibraryPage } from './pages/LibraryPage';
import { ReaderPage } from './pages/ReaderPage';
import { seriousViolations } from './support/axe';
import { describeWithBrowser, launchBrowser, openApp, startApp } from './support/app';
import type { TestApp } from './support/app';
import { screenshot } from './support/screenshots';
import { articleIdByTitle, call, seedNotebook } from './support/seed';

const LIBRARIES = 'Three branch libraries to close on Mondays from April';
const FIRST = 'Eastmoor Borough will close three of its seven branch libraries on Mondays from 1 April, saving an estimated £96,000 a year, the council confirmed on Thursday.';
const SECOND = 'The branches at Saltings, Millbrook and Harrow Lane will keep their other opening hours.';
const THIRD = 'The central library and the three remaining branches are unaffected.';

describeWithBrowser('tagging with the keyboard alone (no mouse, no caret browsing)', () => {
  let app: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  let articleId: string;

  /** The passage drawn as selected (the reader draws a keyboard selection itself). */
  const selected = () => page.evaluate(() => [...document.querySelectorAll('.article-body mark.is-pending')].map((m) => m.textContent).join(''));
  const focusedIsText = () => page.evaluate(() => document.activeElement?.classList.contains('article-text') ?? false);

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(), launchBrowser()]);
    await seedNotebook(app.core);
    articleId = await articleIdByTitle(app.core, /^Three branch libraries/);
    ({ context, page, errors } = await openApp(browser, app));
    await new LibraryPage(page).open(LIBRARIES);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await app?.close();
  });

  it('reaches the article text with Tab, and says what Enter does there', async () => {
    await page.getByRole('group', { name: 'This article' }).getByRole('button', { name: 'Delete…' }).focus();
    await page.keyboard.press('Tab');
    expect(await focusedIsText()).toBe(true);
    const help = page.locator('.keys-help');
    await help.waitFor();
    expect(await help.textContent()).toContain('select a sentence to tag');
    // A screen reader hears the same, from the text's description.
    await expect(page.getByRole('region', { name: 'Article text' }).getAttribute('aria-describedby')).resolves.toBe('article-keys');
  });

  it('selects the first sentence with Enter, moves by sentences and narrows by words, then tags a figure with 2', async () => {
    await page.keyboard.press('Enter');
    const toolbar = new ReaderPage(page).toolbar;
    await toolbar.waitFor();
    expect(await selected()).toBe(FIRST);
    await page.keyboard.press('ArrowDown');
    expect(await selected()).toBe(SECOND);
    // The selected text is announced.
    await expect(page.locator('.reader-main > [role="status"]').textContent()).resolves.toBe(`Selected: ${SECOND}`);
    await page.keyboard.press('ArrowUp');
    expect(await selected()).toBe(FIRST);
    // The start moves word by word (a figure keeps its £), then the end comes back word by word.
    for (let i = 0; i < 18; i++) await page.keyboard.press('ArrowRight');
    expect(await selected()).toBe('£96,000 a year, the council confirmed on Thursday.');
    for (let i = 0; i < 6; i++) await page.keyboard.press('Shift+ArrowLeft');
    expect(await selected()).toBe('£96,000 a year');
    await screenshot(page, 'reader-keyboard-selection');
    expect(await seriousViolations(page)).toEqual([]);

    await page.keyboard.press('2');
    await page.waitForFunction(() => [...document.querySelectorAll('.article-body mark.hl-figure')].some((m) => m.textContent === '£96,000 a year'));
    // The text keeps the focus, ready for the next passage.
    expect(await focusedIsText()).toBe(true);
    const figures = await call(app.core, 'highlights.list', { articleId, kind: 'figure' });
    expect(figures.map((h) => h.target.quote.exact)).toEqual(['£96,000 a year']);
  });

  it('starts again where it was, grows a passage over two sentences, and takes tags and a note before tagging', async () => {
    await page.keyboard.press('Enter');
    expect(await selected()).toBe(FIRST);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Shift+ArrowDown');
    expect(await selected()).toBe(`${SECOND} ${THIRD}`);
    await page.keyboard.press('Shift+ArrowUp');
    expect(await selected()).toBe(SECOND);
    await page.keyboard.press('Shift+ArrowDown');
    // Enter moves into the toolbar, on its first kind; Tab goes on to the tags and the note.
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.closest('[role="dialog"]')?.getAttribute('aria-label'))).toBe('Tag the selected passage');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    await page.keyboard.type('libraries');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Which branches stay open on Mondays?');
    // Back to the kinds: past the tag field and the tag's remove button.
    for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Claim/);
    await page.keyboard.press('Enter');
    const toolbar = new ReaderPage(page).toolbar;
    await toolbar.waitFor({ state: 'detached' });
    const claims = await call(app.core, 'highlights.list', { articleId, kind: 'claim' });
    expect(claims.find((h) => h.target.quote.exact === `${SECOND} ${THIRD}`)).toMatchObject({ tags: ['libraries'], note: 'Which branches stay open on Mondays?' });
    // Back where the passage was: the text has the focus again.
    expect(await focusedIsText()).toBe(true);
  });

  it('lets go with Escape, and arrows then scroll as usual', async () => {
    await page.keyboard.press('Enter');
    await new ReaderPage(page).toolbar.waitFor();
    await page.keyboard.press('Escape');
    await new ReaderPage(page).toolbar.waitFor({ state: 'detached' });
    expect(await selected()).toBe('');
    const scroller = page.locator('.reader-main');
    const before = await scroller.evaluate((el) => el.scrollTop);
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction((top) => (document.querySelector('.reader-main')?.scrollTop ?? 0) > top, before);
    expect(await selected()).toBe('');
  });

  it('logged no errors in the page', () => {
    expect(errors).toEqual([]);
  });
});
