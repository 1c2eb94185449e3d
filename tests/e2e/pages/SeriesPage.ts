import type { Download, Locator, Page } from 'playwright-core';

/** The series screen: the list of series, one chart, its export buttons and its table. */
export class SeriesPage {
  constructor(readonly page: Page) {}

  get list(): Locator {
    return this.page.getByRole('navigation', { name: 'Series' });
  }

  get chart(): Locator {
    return this.page.locator('.series-chart');
  }

  get markers(): Locator {
    return this.chart.locator('circle.series-marker');
  }

  get labels(): Locator {
    return this.chart.locator('.recharts-label-list text');
  }

  get tableRows(): Locator {
    return this.page.locator('.series-table tbody tr');
  }

  async open(): Promise<void> {
    await this.page.getByRole('link', { name: 'Series charts' }).click();
    await this.page.getByRole('heading', { level: 1, name: 'Series' }).waitFor();
  }

  async choose(name: RegExp): Promise<void> {
    await this.list.getByRole('link', { name }).click();
    await this.page.waitForFunction(() => document.querySelector('.series-list a[aria-current="page"]'));
  }

  /** Clicks a download button and returns the download once the browser has it. */
  async download(format: 'SVG' | 'PNG'): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByRole('button', { name: `Download ${format}` }).click()]);
    return download;
  }
}
