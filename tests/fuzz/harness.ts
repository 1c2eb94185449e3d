// Runs fuzz cases against the importers, the exchange readers and search, each case in a worker thread under a
// watchdog: a case that takes longer than the time limit is a hang (the worker is terminated and a fresh one
// takes the next case), a worker that runs out of its capped heap is a memory blow-up, and any outcome but
// success or an ApiError with a one-line message is a crash. Failures keep their input for replay.
import { Worker } from 'node:worker_threads';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export type FuzzTarget = 'import' | 'bundle' | 'annotations' | 'search';

export interface FuzzCase {
  /** File name (its extension picks the importer or reader). */
  name: string;
  bytes?: Uint8Array;
  /** For search. */
  q?: string;
  /** How the input was made ("flip 3 bytes of seed.pdf"), for the failure report. */
  label: string;
}

export interface FuzzMessage {
  id: number;
  name: string;
  base64?: string;
  q?: string;
}

export type FuzzOutcome = { kind: 'ok' } | { kind: 'refused'; message: string } | { kind: 'crash'; message: string };

export interface FuzzFailure {
  label: string;
  name: string;
  reason: string;
  /** The input, base64 (the first 4 KB), to replay it. */
  input: string;
}

export interface FuzzReport {
  cases: number;
  accepted: number;
  refused: number;
  failures: FuzzFailure[];
  slowestMs: number;
}

export interface FuzzOptions {
  target: FuzzTarget;
  /** Files imported into the worker's notebook first (for annotations to land on, and searches to find). */
  seedFiles?: { name: string; bytes: Uint8Array }[];
  timeoutMs?: number;
  /** The worker's heap cap. */
  memoryMb?: number;
}

const WORKER = pathToFileURL(path.join(import.meta.dirname, 'worker.ts')).href;

export async function runFuzz(cases: FuzzCase[], options: FuzzOptions): Promise<FuzzReport> {
  const report: FuzzReport = { cases: 0, accepted: 0, refused: 0, failures: [], slowestMs: 0 };
  const timeoutMs = options.timeoutMs ?? 15_000;
  const seedFiles = (options.seedFiles ?? []).map((f) => ({ name: f.name, base64: Buffer.from(f.bytes).toString('base64') }));
  let worker: Worker | null = null;
  const fail = (c: FuzzCase, reason: string): void => {
    report.failures.push({ label: c.label, name: c.name, reason, input: Buffer.from((c.bytes ?? Buffer.from(c.q ?? '')).subarray(0, 4096)).toString('base64') });
  };
  try {
    for (const [id, c] of cases.entries()) {
      worker ??= await startWorker(options.target, seedFiles, options.memoryMb ?? 512);
      const started = performance.now();
      const outcome = await runOne(worker, { id, name: c.name, ...(c.bytes ? { base64: Buffer.from(c.bytes).toString('base64') } : {}), ...(c.q !== undefined ? { q: c.q } : {}) }, timeoutMs);
      report.slowestMs = Math.max(report.slowestMs, performance.now() - started);
      report.cases++;
      if ('lost' in outcome) {
        fail(c, outcome.lost);
        await worker.terminate();
        worker = null;
      } else if (outcome.kind === 'ok') report.accepted++;
      else if (outcome.kind === 'refused') {
        if (outcome.message.includes('\n') || outcome.message.trim() === '') fail(c, `refused with a message that is not one line: ${JSON.stringify(outcome.message.slice(0, 300))}`);
        else report.refused++;
      } else fail(c, outcome.message);
    }
  } finally {
    await worker?.terminate();
  }
  return report;
}

function startWorker(target: FuzzTarget, seedFiles: { name: string; base64: string }[], memoryMb: number): Promise<Worker> {
  const worker = new Worker(`import { register } from 'tsx/esm/api'; register(); await import(${JSON.stringify(WORKER)});`, {
    eval: true,
    workerData: { target, seedFiles },
    resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: 64 },
    stdout: true,
    stderr: true,
  });
  return new Promise((resolve, reject) => {
    worker.once('message', () => resolve(worker));
    worker.once('error', reject);
  });
}

function runOne(worker: Worker, message: FuzzMessage, timeoutMs: number): Promise<FuzzOutcome | { lost: string }> {
  return new Promise((resolve) => {
    const done = (value: FuzzOutcome | { lost: string }): void => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      resolve(value);
    };
    const timer = setTimeout(() => done({ lost: `hang: no answer within ${timeoutMs} ms` }), timeoutMs);
    const onMessage = (reply: { id: number; outcome: FuzzOutcome }): void => {
      if (reply.id === message.id) done(reply.outcome);
    };
    const onError = (error: Error & { code?: string }): void =>
      done({ lost: error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory: the worker ran out of its capped heap' : `worker error: ${error.message}` });
    const onExit = (code: number): void => done({ lost: `the worker exited (${code})` });
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage(message);
  });
}

/** Prints failures so that they can be replayed, and the figures. */
export function describeReport(what: string, report: FuzzReport): string {
  const head = `${what}: ${report.cases} cases, ${report.accepted} accepted, ${report.refused} refused in one line, ${report.failures.length} failures, slowest ${Math.round(report.slowestMs)} ms`;
  return [head, ...report.failures.slice(0, 20).map((f) => `  ${f.label} (${f.name}): ${f.reason}\n    input (base64, first 4 KB): ${f.input.slice(0, 400)}…`)].join('\n');
}
