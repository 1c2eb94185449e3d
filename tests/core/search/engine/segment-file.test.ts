import { describe, expect, it } from 'vitest';
import { FIELDS } from '../../../../main/core/search/documents';
import { buildSegment } from '../../../../main/core/search/engine/build-segment';
import type { IndexDocument } from '../../../../main/core/search/engine/build-segment';
import { fromVarints, parseSegment, serializeSegment, toVarints } from '../../../../main/core/search/engine/segment-file';
import type { Segment } from '../../../../main/core/search/engine/segment';

const docs: IndexDocument[] = ['The harbour wall was repaired', 'Night buses return to the harbour', 'A quay inspection report'].map((body, i) => ({
  ref: `a:${i}`,
  version: `v${i}`,
  language: 'en',
  fields: { title: `Title ${i}`, body },
}));

/** A segment in the first file format (plain JSON arrays), as notebooks indexed before version 2 hold them. */
function version1(segment: Segment): string {
  const encoded = Array.from(segment.postings);
  const blocks: number[] = [];
  for (let t = 0; t < segment.terms.length; t++) {
    blocks.push(segment.offsets[t + 1]! - segment.offsets[t]!);
    for (let at = segment.offsets[t]!; at < segment.offsets[t + 1]!; ) {
      const n = segment.postings[at + 1]!;
      let previous = 0;
      for (let k = 0; k < n; k++) {
        const doc = segment.postings[at + 2 + 2 * k]!;
        encoded[at + 2 + 2 * k] = doc - previous;
        previous = doc;
      }
      at += 2 + 2 * n;
    }
  }
  return JSON.stringify({
    format: 'sourcebook-segment',
    version: 1,
    id: segment.id,
    language: segment.language,
    fields: FIELDS.map((f) => f.name),
    refs: segment.refs,
    versions: segment.versions,
    lengths: Array.from(segment.lengths),
    terms: segment.terms,
    blocks,
    postings: encoded,
  });
}

describe('segment files', () => {
  it('round-trip any 32-bit integer through varints', () => {
    const values = Int32Array.from([0, 1, -1, 63, 64, -64, -65, 127, 128, 300, 2 ** 20, -(2 ** 20), 2 ** 31 - 1, -(2 ** 31)]);
    expect(Array.from(fromVarints(toVarints(values)))).toEqual(Array.from(values));
    expect(Array.from(fromVarints(toVarints(new Int32Array(0))))).toEqual([]);
  });

  it('refuse a truncated varint', () => {
    expect(() => fromVarints(Buffer.from([0x80, 0x80]).toString('base64'))).toThrow();
  });

  it('still read segments written in the first format', () => {
    const segment = buildSegment('old', 'en', docs);
    for (const json of [version1(segment), serializeSegment(segment)]) {
      const back = parseSegment(json);
      expect(back.refs).toEqual(segment.refs);
      expect(back.versions).toEqual(segment.versions);
      expect(back.terms).toEqual(segment.terms);
      expect(Array.from(back.lengths)).toEqual(Array.from(segment.lengths));
      expect(Array.from(back.offsets)).toEqual(Array.from(segment.offsets));
      expect(Array.from(back.postings)).toEqual(Array.from(segment.postings));
    }
  });

  it('refuse a posting outside the segment', () => {
    const segment = buildSegment('bad', 'en', docs);
    const json = JSON.parse(serializeSegment(segment)) as { refs: string[] };
    json.refs = json.refs.slice(0, 1);
    expect(() => parseSegment(JSON.stringify(json))).toThrow();
  });
});
