// Fuzzing every importer: malformed documents of each format must import or be refused with one line, within
// the time limit and the memory cap (see harness.ts). Figures are printed; the README quotes them.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { buildDocx, buildEpub } from '../core/import/formats/fixtures/office';
import { buildPdf, column } from '../core/import/formats/fixtures/pdf';
import { PDF_TIME_LIMIT_MS } from '../../main/core/import/formats/pdf/read-pdf';
import { describeReport, runFuzz } from './harness';
import { casesFor } from './mutations';
import type { Seed, Shape } from './mutations';

const PROSE = 'The river authority said the flood barrier would be tested twice a year from now on, after the storm in March.';
const RUSSIAN = 'Городской совет утвердил новый маршрут парома в понедельник. Испытание обойдётся в 2,4 миллиона рублей.';
const ARTICLE = `Flood barrier tests\n\nBy Ana Ruiz\n\nMonday 2 March 2026\n\n${PROSE}\n\n"It works," said the engineer, Tomás Núñez.\n\nSign up for our newsletter`;
const enc = (text: string, encoding: string, bom = false): Uint8Array => new Uint8Array(iconv.encode(text, encoding, { addBOM: bom }));

const HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Flood barrier tests | The Courier</title>
<meta property="og:title" content="Flood barrier tests"><meta name="author" content="Ana Ruiz"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Flood barrier tests","datePublished":"2026-03-02"}</script></head>
<body><nav><a href="/">Home</a></nav><article><h1>Flood barrier tests</h1><p class="byline">By Ana Ruiz</p><p>${PROSE}</p>
<table><tr><td>2025</td><td>12%</td></tr></table><blockquote>"It works," said the engineer.</blockquote><ul><li>one</li><li><a href="https://example.org">two</a></li></ul></article>
<footer>Sign up for our newsletter</footer><script>alert(1)</script></body></html>`;

const MARKDOWN = `---\ntitle: Flood barrier tests\nauthor: Ana Ruiz\ndate: 2026-03-02\ntags: [a, b]\n---\n\n# Flood barrier tests\n\n${PROSE}\n\n> "It works," said the engineer.\n\n- **one**\n- [two](https://example.org)\n\n\`\`\`\ncode\n\`\`\`\n\n| a | b |\n|---|---|\n| 1 | 2 |\n`;

interface Format {
  what: string;
  seeds: Seed[];
  shape: Shape;
  cases: number;
  timeoutMs?: number;
}

const FORMATS: Format[] = [
  {
    what: 'plain text (UTF-8 with and without BOM, UTF-16 LE/BE with and without BOM, Windows-1252, Windows-1251, KOI8-R)',
    seeds: [
      { name: 'article.txt', bytes: enc(ARTICLE, 'utf-8') },
      { name: 'bom.txt', bytes: enc(ARTICLE, 'utf-8', true) },
      { name: 'le.txt', bytes: enc(ARTICLE, 'utf-16le', true) },
      { name: 'be.txt', bytes: enc(ARTICLE, 'utf-16be', true) },
      { name: 'le-nobom.txt', bytes: enc(ARTICLE, 'utf-16le') },
      { name: 'latin.txt', bytes: enc(ARTICLE, 'windows-1252') },
      { name: 'cp1251.txt', bytes: enc(`${RUSSIAN}\n\n${RUSSIAN}`, 'windows-1251') },
      { name: 'koi8.txt', bytes: enc(`${RUSSIAN}\n\n${RUSSIAN}`, 'koi8-r') },
    ],
    shape: { nest: ['"', '"'], item: 'Sign up for our newsletter\n\n' },
    cases: 300,
  },
  { what: 'Markdown', seeds: [{ name: 'article.md', bytes: enc(MARKDOWN, 'utf-8') }], shape: { nest: ['> ', ''], item: '- [x](javascript:alert(1)) *a* `b`\n' }, cases: 200 },
  { what: 'HTML', seeds: [{ name: 'page.html', bytes: enc(HTML, 'utf-8') }, { name: 'latin.htm', bytes: enc(HTML.replace('utf-8', 'windows-1252'), 'windows-1252') }], shape: { nest: ['<div><span>', '</span></div>'], item: '<p>x<b>y</b></p>' }, cases: 150 },
  {
    what: 'PDF',
    seeds: [{ name: 'report.pdf', bytes: buildPdf([{ lines: column([PROSE, PROSE], { x: 72, top: 720, width: 460 }) }, { lines: column([PROSE], { x: 72, top: 720, width: 460 }) }], { title: 'Flood barrier tests', author: 'Ana Ruiz' }) }],
    shape: { nest: ['[', ']'], item: 'BT /F1 12 Tf 72 700 Td (x) Tj ET\n' },
    cases: 100,
    // pdf.js rebuilds a damaged cross-reference table object by object, in one stretch that no timer in its thread
    // can interrupt (10-16 s alone for the worst 165 KB case seen, 45 s under the whole test suite). It runs in the
    // PDF worker thread, which is stopped at PDF_TIME_LIMIT_MS (60 s) with a one-line error: the watchdog allows
    // that and a margin for a loaded machine, so a PDF the limit did not stop would fail here.
    timeoutMs: PDF_TIME_LIMIT_MS + 15_000,
  },
  {
    what: 'DOCX',
    seeds: [{ name: 'report.docx', bytes: buildDocx([{ text: 'Flood barrier tests', style: 'Title' }, { text: PROSE, bold: 'river', link: { text: 'the report', url: 'https://example.org' } }, { text: PROSE, style: 'Heading1', footnote: 'A note.' }], { title: 'Flood barrier tests', creator: 'Ana Ruiz' }) }],
    shape: { nest: ['<w:p><w:r>', '</w:r></w:p>'], item: '<w:p><w:r><w:t>x</w:t></w:r></w:p>' },
    cases: 100,
    // mammoth's XML parser reports a part stuffed with thousands of stray elements slowly: 21 s seen alone.
    timeoutMs: 45_000,
  },
  {
    what: 'EPUB',
    seeds: [{ name: 'book.epub', bytes: buildEpub([{ file: 'one.xhtml', title: 'One', body: `<h1>One</h1><p>${PROSE}</p>` }, { file: 'two.xhtml', title: 'Two', body: `<p>${PROSE}</p><p><a href="javascript:alert(1)">x</a></p>` }], [0, 1], { title: 'Flood barrier tests', creator: 'Ana Ruiz', lang: 'en' }) }],
    shape: { nest: ['<div>', '</div>'], item: '<p>x</p>' },
    cases: 100,
    timeoutMs: 45_000,
  },
];

describe('fuzzing the importers', () => {
  for (const format of FORMATS) {
    it(`${format.what}: import or a one-line refusal, never a crash, hang or memory blow-up`, async () => {
      const report = await runFuzz(casesFor(format.seeds, format.shape, format.cases, 20260301), { target: 'import', ...(format.timeoutMs ? { timeoutMs: format.timeoutMs } : {}) });
      console.log(describeReport(`fuzz ${format.what}`, report));
      expect(report.failures).toEqual([]);
      expect(report.cases).toBe(format.cases);
    }, 600_000);
  }
});
