// The evidence board's filter language: free words plus field filters, e.g.
//   value:>1000000 unit:users status:disputed speaker:"Ana Ruiz" kind:figure asof:2017 telegram
// Numbers accept 1e6, 1,000,000, 6m, 2.5bn, 60% (→ 0.6); value:A..B is a range. Pure and table-tested.
import { ApiError } from '../../../shared/errors';
import { readValue } from './numbers';

export interface BoardFilter {
  words: string[];
  kind?: string;
  unit?: string;
  status?: string;
  speaker?: string;
  tag?: string;
  source?: string;
  series?: string;
  asOf?: string;
  /** Figures whose values reach into [min, max] (either may be open). */
  valueMin?: number;
  valueMax?: number;
  /** Strict comparisons (`>` rather than `>=`). */
  minExclusive?: boolean;
  maxExclusive?: boolean;
}

const FIELDS = new Set(['kind', 'unit', 'status', 'speaker', 'tag', 'source', 'series', 'asof', 'value']);
const TOKEN = /(\w+):("([^"]*)"|\S+)|"([^"]*)"|(\S+)/g;

/** @throws ApiError BAD_QUERY with a one-line reason for an unknown field or a value that is not a number */
export function parseBoardQuery(q: string): BoardFilter {
  const filter: BoardFilter = { words: [] };
  for (const m of q.matchAll(TOKEN)) {
    if (m[1] === undefined) {
      filter.words.push(...(m[4] ?? m[5]!).toLowerCase().split(/\s+/).filter(Boolean));
      continue;
    }
    const field = m[1].toLowerCase();
    const value = m[3] ?? m[2]!;
    if (!FIELDS.has(field)) throw new ApiError('BAD_QUERY', `Bad board query: unknown field "${m[1]}" (use ${[...FIELDS].join(', ')})`);
    if (field === 'value') Object.assign(filter, valueRange(value));
    else if (field === 'asof') filter.asOf = value;
    else filter[field as 'kind' | 'unit' | 'status' | 'speaker' | 'tag' | 'source' | 'series'] = value;
  }
  return filter;
}

function number(text: string): number {
  const n = readValue(text);
  if (n === undefined) throw new ApiError('BAD_QUERY', `Bad board query: "${text}" is not a number`);
  return n;
}

function valueRange(text: string): Partial<BoardFilter> {
  const range = /^(.*?)\.\.(.*)$/.exec(text);
  if (range) {
    return { ...(range[1] ? { valueMin: number(range[1]) } : {}), ...(range[2] ? { valueMax: number(range[2]) } : {}) };
  }
  const cmp = /^(>=|<=|>|<|=)?(.+)$/.exec(text)!;
  const n = number(cmp[2]!);
  switch (cmp[1]) {
    case '>':
      return { valueMin: n, minExclusive: true };
    case '>=':
      return { valueMin: n };
    case '<':
      return { valueMax: n, maxExclusive: true };
    case '<=':
      return { valueMax: n };
    default:
      return { valueMin: n, valueMax: n };
  }
}
