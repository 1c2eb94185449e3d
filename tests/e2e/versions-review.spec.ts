import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppShell } from './pages/AppShell';
import { LibraryPage } from './pages/LibraryPage';
import { ReaderPage } from './pages/ReaderPage';
import { ReviewPanel } from './pages/ReviewPanel';
import { VersionsDialog } from './pages/VersionsDialog';
import { seriousViolations } from './support/axe';
import { describeWithBrowser, launchBrowser, openApp, startApp } from './support/app';
import type { TestApp } from './support/app';
import { screenshot } from './support/screenshots';
import { call } from './support/seed';
import { BRIDGE, FEES, seedVersions } from './support/versions';

describeWithBrowser('article versions, the review of carried highlights, and deleting an article', () => {
  let app: TestApp;
  let browser: Browser;
  let ids: { fees: string; bridge: string };

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(), launchBrowser()]);
    ids = await seedVersions(app.core);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  // First, and without changing anything: the same screens in the dark.
  describe('in the dark theme', () => {
    let context: BrowserContext;
    let page: Page;

    beforeAll(async () => {
      ({ context, page } = await openApp(browser, app, { colorScheme: 'dark' }));
    });
    afterAll(() => context?.close());

    it('shows the highlights to review and the changes readably', async () => {
      await page.goto(`${app.url}#/article/${ids.fees}`);
      await new ReviewPanel(page).items.first().waitFor();
      await screenshot(page, 'reader-review-dark');
      expect(await seriousViolations(page)).toEqual([]);
      const versions = new VersionsDialog(page);
      await versions.open();
      await versions.diff.waitFor();
      await screenshot(page, 'versions-dialog-dark');
      expect(await seriousViolations(page)).toEqual([]);
    });
  });

  describe('in the light theme', () => {
    let context: BrowserContext;
    let page: Page;
    let errors: string[];

    beforeAll(async () => {
      ({ context, page, errors } = await openApp(browser, app));
    });
    afterAll(() => context?.close());

    it('lists the versions with their dates and files, and marks what changed word by word', async () => {
      await new LibraryPage(page).open(FEES.title);
      await expect(page.locator('.article-versions').textContent()).resolves.toMatch(/^Version 2 of 2imported .+Versions and changes$/);
      const versions = new VersionsDialog(page);
      await versions.open();
      // Newest first, each with its file.
      expect(await versions.versions.locator('.version-name').allTextContents()).toEqual(['Version 2current', 'Version 1']);
      expect(await versions.versions.locator('.version-file').allTextContents()).toEqual(['harbour-fees-corrected.md', 'harbour-fees.md']);
      await versions.diff.waitFor();
      // A rewritten sentence reads as one removal and one addition, not word against word.
      expect(await versions.changes()).toEqual([
        { type: 'removed', text: 'will' },
        { type: 'added', text: 'would' },
        { type: 'removed', text: 'The chair said the money would pay for dredging the inner basin, which has silted up since the winter storms' },
        { type: 'added', text: 'No reason for the rise was given at the meeting' },
        { type: 'added', text: '\n\nThe harbour master declined to comment.' },
      ]);
      expect(await versions.summary.textContent()).toBe('3 changes: 17 words added, 21 words removed.');
      // Not by colour alone: screen readers hear which is which.
      expect(await versions.diff.locator('del').first().textContent()).toBe('[removed: will]');
      await screenshot(page, 'versions-dialog');
      expect(await seriousViolations(page)).toEqual([]);

      // Next change moves the focus from change to change.
      await versions.dialog.getByRole('button', { name: 'Next change' }).click();
      await versions.dialog.getByRole('button', { name: 'Next change' }).click();
      expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('The chair said');
      // Unchanged stretches are folded away, and can be shown.
      const folded = versions.diff.locator('.change-folded');
      expect(await folded.count()).toBeGreaterThan(0);
      await versions.dialog.getByLabel('Show the whole text').check();
      expect(await folded.count()).toBe(0);
      await expect(versions.diff.textContent()).resolves.toContain('Owners of the largest yachts');
      await versions.close();
    });

    it('lists the highlights to check beside the text; the orphan is not drawn there', async () => {
      const review = new ReviewPanel(page);
      const reader = new ReaderPage(page);
      await review.items.first().waitFor();
      expect(await review.items.count()).toBe(2);
      await expect(review.item(FEES.figure).locator('.review-status').textContent()).resolves.toMatch(/^Close match, \d+%$/);
      // The close match shows what its words are now, with the change marked.
      expect(await review.item(FEES.figure).locator('.review-now ins').textContent()).toBe('[added: would]');
      const orphan = review.item(FEES.quote);
      expect(await orphan.locator('.review-status').textContent()).toBe('Not found in the new version');
      // The old words are shown in their context.
      await expect(orphan.locator('.quote-context').textContent()).resolves.toContain('The chair said the money would pay for dredging the inner basin, which has silted');
      const drawn = (await reader.highlightedTexts()).map((h) => h.text);
      expect(drawn).toContain(FEES.claim);
      expect(drawn.some((t) => t.includes('dredging'))).toBe(false);
      await screenshot(page, 'reader-review');
      expect(await seriousViolations(page)).toEqual([]);
    });

    it('keeps a close match where it was put', async () => {
      const review = new ReviewPanel(page);
      await review.item(FEES.figure).getByRole('button', { name: 'Looks right' }).click();
      await review.item(FEES.figure).waitFor({ state: 'detached' });
      const figure = (await call(app.core, 'highlights.list', { articleId: ids.fees, kind: 'figure' }))[0];
      expect(figure?.carried).toMatchObject({ confidence: 'fuzzy', reviewed: true });
      expect(await review.items.count()).toBe(1);
    });

    it('re-attaches the orphan to a passage selected in the text, once confirmed', async () => {
      const review = new ReviewPanel(page);
      const reader = new ReaderPage(page);
      await review.item(FEES.quote).getByRole('link', { name: 'Re-attach…' }).click();
      await review.reattachBanner.waitFor();
      // Focus goes to the instructions, so a screen reader reads them first.
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('reattach-title');

      expect(await reader.selectWithMouse('No reason for the rise was given at the meeting')).toBe('No reason for the rise was given at the meeting');
      await review.reattachToolbar.waitFor();
      // Selecting is not enough: nothing changes until the place is confirmed.
      expect((await call(app.core, 'highlights.list', { articleId: ids.fees, kind: 'quote' }))[0]?.carried?.reviewed).toBe(false);
      await screenshot(page, 'reader-reattach');
      expect(await seriousViolations(page)).toEqual([]);

      await review.reattachToolbar.getByRole('button', { name: 'Attach here' }).click();
      await review.reattachBanner.waitFor({ state: 'detached' });
      await page.waitForFunction(() => [...document.querySelectorAll('.article-body mark.hl-quote')].some((m) => m.textContent === 'No reason for the rise was given at the meeting'));
      const quote = (await call(app.core, 'highlights.list', { articleId: ids.fees, kind: 'quote' }))[0];
      expect(quote).toMatchObject({ target: { quote: { exact: 'No reason for the rise was given at the meeting' } }, carried: { reviewed: true }, fields: { speaker: 'the chair' } });
      await review.scope.waitFor({ state: 'detached' });
      expect(page.url()).not.toContain('reattach=');
    });

    it('gathers what is left notebook-wide by article; an orphan is deleted only after a second word', async () => {
      const review = ReviewPanel.page(page);
      // The count follows the notebook's changes.
      await review.navLink.filter({ hasText: 'Review1(1 highlight to check)' }).waitFor();
      await review.navLink.click();
      await page.getByRole('heading', { level: 1, name: 'Review' }).waitFor();
      await review.items.first().waitFor();
      expect(await page.locator('.review-group h2').allTextContents()).toEqual([BRIDGE.title]);
      await expect(page.locator('.review-view .view-count').textContent()).resolves.toBe('1 highlight to check in 1 article');
      // Its context, cut at whole words.
      expect(await review.item(BRIDGE.orphan).locator('.quote-context').textContent()).toBe(
        '… June, the county said, because the replacement gears have not arrived from the foundry. Traders on the quay say …',
      );
      await screenshot(page, 'review');
      expect(await seriousViolations(page)).toEqual([]);

      // An orphan cannot be brought back (its words are not in the text): the item asks first, Keep being the default.
      const item = review.item(BRIDGE.orphan);
      await item.getByRole('button', { name: 'Delete…' }).click();
      const confirm = item.getByRole('group', { name: 'Confirm the deletion' });
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Keep it');
      await screenshot(page, 'review-confirm-delete');
      expect(await seriousViolations(page)).toEqual([]);
      await page.keyboard.press('Enter');
      await confirm.waitFor({ state: 'detached' });
      expect(await call(app.core, 'highlights.review', {})).toHaveLength(1);

      await item.getByRole('button', { name: 'Delete…' }).click();
      await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
      await page.getByRole('heading', { name: 'Nothing to review' }).waitFor();
      expect(await call(app.core, 'highlights.review', {})).toEqual([]);
      await screenshot(page, 'review-empty');
      // Nothing left to review: the header's link goes once the user leaves the page.
      await new AppShell(page).goToLibrary();
      await review.navLink.waitFor({ state: 'detached' });
    });

    it('deletes an article after saying how many highlights go with it', async () => {
      const library = new LibraryPage(page);
      await library.open(FEES.title);
      await page.getByRole('group', { name: 'This article' }).getByRole('button', { name: 'Delete…' }).click();
      const confirm = page.getByRole('dialog', { name: 'Delete this article?' });
      await confirm.waitFor();
      expect(await confirm.locator('.confirm-text p').allTextContents()).toEqual([
        `${FEES.title} will be deleted, with its 3 highlights (1 claim, 1 figure, 1 quote).`,
        'All 2 versions go too. This cannot be undone.',
      ]);
      // Focus starts on Cancel: a stray Enter deletes nothing.
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
      await screenshot(page, 'delete-article');
      expect(await seriousViolations(page)).toEqual([]);

      await page.keyboard.press('Enter');
      await confirm.waitFor({ state: 'hidden' });
      expect((await call(app.core, 'articles.list', {})).map((a) => a.title)).toContain(FEES.title);

      await page.getByRole('group', { name: 'This article' }).getByRole('button', { name: 'Delete…' }).click();
      await confirm.getByRole('button', { name: 'Delete article and 3 highlights' }).click();
      await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
      await new AppShell(page).toast.filter({ hasText: `Deleted “${FEES.title}” and 3 highlights.` }).waitFor();
      expect((await call(app.core, 'articles.list', {})).map((a) => a.title)).toEqual([BRIDGE.title]);
      expect(await call(app.core, 'highlights.list', { articleId: ids.bridge })).toEqual([]);
      await page.waitForFunction(() => document.querySelectorAll('.article-table-body [role="row"]').length === 1);
    });

    it('logged no errors in the page', () => {
      expect(errors).toEqual([]);
    });
  });
});
