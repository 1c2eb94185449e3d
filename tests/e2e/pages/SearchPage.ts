import type { Locator, Page } from 'playwright-core';

/** The search view that follows the header's search box. */
export class SearchPage {
  constructor(readonly page: Page) {}

  get box(): Locator {
    return this.page.getByRole('searchbox', { name: 'Search articles and highlights' });
  }

  get hits(): Locator {
    return this.page.locator('.hit-list .hit');
  }

  get error(): Locator {
    return this.page.locator('.search .search-error');
  }

  get status(): Locator {
    return this.page.locator('#search-status');
  }

  /** Types as a user does, key by key, so the search runs as they type. */
  async type(query: string): Promise<void> {
    await this.box.click();
    await this.box.fill('');
    await this.box.pressSequentially(query, { delay: 20 });
  }

  /** Waits until what is shown answers what is typed (the debounce has passed and the answer arrived). */
  async settled(): Promise<void> {
    await this.page.locator('.search[data-settled="true"]').waitFor();
  }

  async filterByKind(kind: 'claim' | 'figure' | 'quote'): Promise<void> {
    await this.page.getByRole('group', { name: 'Filter the results' }).getByLabel('Kind').selectOption(kind);
  }
}
