import type { ArticleMeta, Highlight } from '../../../shared/model';

/** One document of the index. Articles and highlights share one field set; unused fields stay empty. */
export interface SearchDocument {
  ref: string;
  title?: string;
  body?: string;
  source?: string;
  date?: string;
  text?: string;
  note?: string;
  tags?: string;
  kind?: string;
  author?: string;
}

export const FIELDS: { name: keyof SearchDocument; boost: number }[] = [
  { name: 'title', boost: 10 },
  { name: 'body', boost: 1 },
  { name: 'source', boost: 3 },
  { name: 'date', boost: 1 },
  { name: 'text', boost: 2 },
  { name: 'note', boost: 2 },
  { name: 'tags', boost: 5 },
  { name: 'kind', boost: 1 },
  { name: 'author', boost: 1 },
];

export const articleRef = (id: string): string => `a:${id}`;
export const highlightRef = (id: string): string => `h:${id}`;

export function parseRef(ref: string): { type: 'article' | 'highlight'; id: string } {
  return { type: ref.startsWith('h:') ? 'highlight' : 'article', id: ref.slice(2) };
}

export function articleDocument(meta: ArticleMeta, body: string): SearchDocument {
  return {
    ref: articleRef(meta.id),
    title: meta.title,
    body,
    source: meta.source ?? '',
    date: meta.date ?? '',
    author: meta.author ?? '',
  };
}

export function highlightDocument(h: Highlight): SearchDocument {
  const fields = Object.values(h.fields).filter(Boolean).join(' ');
  // Who said it, what a figure measures and when it held are searched with the note.
  const extra = [fields, h.evidence?.asOfText ?? '', h.evidence?.series ?? ''].join(' ');
  return {
    ref: highlightRef(h.id),
    text: h.target.quote.exact,
    note: `${h.note} ${extra}`.replace(/\s+/g, ' ').trim(),
    tags: h.tags.join(' '),
    kind: h.kind,
    author: h.author,
  };
}
