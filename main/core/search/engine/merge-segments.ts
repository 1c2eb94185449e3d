import { FIELD_COUNT, assemble } from './build-segment';
import type { Segment } from './segment';

export interface MergeInput {
  segment: Segment;
  /** Documents deleted or replaced since the segment was written: left out of the merge. */
  dead: ReadonlySet<number>;
}

/**
 * Merges segments of one language into one, dropping dead documents. Pure data work: postings are renumbered and
 * concatenated; no text is read or analysed again.
 */
export function mergeSegments(id: string, inputs: MergeInput[]): Segment {
  const steps = mergeSteps(id, inputs);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** How long a merge in a thread that also answers queries runs before it lets them in. */
const SLICE_MS = 10;

/** The same as mergeSegments, with a turn of the event loop every SLICE_MS: for merges in the search thread. */
export async function mergeSegmentsInSlices(id: string, inputs: MergeInput[]): Promise<Segment> {
  const steps = mergeSteps(id, inputs);
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart > SLICE_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      sliceStart = performance.now();
    }
  }
}

/** The merge, pausing (yield) after every few hundred terms. */
function* mergeSteps(id: string, inputs: MergeInput[]): Generator<void, Segment> {
  const language = inputs[0]!.segment.language;
  if (inputs.some((i) => i.segment.language !== language)) throw new Error('cannot merge segments of different languages');
  const refs: string[] = [];
  const versions: string[] = [];
  const lengthChunks: Int32Array[] = [];
  const renumber = inputs.map(({ segment, dead }) => {
    const map = new Int32Array(segment.refs.length).fill(-1);
    segment.refs.forEach((ref, doc) => {
      if (dead.has(doc)) return;
      map[doc] = refs.length;
      refs.push(ref);
      versions.push(segment.versions[doc]!);
      lengthChunks.push(segment.lengths.subarray(doc * FIELD_COUNT, (doc + 1) * FIELD_COUNT));
    });
    return map;
  });
  const lengths = new Int32Array(refs.length * FIELD_COUNT);
  lengthChunks.forEach((chunk, doc) => lengths.set(chunk, doc * FIELD_COUNT));

  const terms = [...new Set(inputs.flatMap((i) => i.segment.terms))].sort();
  const blocks: number[][] = [];
  const kept: string[] = [];
  for (const [i, term] of terms.entries()) {
    if (i % 256 === 255) yield;
    const byField: number[][] = [];
    inputs.forEach(({ segment }, s) => {
      const t = segment.termIndex.get(term);
      if (t === undefined) return;
      const { postings, offsets } = segment;
      for (let at = offsets[t]!; at < offsets[t + 1]!; ) {
        const field = postings[at]!;
        const n = postings[at + 1]!;
        for (let k = 0; k < n; k++) {
          const doc = renumber[s]![postings[at + 2 + 2 * k]!]!;
          if (doc >= 0) (byField[field] ??= []).push(doc, postings[at + 3 + 2 * k]!);
        }
        at += 2 + 2 * n;
      }
    });
    const block: number[] = [];
    byField.forEach((pairs, f) => pairs && pairs.length && block.push(f, pairs.length / 2, ...pairs));
    if (block.length > 0) {
      kept.push(term); // a term that only dead documents had is gone
      blocks.push(block);
    }
  }
  return assemble(id, language, refs, versions, lengths, kept, blocks);
}
