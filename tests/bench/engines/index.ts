import type { EngineFactory } from './engine';

/**
 * The engines a run compares, in report column order. Peers (MiniSearch, FlexSearch) are added here. Loaded on
 * demand so a cold-open process loads only the engine it measures: its module load time and memory are figures.
 */
const LOADERS = {
  sourcebook: async () => (await import('./sourcebook')).sourcebook,
  sourcebookWorker: async () => (await import('./sourcebook')).sourcebookWorker,
  naiveLunr: async () => (await import('./naive-lunr')).naiveLunr,
} satisfies Record<string, () => Promise<EngineFactory>>;

export type EngineName = keyof typeof LOADERS;
export const ENGINE_NAMES = Object.keys(LOADERS) as EngineName[];
/** What a run compares unless --engines says otherwise: the core as createCore opens it, and the baseline. */
export const DEFAULT_ENGINES: EngineName[] = ['sourcebook', 'naiveLunr'];
export const isEngineName = (name: string): name is EngineName => Object.prototype.hasOwnProperty.call(LOADERS, name);
export const loadEngine = (name: EngineName): Promise<EngineFactory> => LOADERS[name]();
