import type { Highlight } from '../../../shared/model';
import { plural } from '../../components/format';
import { ReviewItem } from './ReviewItem';
import { useReviewActions } from './useReviewActions';
import './review.css';

interface Props {
  highlights: Highlight[];
  onShow(h: Highlight): void;
  refetch(): void;
}

/**
 * In the reader's side panel, above the highlights: those carried to the article's new version that need a look.
 * Orphans are only here: their words are not in the text, so nothing marks them there.
 */
export function ReviewSection({ highlights, onShow, refetch }: Props) {
  const { accept, remove } = useReviewActions(refetch);
  if (highlights.length === 0) return null;
  return (
    <section className="review-section" aria-labelledby="review-section-title">
      <h2 id="review-section-title">To review</h2>
      <p className="side-counts">
        {plural(highlights.length, 'highlight')} carried to the new version of this article need a look.
      </p>
      <ol className="review-list">
        {highlights.map((h) => (
          <li key={h.id}>
            <ReviewItem highlight={h} onAccept={accept} onDelete={remove} onShow={onShow} />
          </li>
        ))}
      </ol>
    </section>
  );
}
