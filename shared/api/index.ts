// THE contract between the UI and the notebook core: method name → validated params → result.
// Every transport (in-process for the CLI, Electron IPC, HTTP) dispatches through this table; a method that is
// not declared here does not exist, and params are parsed with these schemas before they reach the core.
// Each domain declares its slice in its own file; this file only puts them together.
import type { z } from 'zod';
import { articlesApi } from './articles';
import { demoApi } from './demo';
import { evidenceApi } from './evidence';
import { exchangeApi } from './exchange';
import { highlightsApi } from './highlights';
import { importApi } from './import';
import { notebookApi } from './notebook';
import { searchApi } from './search';

export const contract = {
  ...notebookApi,
  ...articlesApi,
  ...importApi,
  ...highlightsApi,
  ...searchApi,
  ...demoApi,
  ...exchangeApi,
  ...evidenceApi,
};

export type Contract = typeof contract;
export type Method = keyof Contract;
/** What a caller sends. */
export type Input<M extends Method> = z.input<Contract[M]['params']>;
/** What a handler receives: validated, with defaults applied. */
export type Params<M extends Method> = z.output<Contract[M]['params']>;
export type Result<M extends Method> = Contract[M]['result'];

export const METHODS = Object.keys(contract) as Method[];
export const isMethod = (name: unknown): name is Method =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);

/** Pushes from the core to every client. */
export interface Events {
  'notebook.changed': { articles: boolean; highlights: boolean };
  'job.progress': { jobId: string; done: number; total: number; current: string };
}
export type EventName = keyof Events;

export const API_CHANNEL = 'sourcebook:api';
export const EVENT_CHANNEL = 'sourcebook:event';
