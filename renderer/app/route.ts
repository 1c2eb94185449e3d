import { KINDS } from '../../shared/model';
import type { Kind } from '../../shared/model';

/** A stretch of an article body to bring into view (UTF-16 offsets). */
export interface Span {
  start: number;
  end: number;
}

/**
 * What the main area shows. Kept in the URL's hash so that reload, Back/Forward and the Electron window (which
 * loads one fixed page) all keep the place the user was at.
 */
export type Route =
  | { view: 'library' }
  | {
      view: 'article';
      id: string;
      at?: Span;
      highlight?: string;
      /** A highlight being re-attached: the next passage selected in the text is offered as its new place. */
      reattach?: string;
    }
  | { view: 'search'; q: string; kind?: Kind; tag?: string }
  /** Highlights carried to a new version of their article that need a look, notebook-wide. */
  | { view: 'review' };

export const LIBRARY: Route = { view: 'library' };
export const REVIEW: Route = { view: 'review' };

const HIGHLIGHT_ID = /^[0-9a-f-]{8,36}$/;

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?', 2);
  const params = new URLSearchParams(query);
  const parts = path.split('/').filter(Boolean);
  if (parts[0] === 'article' && parts[1] && /^[0-9a-f-]{4,36}$/.test(parts[1])) {
    const route: Route = { view: 'article', id: parts[1] };
    const at = /^(\d+)-(\d+)$/.exec(params.get('at') ?? '');
    if (at) route.at = { start: Number(at[1]), end: Number(at[2]) };
    const highlight = params.get('h');
    if (highlight) route.highlight = highlight;
    const reattach = params.get('reattach');
    if (reattach && HIGHLIGHT_ID.test(reattach)) route.reattach = reattach;
    return route;
  }
  if (parts[0] === 'review') return REVIEW;
  if (parts[0] === 'search') {
    const route: Route = { view: 'search', q: params.get('q') ?? '' };
    const kind = params.get('kind');
    if (kind && (KINDS as readonly string[]).includes(kind)) route.kind = kind as Kind;
    const tag = params.get('tag');
    if (tag) route.tag = tag;
    return route;
  }
  return LIBRARY;
}

export function formatRoute(route: Route): string {
  switch (route.view) {
    case 'library':
      return '#/library';
    case 'article': {
      const params = new URLSearchParams();
      if (route.at) params.set('at', `${route.at.start}-${route.at.end}`);
      if (route.highlight) params.set('h', route.highlight);
      if (route.reattach) params.set('reattach', route.reattach);
      const query = params.toString();
      return `#/article/${route.id}${query ? `?${query}` : ''}`;
    }
    case 'search': {
      const params = new URLSearchParams({ q: route.q });
      if (route.kind) params.set('kind', route.kind);
      if (route.tag) params.set('tag', route.tag);
      return `#/search?${params.toString()}`;
    }
    case 'review':
      return '#/review';
  }
}
