// Child process: opens a saved store in a fresh process and answers one query. Nothing heavy is imported statically,
// so loading the engine's modules is measured too (static imports would run before the first line).
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { isEngineName, loadEngine } from '../engines/index';
import { currentRssBytes, peakRssBytes } from '../measure/memory';
import { round } from '../measure/stats';

/** One cold open; the parent runs several and reports the median. */
export interface ColdOpen {
  /** Loading the engine's modules (through tsx, which transpiles them: a packaged app loads bundled JS). */
  moduleLoadMs: number;
  /** Opening the saved store: reading the catalogue and loading the saved index. */
  openMs: number;
  /** The first query on the opened store, snippets included where the engine makes them. */
  firstResultMs: number;
  /** Open plus first result: what a user waits for after the modules are in memory. */
  openToFirstResultMs: number;
  hits: number;
  startRssBytes: number;
  /** Peak RSS once the engine's modules are loaded, before the store is opened. */
  loadedPeakRssBytes: number;
  peakRssBytes: number;
}

const started = performance.now();
const startRssBytes = currentRssBytes();
const { values } = parseArgs({ options: { engine: { type: 'string' }, dir: { type: 'string' }, q: { type: 'string' }, out: { type: 'string' } } });
const name = values.engine ?? '';
if (!isEngineName(name) || !values.dir || !values.q || !values.out) throw new Error('usage: cold-open --engine E --dir D --q Q --out O');

const factory = await loadEngine(name);
const loaded = performance.now();
const loadedPeakRssBytes = peakRssBytes();
const engine = await factory.open(values.dir);
const opened = performance.now();
const hits = await engine.search({ q: values.q });
const answered = performance.now();
await engine.close();

const result: ColdOpen = {
  moduleLoadMs: round(loaded - started),
  openMs: round(opened - loaded),
  firstResultMs: round(answered - opened),
  openToFirstResultMs: round(answered - loaded),
  hits,
  startRssBytes,
  loadedPeakRssBytes,
  peakRssBytes: peakRssBytes(),
};
await writeFile(values.out, JSON.stringify(result));
