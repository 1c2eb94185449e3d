import { describe, expect, it } from 'vitest';
import { configurePipelines, lunr } from '../../../../main/core/search/analysis';
import { FIELDS } from '../../../../main/core/search/documents';
import { buildSegment } from '../../../../main/core/search/engine/build-segment';
import type { IndexDocument } from '../../../../main/core/search/engine/build-segment';
import { executeQuery } from '../../../../main/core/search/engine/execute-query';
import type { LiveSegment } from '../../../../main/core/search/engine/execute-query';
import { mergeSegments } from '../../../../main/core/search/engine/merge-segments';
import { parseSegment, serializeSegment } from '../../../../main/core/search/engine/segment-file';
import { generateCorpus } from '../../../bench/corpus/corpus';

const corpus = generateCorpus(600, 7);
const docs: IndexDocument[] = corpus.articles.map((a, i) => ({
  ref: `a:${String(i).padStart(6, '0')}`,
  version: '1',
  language: 'en',
  fields: { title: a.title, body: a.body, source: a.outlet, date: a.date, author: a.author },
}));

/** One real lunr index over all the documents: what the segments must agree with. */
const reference = lunr(function () {
  configurePipelines(this);
  this.ref('ref');
  for (const field of FIELDS) this.field(field.name, { boost: field.boost });
  for (const doc of docs) this.add({ ref: doc.ref, ...doc.fields });
});

/** The same documents spread over uneven segments, as incremental indexing leaves them. */
function segmented(): LiveSegment[] {
  const cuts = [0, 7, 50, 51, 300, 320, 321, 500, docs.length];
  return cuts.slice(1).map((end, i) => ({ segment: buildSegment(`s${i}`, 'en', docs.slice(cuts[i], end)), dead: new Set<number>() }));
}

function stats(segments: LiveSegment[]) {
  const lengthSums = FIELDS.map(() => 0);
  let count = 0;
  for (const { segment, dead } of segments) {
    segment.refs.forEach((_, doc) => {
      if (dead.has(doc)) return;
      count++;
      FIELDS.forEach((_, f) => (lengthSums[f]! += segment.lengths[doc * FIELDS.length + f]!));
    });
  }
  return { docs: count, lengthSums };
}

const queries = [
  ...corpus.queries.common.map((q) => q.q),
  ...corpus.queries.rare.map((q) => q.q),
  ...corpus.queries.or3.map((q) => q.q),
  ...corpus.queries.must2.map((q) => q.q),
  ...corpus.queries.fuzzy.map((q) => q.q),
  ...corpus.queries.prefix.map((q) => q.q),
  ...corpus.queries.title.map((q) => q.q),
  'council -budget',
  'title:council^3 body:budget',
].filter((q, i, all) => all.indexOf(q) === i);

describe('segmented index', () => {
  it('scores exactly as one lunr index over the same documents', () => {
    const segments = segmented();
    const corpusStats = stats(segments);
    let compared = 0;
    for (const q of queries) {
      const expected = reference.search(q);
      const actual = executeQuery(q, segments, corpusStats);
      expect(actual.refs.length, q).toBe(expected.length);
      const expectedScores = new Map(expected.map((r) => [r.ref, r.score]));
      actual.refs.forEach((ref, i) => expect(actual.scores[i], `${q} ${ref}`).toBeCloseTo(expectedScores.get(ref)!, 9));
      compared++;
    }
    expect(compared).toBeGreaterThan(20);
  });

  it('gives the same top-10 as one lunr index (ties aside), while per-segment scoring does not', () => {
    const segments = segmented();
    const corpusStats = stats(segments);
    let agree = 0;
    let perSegmentAgree = 0;
    let total = 0;
    for (const q of queries) {
      const expected = reference.search(q).slice(0, 10);
      if (expected.length === 0) continue;
      const cut = expected[expected.length - 1]!.score;
      const actual = executeQuery(q, segments, corpusStats);
      const top = new Set(actual.refs.filter((_, i) => actual.scores[i]! >= cut - 1e-9));
      // Per-segment statistics: what you get by searching each segment as its own index.
      const perSegment = segments
        .flatMap((live) => {
          const own = executeQuery(q, [live], stats([live]));
          return own.refs.map((ref, i) => ({ ref, score: own.scores[i]! }));
        })
        .sort((a, b) => b.score - a.score)
        .slice(0, 10)
        .map((r) => r.ref);
      for (const r of expected) {
        total++;
        if (top.has(r.ref)) agree++;
        if (perSegment.includes(r.ref)) perSegmentAgree++;
      }
    }
    console.log(`top-10 agreement with one lunr index: segmented ${(100 * agree / total).toFixed(1)}%, per-segment scores ${(100 * perSegmentAgree / total).toFixed(1)}% (${total} results)`);
    expect(agree).toBe(total);
    expect(perSegmentAgree).toBeLessThan(total);
  });

  it('keeps the same best hits and totals when asked for a page only, or for some refs only', () => {
    const segments = segmented();
    const corpusStats = stats(segments);
    const only = new Set(docs.filter((_, i) => i % 3 === 0).map((d) => d.ref));
    for (const q of queries) {
      const all = executeQuery(q, segments, corpusStats);
      expect(all.total, q).toBe(all.refs.length);
      for (const top of [0, 1, 7, 20]) {
        const page = executeQuery(q, segments, corpusStats, { top });
        expect(page.refs, `${q} top ${top}`).toEqual(all.refs.slice(0, top));
        expect(page.scores).toEqual(all.scores.slice(0, top));
        expect(page.total).toBe(all.total);
      }
      const filtered = executeQuery(q, segments, corpusStats, { top: 5, only });
      const expected = all.refs.filter((ref) => only.has(ref));
      expect(filtered.refs, q).toEqual(expected.slice(0, 5));
      expect(filtered.total).toBe(expected.length);
    }
  });

  it('merging segments and dropping dead documents leaves the results of the live ones unchanged', () => {
    const segments = segmented();
    // Kill a few documents, as updates and deletions do.
    const dead = new Set([0, 3, 5]);
    const withDead: LiveSegment[] = segments.map((s, i) => (i === 4 ? { segment: s.segment, dead } : s));
    const merged: LiveSegment[] = [{ segment: mergeSegments('m', withDead), dead: new Set() }];
    for (const q of queries.slice(0, 15)) {
      const before = executeQuery(q, withDead, stats(withDead));
      const after = executeQuery(q, merged, stats(merged));
      expect(after.refs, q).toEqual(before.refs);
      after.scores.forEach((score, i) => expect(score).toBeCloseTo(before.scores[i]!, 9));
    }
  });

  it('survives a round trip through its JSON file, smaller than the text it indexes', () => {
    const segment = buildSegment('x', 'en', docs);
    const json = serializeSegment(segment);
    const back = parseSegment(json);
    expect(back.refs).toEqual(segment.refs);
    expect(back.terms).toEqual(segment.terms);
    expect(Array.from(back.postings)).toEqual(Array.from(segment.postings));
    const textBytes = docs.reduce((sum, d) => sum + Object.values(d.fields).join(' ').length, 0);
    console.log(`segment JSON ${(json.length / 1e6).toFixed(2)} MB for ${(textBytes / 1e6).toFixed(2)} MB of text`);
    expect(json.length).toBeLessThan(textBytes);
  });
});
