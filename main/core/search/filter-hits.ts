import type { ArticleMeta, Highlight, Kind } from '../../../shared/model';
import { articleRef, highlightRef, parseRef } from './documents';

export interface HitFilters {
  kind?: Kind;
  tag?: string;
  source?: string;
  dateFrom?: string;
  dateTo?: string;
  language?: string;
  type?: 'article' | 'highlight';
  valueMin?: number;
  valueMax?: number;
  unit?: string;
}

/** A figure passes the numeric filters when one of its numbers (or ranges) lies within them, in the right unit. */
function numbersMatch(h: Highlight, filters: HitFilters): boolean {
  if (filters.valueMin === undefined && filters.valueMax === undefined && !filters.unit) return true;
  return (h.evidence?.quantities ?? []).some((q) => {
    const high = q.valueMax ?? q.value;
    if (filters.unit && (q.unit ?? '').toLowerCase() !== filters.unit.toLowerCase()) return false;
    if (filters.valueMin !== undefined && high < filters.valueMin) return false;
    if (filters.valueMax !== undefined && q.value > filters.valueMax) return false;
    return true;
  });
}

const hasHighlightFilters = (f: HitFilters): boolean =>
  Boolean(f.kind || f.tag || f.unit) || f.valueMin !== undefined || f.valueMax !== undefined;

export interface FilterSource {
  article(id: string): ArticleMeta | undefined;
  highlight(id: string): Highlight | undefined;
  highlightsOf(articleId: string): Highlight[];
}

/**
 * A test for refs that pass every filter given; highlights are judged by their own kind and tags and their
 * article's data. Whether an article has a matching highlight is worked out once per article, not once per ref.
 * Called for every article and highlight of the notebook when allowedRefs builds a filter set, so what does not
 * depend on the ref is settled once here, and a ref is looked at without building objects.
 */
function filterFor(filters: HitFilters, source: FilterSource): (ref: string) => boolean {
  const articleHasMatch = new Map<string, boolean>();
  const source_ = filters.source?.toLowerCase();
  const byArticle = Boolean(source_ || filters.language || filters.dateFrom || filters.dateTo);
  const byHighlight = hasHighlightFilters(filters);
  const matches = (h: Highlight): boolean =>
    (!filters.kind || h.kind === filters.kind) && (!filters.tag || h.tags.includes(filters.tag)) && numbersMatch(h, filters);
  const articlePasses = (article: ArticleMeta): boolean => {
    if (source_ && (article.source ?? '').toLowerCase() !== source_) return false;
    if (filters.language && (article.lang ?? '').toLowerCase().split('-')[0] !== filters.language) return false;
    if ((filters.dateFrom || filters.dateTo) && !article.date) return false;
    if (filters.dateFrom && article.date! < filters.dateFrom) return false;
    if (filters.dateTo && article.date! > filters.dateTo) return false;
    return true;
  };
  return (ref) => {
    const isHighlight = ref.startsWith('h:'); // as parseRef
    if (filters.type && filters.type !== (isHighlight ? 'highlight' : 'article')) return false;
    const id = ref.slice(2);
    const highlight = isHighlight ? source.highlight(id) : undefined;
    if (isHighlight && !highlight) return false;
    const article = source.article(highlight ? highlight.articleId : id);
    if (!article || (byArticle && !articlePasses(article))) return false;
    if (!byHighlight) return true;
    if (highlight) return matches(highlight);
    let has = articleHasMatch.get(id);
    if (has === undefined) articleHasMatch.set(id, (has = source.highlightsOf(id).some(matches)));
    return has;
  };
}

/** What the filters given say, as a string that is the same for the same filters; null when none is given. */
export function filterKey(filters: HitFilters): string | null {
  const { type, source, language, dateFrom, dateTo, kind, tag, valueMin, valueMax, unit } = filters;
  const given = Boolean(type || source || language || dateFrom || dateTo) || hasHighlightFilters(filters);
  return given ? JSON.stringify([type, source?.toLowerCase(), language, dateFrom, dateTo, kind, tag, valueMin, valueMax, unit]) : null;
}

/**
 * Every article and highlight ref that passes the filters: the set a query is limited to, worked out once per
 * state of the notebook rather than for each of the thousands of hits of a common word.
 */
export function allowedRefs(
  filters: HitFilters,
  source: FilterSource & { allArticles(): Iterable<ArticleMeta>; allHighlights(): Iterable<Highlight> },
): Set<string> {
  const keep = filterFor(filters, source);
  const refs = new Set<string>();
  for (const article of source.allArticles()) if (keep(articleRef(article.id))) refs.add(articleRef(article.id));
  for (const highlight of source.allHighlights()) if (keep(highlightRef(highlight.id))) refs.add(highlightRef(highlight.id));
  return refs;
}

/** The date a hit sorts by: its article's date, else when the article was imported. */
export function dateOf(ref: string, source: FilterSource): string {
  const { type, id } = parseRef(ref);
  const article = source.article(type === 'highlight' ? (source.highlight(id)?.articleId ?? '') : id);
  return article?.date ?? article?.importedAt.slice(0, 10) ?? '';
}
