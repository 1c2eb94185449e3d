// Full-text search.
import { z } from 'zod';
import type { ReindexReport, SearchResult } from '../model';
import { kind, NO_PARAMS, returns, tag } from './define';

export const searchApi = {
  'search.query': returns<SearchResult>()(
    z.strictObject({
      q: z.string().max(2000),
      kind: kind.optional(),
      tag: tag.optional(),
      limit: z.number().int().min(1).max(1000).default(20),
      offset: z.number().int().min(0).default(0),
    }),
    'Full-text search in lunr syntax over articles and highlights; BAD_QUERY with a one-line reason on bad syntax.',
  ),
  'search.reindex': returns<ReindexReport>()(NO_PARAMS, 'Rebuilds the search index from the stored data.'),
};
