import type { Locator, Page } from 'playwright-core';

/** The library table. Rows outside the view are not rendered (virtualised list). */
export class LibraryPage {
  constructor(readonly page: Page) {}

  get table(): Locator {
    return this.page.getByRole('table', { name: 'Articles' });
  }

  get rows(): Locator {
    return this.table.locator('.article-table-body [role="row"]');
  }

  get count(): Locator {
    return this.page.locator('.library .view-count');
  }

  async titles(): Promise<string[]> {
    return this.rows.locator('.article-link').allTextContents();
  }

  async filterByKind(kind: 'claim' | 'figure' | 'quote' | ''): Promise<void> {
    const label = { claim: 'claims', figure: 'figures', quote: 'quotes', '': 'any highlights' }[kind];
    await this.page.getByRole('group', { name: 'Filter the library' }).getByLabel('Has').selectOption({ label });
  }

  async sortBy(column: string): Promise<void> {
    await this.table.getByRole('columnheader', { name: column }).getByRole('button').click();
  }

  async open(title: string): Promise<void> {
    await this.table.getByRole('link', { name: title }).click();
    await this.page.getByRole('heading', { level: 1, name: title }).waitFor();
  }
}
