import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { generateCorpus } from '../corpus/corpus';
import type { EngineFactory } from '../engines/engine';
import type { EngineName } from '../engines/index';
import { MemoryLog } from '../measure/memory';
import { runScenario } from './engine-run';

/**
 * The body of an engine's child process (run-engine.ts from source through tsx; app/run-engine-entry.ts bundled
 * for the app engine): regenerates the corpus, loads the engine, runs every scenario and writes the EngineRun as
 * JSON to --out.
 */
export async function runEngineProcess(load: (name: string) => { name: EngineName; factory: Promise<EngineFactory> }): Promise<void> {
  const { values } = parseArgs({
    options: {
      engine: { type: 'string' },
      articles: { type: 'string' },
      seed: { type: 'string' },
      folder: { type: 'string' },
      work: { type: 'string' },
      samples: { type: 'string' },
      rounds: { type: 'string' },
      out: { type: 'string' },
    },
  });
  if (!values.engine || !values.folder || !values.work || !values.out) throw new Error('usage: run-engine --engine E --folder F --work W --out O …');

  // Regenerated rather than passed over: it is deterministic, and a manifest of the corpus would be as large as it.
  const corpus = generateCorpus(Number(values.articles), Number(values.seed));
  const memory = new MemoryLog();
  memory.mark('harness');
  const { name, factory: loading } = load(values.engine);
  const factory = await loading;
  const engine = await factory.open(values.work);
  const options = { samples: Number(values.samples), rounds: Number(values.rounds) };
  const log = (message: string): void => void process.stderr.write(`[bench] ${factory.label}: ${message}\n`);
  const run = await runScenario(name, engine, corpus, values.folder, options, log, memory);
  await writeFile(values.out, JSON.stringify(run));
}
