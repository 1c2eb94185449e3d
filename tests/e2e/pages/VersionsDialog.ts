import type { Locator, Page } from 'playwright-core';

/** The reader's "Versions and changes" dialog: the history, and the word diff between two versions. */
export class VersionsDialog {
  constructor(readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Versions of this article' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Versions and changes' }).click();
    await this.dialog.waitFor();
  }

  /** One line per version, newest first. */
  get versions(): Locator {
    return this.dialog.locator('.version-item');
  }

  /** The compared text (a focusable region named after the two versions). */
  get diff(): Locator {
    return this.dialog.getByRole('region', { name: /^Changes from version/ });
  }

  get summary(): Locator {
    return this.dialog.locator('.diff-summary');
  }

  /** The removed and added runs, as the screen shows them (without the words kept for screen readers). */
  async changes(): Promise<{ type: string; text: string }[]> {
    return this.diff.locator('del, ins').evaluateAll((els) =>
      els.map((el) => {
        const copy = el.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
        return { type: el.tagName === 'DEL' ? 'removed' : 'added', text: copy.textContent ?? '' };
      }),
    );
  }

  async close(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Close' }).click();
    await this.dialog.waitFor({ state: 'hidden' });
  }
}
