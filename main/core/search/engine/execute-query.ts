import { lunr, runPipeline, searchPipeline } from '../analysis';
import { FIELDS } from '../documents';
import type { Language } from '../languages';
import { FIELD_COUNT } from './build-segment';
import { parseQuery, tokenSetFromClause } from './lunr-internals';
import type { Clause, ParsedQuery } from './lunr-internals';
import { fieldBlock, prefixRange, tokenSetOf } from './segment';
import type { Segment } from './segment';
import { TopHits } from './top-hits';

/** A segment with the documents that no longer count (deleted, or replaced by a newer copy elsewhere). */
export interface LiveSegment {
  segment: Segment;
  dead: ReadonlySet<number>;
}

/** Statistics over every live document of every segment: what a single index would have. */
export interface CorpusStats {
  docs: number;
  lengthSums: number[];
}

export interface QueryOptions {
  /** Return only the best `top` hits (the total still counts them all); every hit when absent. */
  top?: number;
  /** Only these refs count, in the hits and the total (the search's filters); every ref when absent. */
  only?: ReadonlySet<string>;
}

export interface QueryResult {
  /** The hits, best first (the best `top` of them when asked). */
  refs: string[];
  scores: number[];
  /** How many documents matched. */
  total: number;
  /** Every index term the query matched on (for marking snippets). */
  terms: string[];
}

// lunr's BM25 parameters (lunr.Builder defaults).
const K1 = 1.2;
const B = 0.75;
const FIELD_NAMES = FIELDS.map((f) => f.name as string);
const FIELD_BOOSTS = FIELDS.map((f) => f.boost);
const { REQUIRED, PROHIBITED } = lunr.Query.presence;

/**
 * Runs a query in lunr's syntax over all segments as if they were one lunr index: lunr's parser, pipelines and
 * term expansion, and lunr's scoring (BM25 field vectors, cosine against the query vector) computed with
 * notebook-wide document frequencies and field lengths, so scores compare across segments and equal lunr's.
 * @throws lunr.QueryParseError on bad syntax
 */
export function executeQuery(queryString: string, segments: LiveSegment[], stats: CorpusStats, options: QueryOptions = {}): QueryResult {
  const query = parseQuery(queryString, FIELD_NAMES);
  const automata = new Map<string, lunr.TokenSet>(); // a fuzzy or wildcard term's automaton, built once for all segments
  const expansions = segments.map(({ segment }) => query.clauses.map((clause) => expandClause(segment, clause, automata)));
  const queryVectors = buildQueryVectors(query.clauses, expansions);
  const weight = weigher(segments, stats, queryVectors);
  const hits = new TopHits(options.top);
  segments.forEach((live, s) => scoreSegment(live, query, expansions[s]!, queryVectors, weight, options.only && allowedDocs(live.segment, options.only), hits));
  const terms = new Set<string>();
  query.clauses.forEach((clause, c) => clause.presence !== PROHIBITED && expansions.forEach((e) => e[c]!.forEach((t) => terms.add(t))));
  return { ...hits.ranked(), total: hits.total, terms: [...terms] };
}

/** Per filter set, per segment: 1 for the documents the set holds. Segments never change, filter sets are made
 * anew when the notebook changes: both drop out of here once nothing else holds them. */
const allowedBySet = new WeakMap<ReadonlySet<string>, WeakMap<Segment, Uint8Array>>();

/** Which documents of a segment a filter set lets through: a lookup by number for every posting, made once. */
function allowedDocs(segment: Segment, only: ReadonlySet<string>): Uint8Array {
  let bySegment = allowedBySet.get(only);
  if (!bySegment) allowedBySet.set(only, (bySegment = new WeakMap()));
  let allowed = bySegment.get(segment);
  if (!allowed) {
    allowed = new Uint8Array(segment.refs.length);
    segment.refs.forEach((ref, doc) => (allowed![doc] = only.has(ref) ? 1 : 0));
    bySegment.set(segment, allowed);
  }
  return allowed;
}

/** The index terms a clause stands for in one segment: pipeline for plain terms, automaton for wildcards and fuzz. */
function expandClause(segment: Segment, clause: Clause, automata: Map<string, lunr.TokenSet>): string[] {
  const terms = clause.usePipeline ? runPipeline(searchPipeline(segment.language as Language), clause.term) : [clause.term];
  const out = new Set<string>();
  for (const term of terms) {
    const wildcard = term.includes('*');
    const fuzzy = (clause.editDistance ?? 0) > 0;
    if (!wildcard && !fuzzy) {
      if (segment.termIndex.has(term)) out.add(term);
    } else if (!fuzzy && /^[^*]+\*$/.test(term)) {
      const [from, to] = prefixRange(segment.terms, term.slice(0, -1));
      for (let i = from; i < to; i++) out.add(segment.terms[i]!);
    } else {
      const key = `${term}~${clause.editDistance ?? 0}`;
      let automaton = automata.get(key);
      if (!automaton) automata.set(key, (automaton = tokenSetFromClause({ ...clause, term })));
      for (const t of tokenSetOf(segment).intersect(automaton).toArray()) out.add(t);
    }
  }
  return [...out];
}

type QueryVectors = Map<string, number>[]; // per field: term → summed clause boost

function buildQueryVectors(clauses: Clause[], expansions: string[][][]): QueryVectors {
  const vectors: QueryVectors = FIELD_NAMES.map(() => new Map());
  clauses.forEach((clause, c) => {
    if (clause.presence === PROHIBITED) return;
    const terms = new Set(expansions.flatMap((perClause) => perClause[c]!));
    for (const term of terms) {
      for (const field of clause.fields) {
        const f = FIELD_NAMES.indexOf(field);
        vectors[f]!.set(term, (vectors[f]!.get(term) ?? 0) + (clause.boost ?? 1));
      }
    }
  });
  return vectors;
}

/** w(term, field, doc) exactly as lunr.Builder computes it, but from notebook-wide statistics. */
function weigher(segments: LiveSegment[], stats: CorpusStats, vectors: QueryVectors) {
  const idf = new Map<string, number>();
  const queryTerms = new Set(vectors.flatMap((v) => [...v.keys()]));
  for (const term of queryTerms) {
    let df = 0;
    for (const { segment, dead } of segments) {
      const t = segment.termIndex.get(term);
      if (t === undefined) continue;
      // As lunr.idf: postings summed over the fields (a document with the term in two fields counts twice).
      // Without dead documents that is the blocks' lengths; no visit per posting.
      const { postings } = segment;
      const end = segment.offsets[t + 1]!;
      for (let at = segment.offsets[t]!; at < end; at += 2 + 2 * postings[at + 1]!) {
        const n = postings[at + 1]!;
        if (dead.size === 0) df += n;
        else for (let k = 0; k < n; k++) if (!dead.has(postings[at + 2 + 2 * k]!)) df++;
      }
    }
    idf.set(term, Math.log(1 + Math.abs((stats.docs - df + 0.5) / (df + 0.5))));
  }
  const average = stats.lengthSums.map((sum) => sum / stats.docs);
  /** The factor of w that depends on the term only: w = round((factor × tf / (norm(field, length) + tf)) × boost),
   * the same operations in the same order as the expression it replaces, so scores stay equal to lunr's. */
  const factor = (term: string): number => idf.get(term)! * (K1 + 1);
  const norm = (field: number, length: number): number => K1 * (1 - B + B * (length / average[field]!));
  return { factor, norm };
}

function scoreSegment(
  { segment, dead }: LiveSegment,
  query: ParsedQuery,
  expansions: string[][],
  vectors: QueryVectors,
  weight: ReturnType<typeof weigher>,
  allowed: Uint8Array | undefined,
  hits: TopHits,
): void {
  const required = new Map<number, Set<number> | 'all'>();
  const prohibited = new Set<number>();
  // Per document of the segment, indexed by its number: typed arrays rather than maps, since a common term
  // touches most documents. `dots[doc * FIELD_COUNT + f]` is the dot product of field f; `matchedFields[doc]` the
  // bit mask of the fields it matched in; `touched` the documents in the order they were first matched.
  const docCount = segment.refs.length;
  // Allocated when a term of the query is found in the segment (most segments hold no rare term).
  const acc: { dots: Float64Array | null; matchedFields: Int32Array | null } = { dots: null, matchedFields: null };
  const touched: number[] = [];
  const scored = new Set<string>();
  const { postings, lengths } = segment;
  const hasDead = dead.size > 0;
  query.clauses.forEach((clause, c) => {
    const fields = clause.fields.map((name) => FIELD_NAMES.indexOf(name));
    const expanded = expansions[c]!;
    if (expanded.length === 0 && clause.presence === REQUIRED) {
      for (const f of fields) required.set(f, new Set());
      return;
    }
    const clauseMatches = new Set<number>();
    for (const term of expanded) {
      const t = segment.termIndex.get(term)!;
      for (const f of fields) {
        const block = fieldBlock(segment, t, f);
        if (!block) continue;
        // lunr adds each term–field pair to the scores once, however many clauses name it.
        const score = clause.presence !== PROHIBITED && !scored.has(`${term}/${f}`);
        if (score) scored.add(`${term}/${f}`);
        if (clause.presence === REQUIRED || clause.presence === PROHIBITED) {
          const into = clause.presence === REQUIRED ? clauseMatches : prohibited;
          for (let k = 0; k < block.n; k++) {
            const doc = postings[block.at + 2 * k]!;
            if (!hasDead || !dead.has(doc)) into.add(doc);
          }
        }
        if (!score) continue;
        const dots = (acc.dots ??= new Float64Array(docCount * FIELD_COUNT));
        const matchedFields = (acc.matchedFields ??= new Int32Array(docCount));
        const q = vectors[f]!.get(term) ?? 0;
        const factor = weight.factor(term);
        const boost = FIELD_BOOSTS[f]!;
        const bit = 1 << f;
        for (let k = 0; k < block.n; k++) {
          const doc = postings[block.at + 2 * k]!;
          if ((hasDead && dead.has(doc)) || (allowed && allowed[doc] === 0)) continue;
          const tf = postings[block.at + 2 * k + 1]!;
          const w = Math.round(((factor * tf) / (weight.norm(f, lengths[doc * FIELD_COUNT + f]!) + tf)) * boost * 1000) / 1000;
          dots[doc * FIELD_COUNT + f] = dots[doc * FIELD_COUNT + f]! + q * w;
          if (matchedFields[doc] === 0) touched.push(doc);
          matchedFields[doc] = matchedFields[doc]! | bit;
        }
      }
    }
    if (clause.presence === REQUIRED) {
      for (const f of fields) {
        const current = required.get(f) ?? 'all';
        required.set(f, current === 'all' ? clauseMatches : new Set([...current].filter((d) => clauseMatches.has(d))));
      }
    }
  });
  const magnitude = vectors.map((v) => Math.sqrt([...v.values()].reduce((sum, x) => sum + x * x, 0)));
  const requiredSets = [...required.values()].filter((set): set is Set<number> => set !== 'all');
  const passes = (doc: number): boolean =>
    (!allowed || allowed[doc] === 1) && !prohibited.has(doc) && requiredSets.every((set) => set.has(doc));
  if (query.clauses.every((c) => c.presence === PROHIBITED)) {
    // A purely negative query matches every other document, with score 0 (as in lunr).
    segment.refs.forEach((ref, doc) => {
      if (!dead.has(doc) && passes(doc)) hits.offer(ref, 0);
    });
    return;
  }
  const { dots: dot, matchedFields: mask } = acc;
  if (!dot || !mask) return;
  for (const doc of touched) {
    if (!passes(doc)) continue;
    let score = 0;
    for (let f = 0; f < FIELD_COUNT; f++) if (mask[doc]! & (1 << f) && magnitude[f]! > 0) score += dot[doc * FIELD_COUNT + f]! / magnitude[f]!;
    hits.offer(segment.refs[doc]!, score);
  }
}
