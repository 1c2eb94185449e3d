import type { Locator, Page } from 'playwright-core';

/** The evidence board: its query, filters, the virtualised table and the checks panel. */
export class BoardPage {
  constructor(readonly page: Page) {}

  get view(): Locator {
    return this.page.locator('.board');
  }

  get table(): Locator {
    return this.page.getByRole('table', { name: 'Evidence board' });
  }

  /** The rendered rows (highlights), without the group headings. */
  get rows(): Locator {
    return this.table.locator('.board-table-body .board-row[data-highlight]');
  }

  get groups(): Locator {
    return this.table.locator('.board-group');
  }

  get count(): Locator {
    return this.page.locator('.board .view-count');
  }

  get query(): Locator {
    return this.page.getByRole('searchbox', { name: 'Query' });
  }

  get queryError(): Locator {
    return this.page.locator('.board-query-error');
  }

  get checks(): Locator {
    return this.page.getByRole('complementary', { name: 'Cross-article checks' });
  }

  /** From the header's link. */
  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Board' }).click();
    await this.page.getByRole('heading', { level: 1, name: 'Evidence board' }).waitFor();
  }

  /** Types a query and waits for the count to say it was answered. */
  async search(q: string, count: string): Promise<void> {
    await this.query.fill(q);
    await this.query.press('Enter');
    await this.waitForCount(count);
  }

  async waitForCount(text: string): Promise<void> {
    await this.page.waitForFunction((t) => document.querySelector('.board .view-count')?.textContent === t, text);
  }

  async groupBy(label: string): Promise<void> {
    await this.page.getByRole('group', { name: 'Filter and group the board' }).getByLabel(/^Group by/).selectOption({ label });
  }

  async filterByKind(label: string): Promise<void> {
    await this.page.getByRole('group', { name: 'Filter and group the board' }).getByLabel(/^Kind/).selectOption({ label });
  }

  /** Each rendered row as the words in its cells. */
  async rowCells(): Promise<{ kind: string; passage: string; value: string; flags: string[] }[]> {
    return this.rows.evaluateAll((rows) =>
      rows.map((row) => ({
        kind: row.querySelector('.cell-kind')?.textContent ?? '',
        passage: row.querySelector('.board-passage')?.textContent ?? '',
        value: row.querySelector('.cell-value')?.textContent ?? '',
        flags: [...row.querySelectorAll('.flag')].map((f) => f.textContent ?? ''),
      })),
    );
  }
}
