import { formatRoute } from '../../app/route';
import { plural } from '../../components/format';

interface Props {
  left: number;
  /** The imported articles being reviewed one after another, when this one is part of such a batch. */
  queue: string[];
  articleId: string;
  onStop(): void;
}

/**
 * Above the text while suggestions are shown: how many are left, and, when reviewing an import batch, which article
 * of how many this is and the way to the next.
 */
export function SuggestionBanner({ left, queue, articleId, onStop }: Props) {
  const at = queue.indexOf(articleId);
  const next = at >= 0 ? queue[at + 1] : undefined;
  return (
    <div className="suggestion-banner" role="region" aria-label="Reviewing suggestions">
      <p>
        <strong>Suggestions:</strong> {left === 0 ? 'all decided in this article.' : `${plural(left, 'passage')} to accept or dismiss, drawn dashed in the text.`}
        {at >= 0 && ` Imported article ${at + 1} of ${queue.length}.`}
      </p>
      {next && (
        <a className={`button button-small${left === 0 ? ' button-primary' : ''}`} href={formatRoute({ view: 'article', id: next, suggest: true })}>
          Next article →
        </a>
      )}
      <button type="button" className="button button-small button-quiet" onClick={onStop}>
        {at >= 0 && !next ? 'Finish' : 'Hide suggestions'}
      </button>
    </div>
  );
}
