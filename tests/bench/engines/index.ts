import type { EngineFactory } from './engine';

/**
 * The engines a run compares, in report column order. Loaded on demand so a cold-open process loads only the engine
 * it measures: its module load time and memory are figures.
 */
const LOADERS = {
  // From source here (its workers start through tsx); the bench runs it from the app bundle instead (BUNDLED_ENGINES).
  sourcebookWorker: async () => (await import('./sourcebook')).sourcebookWorker,
  sourcebook: async () => (await import('./sourcebook')).sourcebook,
  miniSearch: async () => (await import('./minisearch')).miniSearch,
  flexSearch: async () => (await import('./flexsearch')).flexSearch,
  naiveLunr: async () => (await import('./naive-lunr')).naiveLunr,
} satisfies Record<string, () => Promise<EngineFactory>>;

export type EngineName = keyof typeof LOADERS;
export const ENGINE_NAMES = Object.keys(LOADERS) as EngineName[];
/** What a run compares unless --engines says otherwise: the core as the desktop app runs it (bundled, search in a
 * worker thread), the two peers, and the naive baseline. The in-process core (`sourcebook`) on request. */
export const DEFAULT_ENGINES: EngineName[] = ['sourcebookWorker', 'miniSearch', 'flexSearch', 'naiveLunr'];
/** Engines the bench runs from the app bundle (tests/bench/app: run-engine.cjs and cold-open.cjs, plain Node), which
 * it builds before running them. */
export const BUNDLED_ENGINES: ReadonlySet<EngineName> = new Set(['sourcebookWorker']);
export const isEngineName = (name: string): name is EngineName => Object.prototype.hasOwnProperty.call(LOADERS, name);
export const loadEngine = (name: EngineName): Promise<EngineFactory> => LOADERS[name]();
