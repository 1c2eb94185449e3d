import path from 'node:path';
import type { EventName } from '../../shared/api';
import { fail } from '../../shared/errors';
import type { Core, Dispatch } from '../core/index';

export type CoreFactory = (dir: string) => Promise<Core>;
export type EventListener = (name: EventName, payload: unknown) => void;

/**
 * The notebook the app has open, which File › New/Open can replace while the window stays. Callers hold on to
 * `dispatch` and `onEvent`, which always reach the current notebook, so IPC is registered once.
 */
export class NotebookSession {
  private core: Core | null = null;
  private stopEvents: () => void = () => {};
  private readonly listeners = new Set<EventListener>();

  /**
   * @param openCore opens a notebook folder (`createCore` in the app, a double in tests)
   * @param remember called with each folder opened, to reopen it at the next start
   */
  constructor(
    private readonly openCore: CoreFactory,
    private readonly remember: (dir: string) => void = () => {},
  ) {}

  /** The open notebook's folder, or null before the first open and after close. */
  get dir(): string | null {
    return this.core?.notebook.dir ?? null;
  }

  /**
   * Makes `dir` the open notebook. The new one is opened before the old one is closed, so when opening fails
   * (newer schema, unreadable folder) the user keeps working in the notebook they had.
   * @throws whatever opening the notebook throws; ApiError messages are fit to show
   */
  async open(dir: string): Promise<void> {
    const target = path.resolve(dir);
    if (target === this.dir) return;
    const next = await this.openCore(target);
    const previous = this.core;
    this.stopEvents();
    this.core = next;
    this.stopEvents = next.notebook.events.onAny((name, payload) => this.emit(name, payload));
    this.remember(target);
    await previous?.close();
  }

  readonly dispatch: Dispatch = (method, params) =>
    this.core ? this.core.dispatch(method, params) : Promise.resolve(fail('INTERNAL', 'No notebook is open'));

  /** Events of whichever notebook is open. @returns a function that removes the listener */
  readonly onEvent = (listener: EventListener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Closes the notebook (flushing its search index); later calls answer that no notebook is open. */
  async close(): Promise<void> {
    const core = this.core;
    this.core = null;
    this.stopEvents();
    await core?.close();
  }

  private emit(name: EventName, payload: unknown): void {
    for (const listener of this.listeners) listener(name, payload);
  }
}
