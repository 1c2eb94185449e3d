import { BOARD_GROUPS, BOARD_SORTS } from '../../shared/evidence';
import type { BoardGroupBy, BoardSort } from '../../shared/evidence';
import { CLAIM_STATUSES, KINDS } from '../../shared/model';
import type { ClaimStatus, Kind } from '../../shared/model';

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
      /** The parser's suggestions are drawn in the text, to accept or dismiss. */
      suggest?: boolean;
    }
  | { view: 'search'; q: string; kind?: Kind; tag?: string }
  /** Highlights carried to a new version of their article that need a look, notebook-wide. */
  | { view: 'review' }
  /** Every claim, figure and quote of the notebook as one table (the evidence board). */
  | ({ view: 'board' } & BoardView)
  /** Figures that measure the same thing, drawn against time; `id` is the series shown. */
  | { view: 'series'; id?: string };

/** What the board shows: its query, kind filter, grouping and order. */
export interface BoardView {
  q?: string;
  kind?: Kind;
  status?: ClaimStatus;
  group?: BoardGroupBy;
  sort?: BoardSort;
  order?: 'asc' | 'desc';
}

export const LIBRARY: Route = { view: 'library' };
export const REVIEW: Route = { view: 'review' };
export const BOARD: Route = { view: 'board' };

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
    if (params.get('suggest') === '1') route.suggest = true;
    return route;
  }
  if (parts[0] === 'review') return REVIEW;
  if (parts[0] === 'board') return parseBoard(params);
  if (parts[0] === 'series') {
    const id = params.get('id');
    return id ? { view: 'series', id } : { view: 'series' };
  }
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
      if (route.suggest) params.set('suggest', '1');
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
    case 'board': {
      const params = new URLSearchParams();
      if (route.q) params.set('q', route.q);
      if (route.kind) params.set('kind', route.kind);
      if (route.status) params.set('status', route.status);
      if (route.group) params.set('group', route.group);
      if (route.sort) params.set('sort', route.sort);
      if (route.order) params.set('order', route.order);
      const query = params.toString();
      return `#/board${query ? `?${query}` : ''}`;
    }
    case 'series':
      return route.id ? `#/series?${new URLSearchParams({ id: route.id }).toString()}` : '#/series';
  }
}

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : undefined;

function parseBoard(params: URLSearchParams): Route {
  const route: Route = { view: 'board' };
  const q = params.get('q');
  if (q) route.q = q;
  const kind = oneOf(KINDS, params.get('kind'));
  if (kind) route.kind = kind;
  const status = oneOf(CLAIM_STATUSES, params.get('status'));
  if (status) route.status = status;
  const group = oneOf(BOARD_GROUPS, params.get('group'));
  if (group) route.group = group;
  const sort = oneOf(BOARD_SORTS, params.get('sort'));
  if (sort) route.sort = sort;
  const order = oneOf(['asc', 'desc'] as const, params.get('order'));
  if (order) route.order = order;
  return route;
}
