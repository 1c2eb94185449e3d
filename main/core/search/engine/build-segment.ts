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

/** A term's postings while a segment is built, per field `doc, tf, doc, tf…`, and where it was seen last. */
interface TermPostings {
  byField: number[][];
  doc: number;
  field: number;
}

class SegmentBuilder {
  private readonly analyzer;
  private readonly lengths: Int32Array;
  private readonly perTerm = new Map<string, TermPostings>();

  constructor(
    private readonly language: Language,
    private readonly docs: IndexDocument[],
  ) {
    this.analyzer = analyzerFor(language);
    this.lengths = new Int32Array(docs.length * FIELD_COUNT);
  }

  /** Counts each term straight into its postings (the last pair of a field is this document's while it is added):
   * no map of counts per field and document, which was most of what a build allocated. */
  add(d: number): void {
    const doc = this.docs[d]!;
    FIELDS.forEach(({ name }, f) => {
      const terms = this.analyzer.terms(doc.fields[name] ?? '');
      this.lengths[d * FIELD_COUNT + f] = terms.length;
      for (const term of terms) {
        let entry = this.perTerm.get(term);
        if (!entry) this.perTerm.set(term, (entry = { byField: [], doc: -1, field: -1 }));
        const pairs = (entry.byField[f] ??= []);
        if (entry.doc === d && entry.field === f) pairs[pairs.length - 1]!++;
        else {
          pairs.push(d, 1);
          entry.doc = d;
          entry.field = f;
        }
      }
    });
  }

  /** Postings written straight into one typed array (no block array per term to copy from, and then collect). */
  finish(id: string): Segment {
    const terms = [...this.perTerm.keys()].sort();
    const offsets = new Int32Array(terms.length + 1);
    let total = 0;
    terms.forEach((term, t) => {
      offsets[t] = total;
      this.perTerm.get(term)!.byField.forEach((pairs) => (total += pairs.length > 0 ? 2 + pairs.length : 0));
    });
    offsets[terms.length] = total;
    const postings = new Int32Array(total);
    let at = 0;
    for (const term of terms) {
      this.perTerm.get(term)!.byField.forEach((pairs, f) => {
        if (pairs.length === 0) return;
        postings[at++] = f;
        postings[at++] = pairs.length / 2;
        postings.set(pairs, at);
        at += pairs.length;
      });
      this.perTerm.delete(term); // garbage as soon as it is copied
    }
    const { docs } = this;
    return { id, language: this.language, refs: docs.map((d) => d.ref), versions: docs.map((d) => d.version), lengths: this.lengths, terms, offsets, postings, termIndex: indexTerms(terms) };
  }
}
