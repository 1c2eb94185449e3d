import type { Locator, Page } from 'playwright-core';

/** The header that is always there: search, import, theme. */
export class AppShell {
  constructor(readonly page: Page) {}

  get searchBox(): Locator {
    return this.page.getByRole('searchbox', { name: 'Search articles and highlights' });
  }

  get importButton(): Locator {
    return this.page.getByRole('button', { name: 'Import…' });
  }

  get themeToggle(): Locator {
    return this.page.locator('.theme-toggle');
  }

  async theme(): Promise<string | undefined> {
    return this.page.evaluate(() => document.documentElement.dataset.theme);
  }

  /** The toast's message and its action button (Undo). */
  get toast(): Locator {
    return this.page.locator('.toast');
  }

  async goToLibrary(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Library' }).click();
    await this.page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
  }
}
