import { describe, expect, it } from 'vitest';
import type { Block } from '../../../../shared/model';
import { NO_TEXT_LAYER, pdfImporter } from '../../../../main/core/import/formats/pdf';
import { findGutter } from '../../../../main/core/import/formats/pdf/columns';
import { joinHyphenated, vocabularyOf } from '../../../../main/core/import/formats/pdf/hyphenation';
import type { Line } from '../../../../main/core/import/formats/pdf/lines';
import { dropRunningLines } from '../../../../main/core/import/formats/pdf/running-lines';
import { buildPdf, column } from './fixtures/pdf';
import type { TextLine } from './fixtures/pdf';

// "|" marks a forced line break after a hyphen (see column()).
const PAGE_1 = {
  left: [
    'Tidal power has been studied for decades, but small harbours were long thought too shallow for it. New infor-|mation from three pilot sites suggests otherwise, and the well-|known objections about silt may not apply.',
    'The turbines are evalu-|ated every month by the harbour engineers, who publish their findings in the quarterly report of the trust.',
  ],
  right: [
    'Costs fell faster than anyone expected. The state-of-the-|art designs are cheaper to install, and the Anglo-|Saxon tradition of harbour trusts makes local ownership easy',
  ],
};
const PAGE_2 = {
  left: ['because trusts already own the quays. This sentence began at the bottom of the right column on the first page and goes on here.'],
  right: ['A closing paragraph on the second page lists the three harbours that will install turbines next year, starting in the spring.'],
};

function page(n: number, text: { left: string[]; right: string[] }, extra: TextLine[] = []) {
  return {
    lines: [
      { x: 56, y: 760, text: 'Journal of Coastal Engineering, vol. 7', size: 8 }, // a running header
      ...extra,
      ...column(text.left, { x: 56, top: 680, width: 240, indent: 12 }),
      ...column(text.right, { x: 320, top: 680, width: 240, indent: 12 }),
      { x: 300, y: 40, text: `- ${n} -`, size: 9 }, // a page number
    ],
  };
}

const summary = (blocks: Block[]): [string, number | undefined, string][] => blocks.map((b) => [b.role, b.page, b.text]);

describe('PDF import', () => {
  it('reads two columns in order, repairs hyphenation, keeps pages, drops running heads and page numbers', async () => {
    const bytes = buildPdf([page(1, PAGE_1, [{ x: 56, y: 720, text: 'Tidal Energy in Small Harbours', size: 20 }]), page(2, PAGE_2)], { author: 'R. Quay' });
    const doc = await pdfImporter.parse({ name: 'tidal.pdf', bytes });
    expect(doc).toMatchObject({ format: 'pdf', title: 'Tidal Energy in Small Harbours', author: 'R. Quay', warnings: [] });
    expect(summary(doc.blocks)).toEqual([
      ['title', 1, 'Tidal Energy in Small Harbours'],
      ['body', 1, 'Tidal power has been studied for decades, but small harbours were long thought too shallow for it. New information from three pilot sites suggests otherwise, and the well-known objections about silt may not apply.'],
      ['body', 1, 'The turbines are evaluated every month by the harbour engineers, who publish their findings in the quarterly report of the trust.'],
      // The right column's last sentence runs on to page 2: one paragraph, cited by the page it starts on.
      ['body', 1, 'Costs fell faster than anyone expected. The state-of-the-art designs are cheaper to install, and the Anglo-Saxon tradition of harbour trusts makes local ownership easy because trusts already own the quays. This sentence began at the bottom of the right column on the first page and goes on here.'],
      ['body', 2, 'A closing paragraph on the second page lists the three harbours that will install turbines next year, starting in the spring.'],
    ]);
  });

  it('splits paragraphs by blank lines on a one-column page, finds headings by size, and prefers the metadata title', async () => {
    const body = (s: string): string => `${s} The council voted on Tuesday to extend the scheme for another three years at the same cost.`;
    const lines = [
      { x: 72, y: 720, text: 'Harbour Scheme Extended', size: 18 },
      ...column([body('First paragraph.'), body('Second paragraph.')], { x: 72, top: 680, width: 460 }),
      { x: 72, y: 560, text: 'What happens next', size: 13 },
      ...column([body('Third paragraph.')], { x: 72, top: 530, width: 460 }),
    ];
    const doc = await pdfImporter.parse({ name: 'x.pdf', bytes: buildPdf([{ lines }], { title: 'Harbour Scheme Extended' }) });
    expect(doc.title).toBe('Harbour Scheme Extended');
    expect(doc.blocks.map((b) => [b.role, b.level, b.text.slice(0, 17)])).toEqual([
      ['title', undefined, 'Harbour Scheme Ex'],
      ['body', undefined, 'First paragraph. '],
      ['body', undefined, 'Second paragraph.'],
      ['heading', 2, 'What happens next'], // level 1 is the title's size
      ['body', undefined, 'Third paragraph. '],
    ]);
  });

  it('makes a list item of each bullet and keeps a superscript on its line', async () => {
    const lines = [
      { x: 72, y: 700, text: '', runs: [{ text: 'The harbour trust set three goals for its 1', size: 10 }, { text: 'st', size: 6, rise: 4 }, { text: ' decade of tidal power:', size: 10 }] },
      { x: 72, y: 688, text: '• cheaper electricity for the quays and the fish market;', size: 10 },
      { x: 72, y: 676, text: '• fewer diesel generators running on the pier at night;', size: 10 },
      { x: 72, y: 664, text: '• a share of the profits for the fishermen’s union.', size: 10 },
    ];
    const doc = await pdfImporter.parse({ name: 'goals.pdf', bytes: buildPdf([{ lines }]) });
    expect(doc.blocks.map((b) => [b.style, b.text])).toEqual([
      [undefined, 'The harbour trust set three goals for its 1st decade of tidal power:'],
      ['list-item', 'cheaper electricity for the quays and the fish market;'],
      ['list-item', 'fewer diesel generators running on the pier at night;'],
      ['list-item', 'a share of the profits for the fishermen’s union.'],
    ]);
  });

  it('refuses a scanned PDF, an encrypted one and a damaged one, each in one line', async () => {
    await expect(pdfImporter.parse({ name: 'scan.pdf', bytes: buildPdf([{ image: true }, { image: true }]) })).rejects.toThrow(new RegExp(`^${NO_TEXT_LAYER.replace(/[()?]/g, '\\$&')}$`));
    await expect(pdfImporter.parse({ name: 'locked.pdf', bytes: buildPdf([page(1, PAGE_1)], {}, { encrypted: true }) })).rejects.toThrow(/^the PDF is password-protected; remove the password and import it again$/);
    const good = buildPdf([page(1, PAGE_1)]);
    await expect(pdfImporter.parse({ name: 'cut.pdf', bytes: good.subarray(0, 400) })).rejects.toThrow(/^the file is not a valid PDF \(damaged or truncated\)$/);
    await expect(pdfImporter.parse({ name: 'junk.pdf', bytes: new TextEncoder().encode('not a pdf at all') })).rejects.toThrow(/^the file is not a valid PDF \(damaged or truncated\)$/);
  });

  it('warns about pages without text in an otherwise textual PDF', async () => {
    const doc = await pdfImporter.parse({ name: 'mixed.pdf', bytes: buildPdf([page(1, PAGE_1), { image: true }]) });
    expect(doc.warnings).toEqual(['1 of 2 pages have no text layer (scans?) and were left out']);
  });
});

describe('hyphens at line ends', () => {
  const vocabulary = vocabularyOf(['The process took a decision-making body months.', 'A well known fact; the data-driven approach.']);
  it.each([
    ['New infor-', 'mation from', 'New information from'], // a syllable break
    ['the well-', 'known objections', 'the well-known objections'], // a compound-forming first word
    ['the state-of-the-', 'art designs', 'the state-of-the-art designs'], // already a compound
    ['the Anglo-', 'Saxon kings', 'the Anglo-Saxon kings'], // a capital after the break
    ['COVID-', '19 cases', 'COVID-19 cases'], // a digit after the break
    ['the pro-', 'cess was slow', 'the process was slow'], // the joined word is in the document
    ['a decision-', 'making process', 'a decision-making process'], // the compound is in the document
    ['the data-', 'driven approach', 'the data-driven approach'],
    ['prices were high-', 'er than', 'prices were higher than'], // a suffix: a syllable break after all
    ['the open-', 'ing day', 'the opening day'],
    ['an evalu-', 'ation of', 'an evaluation of'],
    ['soft\u00ad', 'ware', 'software'], // a soft hyphen always goes
  ])('%s|%s → %s', (line, next, joined) => {
    expect(joinHyphenated(line, next, vocabulary)).toBe(joined);
  });
});

describe('layout helpers', () => {
  const line = (text: string, x0: number, x1: number, y: number, page = 1): Line => ({ text, x0, x1, y, size: 10, page });

  it('finds the gutter of two columns but none on a one-column page with short last lines', () => {
    const twoColumns = Array.from({ length: 10 }, (_, i) => [line('left', 56, 296, 700 - i * 12), line('right', 320, 560, 700 - i * 12)]).flat();
    expect(findGutter(twoColumns)).toBeGreaterThan(296);
    expect(findGutter(twoColumns)).toBeLessThan(320);
    const oneColumn = Array.from({ length: 10 }, (_, i) => line('text', 56, i % 3 === 2 ? 200 : 560, 700 - i * 12));
    expect(findGutter(oneColumn)).toBeNull();
  });

  it('drops headers repeated on most pages and page numbers, but not text that only looks alike on one page', () => {
    const bodies = ['Harbour dues rose sharply', 'Fishermen objected loudly', 'The council relented'];
    const pages = [1, 2, 3].map((n) => [line(`Annual Report ${2020 + n}`, 56, 300, 760, n), line(bodies[n - 1]!, 56, 560, 700, n), line(`Page ${n} of 3`, 56, 120, 40, n)]);
    pages[0]!.splice(1, 0, line('Introduction', 56, 200, 730, 1));
    const { pages: kept, dropped } = dropRunningLines(pages);
    expect(dropped).toBe(6);
    expect(kept.map((p) => p.map((l) => l.text))).toEqual([['Introduction', bodies[0]], [bodies[1]], [bodies[2]]]);
  });
});
