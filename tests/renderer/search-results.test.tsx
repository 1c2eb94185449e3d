import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { SearchQueryResult } from '../../shared/api/search';
import type { SearchHit } from '../../shared/model';
import { SearchResults } from '../../renderer/features/search/SearchResults';

const hit: SearchHit = { type: 'article', articleId: 'a1', title: 'Ferry trial', score: 1, field: 'body', snippet: 'the ferry', matches: [] };
const render = (result: SearchQueryResult) => renderToStaticMarkup(<SearchResults result={result} passages={new Map()} stale={false} onMore={() => undefined} />);

describe('search results during a bulk import', () => {
  it('say how many new documents are not searched yet, with hits or without', () => {
    expect(render({ total: 1, hits: [hit], pendingDocuments: 1200 })).toContain('Still indexing 1,200 new documents: they are not searched yet.');
    expect(render({ total: 0, hits: [], pendingDocuments: 1 })).toContain('Still indexing 1 new document:');
  });

  it('say nothing of indexing once everything is indexed', () => {
    expect(render({ total: 1, hits: [hit] })).not.toContain('Still indexing');
  });
});
