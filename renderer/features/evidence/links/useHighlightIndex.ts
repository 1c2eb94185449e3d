import { useMemo } from 'react';
import type { Highlight } from '../../../../shared/model';
import { onNotebookChange, useApiQuery } from '../../../api/hooks';

export interface IndexedHighlight {
  highlight: Highlight;
  articleTitle: string;
}

export interface HighlightIndex {
  ready: boolean;
  get(id: string): IndexedHighlight | undefined;
  /** Claims, in any article, that link to this highlight as evidence. */
  citing(id: string): { claim: IndexedHighlight; relation: 'supports' | 'contradicts' }[];
}

/**
 * Every highlight of the notebook by id, with its article's title: what a link's other end is. Loaded only when
 * asked for (an editor showing links), and kept fresh by the core's change events.
 */
export function useHighlightIndex(enabled: boolean): HighlightIndex {
  const changes = onNotebookChange({ articles: true, highlights: true });
  const highlights = useApiQuery('highlights.list', {}, { enabled, invalidateOn: changes, keepPrevious: true });
  const articles = useApiQuery('articles.list', {}, { enabled, invalidateOn: onNotebookChange({ articles: true }), keepPrevious: true });
  return useMemo(() => {
    const titles = new Map((articles.data ?? []).map((a) => [a.id, a.title]));
    const byId = new Map<string, IndexedHighlight>((highlights.data ?? []).map((h) => [h.id, { highlight: h, articleTitle: titles.get(h.articleId) ?? '' }]));
    const cited = new Map<string, { claim: IndexedHighlight; relation: 'supports' | 'contradicts' }[]>();
    for (const entry of byId.values()) {
      for (const link of entry.highlight.evidence?.links ?? []) {
        cited.set(link.highlightId, [...(cited.get(link.highlightId) ?? []), { claim: entry, relation: link.relation }]);
      }
    }
    return {
      ready: highlights.data !== undefined && articles.data !== undefined,
      get: (id) => byId.get(id),
      citing: (id) => cited.get(id) ?? [],
    };
  }, [highlights.data, articles.data]);
}
