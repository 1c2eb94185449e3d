// Worker thread that holds the search index: queries, indexing and merges run here, off the main thread.
import { parentPort } from 'node:worker_threads';
import type { Worker } from 'node:worker_threads';
import type { IndexDocument } from './build-segment';
import { SegmentStore } from './segment-store';
import type { MergeRunner } from './segment-store';
import { spawnWorker } from '../../workers/spawn-worker';
import { fromData, toData } from './transfer';
import type { SegmentData } from './transfer';
import type { WorkerRequest } from './worker-protocol';
import { RecentFilters, UNKNOWN_FILTER } from './ref-filter';

let store: SegmentStore | null = null;
let dir = '';

let merger: Worker | null = null;
const filters = new RecentFilters();

/**
 * Merges run in a worker of their own, started once and kept: a merge of tens of thousands of documents must not
 * delay a query, and starting a thread per merge would cost more than small merges do. One merge at a time.
 */
const mergeInHelper: MergeRunner = (id, inputs) =>
  new Promise((resolve, reject) => {
    const worker = (merger ??= spawnWorker('merge-worker'));
    const onError = (error: Error): void => {
      merger = null;
      reject(error);
    };
    worker.once('message', (reply: { ok: true; segment: SegmentData } | { ok: false; message: string }) => {
      worker.off('error', onError);
      if (reply.ok) resolve(fromData(reply.segment));
      else reject(new Error(reply.message));
    });
    worker.once('error', onError);
    worker.postMessage({ id, inputs: inputs.map(({ segment, dead }) => ({ segment: toData(segment), dead: [...dead] })) });
  });

async function handle(request: WorkerRequest): Promise<unknown> {
  switch (request.op) {
    case 'open':
      dir = request.dir;
      store = await SegmentStore.open(dir, mergeInHelper);
      return null;
    case 'fingerprint':
      return store!.fingerprint;
    case 'versions':
      return store!.versions();
    case 'update':
      return store!.update(request.documents as IndexDocument[], request.removed, request.fingerprint);
    case 'query':
      return store!.search(request.q, { top: request.top, only: request.filter && filterRefs(request.filter) });
    case 'stats':
      return store!.stats();
    case 'settle':
      return store!.settle();
    case 'rebuild':
      await store!.settle();
      store = await SegmentStore.reset(dir, mergeInHelper);
      return null;
    case 'close':
      await store!.close();
      await merger?.terminate(); // a merge still running is abandoned; its inputs stay in the manifest
      merger = null;
      return null;
  }
}

function filterRefs({ key, refs }: { key: string; refs?: ReadonlySet<string> }): ReadonlySet<string> {
  if (refs) filters.add(key, refs);
  const known = filters.get(key);
  if (!known) throw Object.assign(new Error(`filter ${key} is not known here`), { name: UNKNOWN_FILTER });
  return known;
}

parentPort!.on('message', (request: WorkerRequest & { id: number }) => {
  handle(request).then(
    (value) => parentPort!.postMessage({ id: request.id, ok: true, value }),
    (error: Error & { start?: number }) =>
      parentPort!.postMessage({ id: request.id, ok: false, error: { name: error.name, message: error.message, start: error.start } }),
  );
});
