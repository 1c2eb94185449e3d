import { useCallback, useEffect, useRef, useState } from 'react';
import type { Input } from '../../../shared/api';
import type { BoardGroup, BoardRow } from '../../../shared/evidence';
import type { ApiError } from '../../../shared/errors';
import { useApi } from '../../api/ApiProvider';
import { toApiError } from '../../api/errors';
import { onNotebookChange } from '../../api/hooks';

/** Rows per call: a screenful many times over, and a small answer even for long texts. */
export const PAGE = 200;

export type BoardQuery = Omit<Input<'evidence.board'>, 'limit' | 'offset'>;

interface State {
  /** The query and the notebook state (generation) the pages answer; answers for another are dropped. */
  key: string;
  generation: number;
  total: number | null;
  groups: BoardGroup[] | undefined;
  pages: Map<number, BoardRow[]>;
  /** The previous generation's pages, shown until the fresh ones arrive (no flash on every edit). */
  stale: Map<number, BoardRow[]>;
  error: ApiError | null;
}

const fresh = (key: string, generation: number): State => ({ key, generation, total: null, groups: undefined, pages: new Map(), stale: new Map(), error: null });

const pagesFor = (first: number, last: number): number[] => {
  const pages: number[] = [];
  for (let p = Math.floor(first / PAGE); p <= Math.floor(Math.max(first, last) / PAGE); p++) pages.push(p);
  return pages;
};

/**
 * The board's rows, a page at a time: the core filters, sorts and groups every highlight and sends only the pages
 * the list has scrolled to (`show(first, last)`). A change in the notebook refetches the pages in view.
 */
export function useBoardRows(query: BoardQuery) {
  const { client, events } = useApi();
  const key = JSON.stringify(query);
  const generation = useRef(0);
  const [state, setState] = useState<State>(() => fresh(key, 0));
  const inFlight = useRef(new Set<string>());
  const view = useRef({ first: 0, last: 0 });
  const current = state.key === key ? state : fresh(key, state.generation);

  const load = useCallback(
    (page: number, gen: number) => {
      const ticket = `${key}|${gen}|${page}`;
      if (inFlight.current.has(ticket)) return;
      inFlight.current.add(ticket);
      const params = { ...(JSON.parse(key) as BoardQuery), limit: PAGE, offset: page * PAGE };
      client
        .call('evidence.board', params)
        .then((result) =>
          setState((s) => {
            if (s.key !== key || s.generation !== gen) return s;
            return { ...s, total: result.total, groups: result.groups, pages: new Map(s.pages).set(page, result.rows), error: null };
          }),
        )
        .catch((error: unknown) => setState((s) => (s.key === key && s.generation === gen ? { ...s, error: toApiError(error) } : s)))
        .finally(() => inFlight.current.delete(ticket));
    },
    [client, key],
  );

  // A new query starts at the top; a change in the notebook reloads the pages in view.
  useEffect(() => {
    const gen = ++generation.current;
    setState(fresh(key, gen));
    view.current = { first: 0, last: 0 };
    load(0, gen);
    return events.subscribe((name, payload) => {
      if (!onNotebookChange({ articles: true, highlights: true })(name, payload)) return;
      const next = ++generation.current;
      setState((s) => ({ ...s, generation: next, stale: new Map([...s.stale, ...s.pages]), pages: new Map() }));
      for (const page of new Set([0, ...pagesFor(view.current.first, view.current.last)])) load(page, next);
    });
  }, [key, load, events]);

  const { pages, generation: gen } = current;
  /** The list shows rows first…last: fetch the pages they are on. */
  const show = useCallback(
    (first: number, last: number) => {
      view.current = { first, last };
      for (const page of pagesFor(first, last)) if (!pages.has(page)) load(page, gen);
    },
    [load, pages, gen],
  );

  const rowAt = (index: number): BoardRow | undefined => {
    const page = Math.floor(index / PAGE);
    return (current.pages.get(page) ?? current.stale.get(page))?.[index % PAGE];
  };

  return { total: current.total, groups: current.groups, error: current.error, loading: current.total === null && !current.error, rowAt, show };
}
