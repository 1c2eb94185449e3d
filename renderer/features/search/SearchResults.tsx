import type { KeyboardEvent } from 'react';
import type { SearchQueryResult } from '../../../shared/api/search';
import type { SearchHit } from '../../../shared/model';
import { formatRoute } from '../../app/route';
import { EmptyState } from '../../components/EmptyState';
import { KindBadge } from '../../components/KindBadge';
import { Snippet } from './Snippet';

const FIELD_LABEL: Record<string, string> = { title: 'in the title', body: 'in the text', text: 'in the passage', note: 'in the note', tags: 'in the tags' };

/** Where opening a hit goes: its article, scrolled to the highlight or passage. */
export function hitHref(hit: SearchHit): string {
  return formatRoute({ view: 'article', id: hit.articleId, at: hit.position, highlight: hit.highlightId });
}

interface Props {
  result: SearchQueryResult;
  /** The text of highlights by id, to show the passage of a hit found in a note or tags. */
  passages: Map<string, string>;
  stale: boolean;
  onMore(): void;
}

export function SearchResults({ result, passages, stale, onMore }: Props) {
  // During a bulk import the search answers from what is indexed so far rather than wait; say so.
  const pending = result.pendingDocuments ? (
    <p className="search-pending" role="status">
      Still indexing {result.pendingDocuments.toLocaleString()} new {result.pendingDocuments === 1 ? 'document' : 'documents'}: they are not searched yet.
    </p>
  ) : null;
  if (result.hits.length === 0) {
    return (
      <div className="search-results">
        {pending}
        <EmptyState title="Nothing found">Try fewer words, a shorter form (negotiat*) or a fuzzy match (word~1).</EmptyState>
      </div>
    );
  }
  // ↑/↓ move between results, as in a list.
  const onKeyDown = (event: KeyboardEvent<HTMLOListElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...event.currentTarget.querySelectorAll<HTMLElement>('a.hit-link')];
    const index = links.indexOf(document.activeElement as HTMLElement);
    const next = links[index + (event.key === 'ArrowDown' ? 1 : -1)];
    if (index === -1) return;
    event.preventDefault();
    if (next) next.focus();
    else if (event.key === 'ArrowUp') document.getElementById('search-input')?.focus();
  };
  return (
    <div className={`search-results${stale ? ' is-stale' : ''}`}>
      {pending}
      <ol className="hit-list" onKeyDown={onKeyDown}>
        {result.hits.map((hit) => (
          <li key={`${hit.type}-${hit.highlightId ?? hit.articleId}-${hit.field}`} className="hit">
            <a className="hit-link" href={hitHref(hit)}>
              <span className="hit-head">
                {hit.type === 'highlight' && hit.kind ? <KindBadge kind={hit.kind} /> : <span className="hit-type">Article</span>}
                <span className="hit-title">{hit.title}</span>
              </span>
              <HitBody hit={hit} passage={hit.highlightId ? passages.get(hit.highlightId) : undefined} />
            </a>
          </li>
        ))}
      </ol>
      {result.total > result.hits.length && (
        <button type="button" className="button more-results" onClick={onMore}>
          Show more ({(result.total - result.hits.length).toLocaleString()} left)
        </button>
      )}
    </div>
  );
}

/** The matched snippet; for a highlight found by its note or tags, the passage first and the match below. */
function HitBody({ hit, passage }: { hit: SearchHit; passage: string | undefined }) {
  const where = FIELD_LABEL[hit.field] ?? `in ${hit.field}`;
  if (hit.type !== 'highlight' || hit.field === 'text' || !passage) {
    return (
      <>
        <span className="hit-snippet">
          <Snippet text={hit.snippet} matches={hit.matches} />
        </span>
        <span className="hit-field">{where}</span>
      </>
    );
  }
  return (
    <>
      <span className="hit-snippet hit-passage">{passage}</span>
      <span className="hit-field">
        Found {where}: <Snippet text={hit.snippet} matches={hit.matches} />
      </span>
    </>
  );
}
