// Full-text search.
import { z } from 'zod';
import type { ReindexReport, SearchResult } from '../model';
import { kind, NO_PARAMS, returns, tag } from './define';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is YYYY-MM-DD');

/** `pendingDocuments`: documents of a bulk change (an import) that the search did not wait for, as indexing them
 * would have kept it waiting; absent when the index had everything changed before the search. */
export type SearchQueryResult = SearchResult & { pendingDocuments?: number };

export const searchApi = {
  'search.query': returns<SearchQueryResult>()(
    z.strictObject({
      q: z.string().max(2000),
      /** Only highlights of this kind, and articles that have one. */
      kind: kind.optional(),
      /** Only highlights with this tag, and articles that have one. */
      tag: tag.optional(),
      /** Only articles (and their highlights) from this source, compared without case. */
      source: z.string().max(200).optional(),
      /** Article dates within this range (inclusive); articles without a date are left out when one is given. */
      dateFrom: isoDate.optional(),
      dateTo: isoDate.optional(),
      /** Article language (ISO 639-1, e.g. en, ru). */
      language: z.string().regex(/^[a-z]{2,3}$/).optional(),
      type: z.enum(['article', 'highlight']).optional(),
      /** Only figures with a number in this range (percentages as fractions: 60% is 0.6), and articles that have one. */
      valueMin: z.number().finite().optional(),
      valueMax: z.number().finite().optional(),
      /** Only figures counted in this unit (users, RUB, percent…), compared without case. */
      unit: z.string().min(1).max(40).optional(),
      sort: z.enum(['relevance', 'date']).default('relevance'),
      limit: z.number().int().min(1).max(1000).default(20),
      offset: z.number().int().min(0).default(0),
    }),
    'Full-text search in lunr syntax over articles and highlights (text, notes, tags); filters, sorting and paging. BAD_QUERY with a one-line reason on bad syntax.',
  ),
  'search.reindex': returns<ReindexReport>()(NO_PARAMS, 'Rebuilds the search index from the stored data.'),
};
