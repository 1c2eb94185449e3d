import { ApiError } from '../../../../shared/errors';
import { decodeText } from '../decode-text';
import { defineImporter } from '../registry';
import type { ParsedDocument } from '../registry';
import { analyseText, chooseTitle } from '../structure/analyse-text';

export const plainTextImporter = defineImporter({
  format: 'text',
  extensions: ['.txt', '.text'],
  description: 'Plain text, such as an article copied or scraped from a web page',
  parse({ name, bytes }) {
    return documentFromText(decodeText(bytes), name, 'text');
  },
});

/** Shared by every importer that ends up with running text. */
export function documentFromText(text: string, name: string, format: string): ParsedDocument {
  const analysed = analyseText(text);
  if (!analysed.blocks.some((b) => b.role === 'body' || b.role === 'heading')) {
    throw new ApiError('BAD_REQUEST', text.trim() === '' ? 'the file has no text' : 'no article text found (only site boilerplate)');
  }
  return {
    format,
    blocks: analysed.blocks,
    title: chooseTitle(analysed, name),
    source: analysed.source,
    author: analysed.author,
    date: analysed.date,
    dateText: analysed.dateText,
    url: null,
    lang: null,
    warnings: analysed.warnings,
  };
}
