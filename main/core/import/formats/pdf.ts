import { ApiError } from '../../../../shared/errors';
import type { Block } from '../../../../shared/model';
import { defineImporter } from '../registry';
import { titleFromText } from '../structure/title';
import { markTitle } from './html/title-block';
import { readingOrder } from './pdf/columns';
import { readPdf } from './pdf/read-pdf';
import { vocabularyOf } from './pdf/hyphenation';
import { linesOf } from './pdf/lines';
import { LIST_ITEM, paragraphsOf } from './pdf/paragraphs';
import type { Paragraph } from './pdf/paragraphs';
import { dropRunningLines } from './pdf/running-lines';
import { PDF_FORMAT } from './lazy';

export const NO_TEXT_LAYER = 'the PDF has no text layer (a scan?); run OCR first';

export const pdfImporter = defineImporter({
  ...PDF_FORMAT,
  async parse({ name, bytes }) {
    const content = await readPdf(bytes);
    const letters = content.pages.reduce((n, page) => n + page.reduce((m, f) => m + (f.text.match(/\p{L}/gu)?.length ?? 0), 0), 0);
    if (letters < 20) throw new ApiError('BAD_REQUEST', NO_TEXT_LAYER);

    const { pages } = dropRunningLines(content.pages.map((fragments, i) => linesOf(fragments, i + 1)));
    const ordered = pages.flatMap(readingOrder);
    const paragraphs = paragraphsOf(ordered, vocabularyOf(ordered.map((l) => l.text)));
    const blocks = toBlocks(paragraphs);
    const title = usableTitle(content.title) ?? headline(paragraphs, bodySize(paragraphs)) ?? titleFromText(blocks.find((b) => b.role === 'body')?.text ?? name);
    markTitle(blocks, title);

    const textless = content.pages.filter((page) => !page.some((f) => /\p{L}/u.test(f.text))).length;
    const warnings = textless > 0 ? [`${textless} of ${content.pages.length} pages have no text layer (scans?) and were left out`] : [];
    return { format: 'pdf', blocks, title, source: null, author: content.author, date: null, dateText: null, url: null, lang: content.lang, warnings };
  },
});

/** Body text is the size most characters are set in; clearly larger short paragraphs are headings, levelled by size. */
function toBlocks(paragraphs: Paragraph[]): Block[] {
  const body = bodySize(paragraphs);
  // Headings do not end like sentences or start like list items.
  const isHeading = (p: Paragraph): boolean =>
    p.size >= body * 1.15 && p.lines <= 3 && p.text.split(/\s+/).length <= 25 && !/[.,;]$/.test(p.text) && !LIST_ITEM.test(p.text);
  const sizes = [...new Set(paragraphs.filter(isHeading).map((p) => Math.round(p.size)))].sort((a, b) => b - a);
  return paragraphs.map((p): Block => {
    if (isHeading(p)) return { role: 'heading', level: Math.min(6, sizes.indexOf(Math.round(p.size)) + 1), text: p.text, page: p.page };
    // A bullet glyph is list furniture: the list-item style stands for it. Numbers and letters are kept.
    if (LIST_ITEM.test(p.text)) return { role: 'body', style: 'list-item', text: p.text.replace(/^[•◦▪▫●○■□➢►‣⁃]\s*/u, ''), page: p.page };
    return { role: 'body', text: p.text, page: p.page };
  });
}

function bodySize(paragraphs: Paragraph[]): number {
  const weight = new Map<number, number>();
  for (const p of paragraphs) weight.set(Math.round(p.size * 2) / 2, (weight.get(Math.round(p.size * 2) / 2) ?? 0) + p.text.length);
  return [...weight].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
}

/** The first big line: the largest text among the first paragraphs of page 1, when larger than the body. */
function headline(paragraphs: Paragraph[], body: number): string | null {
  const head = paragraphs.filter((p) => p.page === 1).slice(0, 6);
  const largest = head.reduce<Paragraph | null>((a, p) => (!a || p.size > a.size ? p : a), null);
  return largest && largest.size > body * 1.15 && largest.text.length <= 200 ? largest.text : null;
}

/** Metadata titles are often a file name or a word processor's placeholder. */
function usableTitle(title: string | null): string | null {
  if (!title) return null;
  if (/\.(?:docx?|pdf|tex|dvi|indd|rtf|odt|qxd|pages)$/i.test(title) || /^(?:microsoft word\s*-|untitled|title$)/i.test(title)) return null;
  if (/^[\w.-]+$/.test(title) && /[_\d]/.test(title)) return null; // "paper_v3", "ms-2019-0412"
  return title;
}
