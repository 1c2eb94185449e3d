import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithShared, SEEDS_DIR } from '../helpers/shared-corpus';
import { AppShell } from './pages/AppShell';
import { BoardPage } from './pages/BoardPage';
import { EditorFields } from './pages/EditorFields';
import { ImportDialog } from './pages/ImportDialog';
import { ReaderPage } from './pages/ReaderPage';
import { SeriesPage } from './pages/SeriesPage';
import { SuggestionsPanel } from './pages/SuggestionsPanel';
import { seriousViolations } from './support/axe';
import { cspViolations, describeWithBrowser, launchBrowser, openApp, startApp } from './support/app';
import type { TestApp } from './support/app';
import { screenshot } from './support/screenshots';
import { call } from './support/seed';

const SIX = '6 million active Russian users';

describeWithBrowser('evidence work in the browser mode', () => {
  describeWithShared('over the seed articles: structured fields, links, the board, series, checks and suggestions', () => {
    let app: TestApp;
    let browser: Browser;
    let context: BrowserContext;
    let page: Page;
    let errors: string[];
    /** Seed number (000…004) → article id and title. */
    const seeds = new Map<string, { id: string; title: string }>();
    const seed = (n: string) => seeds.get(n)!;
    /** A figure created the way the editor does it: the parser's reading, then highlights.create. */
    const figure = async (n: string, quote: string) => {
      const parsed = await call(app.core, 'evidence.parse', { articleId: seed(n).id, quote, kind: 'figure' });
      return call(app.core, 'highlights.create', { articleId: seed(n).id, quote, kind: 'figure', fields: parsed.fields, evidence: parsed.evidence });
    };
    const openArticle = async (n: string) => {
      await page.evaluate((id) => (window.location.hash = `#/article/${id}`), seed(n).id);
      await page.getByRole('heading', { level: 1, name: seed(n).title }).waitFor();
    };
    /** Toasts stay 10 s: one left by the test before would cover what a screenshot is meant to show. */
    const dismissToasts = async () => {
      const toasts = new AppShell(page).toast;
      for (const dismiss of await toasts.getByRole('button', { name: 'Dismiss' }).all()) await dismiss.click({ timeout: 2_000 }).catch(() => undefined);
      await toasts.first().waitFor({ state: 'detached' });
    };
    const highlightOf = async (n: string, exact: string) => (await call(app.core, 'highlights.list', { articleId: seed(n).id })).find((h) => h.target.quote.exact === exact);

    beforeAll(async () => {
      [app, browser] = await Promise.all([startApp(), launchBrowser()]);
      for (const r of await call(app.core, 'import.files', { paths: [SEEDS_DIR] })) seeds.set(path.basename(r.file).slice(0, 3), { id: r.articleId!, title: r.title! });
      // The other figures of the Telegram series; the first "6 million" is tagged in the UI below.
      await figure('004', SIX);
      await figure('001', '2 million');
      await figure('004', '2 million');
      await figure('000', 'around 90 million users');
      ({ context, page, errors } = await openApp(browser, app));
    });

    afterAll(async () => {
      await context?.close();
      await browser?.close();
      await app?.close();
    });

    it('tags “6 million active Russian users” with the key 2, and stores what the parser read with it', async () => {
      const reader = new ReaderPage(page);
      await openArticle('001');
      expect(await reader.selectWithMouse(SIX)).toBe(SIX);
      await reader.toolbar.waitFor();
      await page.keyboard.press('2');
      await reader.toolbar.waitFor({ state: 'detached' });
      await page.waitForFunction((text) => [...document.querySelectorAll('.article-body mark.hl-figure')].some((m) => m.textContent === text), SIX);
      const stored = await highlightOf('001', SIX);
      expect(stored).toMatchObject({ kind: 'figure', fields: { measures: 'active Russian users', subject: 'Telegram' } });
      expect(stored?.evidence).toMatchObject({ quantities: [{ value: 6e6, unit: 'users' }], asOf: '2017-01' });
    });

    it('shows a figure’s structured fields in the editor, and saves the user’s edits', async () => {
      const reader = new ReaderPage(page);
      const fields = new EditorFields(page);
      await reader.clickHighlight(SIX);
      expect(await fields.values(['Value', 'Unit', 'Bound', 'As of', 'Measures', 'Subject'])).toEqual({
        Value: '6 million',
        Unit: 'users',
        Bound: '',
        'As of': '2017-01',
        Measures: 'active Russian users',
        Subject: 'Telegram',
      });
      await expect(fields.editor.textContent()).resolves.toContain('6,000,000 users');
      await screenshot(page, 'editor-figure');
      expect(await seriousViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await fields.editor.waitFor({ state: 'detached' });

      // A figure tagged without its numbers: the editor fills them in from the text, marked, and saves the edits.
      await openArticle('000');
      const services = 'up to 8,400 such services';
      const plain = await call(app.core, 'highlights.create', { articleId: seed('000').id, kind: 'figure', quote: services });
      expect(plain.evidence).toBeUndefined();
      await reader.clickHighlight(services);
      await page.waitForFunction(() => document.querySelectorAll('.highlight-editor .evidence-field.is-suggested').length > 0);
      expect(await fields.values(['Value', 'Bound'])).toEqual({ Value: '8400', Bound: 'upper' });
      await fields.field('Unit').fill('services');
      await fields.field('As of').fill('2026-02');
      await fields.field('Value').fill('8.4k');
      await fields.editor.getByText('8,400 services').waitFor();
      await fields.field('As of').fill('Feb 2026');
      await fields.editor.getByText('Write a year, a month or a day').waitFor();
      expect(await fields.editor.getByRole('button', { name: 'Save' }).isDisabled()).toBe(true);
      await fields.field('As of').fill('2026-02');
      await screenshot(page, 'editor-figure-edited');
      await fields.save();
      const saved = await highlightOf('000', services);
      expect(saved?.evidence).toMatchObject({ quantities: [{ value: 8400, unit: 'services', bound: 'upper', scale: 'thousand' }], asOf: '2026-02' });
    });

    it('edits a quote’s speaker, role and wording', async () => {
      const reader = new ReaderPage(page);
      const fields = new EditorFields(page);
      const quote = '“Telegram has deleted up to 100 of these services each week in 2026, but the situation does not fundamentally change as new bots for searching personal data continue to appear,”';
      await call(app.core, 'highlights.create', { articleId: seed('000').id, kind: 'quote', quote });
      await reader.clickHighlight('Telegram has deleted');
      await page.waitForFunction(() => (document.querySelector<HTMLInputElement>('.highlight-editor input')?.value ?? '') !== '' || document.querySelector('.is-suggested'));
      await fields.field('Speaker').waitFor();
      await page.waitForFunction(() => [...document.querySelectorAll<HTMLInputElement>('.highlight-editor input')].some((i) => i.value === 'Roskomnadzor'));
      await fields.field('Role').fill('state media regulator');
      await fields.choose('Wording', 'Paraphrase');
      await screenshot(page, 'editor-quote');
      expect(await seriousViolations(page)).toEqual([]);
      await fields.save();
      const saved = await highlightOf('000', quote);
      expect(saved).toMatchObject({ fields: { speaker: 'Roskomnadzor', speakerRole: 'state media regulator' }, evidence: { quoteType: 'paraphrase' } });
    });

    it('links the “6 million” figure of another article to a claim, shows the link at both ends, and unlinks it', async () => {
      const reader = new ReaderPage(page);
      const fields = new EditorFields(page);
      const claimText = 'the popular app has created and “systematically maintains” digital infrastructure';
      const claim = await call(app.core, 'highlights.create', { articleId: seed('000').id, kind: 'claim', quote: claimText });
      await dismissToasts();
      await reader.clickHighlight('the popular app has created');
      await fields.choose('Status', 'Disputed');
      await fields.evidence.getByRole('button', { name: 'Link evidence…' }).click();
      await fields.picker.waitFor();
      await fields.picker.getByRole('searchbox').fill('6 million active');
      const candidate = fields.picker.locator('.link-candidate', { hasText: seed('001').title }).filter({ hasText: SIX });
      await candidate.waitFor();
      // The list follows the search after a pause, and that candidate is in the unsearched list too: wait for the
      // search's own results, so the picker is proved to search and the screenshot shows what was searched.
      const matching = (await call(app.core, 'evidence.board', { q: '6 million active' })).rows.filter((r) => r.highlightId !== claim.id);
      expect(matching.map((r) => r.text)).toEqual([SIX, SIX]);
      await page.waitForFunction(
        (n) => document.querySelector('#link-picker-status')?.textContent === `${n} highlights` && document.querySelectorAll('.link-picker .link-candidate').length === n,
        matching.length,
      );
      await screenshot(page, 'link-picker');
      expect(await seriousViolations(page)).toEqual([]);
      await candidate.getByRole('button', { name: 'Supports' }).click();
      await page.waitForFunction(() => document.querySelector('.link-candidate .relation-supports[aria-pressed="true"]'));
      await fields.picker.getByRole('button', { name: 'Done' }).click();
      await fields.picker.waitFor({ state: 'hidden' });
      // The editor stayed open through the picker, with the link listed.
      await fields.evidence.locator('.linked-item', { hasText: SIX }).waitFor();
      await expect(fields.evidence.locator('.linked-item').textContent()).resolves.toContain('Supporting');
      await screenshot(page, 'editor-claim-links');
      expect(await seriousViolations(page)).toEqual([]);
      await fields.save();
      const six = (await highlightOf('001', SIX))!;
      expect((await call(app.core, 'highlights.list', { articleId: seed('000').id })).find((h) => h.id === claim.id)?.evidence).toEqual({
        status: 'disputed',
        links: [{ highlightId: six.id, relation: 'supports' }],
      });
      await page.locator('.highlight-item', { hasText: 'the popular app' }).getByText('Disputed · 1 supporting').waitFor();

      // The other end: the figure, in its own article, says which claim it supports.
      await fields.evidence.waitFor({ state: 'detached' });
      await openArticle('001');
      await page.locator('.highlight-item', { hasText: SIX }).getByText('Supports 1 claim').waitFor();
      await reader.clickHighlight(SIX);
      await fields.citedBy.locator('.linked-item', { hasText: 'the popular app has created' }).waitFor();
      await expect(fields.citedBy.textContent()).resolves.toContain('Supports');
      await screenshot(page, 'editor-cited-by');
      await page.keyboard.press('Escape');

      // Back to the claim, through the link, to unlink it.
      await openArticle('000');
      await reader.clickHighlight('the popular app has created');
      await fields.evidence.getByRole('button', { name: /^Unlink/ }).click();
      await fields.evidence.getByText('No highlight is linked to this claim yet.').waitFor();
      expect((await call(app.core, 'highlights.list', { articleId: seed('000').id })).find((h) => h.id === claim.id)?.evidence).toEqual({ status: 'disputed' });
      await page.keyboard.press('Escape');
    });

    it('opens the board from the keyboard, with the two “6 million” figures flagged and grouped as one figure', async () => {
      const board = new BoardPage(page);
      await page.keyboard.press('Alt+b');
      await page.getByRole('heading', { level: 1, name: 'Evidence board' }).waitFor();
      await board.rows.first().waitFor();
      const checks = board.checks;
      const agreement = checks.locator('[data-check="agreement"]', { hasText: '6 million users' });
      await agreement.waitFor();
      await expect(agreement.textContent()).resolves.toContain('2 articles');
      expect(await agreement.locator('.check-member').count()).toBe(2);
      await board.filterByKind('figures');
      await board.waitForCount('6 matching highlights');
      const sixes = (await board.rowCells()).filter((r) => r.passage === SIX);
      expect(sixes).toHaveLength(2);
      for (const row of sixes) expect(row).toMatchObject({ kind: 'Figure', value: '6 million users', flags: ['Agrees: another article reports the same figure'] });
      await screenshot(page, 'board');
      expect(await seriousViolations(page)).toEqual([]);

      await board.groupBy('series');
      await board.groups.first().waitFor();
      const headings = await board.groups.allTextContents();
      expect(headings.some((h) => /active Russian users/.test(h))).toBe(true);
      await screenshot(page, 'board-grouped');
      expect(await seriousViolations(page)).toEqual([]);
    });

    it('answers the numeric query value:>1000000, and says what is wrong with a bad one', async () => {
      const board = new BoardPage(page);
      await board.groupBy('no grouping');
      await board.filterByKind('all kinds');
      await board.search('value:>1000000', '5 matching highlights');
      const rows = await board.rowCells();
      expect(rows.map((r) => r.passage).sort()).toEqual(['2 million', '2 million', SIX, SIX, 'around 90 million users']);
      expect(new Set(rows.map((r) => r.kind))).toEqual(new Set(['Figure']));
      await board.query.fill('value:>lots');
      await board.queryError.waitFor();
      expect(await board.queryError.textContent()).toBe('Bad board query: "lots" is not a number');
      await screenshot(page, 'board-bad-query');
      await board.search('value:>5000000 unit:users', '3 matching highlights');
    });

    it('jumps from a row into its article, at the passage', async () => {
      const board = new BoardPage(page);
      await board.rows.filter({ hasText: 'around 90 million users' }).getByRole('link').click();
      await page.getByRole('heading', { level: 1, name: seed('000').title }).waitFor();
      expect(await page.evaluate(() => window.location.hash)).toMatch(/^#\/article\/[0-9a-f-]+\?h=/);
      await page.waitForFunction(() => {
        const mark = [...document.querySelectorAll('.article-body mark.hl-figure')].find((m) => m.textContent === 'around 90 million users');
        const r = mark?.getBoundingClientRect();
        return r !== undefined && r.top >= 0 && r.bottom <= window.innerHeight;
      });
    });

    it('charts the Telegram users series over time, and downloads it as SVG and PNG', async () => {
      const series = new SeriesPage(page);
      await new BoardPage(page).open();
      await series.open();
      await series.choose(/^Telegram: active Russian users/);
      await series.markers.first().waitFor();
      // 2 million (early 2016) and 6 million (January 2017) from two sources each, about 90 million (2026) from one.
      expect(await series.markers.count()).toBe(3);
      const labels = await series.labels.allTextContents();
      expect(labels).toHaveLength(3);
      expect(labels[0]).toMatch(/^2 million · .+, .+/);
      expect(labels[1]).toMatch(/^6 million · .+, .+/);
      expect(labels[2]).toMatch(/^≈90 million · /);
      expect(await series.tableRows.count()).toBe(5);
      await screenshot(page, 'series');
      expect(await seriousViolations(page)).toEqual([]);

      const svg = await series.download('SVG');
      expect(svg.suggestedFilename()).toBe('telegram-active-russian-users.svg');
      const text = await readFile((await svg.path())!, 'utf8');
      expect(text).toMatch(/^<\?xml[^>]*>\n<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      expect(text).toContain('Telegram: active Russian users (users)');
      expect(text).toContain('6 million · ');
      expect(text).not.toContain('style=');
      expect((text.match(/<circle/g) ?? []).length).toBe(3);

      const png = await series.download('PNG');
      expect(png.suggestedFilename()).toBe('telegram-active-russian-users.png');
      const bytes = await readFile((await png.path())!);
      expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      // Twice the chart's size on screen.
      const box = (await series.chart.locator('svg.recharts-surface').boundingBox())!;
      expect(bytes.readUInt32BE(16)).toBe(Math.round(box.width) * 2);
    });

    it('accepts a suggestion with Enter, one as a claim with 1, and dismisses one with Delete', async () => {
      const suggestions = new SuggestionsPanel(page);
      await openArticle('000');
      await suggestions.show();
      const total = (await call(app.core, 'evidence.suggest', { articleId: seed('000').id }))[0]!.suggestions.length;
      expect(total).toBeGreaterThanOrEqual(5);
      await suggestions.waitForLeft(total);
      expect(await suggestions.cardName()).toMatch(new RegExp(`, 1 of ${total}$`));
      expect(await suggestions.dashed.count()).toBeGreaterThan(0);
      await screenshot(page, 'suggestions');
      expect(await seriousViolations(page)).toEqual([]);
      const texts = async () => (await call(app.core, 'highlights.list', { articleId: seed('000').id })).map((h) => [h.kind, h.target.quote.exact]);

      // Enter: the first suggestion becomes a highlight of its kind, with what the parser read.
      const first = await suggestions.currentText();
      const firstKind = await suggestions.cardKind();
      await page.keyboard.press('Enter');
      await new AppShell(page).toast.getByText(`Accepted as ${firstKind}.`).waitFor();
      await suggestions.waitForLeft(total - 1);
      expect(await texts()).toContainEqual([firstKind, first]);

      // 1: the next one, as a claim whatever was suggested.
      await suggestions.card.waitFor();
      const second = await suggestions.currentText();
      const secondKind = await suggestions.cardKind();
      await page.keyboard.press('1');
      const left = await suggestions.waitForFewerThan(total - 1);
      expect(await texts()).toContainEqual(['claim', second]);

      // Delete: dismissed, and not proposed again.
      await suggestions.card.waitFor();
      const third = await suggestions.currentText();
      await page.keyboard.press('Delete');
      await suggestions.waitForLeft(left - 1);
      const after = (await call(app.core, 'evidence.suggest', { articleId: seed('000').id }))[0]!;
      // The one taken as a claim was another kind: it is dismissed too, not proposed again.
      expect(after.hidden.dismissed).toBe(secondKind === 'claim' ? 1 : 2);
      expect(after.suggestions.map((s) => s.text)).not.toContain(third);

      // ↓ moves on without deciding; Escape puts the card away and leaves the dashes.
      await suggestions.card.waitFor();
      expect(await suggestions.cardName()).toMatch(/, 1 of /);
      await page.keyboard.press('ArrowDown');
      await page.waitForFunction(() => / 2 of /.test(document.querySelector('.suggestion-card')?.getAttribute('aria-label') ?? ''));
      await page.keyboard.press('Escape');
      await suggestions.card.waitFor({ state: 'detached' });
      expect(await suggestions.dashed.count()).toBeGreaterThan(0);
      await suggestions.banner.getByRole('button', { name: 'Hide suggestions' }).click();
      await suggestions.dashed.first().waitFor({ state: 'detached' });
    });

    it('offers to review the suggestions of an import batch, article by article', async () => {
      const dialog = new ImportDialog(page);
      const suggestions = new SuggestionsPanel(page);
      await dialog.open();
      await dialog.pasteText(
        'Ferry fares to rise\n\nThe ferry company said fares would rise by 12 percent in April. “We have no choice,” said Ana Ruiz, the company’s director.',
        'Ferry fares',
      );
      expect((await dialog.results()).map((r) => r.status)).toEqual(['imported']);
      await dialog.dialog.getByRole('button', { name: 'Review suggestions' }).click();
      await dialog.dialog.waitFor({ state: 'hidden' });
      await page.getByRole('heading', { level: 1, name: 'Ferry fares to rise' }).waitFor();
      await suggestions.card.waitFor();
      await expect(suggestions.banner.textContent()).resolves.toContain('Imported article 1 of 1.');
      await screenshot(page, 'suggestions-import');
      expect(await seriousViolations(page)).toEqual([]);
      const ferry = (await call(app.core, 'articles.list', {})).find((a) => a.title === 'Ferry fares to rise')!.id;
      const total = (await call(app.core, 'evidence.suggest', { articleId: ferry }))[0]!.suggestions.length;
      expect(total).toBeGreaterThan(0);
      for (let left = total; left > 0; left--) {
        await suggestions.waitForLeft(left);
        await suggestions.card.waitFor();
        await page.keyboard.press('Enter');
      }
      await suggestions.waitForLeft(0);
      await expect(suggestions.banner.textContent()).resolves.toContain('all decided in this article');
      await suggestions.banner.getByRole('button', { name: 'Finish' }).click();
    });

    it('reads well in the dark: the board and the chart', async () => {
      await dismissToasts();
      const shell = new AppShell(page);
      await shell.themeToggle.click();
      expect(await shell.theme()).toBe('dark');
      const board = new BoardPage(page);
      await board.open();
      await board.rows.first().waitFor();
      await screenshot(page, 'board-dark');
      expect(await seriousViolations(page)).toEqual([]);
      const series = new SeriesPage(page);
      await series.open();
      await series.markers.first().waitFor();
      await screenshot(page, 'series-dark');
      expect(await seriousViolations(page)).toEqual([]);
      await shell.themeToggle.click();
    });

    it('logged no errors and no CSP violations in the page', async () => {
      expect(await cspViolations(page)).toEqual([]);
      // A bad board query is answered 400 on purpose; the page showed it.
      expect(errors).toEqual([]);
    });
  });
});
