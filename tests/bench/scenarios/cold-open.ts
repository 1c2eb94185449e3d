// Child process: opens a saved store in a fresh process and answers one query. Nothing heavy is imported statically,
// so loading the engine's modules is measured too (static imports would run before the first line).
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { isEngineName, loadEngine } from '../engines/index';
import { currentRssBytes, peakRssBytes } from '../measure/memory';
import { round } from '../measure/stats';

/** One cold open; the parent runs several and reports the median. */
export interface ColdOpen {
  /** Process start (Node's time origin) to the first line of the cold-open script: Node's own start, plus tsx's
   * loader where the script runs through tsx. */
  bootMs: number;
  /** Loading the engine's modules: through tsx (which transpiles them) for the engines run from source, requiring
   * the bundled core for `sourcebookWorker` (as the packaged app loads it). */
  moduleLoadMs: number;
  /** Opening the saved store: reading the catalogue and loading the saved index. */
  openMs: number;
  /** The first query on the opened store, snippets included where the engine makes them. */
  firstResultMs: number;
  /** Open plus first result: what a user waits for after the modules are in memory. */
  openToFirstResultMs: number;
  /** Process start to the first result: boot, module load, open and the first query. */
  processToFirstResultMs: number;
  hits: number;
  startRssBytes: number;
  /** Peak RSS once the engine's modules are loaded, before the store is opened. */
  loadedPeakRssBytes: number;
  peakRssBytes: number;
}

// performance.now() counts from the process' time origin: Node's start, before tsx's loader and this script ran.
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
  bootMs: round(started),
  moduleLoadMs: round(loaded - started),
  openMs: round(opened - loaded),
  firstResultMs: round(answered - opened),
  openToFirstResultMs: round(answered - loaded),
  processToFirstResultMs: round(answered),
  hits,
  startRssBytes,
  loadedPeakRssBytes,
  peakRssBytes: peakRssBytes(),
};
await writeFile(values.out, JSON.stringify(result));
