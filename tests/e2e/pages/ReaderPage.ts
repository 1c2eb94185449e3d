import type { Locator, Page } from 'playwright-core';

type Kind = 'claim' | 'figure' | 'quote';
const LABEL: Record<Kind, string> = { claim: 'Claim', figure: 'Figure', quote: 'Quote' };

/** The reader: the article text, the selection toolbar, the highlight editor and the side list. */
export class ReaderPage {
  constructor(readonly page: Page) {}

  get body(): Locator {
    return this.page.locator('.article-body');
  }

  get title(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  get toolbar(): Locator {
    return this.page.getByRole('dialog', { name: 'Tag the selected passage' });
  }

  get editor(): Locator {
    return this.page.locator('.highlight-editor');
  }

  get sideList(): Locator {
    return this.page.locator('.highlight-list > li');
  }

  /** The highlight marks that hold exactly `text` between them (a highlight may be cut into several segments). */
  async highlightedTexts(): Promise<{ text: string; kinds: string }[]> {
    return this.page.evaluate(() => {
      const byId = new Map<string, { text: string; kinds: string }>();
      for (const mark of document.querySelectorAll<HTMLElement>('.article-body mark[data-highlights]')) {
        for (const id of (mark.dataset.highlights ?? '').split(' ')) {
          const entry = byId.get(id) ?? { text: '', kinds: '' };
          entry.text += mark.textContent ?? '';
          byId.set(id, entry);
        }
      }
      return [...byId.values()];
    });
  }

  /**
   * Selects `passage` with the mouse, as a user does: press just inside its first character, drag, release just
   * inside its last. Returns what the browser then reports as selected.
   */
  async selectWithMouse(passage: string): Promise<string> {
    const box = await this.page.evaluate((text) => {
      const root = document.querySelector('.article-body')!;
      const block = [...root.children].find((el) => el.textContent?.includes(text));
      if (!block) throw new Error(`"${text}" is not in one paragraph of the article`);
      block.scrollIntoView({ block: 'center' });
      // Find the text nodes and offsets where the passage starts and ends.
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
      const full = nodes.map((n) => n.data).join('');
      const start = full.indexOf(text);
      const locate = (offset: number, preferEnd: boolean) => {
        let seen = 0;
        for (const node of nodes) {
          if (offset < seen + node.length || (preferEnd && offset === seen + node.length)) return { node, offset: offset - seen };
          seen += node.length;
        }
        throw new Error('offset outside the paragraph');
      };
      const a = locate(start, false);
      const b = locate(start + text.length, true);
      const first = document.createRange();
      first.setStart(a.node, a.offset);
      first.setEnd(a.node, a.offset + 1);
      const last = document.createRange();
      last.setStart(b.node, b.offset - 1);
      last.setEnd(b.node, b.offset);
      const r1 = first.getClientRects()[0]!;
      const r2 = [...last.getClientRects()].at(-1)!;
      return { x1: r1.left + 1, y1: r1.top + r1.height / 2, x2: r2.right - 1, y2: r2.top + r2.height / 2 };
    }, passage);
    await this.page.mouse.move(box.x1, box.y1);
    await this.page.mouse.down();
    await this.page.mouse.move(box.x2, box.y2, { steps: 12 });
    await this.page.mouse.up();
    return this.page.evaluate(() => window.getSelection()?.toString() ?? '');
  }

  /** Fills the toolbar's tags and note, then clicks the kind. */
  async tagSelection(kind: Kind, options: { tags?: string[]; note?: string } = {}): Promise<void> {
    await this.toolbar.waitFor();
    for (const tag of options.tags ?? []) {
      await this.toolbar.getByRole('combobox', { name: 'Tags' }).fill(tag);
      await this.toolbar.getByRole('combobox', { name: 'Tags' }).press('Enter');
    }
    if (options.note) await this.toolbar.getByLabel('Note').fill(options.note);
    await this.toolbar.getByRole('button', { name: new RegExp(`^${LABEL[kind]}`) }).click();
    await this.toolbar.waitFor({ state: 'detached' });
  }

  /** Clicks the middle of the highlight that holds `text`, which opens its editor. */
  async clickHighlight(text: string): Promise<void> {
    await this.body.locator('mark[data-highlights]', { hasText: text }).first().click();
    await this.editor.waitFor();
  }
}
