import type { Notebook } from '../notebook';
import { articlesHandlers } from './handlers/articles';
import { demoHandlers } from './handlers/demo';
import { evidenceHandlers } from './handlers/evidence';
import { exchangeHandlers } from './handlers/exchange';
import { highlightsHandlers } from './handlers/highlights';
import { importHandlers } from './handlers/import';
import { notebookHandlers } from './handlers/notebook';
import { searchHandlers } from './handlers/search';
import type { Handlers } from './types';

export type { Handlers };

/** Binds every contract method to the service that implements it; the compiler checks none is missing. */
export function createHandlers(nb: Notebook): Handlers {
  return {
    ...notebookHandlers(nb),
    ...articlesHandlers(nb),
    ...importHandlers(nb),
    ...highlightsHandlers(nb),
    ...searchHandlers(nb),
    ...demoHandlers(nb),
    ...exchangeHandlers(nb),
    ...evidenceHandlers(nb),
  } satisfies Handlers;
}
