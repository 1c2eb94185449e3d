import { useMemo } from 'react';
import { onNotebookChange, useApiQuery } from '../../api/hooks';
import { DEFAULT_LIBRARY_PREFS, useUi } from '../../app/ui-state';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { plural } from '../../components/format';
import { DemoBanner } from '../demo/DemoBanner';
import { ArticleTable } from './ArticleTable';
import { LibraryFilters } from './LibraryFilters';
import { filterArticles, sortArticles, sourcesOf } from './library-model';
import './library.css';

/** Every article in the notebook: sortable, filterable, virtualised so 10,000 rows scroll smoothly. */
export function LibraryView() {
  const { library: prefs, setLibrary, openImport } = useUi();
  const articles = useApiQuery('articles.list', {}, { invalidateOn: onNotebookChange({ articles: true, highlights: true }), keepPrevious: true });
  const tags = useApiQuery('tags.list', {}, { invalidateOn: onNotebookChange({ highlights: true }), keepPrevious: true });

  const all = useMemo(() => articles.data ?? [], [articles.data]);
  const sources = useMemo(() => sourcesOf(all), [all]);
  const visible = useMemo(() => sortArticles(filterArticles(all, prefs), prefs.sort, prefs.descending), [all, prefs]);
  const filtered = Boolean(prefs.kind || prefs.tag || prefs.source);
  const clearFilters = () => setLibrary({ kind: DEFAULT_LIBRARY_PREFS.kind, tag: '', source: '' });

  return (
    <section className="view library" aria-labelledby="library-title">
      <header className="view-header">
        <h1 id="library-title">Library</h1>
        {articles.data && (
          <p className="view-count" aria-live="polite">
            {filtered ? `${visible.length.toLocaleString()} of ${plural(all.length, 'article')}` : plural(all.length, 'article')}
          </p>
        )}
      </header>
      <DemoBanner />
      {all.length > 0 && <LibraryFilters prefs={prefs} tags={tags.data ?? []} sources={sources} onChange={setLibrary} onClear={clearFilters} />}
      {articles.error ? (
        <ErrorMessage error={articles.error} onRetry={articles.refetch} />
      ) : !articles.data ? (
        <p className="loading">Loading the library…</p>
      ) : all.length === 0 ? (
        <EmptyState title="Your notebook is empty">
          <p>Import articles (web pages, PDF, Word, EPUB, Markdown or plain text) by dropping files or folders anywhere on this window, or:</p>
          <button type="button" className="button button-primary" onClick={openImport}>
            Import articles…
          </button>
        </EmptyState>
      ) : visible.length === 0 ? (
        <EmptyState title="No article matches these filters">
          <button type="button" className="button" onClick={clearFilters}>
            Clear filters
          </button>
        </EmptyState>
      ) : (
        <ArticleTable
          articles={visible}
          sort={prefs.sort}
          descending={prefs.descending}
          onSort={(sort, descending) => setLibrary({ sort, descending })}
        />
      )}
    </section>
  );
}
