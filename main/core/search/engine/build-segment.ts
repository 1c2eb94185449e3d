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
  const analyzer = analyzerFor(language);
  const lengths = new Int32Array(docs.length * FIELD_COUNT);
  const perTerm = new Map<string, number[][]>();
  docs.forEach((doc, d) => {
    FIELDS.forEach(({ name }, f) => {
      const terms = analyzer.terms(doc.fields[name] ?? '');
      lengths[d * FIELD_COUNT + f] = terms.length;
      const tf = new Map<string, number>();
      for (const term of terms) tf.set(term, (tf.get(term) ?? 0) + 1);
      for (const [term, count] of tf) {
        let byField = perTerm.get(term);
        if (!byField) perTerm.set(term, (byField = []));
        (byField[f] ??= []).push(d, count);
      }
    });
  });
  const terms = [...perTerm.keys()].sort();
  const blocks = terms.map((term) => encodeBlocks(perTerm.get(term)!));
  return assemble(id, language, docs.map((d) => d.ref), docs.map((d) => d.version), lengths, terms, blocks);
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
