import { analyzerFor } from '../analysis';
import { FIELDS } from '../documents';
import type { Language } from '../languages';
import { indexTerms } from './segment';
import type { Segment } from './segment';

/** A document as the index sees it: a ref, a version stamp, its language and its field texts. */
export interface IndexDocument {
  ref: string;
  version: string;
  language: Language;
  fields: Partial<Record<(typeof FIELDS)[number]['name'], string>>;
}

export const FIELD_COUNT = FIELDS.length;

/** Tokenises and analyses documents (all of one language) into a segment: lunr's inverted index, with counts. */
export function buildSegment(id: string, language: Language, docs: IndexDocument[]): Segment {
  const builder = new SegmentBuilder(language, docs);
  for (let d = 0; d < docs.length; d++) builder.add(d);
  return builder.finish(id);
}

/** How long a build runs before it lets other work of its thread (queries) in. */
const SLICE_MS = 10;

/**
 * The same as buildSegment, in slices of about SLICE_MS with a turn of the event loop between them: a batch of a
 * bulk import takes a second to analyse, and a search in the same thread would wait for all of it.
 */
export async function buildSegmentInSlices(id: string, language: Language, docs: IndexDocument[]): Promise<Segment> {
  const builder = new SegmentBuilder(language, docs);
  let sliceStart = performance.now();
  for (let d = 0; d < docs.length; d++) {
    builder.add(d);
    if (performance.now() - sliceStart > SLICE_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      sliceStart = performance.now();
    }
  }
  return builder.finish(id);
}

class SegmentBuilder {
  private readonly analyzer;
  private readonly lengths: Int32Array;
  private readonly perTerm = new Map<string, number[][]>();

  constructor(
    private readonly language: Language,
    private readonly docs: IndexDocument[],
  ) {
    this.analyzer = analyzerFor(language);
    this.lengths = new Int32Array(docs.length * FIELD_COUNT);
  }

  add(d: number): void {
    const doc = this.docs[d]!;
    FIELDS.forEach(({ name }, f) => {
      const terms = this.analyzer.terms(doc.fields[name] ?? '');
      this.lengths[d * FIELD_COUNT + f] = terms.length;
      const tf = new Map<string, number>();
      for (const term of terms) tf.set(term, (tf.get(term) ?? 0) + 1);
      for (const [term, count] of tf) {
        let byField = this.perTerm.get(term);
        if (!byField) this.perTerm.set(term, (byField = []));
        (byField[f] ??= []).push(d, count);
      }
    });
  }

  finish(id: string): Segment {
    const terms = [...this.perTerm.keys()].sort();
    const blocks = terms.map((term) => encodeBlocks(this.perTerm.get(term)!));
    const { docs } = this;
    return assemble(id, this.language, docs.map((d) => d.ref), docs.map((d) => d.version), this.lengths, terms, blocks);
  }
}

/** Postings of one term: per field with entries, `field, n, (doc, tf) × n`. */
export function encodeBlocks(byField: (number[] | undefined)[]): number[] {
  const out: number[] = [];
  byField.forEach((pairs, f) => {
    if (!pairs || pairs.length === 0) return;
    out.push(f, pairs.length / 2, ...pairs);
  });
  return out;
}

export function assemble(
  id: string,
  language: Language,
  refs: string[],
  versions: string[],
  lengths: Int32Array,
  terms: string[],
  blocks: number[][],
): Segment {
  const offsets = new Int32Array(terms.length + 1);
  let total = 0;
  blocks.forEach((block, i) => {
    offsets[i] = total;
    total += block.length;
  });
  offsets[terms.length] = total;
  const postings = new Int32Array(total);
  blocks.forEach((block, i) => postings.set(block, offsets[i]!));
  return { id, language, refs, versions, lengths, terms, offsets, postings, termIndex: indexTerms(terms) };
}
