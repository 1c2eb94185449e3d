// The rich formats load big libraries (jsdom, Readability, DOMPurify, pdf.js, mammoth: megabytes of code and
// about a second to load). Every notebook has a registry of importers, and a CLI search or the app's start
// should not pay for them: these stand-ins carry each format's name and extensions and load its importer on
// its first file (rich-importers.ts, a bundle of its own in the app). The metadata lives here once; each importer
// module spreads it into its definition.

import { ApiError } from '../../../../shared/errors';
import type { ImportInput, Importer, ParsedDocument } from '../registry';

type FormatInfo = Pick<Importer, 'format' | 'extensions' | 'description'>;

export const HTML_FORMAT: FormatInfo = {
  format: 'html',
  extensions: ['.html', '.htm', '.xhtml'],
  description: 'Web pages saved as HTML: the article is found with Readability, its metadata in meta tags and JSON-LD',
};
export const PDF_FORMAT: FormatInfo = {
  format: 'pdf',
  extensions: ['.pdf'],
  description: 'PDF documents with a text layer: paragraphs rebuilt from the layout, two columns read in order, pages kept',
};
export const DOCX_FORMAT: FormatInfo = {
  format: 'docx',
  extensions: ['.docx'],
  description: 'Word documents (.docx): headings, lists, tables, quotes, emphasis and links',
};
export const EPUB_FORMAT: FormatInfo = {
  format: 'epub',
  extensions: ['.epub'],
  description: 'EPUB books: chapters in reading order, each under its title, with the book’s title, author and language',
};

/** An importer that loads its implementation on first use (and shares the loading among concurrent calls). */
export function lazyImporter(info: FormatInfo, load: () => Promise<Importer>): Importer {
  let loading: Promise<Importer> | null = null;
  return {
    ...info,
    async parse(input: ImportInput): Promise<ParsedDocument> {
      loading ??= load();
      try {
        return await (await loading).parse(input);
      } catch (error) {
        throw asOwnApiError(error);
      }
    },
  };
}

/**
 * In the app the importers are a bundle apart (rich-importers.ts) with its own copy of ApiError: theirs is made
 * again as this module's, so that `instanceof ApiError` keeps its code and one-line message.
 */
export function asOwnApiError(error: unknown): unknown {
  if (error instanceof ApiError || !(error instanceof Error) || error.name !== 'ApiError') return error;
  return new ApiError((error as ApiError).code, error.message);
}

const richImporters = () => import('./rich-importers');

export const LAZY_HTML = lazyImporter(HTML_FORMAT, async () => (await richImporters()).htmlImporter);
export const LAZY_PDF = lazyImporter(PDF_FORMAT, async () => (await richImporters()).pdfImporter);
export const LAZY_DOCX = lazyImporter(DOCX_FORMAT, async () => (await richImporters()).docxImporter);
export const LAZY_EPUB = lazyImporter(EPUB_FORMAT, async () => (await richImporters()).epubImporter);
