import type { ArticleSummary } from '../../../shared/model';
import type { LibraryPrefs, SortKey } from '../../app/ui-state';

/** The articles that pass the library's filters (kind: at least one highlight of it; tag: some highlight has it). */
export function filterArticles(articles: ArticleSummary[], prefs: LibraryPrefs): ArticleSummary[] {
  const { kind, tag, source } = prefs;
  if (!kind && !tag && !source) return articles;
  return articles.filter(
    (a) => (!kind || a.counts[kind] > 0) && (!tag || a.tags.includes(tag)) && (!source || (a.source ?? '') === source),
  );
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Missing values (no date, no source) sort last whichever the direction: they are the least useful rows. */
type Extract = (a: ArticleSummary) => string | number | null;

const EXTRACT: Record<SortKey, Extract> = {
  date: (a) => a.date,
  title: (a) => a.title,
  source: (a) => a.source,
  imported: (a) => a.importedAt,
  highlights: (a) => a.highlights,
  claim: (a) => a.counts.claim,
  figure: (a) => a.counts.figure,
  quote: (a) => a.counts.quote,
};

/** A sorted copy; ties fall back to the title so the order is stable from one refetch to the next. */
export function sortArticles(articles: ArticleSummary[], sort: SortKey, descending: boolean): ArticleSummary[] {
  const extract = EXTRACT[sort];
  const sign = descending ? -1 : 1;
  return articles
    .map((article) => ({ article, key: extract(article) }))
    .sort((x, y) => {
      if (x.key === null || y.key === null) {
        if (x.key !== y.key) return x.key === null ? 1 : -1;
      } else if (x.key !== y.key) {
        const order = typeof x.key === 'number' && typeof y.key === 'number' ? x.key - y.key : collator.compare(String(x.key), String(y.key));
        if (order !== 0) return sign * order;
      }
      return collator.compare(x.article.title, y.article.title) || x.article.id.localeCompare(y.article.id);
    })
    .map(({ article }) => article);
}

/** Every source named by some article, alphabetically. */
export function sourcesOf(articles: ArticleSummary[]): string[] {
  return [...new Set(articles.map((a) => a.source).filter((s): s is string => Boolean(s)))].sort(collator.compare);
}

/** The sort each column starts with: newest, most highlighted first; text columns A→Z. */
export const NATURAL_DESCENDING: Record<SortKey, boolean> = {
  date: true,
  title: false,
  source: false,
  imported: true,
  highlights: true,
  claim: true,
  figure: true,
  quote: true,
};

export const SORT_LABEL: Record<SortKey, string> = {
  imported: 'Imported',
  date: 'Date',
  title: 'Title',
  source: 'Source',
  highlights: 'Highlights (all kinds)',
  claim: 'Claims',
  figure: 'Figures',
  quote: 'Quotes',
};
