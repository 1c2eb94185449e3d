import { useMemo, useState } from 'react';
import { onNotebookChange, useApiQuery } from '../../api/hooks';
import { formatRoute } from '../../app/route';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { plural } from '../../components/format';
import { groupByArticle } from './review-model';
import type { ReviewFilter } from './review-model';
import { ReviewItem } from './ReviewItem';
import { useReviewActions } from './useReviewActions';
import './review.css';

/** Notebook-wide: every highlight carried to a new version of its article that needs a look, by article. */
export function ReviewView() {
  const changes = onNotebookChange({ articles: true, highlights: true });
  const review = useApiQuery('highlights.review', {}, { invalidateOn: changes, keepPrevious: true });
  const articles = useApiQuery('articles.list', {}, { invalidateOn: changes, keepPrevious: true });
  const [filter, setFilter] = useState<ReviewFilter>('');
  const { accept, remove } = useReviewActions();
  const all = useMemo(() => groupByArticle(review.data ?? [], articles.data ?? []), [review.data, articles.data]);
  const groups = useMemo(() => groupByArticle(review.data ?? [], articles.data ?? [], filter), [review.data, articles.data, filter]);
  const total = all.reduce((n, g) => n + g.highlights.length, 0);
  const error = review.error ?? articles.error;

  return (
    <section className="view review-view" aria-labelledby="review-title">
      <header className="view-header">
        <h1 id="review-title">Review</h1>
        {review.data && articles.data && (
          <p className="view-count" aria-live="polite">
            {total === 0 ? 'Nothing to review' : `${plural(total, 'highlight')} to check in ${plural(all.length, 'article')}`}
          </p>
        )}
      </header>
      <p className="view-intro">
        When a new version of an article is imported, its highlights are carried over. Those below could not be carried exactly: a close match may
        sit on the wrong words, and a highlight whose words are gone has no place in the text until you re-attach it.
      </p>
      {total > 0 && (
        <div className="filter-bar" role="group" aria-label="Filter the highlights to review">
          <label className="field-inline">
            <span>Show</span>
            <select value={filter} onChange={(e) => setFilter(e.target.value as ReviewFilter)}>
              <option value="">all</option>
              <option value="fuzzy">close matches</option>
              <option value="orphaned">not found</option>
            </select>
          </label>
        </div>
      )}
      {error ? (
        <ErrorMessage error={error} onRetry={review.refetch} />
      ) : !review.data || !articles.data ? (
        <p className="loading">Loading…</p>
      ) : total === 0 ? (
        <EmptyState title="Nothing to review">
          <p>Every highlight sits where it was made, or has been checked.</p>
        </EmptyState>
      ) : (
        <div className="review-groups">
          {groups.map((group) => (
            <section key={group.articleId} className="review-group" aria-labelledby={`review-${group.articleId}`}>
              <h2 id={`review-${group.articleId}`}>
                <a href={formatRoute({ view: 'article', id: group.articleId })}>{group.title}</a>
              </h2>
              <ol className="review-list">
                {group.highlights.map((h) => (
                  <li key={h.id}>
                    <ReviewItem highlight={h} onAccept={accept} onDelete={remove} />
                  </li>
                ))}
              </ol>
            </section>
          ))}
        </div>
      )}
    </section>
  );
}
