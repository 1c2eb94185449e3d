import { useMemo } from 'react';
import type { Article, Highlight } from '../../../../shared/model';
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
 * The other ends of the evidence links that touch this article (evidence.links): the article's own highlights,
 * what its claims link to, and the claims that cite its highlights, kept fresh by the core's change events.
 * Only these are loaded, not the notebook's every highlight.
 */
export function useHighlightIndex(article: Pick<Article, 'id' | 'title' | 'highlights'>): HighlightIndex {
  const links = useApiQuery('evidence.links', { articleId: article.id }, { invalidateOn: onNotebookChange({ highlights: true }), keepPrevious: true });
  return useMemo(() => {
    const byId = new Map<string, IndexedHighlight>();
    for (const entry of links.data?.linked ?? []) byId.set(entry.highlight.id, entry);
    for (const h of article.highlights) byId.set(h.id, { highlight: h, articleTitle: article.title });
    const citing = links.data?.citing ?? {};
    return {
      ready: links.data !== undefined,
      get: (id) => byId.get(id),
      citing: (id) => citing[id] ?? [],
    };
  }, [links.data, article.highlights, article.title]);
}
