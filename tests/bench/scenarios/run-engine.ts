// Child process: runs every scenario against one engine and writes its EngineRun as JSON to --out.
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { generateCorpus } from '../corpus/corpus';
import { isEngineName, loadEngine } from '../engines/index';
import { MemoryLog } from '../measure/memory';
import { runScenario } from './engine-run';

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
const name = values.engine ?? '';
if (!isEngineName(name) || !values.folder || !values.work || !values.out) throw new Error('usage: run-engine --engine E --folder F --work W --out O …');

// Regenerated rather than passed over: it is deterministic, and a manifest of the corpus would be as large as it.
const corpus = generateCorpus(Number(values.articles), Number(values.seed));
const memory = new MemoryLog();
memory.mark('harness');
const factory = await loadEngine(name);
const engine = await factory.open(values.work);
const options = { samples: Number(values.samples), rounds: Number(values.rounds) };
const log = (message: string): void => void process.stderr.write(`[bench] ${factory.label}: ${message}\n`);
const run = await runScenario(name, engine, corpus, values.folder, options, log, memory);
await writeFile(values.out, JSON.stringify(run));
