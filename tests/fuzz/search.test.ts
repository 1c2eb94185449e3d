// Fuzzing search queries: random strings and mutations of valid lunr queries must give results or BAD_QUERY
// (one line), never an internal error or a hang.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeReport, runFuzz } from './harness';
import type { FuzzCase } from './harness';

const VALID = ['ferry', '+ferry -library', 'title:ferry', 'pass*', 'ferri~1', 'ferry^3 library', 'body:"night ferry"', '+title:library +body:nine', 'kind:figure', 'tags:numbers', 'date:2026*', '*ry', 'f*y'];
const SYNTAX = ['+', '-', ':', '~', '^', '*', '"', '\\', '(', ')', '[', ']', '{', '}', ' ', '~2', '^-1', '::', 'title:', '*:*', '~0', '^999999999', '\u0000', '\ud800', '🦆'];

/** A valid query with lunr syntax characters dropped in, cut, or repeated. */
const mutatedQuery = fc
  .tuple(fc.constantFrom(...VALID), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...SYNTAX)), { minLength: 1, maxLength: 6 }))
  .map(([query, inserts]) => inserts.reduce((q, [at, s]) => q.slice(0, at % (q.length + 1)) + s + q.slice(at % (q.length + 1)), query));

const queries = fc.oneof(
  { weight: 4, arbitrary: mutatedQuery },
  { weight: 2, arbitrary: fc.string({ maxLength: 60 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...SYNTAX, 'a', 'ferry', 'title', 'b*'), { maxLength: 30 }).map((parts) => parts.join('')) },
  // Wildcards and fuzziness that expand to much of the vocabulary: must stay within the time limit.
  { weight: 1, arbitrary: fc.array(fc.constantFrom('*', 'a*', '*e*', 'e~2', '*~2', 'title:*', '+*'), { minLength: 1, maxLength: 12 }).map((parts) => parts.join(' ')) },
);

const ARTICLE = 'Ferry report\n\nThe night ferry carried 1,200 extra passengers a week, officials said on Monday. The library opens at nine.\n';

describe('fuzzing search queries', () => {
  it('answers results or BAD_QUERY in one line, never an internal error or a hang', async () => {
    const cases: FuzzCase[] = fc.sample(queries, { numRuns: 1500, seed: 20260303 }).map((q) => ({ name: 'query', q: q.slice(0, 2000), label: `query ${JSON.stringify(q.slice(0, 80))}` }));
    const report = await runFuzz(cases, { target: 'search', seedFiles: [{ name: 'ferry.txt', bytes: new TextEncoder().encode(ARTICLE) }], timeoutMs: 10_000 });
    console.log(describeReport('fuzz search queries', report));
    expect(report.failures).toEqual([]);
    expect(report.refused).toBeGreaterThan(0); // the generator does reach bad syntax
  }, 600_000);
});
