// CSL-JSON (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html), the citation data Zotero, Pandoc
// and citeproc read: one item per article. A named publication makes it a newspaper article, else a web page.
import type { ArticleMeta } from '../../../../shared/model';
import type { Exporter } from './types';

type DateParts = { 'date-parts': number[][] };

function dateParts(iso: string | null): DateParts | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso ?? '');
  if (!m) return undefined;
  return { 'date-parts': [[m[1], m[2], m[3]].filter((p): p is string => p !== undefined).map(Number)] };
}

export function cslItem(meta: ArticleMeta): Record<string, unknown> {
  const item: Record<string, unknown> = {
    id: meta.id,
    type: meta.source ? 'article-newspaper' : 'webpage',
    title: meta.title,
  };
  // Names are kept whole (literal): splitting "Maria Oduya" or "BBC News staff" into given and family guesses wrong.
  if (meta.author) item.author = meta.author.split(/\s*(?:;|\band\b|&)\s*/).filter(Boolean).map((literal) => ({ literal }));
  if (meta.source) item['container-title'] = meta.source;
  const issued = dateParts(meta.date);
  if (issued) item.issued = issued;
  if (meta.url) item.URL = meta.url;
  item.accessed = dateParts(meta.importedAt);
  if (meta.lang) item.language = meta.lang;
  if (meta.excerpt) item.abstract = meta.excerpt;
  return item;
}

export const cslExporter: Exporter = {
  format: 'csl',
  describe: 'CSL-JSON: citation data for the articles (Zotero, Pandoc, citeproc)',
  extension: '.json',
  export(snapshot) {
    const items = snapshot.articles.map((a) => cslItem(a.meta));
    return { output: { kind: 'file', bytes: new TextEncoder().encode(`${JSON.stringify(items, null, 2)}\n`) }, warnings: [] };
  },
};
