import type { ArticleMeta, Highlight, Kind } from '../../../shared/model';
import { parseRef } from './documents';

export interface HitFilters {
  kind?: Kind;
  tag?: string;
  source?: string;
  dateFrom?: string;
  dateTo?: string;
  language?: string;
  type?: 'article' | 'highlight';
}

export interface FilterSource {
  article(id: string): ArticleMeta | undefined;
  highlight(id: string): Highlight | undefined;
  highlightsOf(articleId: string): Highlight[];
}

/** A ref that passes every filter given; highlights are judged by their own kind and tags and their article's data. */
export function passes(ref: string, filters: HitFilters, source: FilterSource): boolean {
  const { type, id } = parseRef(ref);
  if (filters.type && filters.type !== type) return false;
  const highlight = type === 'highlight' ? source.highlight(id) : undefined;
  const article = source.article(highlight ? highlight.articleId : id);
  if (!article || (type === 'highlight' && !highlight)) return false;
  if (filters.source && (article.source ?? '').toLowerCase() !== filters.source.toLowerCase()) return false;
  if (filters.language && (article.lang ?? '').toLowerCase().split('-')[0] !== filters.language) return false;
  if ((filters.dateFrom || filters.dateTo) && !article.date) return false;
  if (filters.dateFrom && article.date! < filters.dateFrom) return false;
  if (filters.dateTo && article.date! > filters.dateTo) return false;
  if (!filters.kind && !filters.tag) return true;
  const matches = (h: Highlight): boolean => (!filters.kind || h.kind === filters.kind) && (!filters.tag || h.tags.includes(filters.tag));
  return highlight ? matches(highlight) : source.highlightsOf(id).some(matches);
}

/** The date a hit sorts by: its article's date, else when the article was imported. */
export function dateOf(ref: string, source: FilterSource): string {
  const { type, id } = parseRef(ref);
  const article = source.article(type === 'highlight' ? (source.highlight(id)?.articleId ?? '') : id);
  return article?.date ?? article?.importedAt.slice(0, 10) ?? '';
}
