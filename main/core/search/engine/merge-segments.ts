import { FIELD_COUNT } from './build-segment';
import { indexTerms } from './segment';
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
  // Written straight into one typed array (not an array of number arrays per term, which took two to three times
  // the memory of the result and left it all as garbage): the merged postings are never longer than the inputs'
  // together, since dead documents only drop entries and each merged field block replaces at least one input block.
  const postings = new Int32Array(inputs.reduce((n, { segment }) => n + segment.postings.length, 0));
  const offsets = new Int32Array(terms.length + 1);
  const kept: string[] = [];
  let at = 0;
  const local = new Int32Array(inputs.length); // the term's number in each input, -1 where it is absent
  for (let i = 0; i < terms.length; i++) {
    if (i % 256 === 255) yield;
    const term = terms[i]!;
    for (let s = 0; s < inputs.length; s++) local[s] = inputs[s]!.segment.termIndex.get(term) ?? -1;
    const start = at;
    for (let field = 0; field < FIELD_COUNT; field++) {
      const header = at;
      at += 2;
      let n = 0;
      for (let s = 0; s < inputs.length; s++) {
        if (local[s]! < 0) continue;
        const { postings: from, offsets: fromOffsets } = inputs[s]!.segment;
        const map = renumber[s]!;
        const end = fromOffsets[local[s]! + 1]!;
        for (let b = fromOffsets[local[s]!]!; b < end; b += 2 + 2 * from[b + 1]!) {
          if (from[b] !== field) continue;
          for (let k = b + 2, last = b + 2 + 2 * from[b + 1]!; k < last; k += 2) {
            const doc = map[from[k]!]!;
            if (doc < 0) continue;
            postings[at++] = doc;
            postings[at++] = from[k + 1]!;
            n++;
          }
        }
      }
      if (n > 0) {
        postings[header] = field;
        postings[header + 1] = n;
      } else at = header;
    }
    if (at > start) {
      offsets[kept.length] = start;
      kept.push(term); // a term that only dead documents had is gone
    }
  }
  offsets[kept.length] = at;
  return {
    id,
    language,
    refs,
    versions,
    lengths,
    terms: kept,
    offsets: offsets.slice(0, kept.length + 1),
    postings: at === postings.length ? postings : postings.slice(0, at),
    termIndex: indexTerms(kept),
  };
}
