// Parts of lunr's public API that @types/lunr leaves out. One place for the casts.
import { lunr } from '../analysis';

interface TokenSetStatics {
  fromArray(sortedTerms: string[]): lunr.TokenSet;
  fromClause(clause: lunr.Query.Clause): lunr.TokenSet;
}

interface QueryParserClass {
  new (query: string, into: lunr.Query): { parse(): lunr.Query };
}

const statics = lunr.TokenSet as unknown as TokenSetStatics;
const QueryParser = (lunr as unknown as { QueryParser: QueryParserClass }).QueryParser;

/** lunr's automaton over a sorted list of terms. */
export const tokenSetFromArray = (sortedTerms: string[]): lunr.TokenSet => statics.fromArray(sortedTerms);

/** The automaton of one query clause (its term with wildcards and edit distance). */
export const tokenSetFromClause = (clause: lunr.Query.Clause): lunr.TokenSet => statics.fromClause(clause);

/** A parsed clause; lunr sets `presence` (optional, required, prohibited), which the typings omit. */
export type Clause = lunr.Query.Clause & { presence: lunr.Query.presence };

export interface ParsedQuery {
  clauses: Clause[];
}

/**
 * Parses a query string in lunr's syntax into clauses over `fields`.
 * @throws lunr.QueryParseError on bad syntax or an unknown field
 */
export function parseQuery(queryString: string, fields: string[]): ParsedQuery {
  const query = new lunr.Query(fields);
  new QueryParser(queryString, query).parse();
  return query as unknown as ParsedQuery;
}
