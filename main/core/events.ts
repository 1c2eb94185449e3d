import type { EventName, Events } from '../../shared/api';

type Listener = <E extends EventName>(name: E, payload: Events[E]) => void;

/** Pushes from the core to whoever listens (IPC, HTTP event stream, CLI progress). */
export class EventHub {
  private readonly listeners = new Set<Listener>();

  emit<E extends EventName>(name: E, payload: Events[E]): void {
    for (const listener of this.listeners) listener(name, payload);
  }

  /** @returns a function that removes the listener */
  onAny(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
