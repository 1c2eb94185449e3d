import type { Worker } from 'node:worker_threads';
import { ApiError } from '../../../../../shared/errors';
import { spawnWorker } from '../../../workers/spawn-worker';
import type { PdfContent } from './extract';

/** Longer than any sound PDF takes; a damaged one that keeps pdf.js busy is stopped here. */
export const PDF_TIME_LIMIT_MS = 60_000;

type Reply = { id: number; ok: true; content: PdfContent } | { id: number; ok: false; message: string };

let worker: Worker | null = null;
let next = 0;
let queue: Promise<unknown> = Promise.resolve();

/**
 * Reads a PDF's text layer in the PDF worker thread, one PDF at a time. The worker is started on the first PDF and
 * kept for the next; one that runs past the time limit is stopped (and a fresh one started next time).
 * @throws ApiError BAD_REQUEST for a damaged, protected or too slow PDF
 */
export function readPdf(bytes: Uint8Array, timeLimitMs = PDF_TIME_LIMIT_MS): Promise<PdfContent> {
  const run = queue.then(() => readNow(bytes, timeLimitMs));
  queue = run.catch(() => undefined);
  return run;
}

function readNow(bytes: Uint8Array, timeLimitMs: number): Promise<PdfContent> {
  const thread = (worker ??= spawnWorker('pdf-worker'));
  const id = next++;
  thread.ref();
  return new Promise<PdfContent>((resolve, reject) => {
    const finish = (outcome: () => void): void => {
      clearTimeout(timer);
      thread.off('message', onMessage);
      thread.off('error', onError);
      thread.unref(); // an idle worker must not keep the CLI alive
      outcome();
    };
    const onMessage = (reply: Reply): void => {
      if (reply.id !== id) return;
      finish(() => (reply.ok ? resolve(reply.content) : reject(new ApiError('BAD_REQUEST', reply.message))));
    };
    const onError = (error: Error): void => {
      worker = null;
      finish(() => reject(new ApiError('BAD_REQUEST', `the PDF could not be read (${error.message.split('\n')[0]})`)));
    };
    const timer = setTimeout(() => {
      worker = null;
      void thread.terminate();
      finish(() => reject(new ApiError('BAD_REQUEST', `the PDF took longer than ${Math.round(timeLimitMs / 1000)} s to read; it may be damaged`)));
    }, timeLimitMs);
    thread.on('message', onMessage);
    thread.on('error', onError);
    // A copy: the bytes may be needed again by the caller (hashing) while the worker owns its own.
    thread.postMessage({ id, bytes: new Uint8Array(bytes) });
  });
}

/** Stops the PDF worker (tests; a host shutting down). */
export async function stopPdfWorker(): Promise<void> {
  await worker?.terminate();
  worker = null;
}
