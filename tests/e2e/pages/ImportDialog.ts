import type { Locator, Page } from 'playwright-core';

/** The import dialog: file picker, drop, paste, and the per-file report. */
export class ImportDialog {
  constructor(readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Import articles' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Import…' }).click();
    await this.dialog.waitFor();
  }

  /** What "Choose files…" leads to: files set on the (hidden) file input. */
  async chooseFiles(paths: string[] | { name: string; mimeType: string; buffer: Buffer }[]): Promise<void> {
    await this.dialog.getByLabel('Files to import').setInputFiles(paths);
  }

  /** Waits for the batch to end (the progress heading says so) and returns each file's status. */
  async results(timeout?: number): Promise<{ file: string; status: string; detail: string }[]> {
    await this.dialog.getByRole('heading', { name: 'Import finished' }).waitFor({ timeout });
    return this.dialog.locator('.import-item').evaluateAll((items) =>
      items.map((item) => ({
        file: item.querySelector('.import-file')?.textContent ?? '',
        status: (item as HTMLElement).dataset.status ?? '',
        detail: item.querySelector('.import-detail')?.textContent ?? '',
      })),
    );
  }

  async pasteText(text: string, name: string): Promise<void> {
    await this.dialog.getByText('Paste text instead').click();
    await this.dialog.getByLabel('Text', { exact: true }).fill(text);
    await this.dialog.getByLabel('Name (optional)').fill(name);
    await this.dialog.getByRole('button', { name: 'Import text' }).click();
  }

  /** Clears the report of earlier imports, if there is one. */
  async clear(): Promise<void> {
    const clear = this.dialog.getByRole('button', { name: 'Clear' });
    if (await clear.count()) await clear.click();
  }

  /** Pastes the source of a web page, read as HTML. */
  async pasteHtml(html: string, name: string): Promise<void> {
    await this.dialog.getByText('Paste text instead').click();
    await this.dialog.getByLabel('Text', { exact: true }).fill(html);
    await this.dialog.getByLabel('Name (optional)').fill(name);
    await this.dialog.getByLabel('Format').selectOption('html');
    await this.dialog.getByRole('button', { name: 'Import text' }).click();
  }

  async importUrl(url: string): Promise<void> {
    await this.dialog.getByLabel('Web address').fill(url);
    await this.dialog.getByRole('button', { name: 'Import page' }).click();
  }

  async close(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Close' }).click();
    await this.dialog.waitFor({ state: 'hidden' });
  }
}
