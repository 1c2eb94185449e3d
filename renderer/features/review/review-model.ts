import type { ArticleSummary, Highlight } from '../../../shared/model';

/** Carried to a new version and not yet looked at: a close match that may sit on the wrong words, or an orphan. */
export const needsReview = (h: Highlight): boolean => h.carried !== undefined && !h.carried.reviewed && h.carried.confidence !== 'exact' && h.carried.confidence !== 'moved';

export type ReviewFilter = '' | 'fuzzy' | 'orphaned';

/** How the carry-over went, in words (the score as a percentage: how closely text and context matched). */
export function reviewStatus(h: Highlight): string {
  if (h.carried?.confidence === 'orphaned') return 'Not found in the new version';
  return `Close match, ${Math.round((h.carried?.score ?? 0) * 100)}%`;
}

export interface ReviewGroup {
  articleId: string;
  title: string;
  highlights: Highlight[];
}

/**
 * The highlights to review by article, in the library's default order (newest import first), each article's in
 * text order. An article missing from the list (deleted meanwhile) is left out.
 */
export function groupByArticle(highlights: Highlight[], articles: ArticleSummary[], filter: ReviewFilter = ''): ReviewGroup[] {
  const shown = highlights.filter((h) => needsReview(h) && (!filter || h.carried?.confidence === filter));
  return articles
    .map((a) => ({
      articleId: a.id,
      title: a.title,
      highlights: shown.filter((h) => h.articleId === a.id).sort((x, y) => position(x) - position(y)),
    }))
    .filter((g) => g.highlights.length > 0);
}

/** Where the highlight was in its article (an orphan has only its old place). */
const position = (h: Highlight): number => (h.carried?.confidence === 'orphaned' ? h.carried.previous.position.start : h.target.position.start);
