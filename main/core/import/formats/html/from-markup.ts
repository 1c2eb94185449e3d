import type { Block } from '../../../../../shared/model';
import { blocksFromDom } from './blocks';
import { parseHtml } from './dom';
import { sanitize, serialize } from './sanitize';

/**
 * HTML that another converter made (mammoth for DOCX, an EPUB chapter): sanitised like a web page's article, then
 * turned into blocks. Returns the sanitised HTML too.
 */
export function blocksFromMarkup(markup: string): { blocks: Block[]; html: string } {
  const page = parseHtml('<!doctype html><html><body></body></html>');
  try {
    const fragment = sanitize(page.window, markup);
    return { blocks: blocksFromDom(fragment), html: serialize(page.window, fragment) };
  } finally {
    page.close();
  }
}
