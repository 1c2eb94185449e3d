import type { NotebookStats } from '../../shared/model';
import { countKinds } from './articles/articles';
import type { Notebook } from './notebook';

export async function notebookStats(nb: Notebook): Promise<NotebookStats> {
  const articles = [...nb.catalog.allArticles()];
  const highlights = [...nb.catalog.allHighlights()];
  return {
    path: nb.dir,
    articles: articles.length,
    highlights: highlights.length,
    counts: countKinds(highlights),
    tags: new Set(highlights.flatMap((h) => h.tags)).size,
    words: articles.reduce((sum, a) => sum + a.words, 0),
    index: { ...(await nb.search.stats()), current: nb.search.current },
  };
}
