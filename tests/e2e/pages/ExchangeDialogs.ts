import type { Locator, Page } from 'playwright-core';

type FormatLabel = 'Sourcebook bundle' | 'Markdown' | 'CSV' | 'W3C Web Annotations' | 'REFI-QDA project' | 'REFI-QDA codebook' | 'CSL-JSON citations';

/** File → Export…: format, scope, where to save, then the report. */
export class ExportDialog {
  constructor(readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Export' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('banner').getByRole('button', { name: 'Export…' }).click();
    await this.dialog.waitFor();
  }

  async chooseFormat(label: FormatLabel): Promise<void> {
    await this.dialog.getByRole('group', { name: 'Format' }).getByRole('radio', { name: new RegExp(`^${label}`) }).check();
  }

  get path(): Locator {
    return this.dialog.getByRole('textbox', { name: /^Save to/ });
  }

  /** In the browser mode the export is a download unless a path is chosen. */
  async chooseDestination(label: 'Download' | 'To a path on this computer'): Promise<void> {
    await this.dialog.getByRole('group', { name: 'Save' }).getByRole('radio', { name: new RegExp(`^${label}`) }).check();
  }

  /** Exports and waits for the report; returns its text. */
  async exportTo(path: string): Promise<string> {
    await this.chooseDestination('To a path on this computer');
    await this.path.fill(path);
    await this.dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const report = this.dialog.locator('.exchange-report');
    await report.waitFor();
    return (await report.textContent()) ?? '';
  }

  get error(): Locator {
    return this.dialog.locator('.form-error');
  }

  async close(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Close' }).click();
    await this.dialog.waitFor({ state: 'hidden' });
  }
}

/** Merging a .sourcebook bundle: the path, the dry run's report, the merge, its report. */
export class MergeDialog {
  constructor(readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Merge a notebook bundle' });
  }

  /** From the import dialog, where people look for it. */
  async openFromImport(): Promise<void> {
    await this.page.getByRole('button', { name: 'Import…' }).click();
    await this.page.getByRole('dialog', { name: 'Import articles' }).getByRole('button', { name: 'Merge a notebook bundle…' }).click();
    await this.dialog.waitFor();
  }

  get report(): Locator {
    return this.dialog.locator('.merge-report');
  }

  /** The counts table as rows of [label, new, updated, unchanged, conflicts]. */
  async counts(): Promise<string[][]> {
    return this.report.locator('tbody tr').evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent ?? '')));
  }

  async check(path: string): Promise<void> {
    await this.dialog.getByRole('textbox', { name: 'Bundle file' }).fill(path);
    await this.dialog.getByRole('button', { name: 'Check the bundle' }).click();
  }

  /** The browser's way: the file's bytes are uploaded. */
  async upload(file: string): Promise<void> {
    await this.dialog.getByLabel('Bundle file: upload').setInputFiles(file);
    await this.dialog.locator('.file-chosen').waitFor();
    await this.dialog.getByRole('button', { name: 'Check the bundle' }).click();
  }

  get error(): Locator {
    return this.dialog.locator('.form-error');
  }
}

/** Import… → Import annotations…: another tool's annotations, a dry run first, then the import. */
export class AnnotationsDialog {
  constructor(readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Import annotations' });
  }

  async openFromImport(): Promise<void> {
    await this.page.getByRole('button', { name: 'Import…' }).click();
    await this.page.getByRole('dialog', { name: 'Import articles' }).getByRole('button', { name: 'Import annotations…' }).click();
    await this.dialog.waitFor();
  }

  get report(): Locator {
    return this.dialog.locator('.placement-report');
  }

  async check(path: string): Promise<string> {
    await this.dialog.getByRole('textbox', { name: 'Annotations file' }).fill(path);
    await this.dialog.getByRole('button', { name: 'Check the file' }).click();
    await this.report.waitFor();
    return (await this.report.textContent()) ?? '';
  }
}
