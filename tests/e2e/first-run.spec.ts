import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppShell } from './pages/AppShell';
import { LibraryPage } from './pages/LibraryPage';
import { seriousViolations } from './support/axe';
import { describeWithBrowser, launchBrowser, openApp, startApp } from './support/app';
import type { TestApp } from './support/app';
import { screenshot } from './support/screenshots';
import { call, seedNotebook } from './support/seed';

const OWN = 'Ferry timetable consultation opens';

describeWithBrowser('the first run: a welcome tour, and a notebook of demo articles that goes in one click', () => {
  let app: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(), launchBrowser()]);
    // The default notebook as the app first opens it: the demo articles, plus one of the user's own.
    await seedNotebook(app.core);
    await call(app.core, 'import.content', { name: 'own.txt', text: `${OWN}\n\nThe ferry company asks riders to comment on the winter timetable by 3 March.\n` });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  describe('the tour', () => {
    let context: BrowserContext;
    let page: Page;
    let errors: string[];

    beforeAll(async () => {
      ({ context, page, errors } = await openApp(browser, app, { firstRun: true }));
    });
    afterAll(() => context?.close());

    const tour = () => page.getByRole('dialog', { name: 'Welcome to Sourcebook' });
    const stepTitle = () => tour().locator('#tour-step-title').textContent();

    it('opens on the first start, and walks through the kinds, tagging, search and export', async () => {
      await tour().waitFor();
      expect(await stepTitle()).toBe('Three kinds of highlight');
      expect(await tour().locator('.kind-badge').allTextContents()).toEqual(['Claim', 'Figure', 'Quote']);
      await screenshot(page, 'tour');
      expect(await seriousViolations(page)).toEqual([]);

      const next = tour().getByRole('button', { name: 'Next' });
      await next.click();
      expect(await stepTitle()).toBe('Tag with 1, 2 or 3');
      await next.click();
      expect(await stepTitle()).toBe('Search everything');
      await expect(tour().textContent()).resolves.toContain('Ctrl+K');
      await tour().getByRole('button', { name: 'Back' }).click();
      expect(await stepTitle()).toBe('Tag with 1, 2 or 3');
      await next.click();
      await next.click();
      expect(await stepTitle()).toBe('Weigh the evidence');
      await expect(tour().textContent()).resolves.toContain('Alt+B');
      await next.click();
      expect(await stepTitle()).toBe('Share and export');
      await screenshot(page, 'tour-last-step');
      await tour().getByRole('button', { name: 'Start' }).click();
      await tour().waitFor({ state: 'hidden' });
    });

    it('is not shown again', async () => {
      await page.reload();
      await new LibraryPage(page).rows.first().waitFor();
      expect(await tour().count()).toBe(0);
    });

    it('can be seen again from About', async () => {
      await page.getByRole('button', { name: 'About this notebook and keyboard shortcuts' }).click();
      await page.getByRole('button', { name: 'Show the welcome tour again' }).click();
      await tour().waitFor();
      // Escape leaves it, and that counts as seen too.
      await page.keyboard.press('Escape');
      await tour().waitFor({ state: 'hidden' });
    });

    it('logged no errors in the page', () => {
      expect(errors).toEqual([]);
    });
  });

  describe('in the dark, skipped at once', () => {
    let context: BrowserContext;
    let page: Page;

    beforeAll(async () => {
      ({ context, page } = await openApp(browser, app, { firstRun: true, colorScheme: 'dark' }));
    });
    afterAll(() => context?.close());

    it('reads well in the dark, and Skip puts it away for good', async () => {
      const tour = page.getByRole('dialog', { name: 'Welcome to Sourcebook' });
      await tour.waitFor();
      await tour.getByRole('button', { name: 'Next' }).click();
      await screenshot(page, 'tour-dark');
      expect(await seriousViolations(page)).toEqual([]);
      await tour.getByRole('button', { name: 'Skip the tour' }).click();
      await tour.waitFor({ state: 'hidden' });
      await page.reload();
      await new LibraryPage(page).rows.first().waitFor();
      expect(await tour.count()).toBe(0);
    });
  });

  describe('the demo articles', () => {
    let context: BrowserContext;
    let page: Page;
    let errors: string[];

    beforeAll(async () => {
      ({ context, page, errors } = await openApp(browser, app));
    });
    afterAll(() => context?.close());

    const banner = () => page.getByRole('region', { name: 'Demo articles' });

    it('says above the library that the demo articles are there to try things on', async () => {
      await new LibraryPage(page).rows.first().waitFor();
      await banner().waitFor();
      expect(await banner().textContent()).toContain('4 demo articles are here to try Sourcebook on.');
      await screenshot(page, 'library-demo-banner');
      expect(await seriousViolations(page)).toEqual([]);
    });

    it('removes them after one confirmation that says what goes and what stays', async () => {
      await banner().getByRole('button', { name: 'Remove demo articles…' }).click();
      const confirm = page.getByRole('dialog', { name: 'Remove the demo articles?' });
      await confirm.waitFor();
      expect(await confirm.locator('.confirm-text').textContent()).toBe(
        '4 demo articles and their 4 highlights will be deleted, including any highlights you made on them. Your own articles stay as they are.This cannot be undone.',
      );
      await screenshot(page, 'remove-demo');
      expect(await seriousViolations(page)).toEqual([]);
      await confirm.getByRole('button', { name: 'Remove demo articles' }).click();
      await confirm.waitFor({ state: 'hidden' });
      await new AppShell(page).toast.filter({ hasText: 'Removed 4 demo articles and 4 highlights.' }).waitFor();
      await banner().waitFor({ state: 'detached' });
      await page.waitForFunction(() => document.querySelectorAll('.article-table-body [role="row"]').length === 1);
      expect(await new LibraryPage(page).titles()).toEqual([OWN]);
      expect(await call(app.core, 'demo.status', {})).toEqual({ articles: 0, highlights: 0 });
    });

    it('logged no errors in the page', () => {
      expect(errors).toEqual([]);
    });
  });
});
