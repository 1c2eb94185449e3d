import type { Locator, Page } from 'playwright-core';

/** The highlight editor's structured fields (a figure's numbers, a quote's speaker, a claim's status and evidence). */
export class EditorFields {
  constructor(readonly page: Page) {}

  get editor(): Locator {
    return this.page.locator('.highlight-editor');
  }

  field(label: string): Locator {
    return this.editor.getByLabel(label, { exact: true });
  }

  /** The value of every labelled field, by label. */
  async values(labels: string[]): Promise<Record<string, string>> {
    const out: Record<string, string> = {};
    for (const label of labels) out[label] = await this.field(label).inputValue();
    return out;
  }

  /** Fields the parser filled and nobody has edited yet. */
  get suggested(): Locator {
    return this.editor.locator('.evidence-field.is-suggested');
  }

  async choose(legend: string, option: string): Promise<void> {
    await this.editor.getByRole('group', { name: legend }).getByRole('radio', { name: option }).check();
  }

  async save(): Promise<void> {
    await this.editor.getByRole('button', { name: 'Save' }).click();
    await this.editor.waitFor({ state: 'detached' });
  }

  get evidence(): Locator {
    return this.editor.getByRole('region', { name: 'Evidence for this claim' });
  }

  get citedBy(): Locator {
    return this.editor.getByRole('region', { name: 'Claims this is evidence for' });
  }

  get picker(): Locator {
    return this.page.getByRole('dialog', { name: 'Link evidence to this claim' });
  }
}
