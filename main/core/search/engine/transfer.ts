import { indexTerms } from './segment';
import type { Segment } from './segment';

/** A segment as it crosses to or from a worker thread: plain arrays and typed arrays, no Map or automaton. */
export type SegmentData = Omit<Segment, 'termIndex' | 'tokenSet'>;

export function toData({ id, language, refs, versions, lengths, terms, offsets, postings }: Segment): SegmentData {
  return { id, language, refs, versions, lengths, terms, offsets, postings };
}

export function fromData(data: SegmentData): Segment {
  return { ...data, termIndex: indexTerms(data.terms) };
}

/** The buffers to move rather than copy when sending a segment this thread no longer needs. */
export const buffersOf = (data: SegmentData): ArrayBuffer[] => [data.lengths.buffer, data.offsets.buffer, data.postings.buffer] as ArrayBuffer[];
