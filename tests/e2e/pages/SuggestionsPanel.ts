import type { Locator, Page } from 'playwright-core';

/** Suggestions in the reader: the dashed passages, the card that decides on one, the banner and the side list. */
export class SuggestionsPanel {
  constructor(readonly page: Page) {}

  get card(): Locator {
    return this.page.getByRole('dialog', { name: /^Suggested (claim|figure|quote), \d+ of \d+$/ });
  }

  get banner(): Locator {
    return this.page.getByRole('region', { name: 'Reviewing suggestions' });
  }

  get dashed(): Locator {
    return this.page.locator('.article-body mark[data-suggestion]');
  }

  get items(): Locator {
    return this.page.locator('.suggestion-list .suggestion-item');
  }

  /** Waits until the banner says `left` suggestions are left to decide on. */
  async waitForLeft(left: number): Promise<void> {
    const words = left === 0 ? 'all decided' : `${left} ${left === 1 ? 'passage' : 'passages'} to accept`;
    await this.banner.getByText(words).waitFor();
  }

  /** How many the banner says are left. */
  async left(): Promise<number> {
    const text = (await this.banner.textContent()) ?? '';
    return text.includes('all decided') ? 0 : Number(/(\d+) passages? to accept/.exec(text)?.[1] ?? NaN);
  }

  /** Waits until fewer than `count` are left (a decision can settle others: accepting a claim hides a claim over the same words). */
  async waitForFewerThan(count: number): Promise<number> {
    await this.page.waitForFunction((n) => {
      const text = document.querySelector('.suggestion-banner')?.textContent ?? '';
      const left = text.includes('all decided') ? 0 : Number(/(\d+) passages? to accept/.exec(text)?.[1] ?? NaN);
      return left < n;
    }, count);
    return this.left();
  }

  /** The reader's Suggest button. */
  async show(): Promise<void> {
    await this.page.getByRole('group', { name: 'This article' }).getByRole('button', { name: 'Suggest' }).click();
    await this.card.waitFor();
  }

  /** "Suggested figure, 2 of 9" → its kind, position and count. */
  async cardName(): Promise<string> {
    await this.card.waitFor();
    return (await this.card.getAttribute('aria-label')) ?? '';
  }

  /** The kind the card suggests. */
  async cardKind(): Promise<string> {
    return /^Suggested (\w+),/.exec(await this.cardName())?.[1] ?? '';
  }

  /** The words of the passage the card is about (its marks in the text). */
  async currentText(): Promise<string> {
    return this.page.evaluate(() => [...document.querySelectorAll('.article-body mark.sg.is-current')].map((m) => m.textContent).join(''));
  }
}
