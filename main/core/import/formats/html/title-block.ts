import type { Block } from '../../../../../shared/model';

/**
 * When the text starts with the headline, that block becomes the 'title' block (kept, but not part of the body
 * text, as the plain-text importer does). Looks at the first few blocks only, and stops at the first paragraph.
 */
export function markTitle(blocks: Block[], title: string): void {
  const wanted = normalise(title);
  for (const block of blocks.slice(0, 3)) {
    const text = normalise(block.text);
    // Page titles often add the site: "Headline | Site", "Headline - Site".
    if (text === wanted || (text.length > 10 && wanted.startsWith(text) && /^\s*[|\-–—:·]/.test(wanted.slice(text.length)))) {
      block.role = 'title';
      delete block.level;
      return;
    }
    if (block.role === 'body' && !block.style) return; // the article has begun
  }
}

const normalise = (text: string): string => text.replace(/\s+/g, ' ').trim().toLowerCase();
