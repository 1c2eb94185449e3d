// Worker thread that merges segments, so a large merge never holds up searches in the search worker.
import { parentPort } from 'node:worker_threads';
import { mergeSegments } from './merge-segments';
import { buffersOf, fromData, toData } from './transfer';
import type { SegmentData } from './transfer';

interface MergeRequest {
  id: string;
  inputs: { segment: SegmentData; dead: number[] }[];
}

parentPort!.on('message', (request: MergeRequest) => {
  try {
    const merged = toData(mergeSegments(request.id, request.inputs.map((i) => ({ segment: fromData(i.segment), dead: new Set(i.dead) }))));
    parentPort!.postMessage({ ok: true, segment: merged }, buffersOf(merged));
  } catch (error) {
    parentPort!.postMessage({ ok: false, message: (error as Error).message });
  }
});
