import { ApiError } from '../../../../shared/errors';
import type { Block } from '../../../../shared/model';
import { defineImporter } from '../registry';
import { toIsoDate } from '../structure/dates';
import { decodeHtml } from './html/decode-html';
import { parseHtml } from './html/dom';
import { blocksFromMarkup } from './html/from-markup';
import { markTitle } from './html/title-block';
import { readPackage } from './epub/package';
import { readZip } from './zip';
import { EPUB_FORMAT } from './lazy';

/** Pictures, fonts and media are not read (but are still measured by readZip). */
const NOT_TEXT = /\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?|ttf|otf|woff2?|mp3|mp4|m4a|ogg|webm)$/i;

export const epubImporter = defineImporter({
  ...EPUB_FORMAT,
  parse({ bytes }) {
    const entries = readZip(bytes, 'EPUB book', (name) => !NOT_TEXT.test(name));
    refuseDrm(entries);
    const book = readPackage(entries);
    const blocks: Block[] = [];
    const html: string[] = [];
    const warnings: string[] = [];
    for (const file of book.spine) {
      const content = entries.get(file);
      if (!content) {
        warnings.push(`the chapter ${file} is missing from the book`);
        continue;
      }
      const chapter = readChapter(content, book.toc.get(file));
      blocks.push(...chapter.blocks);
      if (chapter.html) html.push(`<section>${chapter.html}</section>`);
    }
    if (!blocks.some((b) => b.role === 'body')) throw new ApiError('BAD_REQUEST', 'the EPUB book has no text');
    const title = book.title ?? blocks.find((b) => b.role === 'heading')?.text ?? 'Untitled book';
    markTitle(blocks, title);
    return {
      format: 'epub',
      blocks,
      html: html.join('\n'),
      title,
      source: book.publisher,
      author: book.authors.length ? book.authors.join(', ') : null,
      date: toIsoDate(book.date),
      dateText: null,
      url: null,
      lang: book.lang,
      warnings,
    };
  },
});

/** A chapter's blocks, starting with its title as a heading (from the table of contents or its <title>). */
function readChapter(bytes: Uint8Array, tocName: string | undefined): { blocks: Block[]; html: string } {
  // The HTML parser, not the XML one: it reads the many EPUBs whose XHTML is not well-formed.
  const page = parseHtml(decodeHtml(bytes));
  let body: string;
  let docTitle: string;
  try {
    body = page.document.body?.innerHTML ?? '';
    docTitle = page.document.title.replace(/\s+/g, ' ').trim();
  } finally {
    page.close();
  }
  const { blocks, html } = blocksFromMarkup(body);
  const name = tocName ?? (docTitle || undefined);
  const first = blocks[0];
  if (!first || !name) return { blocks, html };
  if (first.role === 'heading') return { blocks, html };
  if (first.text.replace(/\s+/g, ' ').trim().toLowerCase() === name.toLowerCase()) {
    // A title set as a styled paragraph (common in converted books) is still the chapter's heading.
    Object.assign(first, { role: 'heading', level: 1 });
    delete first.style;
    delete first.marks;
    return { blocks, html };
  }
  return { blocks: [{ role: 'heading', level: 1, text: name }, ...blocks], html: `<h1>${escapeHtml(name)}</h1>${html}` };
}

/** Adobe and Readium DRM encrypt the chapters; font obfuscation (also in encryption.xml) touches only fonts. */
function refuseDrm(entries: Map<string, Uint8Array>): void {
  const encryption = entries.get('META-INF/encryption.xml');
  if (entries.has('META-INF/rights.xml') || entries.has('META-INF/license.lcpl') || (encryption && /URI="[^"]+\.(?:x?html?|xml)"/i.test(new TextDecoder().decode(encryption)))) {
    throw new ApiError('UNSUPPORTED', 'the EPUB book is DRM-protected; only DRM-free books can be imported');
  }
}

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
