import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { Notebook } from '../../../../main/core/notebook';
import { documentFromHtml } from '../../../../main/core/import/formats/html';
import { decodeHtml } from '../../../../main/core/import/formats/html/decode-html';
import { parseHtml } from '../../../../main/core/import/formats/html/dom';
import { importContent } from '../../../../main/core/import/import-service';
import { defineImporter } from '../../../../main/core/import/registry';
import { toIsoDate } from '../../../../main/core/import/structure/dates';
import { describeWithShared, SHARED_DIR } from '../../../helpers/shared-corpus';
import { tempDir } from '../../../helpers/temp-dir';

const PAGES_DIR = path.join(SHARED_DIR, 'corpus', 'web-pages');
// The Readability test harness parses every page at this address; relative links and canonical URLs depend on it.
const BASE_URL = 'http://fakehost/test/page.html';

interface Expected {
  title: string;
  byline: string | null;
  siteName: string | null;
  lang?: string | null;
  dir: string | null;
  publishedTime: string | null;
}

interface Row {
  page: string;
  expected: Expected;
  title: string;
  author: string | null;
  source: string | null;
  lang: string | null;
  dir: string | null;
  date: string | null;
  overlap: number;
  warnings: string[];
  /** Blocks whose text is not clean: untrimmed, blank lines, and outside code doubled spaces or tags left in. */
  unclean: string[];
}

const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Dice coefficient over word multisets: 1 when the stored text has exactly the expected words. */
function overlap(a: string[], b: string[]): number {
  const counts = new Map<string, number>();
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of b) {
    const n = counts.get(w);
    if (n) {
      common++;
      counts.set(w, n - 1);
    }
  }
  return (2 * common) / (a.length + b.length || 1);
}

const share = (rows: Row[], ok: (r: Row) => boolean): number => (rows.length ? rows.filter(ok).length / rows.length : 1);

describeWithShared('HTML import over the Readability test pages', () => {
  const rows: Row[] = [];
  const pages = existsSync(PAGES_DIR) ? readdirSync(PAGES_DIR).filter((d) => existsSync(path.join(PAGES_DIR, d, 'source.html'))).sort() : [];

  beforeAll(async () => {
    // Import every page into a notebook, through an HTML importer that knows the harness's base URL, then read back what was stored.
    // Every page would claim the harness's address as its URL, and pages with the same URL are versions of one
    // article to the notebook: the stored URL is dropped.
    const corpusHtml = defineImporter({
      format: 'html',
      extensions: ['.html'],
      description: 'corpus pages',
      parse: ({ bytes }) => ({ ...documentFromHtml(decodeHtml(bytes), { url: BASE_URL }), url: null }),
    });
    for (const page of pages) {
      // A notebook each: some test pages share their text (lorem ipsum), which one notebook would call duplicates.
      const nb = await Notebook.open({ dir: await tempDir(), importers: [corpusHtml] });
      const result = await importContent(nb, `${page}.html`, readFileSync(path.join(PAGES_DIR, page, 'source.html')));
      expect(result, page).toMatchObject({ status: 'imported' });
      const text = await nb.articleText(result.articleId!);
      const expectedPage = parseHtml(readFileSync(path.join(PAGES_DIR, page, 'expected.html'), 'utf8'));
      const expectedText = expectedPage.document.body.textContent ?? '';
      expectedPage.close();
      const { meta } = text;
      rows.push({
        page,
        expected: JSON.parse(readFileSync(path.join(PAGES_DIR, page, 'expected-metadata.json'), 'utf8')) as Expected,
        title: meta.title,
        author: meta.author,
        source: meta.source,
        lang: meta.lang,
        dir: meta.dir,
        date: meta.date,
        overlap: overlap(words(text.body.text), words(expectedText)),
        warnings: meta.warnings,
        unclean: text.blocks
          // Pages about HTML quote tags in their text and code, so only tags that a parser would have eaten count.
          .filter((b) => b.text !== b.text.trim() || b.text.includes('\n\n') || (b.style !== 'code' && (/ {2}|\t/.test(b.text) || /<\/?(?:p|div|span|a|br|img|script|style|iframe)\b[^>]*>/i.test(b.text))))
          .map((b) => b.text.slice(0, 60))
          .concat(
            // Marks inside their block, non-empty, and links only to the web or e-mail.
            text.blocks
              .flatMap((b) => (b.marks ?? []).map((m) => ({ m, b })))
              .filter(({ m, b }) => m.start < 0 || m.end > b.text.length || m.start >= m.end || (m.type === 'link' && !/^(?:https?:|mailto:)/.test(m.href ?? '')))
              .map(({ m }) => `bad mark ${JSON.stringify(m)}`),
          ),
      });
      await nb.close();
    }
    printTable(rows);
  }, 300_000);

  it('finds the corpus', () => {
    expect(pages.length).toBeGreaterThanOrEqual(20);
  });

  it('stores the expected title on at least 95% of pages', () => {
    expect(share(rows, (r) => r.title === r.expected.title)).toBeGreaterThanOrEqual(0.95);
  });

  it('finds the byline and the site name on at least 90% of the pages that have them', () => {
    expect(share(rows.filter((r) => r.expected.byline !== null), (r) => r.author === r.expected.byline)).toBeGreaterThanOrEqual(0.9);
    expect(share(rows.filter((r) => r.expected.siteName !== null), (r) => r.source === r.expected.siteName)).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps at least 95% of the expected words on average', () => {
    expect(rows.reduce((sum, r) => sum + r.overlap, 0) / rows.length).toBeGreaterThanOrEqual(0.95);
  });

  it('finds language, direction and publication date where the page declares them', () => {
    const withLang = rows.filter((r) => r.expected.lang);
    const withDir = rows.filter((r) => r.expected.dir);
    const withDate = rows.filter((r) => r.expected.publishedTime);
    expect(share(withLang, (r) => r.lang === r.expected.lang)).toBeGreaterThanOrEqual(0.9);
    expect(share(withDir, (r) => r.dir === r.expected.dir)).toBe(1);
    expect(share(withDate, (r) => r.date === toIsoDate(r.expected.publishedTime))).toBeGreaterThanOrEqual(0.9);
  });

  it('stores clean block text (trimmed, single spaces, no blank lines inside a block, no markup) and sound marks', () => {
    expect(rows.filter((r) => r.unclean.length > 0).map((r) => [r.page, r.unclean])).toEqual([]);
  });

  it('warns about no page that Readability calls an article', () => {
    expect(rows.filter((r) => r.warnings.length > 0).map((r) => r.page)).toEqual([]);
  });
});

function printTable(rows: Row[]): void {
  const mark = (ok: boolean | null): string => (ok === null ? '·' : ok ? '✓' : '✗');
  const lines = rows.map((r) =>
    [
      r.page.padEnd(26),
      mark(r.title === r.expected.title),
      mark(r.expected.byline === null ? null : r.author === r.expected.byline),
      mark(r.expected.siteName === null ? null : r.source === r.expected.siteName),
      mark(r.expected.lang ? r.lang === r.expected.lang : null),
      mark(r.expected.dir ? r.dir === r.expected.dir : null),
      mark(r.expected.publishedTime ? r.date === toIsoDate(r.expected.publishedTime) : null),
      r.overlap.toFixed(3),
    ].join('  '),
  );
  const pct = (n: number): string => `${(n * 100).toFixed(1)}%`;
  const summary = [
    `title ${pct(share(rows, (r) => r.title === r.expected.title))}`,
    `byline ${pct(share(rows.filter((r) => r.expected.byline !== null), (r) => r.author === r.expected.byline))}`,
    `siteName ${pct(share(rows.filter((r) => r.expected.siteName !== null), (r) => r.source === r.expected.siteName))}`,
    `lang ${pct(share(rows.filter((r) => r.expected.lang), (r) => r.lang === r.expected.lang))}`,
    `dir ${pct(share(rows.filter((r) => r.expected.dir), (r) => r.dir === r.expected.dir))}`,
    `date ${pct(share(rows.filter((r) => r.expected.publishedTime), (r) => r.date === toIsoDate(r.expected.publishedTime)))}`,
    `word overlap ${(rows.reduce((s, r) => s + r.overlap, 0) / (rows.length || 1)).toFixed(3)}`,
  ].join(' | ');
  console.log(`HTML corpus (${rows.length} pages)\npage                        title byline site lang dir date overlap\n${lines.join('\n')}\n${summary}`);
}
