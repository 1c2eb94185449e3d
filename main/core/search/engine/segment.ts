import type { lunr } from '../analysis';
import { tokenSetFromArray } from './lunr-internals';
import type { Language } from '../languages';

/**
 * One immutable segment of the index: lunr's inverted index for a set of documents, holding term frequencies and
 * field lengths rather than lunr's precomputed vectors, so that scores can use notebook-wide statistics (idf,
 * average field length) and segments merge without re-reading any text.
 *
 * Postings of term i are `postings[offsets[i] .. offsets[i+1])`: blocks of `field, n, (doc, tf) × n`.
 */
export interface Segment {
  id: string;
  language: Language;
  refs: string[];
  /** What each document looked like when indexed (to spot stale entries on open). */
  versions: string[];
  /** Field lengths in terms (lunr's definition), `lengths[doc * fieldCount + field]`. */
  lengths: Int32Array;
  /** Sorted, so prefix queries are a binary search. */
  terms: string[];
  offsets: Int32Array;
  postings: Int32Array;
  termIndex: Map<string, number>;
  /** lunr's automaton over the terms, built the first time a wildcard or fuzzy query needs it. */
  tokenSet?: lunr.TokenSet;
}

export function indexTerms(terms: string[]): Map<string, number> {
  const index = new Map<string, number>();
  terms.forEach((term, i) => index.set(term, i));
  return index;
}

export function tokenSetOf(segment: Segment): lunr.TokenSet {
  segment.tokenSet ??= tokenSetFromArray(segment.terms);
  return segment.tokenSet;
}

/** Calls `visit(field, doc, tf)` for every posting of a term in the given fields. */
export function forEachPosting(segment: Segment, term: number, fields: Set<number> | null, visit: (field: number, doc: number, tf: number) => void): void {
  const { postings } = segment;
  const end = segment.offsets[term + 1]!;
  for (let at = segment.offsets[term]!; at < end; ) {
    const field = postings[at]!;
    const n = postings[at + 1]!;
    at += 2;
    if (fields === null || fields.has(field)) {
      for (let k = 0; k < n; k++) visit(field, postings[at + 2 * k]!, postings[at + 2 * k + 1]!);
    }
    at += 2 * n;
  }
}

/** Where the postings of a term in one field start in `segment.postings`, and how many (doc, tf) pairs follow. */
export function fieldBlock(segment: Segment, term: number, field: number): { at: number; n: number } | null {
  const { postings } = segment;
  const end = segment.offsets[term + 1]!;
  for (let at = segment.offsets[term]!; at < end; at += 2 + 2 * postings[at + 1]!) {
    if (postings[at] === field) return { at: at + 2, n: postings[at + 1]! };
  }
  return null;
}

/** The range of sorted terms that start with `prefix`. */
export function prefixRange(terms: string[], prefix: string): [number, number] {
  const lowerBound = (value: string): number => {
    let lo = 0;
    let hi = terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (terms[mid]! < value) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return [lowerBound(prefix), lowerBound(`${prefix}\uffff`)];
}
