import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Corpus } from '../corpus/corpus';
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
      corpus: { type: 'string' },
      folder: { type: 'string' },
      work: { type: 'string' },
      samples: { type: 'string' },
      rounds: { type: 'string' },
      out: { type: 'string' },
    },
  });
  if (!values.engine || !values.corpus || !values.folder || !values.work || !values.out) {
    throw new Error('usage: run-engine --engine E --corpus C --folder F --work W --out O …');
  }

  // What the parent generated, less what the run never reads (see slimForRun): reading it costs a fraction of the
  // memory (and time) that generating it again would, and the harness' memory is not the engine's.
  const corpus = JSON.parse(await readFile(values.corpus, 'utf8')) as Corpus;
  const memory = new MemoryLog();
  memory.start();
  const { name, factory: loading } = load(values.engine);
  const factory = await loading;
  const engine = await factory.open(values.work);
  const options = { samples: Number(values.samples), rounds: Number(values.rounds) };
  const log = (message: string): void => void process.stderr.write(`[bench] ${factory.label}: ${message}\n`);
  const run = await runScenario(name, engine, corpus, values.folder, options, log, memory);
  memory.stop();
  await writeFile(values.out, JSON.stringify(run));
}

