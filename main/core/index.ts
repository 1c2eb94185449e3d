import { createDispatcher } from './api/dispatch';
import type { Dispatch, Logger } from './api/dispatch';
import { createHandlers } from './api/handlers';
import { Notebook } from './notebook';
import type { NotebookOptions } from './notebook';

export interface Core {
  notebook: Notebook;
  dispatch: Dispatch;
  close(): Promise<void>;
}

/** Opens a notebook and wires the API contract to it. Every host (CLI, HTTP server, Electron) starts here. */
export async function createCore(options: NotebookOptions & { log?: Logger }): Promise<Core> {
  const notebook = await Notebook.open(options);
  const dispatch = createDispatcher(createHandlers(notebook), options.log);
  return { notebook, dispatch, close: () => notebook.close() };
}

export { Notebook };
export type { Dispatch };
