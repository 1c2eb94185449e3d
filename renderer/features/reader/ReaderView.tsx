import { useRef } from 'react';
import { onNotebookChange, useApiQuery } from '../../api/hooks';
import type { Span } from '../../app/route';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Reader } from './Reader';
import './reader.css';

interface Props {
  id: string;
  /** A passage to bring into view on opening (from a search result). */
  at?: Span;
  highlightId?: string;
  /** A highlight being re-attached (from the review list). */
  reattachId?: string;
  /** The parser's suggestions are shown, to accept or dismiss. */
  suggest?: boolean;
}

/** Reads one article: its text with highlights drawn in, tagging by selection, and the list of highlights. */
export function ReaderView({ id, at, highlightId, reattachId, suggest = false }: Props) {
  // While the article is being deleted, its change events must not refetch it: the reader is about to leave,
  // and a refetch would only flash "no such article" first.
  const deleting = useRef(false);
  const changed = onNotebookChange({ articles: true, highlights: true });
  const article = useApiQuery('articles.get', { id }, { invalidateOn: (name, payload) => !deleting.current && changed(name, payload) });
  const tags = useApiQuery('tags.list', {}, { invalidateOn: onNotebookChange({ highlights: true }), keepPrevious: true });

  if (article.error) {
    return (
      <section className="view reader-missing">
        <a href="#/library" className="back-link">
          ← Library
        </a>
        <ErrorMessage error={article.error} onRetry={article.refetch} />
      </section>
    );
  }
  if (!article.data) return <p className="view loading">Opening the article…</p>;
  return (
    <Reader
      key={article.data.id}
      article={article.data}
      at={at}
      highlightId={highlightId}
      reattachId={reattachId}
      suggest={suggest}
      knownTags={tags.data ?? []}
      onDeleting={(yes) => (deleting.current = yes)}
      refetch={article.refetch}
    />
  );
}
