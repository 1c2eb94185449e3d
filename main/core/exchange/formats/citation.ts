// Citing an article, and linking to a highlighted passage on the live page with a URL text fragment
// (https://wicg.github.io/scroll-to-text-fragment/): `url#:~:text=start[,end]`.
import type { ArticleMeta } from '../../../../shared/model';

/** One line: Author, "Title", Source, date. URL */
export function citationLine(meta: ArticleMeta): string {
  const parts = [meta.author, `“${meta.title}”`, meta.source, meta.date ?? meta.dateText].filter((p): p is string => Boolean(p));
  return `${parts.join(', ')}.${meta.url ? ` ${meta.url}` : ''}`;
}

/** Percent-encodes a text fragment term: everything encodeURIComponent does, plus the syntax characters - , & */
const encodeTerm = (text: string): string => encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');

/** How much of a long passage the link names at each end; browsers match the rest between them. */
const EDGE_WORDS = 5;

/**
 * A link that scrolls to and marks the passage on the page, or undefined when the article has no web URL. Long
 * passages are named by their first and last words (textStart,textEnd); white space is collapsed as browsers do.
 */
export function textFragmentLink(url: string | null, exact: string): string | undefined {
  if (!url || !/^https?:\/\//i.test(url)) return undefined;
  const words = exact.replace(/\s+/g, ' ').trim().split(' ');
  if (words.length === 0 || words[0] === '') return undefined;
  const directive =
    words.length <= EDGE_WORDS * 2 + 1
      ? encodeTerm(words.join(' '))
      : `${encodeTerm(words.slice(0, EDGE_WORDS).join(' '))},${encodeTerm(words.slice(-EDGE_WORDS).join(' '))}`;
  const base = url.replace(/#.*$/, '');
  return `${base}#:~:text=${directive}`;
}
