import { onNotebookChange, useApiQuery } from '../../api/hooks';
import { plural } from '../../components/format';

/**
 * "Review 3" in the header while carried highlights wait for a look (and on the Review page itself): the place
 * to find them notebook-wide. Hidden when there is nothing to review, so it never nags.
 */
export function ReviewNavLink({ current }: { current: boolean }) {
  const review = useApiQuery('highlights.review', {}, { invalidateOn: onNotebookChange({ articles: true, highlights: true }), keepPrevious: true });
  const count = review.data?.length ?? 0;
  if (count === 0 && !current) return null;
  return (
    <a href="#/review" className="nav-link" aria-current={current ? 'page' : undefined}>
      Review
      {count > 0 && (
        <>
          <span className="nav-count" aria-hidden="true">
            {count}
          </span>
          <span className="visually-hidden">({plural(count, 'highlight')} to check)</span>
        </>
      )}
    </a>
  );
}
