import { useState } from 'react';
import type { Article, BlockRole } from '../../../shared/model';
import { toApiError } from '../../api/errors';
import { useClient } from '../../api/ApiProvider';

const ROLE_LABEL: Record<BlockRole, string> = {
  body: 'Text',
  heading: 'Heading',
  standfirst: 'Standfirst',
  title: 'Headline',
  dateline: 'Date line',
  byline: 'Byline',
  credit: 'Credit',
  boilerplate: 'Boilerplate',
};

/**
 * What the import lifted out of the text (headline, byline, credits, site boilerplate), kept so nothing is lost:
 * shown on demand, and can be put back into the body (highlights move with the text).
 */
export function RemovedParts({ article }: { article: Article }) {
  const client = useClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const setIncluded = async (include: boolean) => {
    setBusy(true);
    setError(null);
    try {
      await client.call('articles.setIncludeRemoved', { id: article.id, include });
    } catch (e) {
      setError(toApiError(e).message);
    } finally {
      setBusy(false);
    }
  };

  if (article.includeRemoved) {
    return (
      <section className="removed-parts" aria-label="Parts removed at import">
        <p>The parts removed at import are shown in the text.</p>
        <button type="button" className="button" disabled={busy} onClick={() => void setIncluded(false)}>
          Remove them again
        </button>
        {error && <p className="form-error" role="alert">{error}</p>}
      </section>
    );
  }
  if (article.removed.length === 0) return null;
  return (
    <details className="removed-parts">
      <summary>
        {article.removed.length === 1 ? '1 part' : `${article.removed.length} parts`} removed at import
      </summary>
      <ul>
        {article.removed.map((part, i) => (
          <li key={i}>
            <span className="removed-role">{ROLE_LABEL[part.role]}</span>
            <span className="removed-text">{part.text}</span>
          </li>
        ))}
      </ul>
      <button type="button" className="button" disabled={busy} onClick={() => void setIncluded(true)}>
        Put them back into the article
      </button>
      {error && <p className="form-error" role="alert">{error}</p>}
    </details>
  );
}
