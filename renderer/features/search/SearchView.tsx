import { useMemo, useState } from 'react';
import type { Kind } from '../../../shared/model';
import { onNotebookChange, useApiQuery } from '../../api/hooks';
import { useUi } from '../../app/ui-state';
import { plural } from '../../components/format';
import { KIND_CHOICES, SelectField, tagChoices } from '../../components/SelectField';
import { useDebouncedValue } from '../../components/useDebouncedValue';
import { SearchResults } from './SearchResults';
import './search.css';

/** Results follow the typing after this pause, so a fast typist costs one search, not one per key. */
const DEBOUNCE_MS = 150;
const PAGE = 50;

/** Results as you type, over articles and highlights, narrowed by kind and tag. */
export function SearchView({ q, kind, tag }: { q: string; kind?: Kind; tag?: string }) {
  const { navigate } = useUi();
  const query = useDebouncedValue(q.trim(), DEBOUNCE_MS);
  // "Show more" grows the page for this query only; a new query starts with one page again.
  const [more, setMore] = useState({ query: '', limit: PAGE });
  const limit = more.query === query ? more.limit : PAGE;
  const params = { q: query, limit, ...(kind ? { kind } : {}), ...(tag ? { tag } : {}) };
  const results = useApiQuery('search.query', params, {
    enabled: query !== '',
    keepPrevious: true,
    invalidateOn: onNotebookChange({ articles: true, highlights: true }),
  });
  const tags = useApiQuery('tags.list', {}, { invalidateOn: onNotebookChange({ highlights: true }), keepPrevious: true });
  // A hit found in a highlight's note or tags does not carry the passage itself: look it up, to show what was
  // tagged. Fetched only when such a hit is on screen.
  const needPassages = results.data?.hits.some((h) => h.type === 'highlight' && h.field !== 'text') ?? false;
  const highlights = useApiQuery('highlights.list', {}, { enabled: needPassages, keepPrevious: true, invalidateOn: onNotebookChange({ highlights: true }) });
  const passages = useMemo(() => new Map((highlights.data ?? []).map((h) => [h.id, h.target.quote.exact])), [highlights.data]);
  const setFilter = (update: { kind?: Kind | undefined; tag?: string | undefined }) => {
    navigate({ view: 'search', q, kind, tag, ...update }, { replace: true });
  };

  const error = query ? results.error : null;
  const status = !query
    ? 'Type a word or phrase. Lunr syntax works too: +must -not title:word fuzzy~1 pre*.'
    : error
      ? ''
      : results.data
        ? plural(results.data.total, 'result')
        : 'Searching…';

  return (
    // data-settled: the results on screen answer what is typed (no debounce or call pending); tests wait on it.
    <section className="view search" aria-labelledby="search-title" data-settled={query === q.trim() && !results.loading}>
      <header className="view-header">
        <h1 id="search-title">Search</h1>
        <p id="search-status" className="view-count" role="status">
          {status}
        </p>
      </header>
      <div className="filter-bar" role="group" aria-label="Filter the results">
        {/* The core keeps the articles that hold a highlight of the kind, as well as those highlights. */}
        <SelectField label="Kind" value={kind ?? ''} anyLabel="any" choices={KIND_CHOICES} onChange={(k) => setFilter({ kind: (k || undefined) as Kind | undefined })} />
        <SelectField label="Tag" value={tag ?? ''} anyLabel="any tag" choices={tagChoices(tags.data ?? [], tag)} onChange={(t) => setFilter({ tag: t || undefined })} />
      </div>
      {error && (
        <p id="search-error" className="search-error" role="alert">
          {error.message}
        </p>
      )}
      {query && !error && results.data && (
        <SearchResults result={results.data} passages={passages} stale={results.loading} onMore={() => setMore({ query, limit: limit + PAGE })} />
      )}
    </section>
  );
}
