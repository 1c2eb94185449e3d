import { useCallback, useEffect, useRef, useState } from 'react';
import type { EventName, Events, Input, Method, Result } from '../../shared/api';
import type { ApiError } from '../../shared/errors';
import { useApi } from './ApiProvider';
import { toApiError } from './errors';

/** Which core events make a query stale: event names, or a test on the event. */
export type Invalidation = EventName[] | ((name: EventName, payload: Events[EventName]) => boolean);

export interface QueryOptions {
  invalidateOn?: Invalidation;
  /** Skip the call (e.g. no query typed yet). */
  enabled?: boolean;
  /** Keep showing the last result while the next one loads (search as you type), instead of nothing. */
  keepPrevious?: boolean;
}

export interface QueryState<T> {
  data: T | undefined;
  error: ApiError | null;
  loading: boolean;
  refetch(): void;
}

interface Snapshot {
  key: string;
  data: unknown;
  error: ApiError | null;
  loading: boolean;
}

/** Refetch when notebook.changed reports a change to articles and/or highlights. */
export const onNotebookChange =
  (what: { articles?: boolean; highlights?: boolean }): ((name: EventName, payload: Events[EventName]) => boolean) =>
  (name, payload) =>
    name === 'notebook.changed' &&
    ((what.articles === true && (payload as Events['notebook.changed']).articles) ||
      (what.highlights === true && (payload as Events['notebook.changed']).highlights));

/**
 * Calls a contract method and keeps its result, refetching whenever a matching core event arrives.
 * Events that arrive while a call is in flight are coalesced into one more call, so a batch import that emits
 * thousands of `notebook.changed` costs a handful of refetches, not thousands.
 */
export function useApiQuery<M extends Method>(method: M, params: Input<M>, options: QueryOptions = {}): QueryState<Result<M>> {
  const { client, events } = useApi();
  const key = JSON.stringify([method, params]);
  const enabled = options.enabled ?? true;
  const invalidateOn = useRef(options.invalidateOn);
  invalidateOn.current = options.invalidateOn;
  const [snapshot, setSnapshot] = useState<Snapshot>({ key: '', data: undefined, error: null, loading: enabled });
  const runRef = useRef<() => void>(() => undefined);

  useEffect(() => {
    if (!enabled) return;
    let alive = true;
    let inFlight = false;
    let again = false;
    const callParams = (JSON.parse(key) as [M, Input<M>])[1];

    const run = async (): Promise<void> => {
      if (inFlight) {
        again = true;
        return;
      }
      inFlight = true;
      setSnapshot((s) => ({ ...s, loading: true }));
      do {
        again = false;
        try {
          const data = await client.call(method, callParams);
          if (alive) setSnapshot({ key, data, error: null, loading: again });
        } catch (error) {
          if (alive) setSnapshot({ key, data: undefined, error: toApiError(error), loading: again });
        }
      } while (again && alive);
      inFlight = false;
    };
    runRef.current = () => void run();
    void run();
    const unsubscribe = events.subscribe((name, payload) => {
      if (matches(invalidateOn.current, name, payload)) void run();
    });
    return () => {
      alive = false;
      unsubscribe();
    };
  }, [client, events, method, key, enabled]);

  const refetch = useCallback(() => runRef.current(), []);
  const current = snapshot.key === key;
  return {
    data: (current || options.keepPrevious ? snapshot.data : undefined) as Result<M> | undefined,
    error: current ? snapshot.error : null,
    loading: enabled && (!current || snapshot.loading),
    refetch,
  };
}

function matches(invalidation: Invalidation | undefined, name: EventName, payload: Events[EventName]): boolean {
  if (!invalidation) return false;
  return typeof invalidation === 'function' ? invalidation(name, payload) : invalidation.includes(name);
}
