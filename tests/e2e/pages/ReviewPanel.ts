import type { Locator, Page } from 'playwright-core';

/** Highlights to review: the reader's "To review" section, or the notebook-wide Review page (`scope`). */
export class ReviewPanel {
  constructor(
    readonly page: Page,
    readonly scope: Locator = page.locator('.review-section'),
  ) {}

  static page(page: Page): ReviewPanel {
    return new ReviewPanel(page, page.locator('.review-view'));
  }

  get items(): Locator {
    return this.scope.locator('.review-item');
  }

  /** The item whose old text contains `text`. */
  item(text: string): Locator {
    return this.items.filter({ has: this.page.locator('.context-exact', { hasText: text }) });
  }

  /** The header's link to the Review page, with its count. */
  get navLink(): Locator {
    return this.page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: /^Review/ });
  }

  get reattachBanner(): Locator {
    return this.page.getByRole('region', { name: /^Re-attaching a/ });
  }

  get reattachToolbar(): Locator {
    return this.page.getByRole('dialog', { name: /^Re-attach the .* here\?$/ });
  }
}
