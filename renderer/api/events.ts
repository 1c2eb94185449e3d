import type { EventName, Events } from '../../shared/api';
import type { Client } from './client';

export type EventListener = (name: EventName, payload: Events[EventName]) => void;

export interface EventHub {
  /** @returns a function that removes the listener */
  subscribe(listener: EventListener): () => void;
  close(): void;
}

/**
 * One subscription to the core's events for the whole page, fanned out to every interested hook.
 * (The HTTP transport opens one event stream per `onEvent` call, so hooks must not each subscribe.)
 */
export function createEventHub(client: Client): EventHub {
  const listeners = new Set<EventListener>();
  const stop = client.onEvent((name, payload) => {
    for (const listener of listeners) listener(name as EventName, payload as Events[EventName]);
  });
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: stop,
  };
}
