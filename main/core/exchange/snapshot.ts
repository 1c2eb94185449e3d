import type { ExportSelection } from '../../../shared/exchange';
import type { ArticleMeta, Block, Highlight } from '../../../shared/model';
import { composeBody } from '../articles/body';
import { anchorsIn } from '../highlights/anchor';
import type { Notebook } from '../notebook';
import type { Tombstone } from '../storage/catalog';

/** One article as the exporters see it: metadata, current text and the selected highlights, in text order. */
export interface ArticleSnapshot {
  meta: ArticleMeta;
  blocks: Block[];
  /** The body the highlights' offsets refer to (UTF-16 units). */
  body: string;
  highlights: Highlight[];
}

export interface NotebookSnapshot {
  articles: ArticleSnapshot[];
  tombstones: Tombstone[];
  /** Who exports, and when: the clock and author of the notebook. */
  exportedAt: string;
  exportedBy: string;
}

export interface SnapshotOptions {
  signal?: AbortSignal;
  onArticle?: (done: number, total: number, title: string) => void;
}

/**
 * Reads the selected part of the notebook. A tag or kind filter keeps the matching highlights and the articles
 * that have one; an article filter keeps those articles with all their highlights.
 */
export async function takeSnapshot(nb: Notebook, selection: ExportSelection, options: SnapshotOptions = {}): Promise<NotebookSnapshot> {
  const highlightFilter = (h: Highlight): boolean =>
    (!selection.kind || h.kind === selection.kind) && (!selection.tag || h.tags.some((t) => t.toLowerCase() === selection.tag!.toLowerCase()));
  const filtersHighlights = selection.kind !== undefined || selection.tag !== undefined;
  const wanted = selection.articleIds ? new Set(selection.articleIds.map((id) => nb.articleMeta(id).id)) : undefined;

  const metas = [...nb.catalog.allArticles()]
    .filter((a) => !wanted || wanted.has(a.id))
    .sort((a, b) => (a.importedAt < b.importedAt ? -1 : a.importedAt > b.importedAt ? 1 : a.id < b.id ? -1 : 1));
  const articles: ArticleSnapshot[] = [];
  let done = 0;
  for (const meta of metas) {
    if (options.signal?.aborted) throw new CancelledError();
    options.onArticle?.(done++, metas.length, meta.title);
    const highlights = nb.catalog
      .highlightsOf(meta.id)
      .filter(highlightFilter)
      .sort((a, b) => a.target.position.start - b.target.position.start || (a.id < b.id ? -1 : 1));
    if (filtersHighlights && highlights.length === 0) continue;
    const blocks = await nb.content.blocks(meta.contentHash);
    articles.push({ meta, blocks, body: composeBody(blocks, meta.includeRemoved).text, highlights });
  }
  options.onArticle?.(done, metas.length, '');
  const kept = new Set(articles.map((a) => a.meta.id));
  const tombstones = [...nb.catalog.allTombstones()].filter((t) => kept.has(t.articleId)).sort((a, b) => (a.id < b.id ? -1 : 1));
  return { articles, tombstones, exportedAt: nb.nowIso(), exportedBy: nb.author };
}

/** Highlights whose text is where their offsets say (orphans of an older version are not: they cannot be placed). */
export function anchoredHighlights(article: ArticleSnapshot): { anchored: Highlight[]; skipped: Highlight[] } {
  const anchored: Highlight[] = [];
  const skipped: Highlight[] = [];
  for (const h of article.highlights) (anchorsIn(article.body, h.target) ? anchored : skipped).push(h);
  return { anchored, skipped };
}

export const countHighlights = (snapshot: NotebookSnapshot): number => snapshot.articles.reduce((n, a) => n + a.highlights.length, 0);

export class CancelledError extends Error {
  constructor() {
    super('cancelled');
  }
}
