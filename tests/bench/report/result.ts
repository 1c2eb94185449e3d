import type { EngineName } from '../engines/index';
import type { Machine } from '../measure/machine';
import type { ColdOpen } from '../scenarios/cold-open';
import type { EngineRun } from '../scenarios/engine-run';
import type { TargetCheck } from './targets';

/** Median of the cold-open runs, field by field. */
export type ColdOpenSummary = ColdOpen & { runs: number };

export type EngineResult = EngineRun & { coldOpen: ColdOpenSummary };

/** The --json output. Bump `schema` when a key changes meaning or goes away; README.md documents every key. */
export interface BenchResult {
  schema: 'sourcebook-bench/2';
  machine: Machine;
  params: { articles: number; seed: number; samples: number; rounds: number; coldRuns: number; engines: EngineName[] };
  corpus: { articles: number; highlights: number; textBytes: number; bodyWords: number; generateMs: number };
  /** One entry per engine of `params.engines`. */
  engines: Partial<Record<EngineName, EngineResult>>;
  /** The targets against each engine's figures (report/targets.ts). */
  targets: Partial<Record<EngineName, TargetCheck[]>>;
  /** The esbuild bundle the app engine ran from (tests/bench/app), when one was built. */
  appBundle: { buildMs: number; bytes: number } | null;
  wallMs: number;
}
