import type { Block } from './model';

/**
 * The page of the source (a PDF) on which a passage of the body begins, from the body's blocks and where each
 * starts in the body; null when the source has no pages (anything but a PDF). Blocks are in body order.
 */
export function pageAt(blocks: readonly (Pick<Block, 'page'> & { start: number })[], offset: number): number | null {
  let page: number | null = null;
  for (const block of blocks) {
    if (block.start > offset) break;
    page = block.page ?? null;
  }
  return page;
}
