import { LANGUAGES } from '../languages';
import type { Language } from '../languages';
import { FIELDS } from '../documents';
import { FIELD_COUNT } from './build-segment';
import { indexTerms } from './segment';
import type { Segment } from './segment';

const FORMAT = 'sourcebook-segment';
const VERSION = 1;

/**
 * A segment as JSON: plain arrays of numbers, with document numbers delta-encoded inside each posting block and
 * term blocks stored by length, which keeps the file well under the size of the text it indexes.
 */
export function serializeSegment(segment: Segment): string {
  const { postings, offsets } = segment;
  const encoded: number[] = new Array(postings.length);
  const blockLengths: number[] = [];
  for (let t = 0; t < segment.terms.length; t++) {
    blockLengths.push(offsets[t + 1]! - offsets[t]!);
    for (let at = offsets[t]!; at < offsets[t + 1]!; ) {
      const n = postings[at + 1]!;
      encoded[at] = postings[at]!;
      encoded[at + 1] = n;
      let previous = 0;
      for (let k = 0; k < n; k++) {
        const doc = postings[at + 2 + 2 * k]!;
        encoded[at + 2 + 2 * k] = doc - previous;
        encoded[at + 3 + 2 * k] = postings[at + 3 + 2 * k]!;
        previous = doc;
      }
      at += 2 + 2 * n;
    }
  }
  return JSON.stringify({
    format: FORMAT,
    version: VERSION,
    id: segment.id,
    language: segment.language,
    fields: FIELDS.map((f) => f.name),
    refs: segment.refs,
    versions: segment.versions,
    lengths: Array.from(segment.lengths),
    terms: segment.terms,
    blocks: blockLengths,
    postings: encoded,
  });
}

/** @throws Error when the JSON is not a segment this version can read (the caller rebuilds from the data). */
export function parseSegment(json: string): Segment {
  const raw = JSON.parse(json) as Record<string, unknown>;
  if (raw.format !== FORMAT || raw.version !== VERSION) throw new Error('not a segment of this version');
  const fields = raw.fields as string[];
  if (fields.join() !== FIELDS.map((f) => f.name).join()) throw new Error('segment fields differ');
  const language = raw.language as Language;
  if (language !== 'und' && !(LANGUAGES as readonly string[]).includes(language)) throw new Error('unknown segment language');
  const refs = raw.refs as string[];
  const terms = raw.terms as string[];
  const blocks = raw.blocks as number[];
  const encoded = raw.postings as number[];
  const lengths = Int32Array.from(raw.lengths as number[]);
  if (lengths.length !== refs.length * FIELD_COUNT || blocks.length !== terms.length) throw new Error('segment is inconsistent');
  const offsets = new Int32Array(terms.length + 1);
  for (let t = 0; t < terms.length; t++) offsets[t + 1] = offsets[t]! + blocks[t]!;
  const postings = Int32Array.from(encoded);
  for (let t = 0; t < terms.length; t++) {
    for (let at = offsets[t]!; at < offsets[t + 1]!; ) {
      const n = postings[at + 1]!;
      let doc = 0;
      for (let k = 0; k < n; k++) {
        doc += postings[at + 2 + 2 * k]!;
        if (doc >= refs.length) throw new Error('segment posting out of range');
        postings[at + 2 + 2 * k] = doc;
      }
      at += 2 + 2 * n;
    }
  }
  return { id: raw.id as string, language, refs, versions: raw.versions as string[], lengths, terms, offsets, postings, termIndex: indexTerms(terms) };
}
