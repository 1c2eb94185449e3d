import { UsageError } from '../types';
import * as format from '../format';
import { str, int, kind, exactly, filterOptions } from './args';
import type { Command, Values } from './types';

function oneOf<T extends string>(value: Values[string], name: string, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!allowed.includes(value as T)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')}`);
  return value as T;
}

function num(value: Values[string], name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n)) throw new UsageError(`--${name} takes a number, not "${String(value)}"`);
  return n;
}

const searchCommand: Command = {
  name: 'search',
  usage: 'search QUERY [--kind K] [--tag T] [--source S] [--from DATE] [--to DATE] [--lang L] [--type article|highlight] [--sort relevance|date] [--limit N] [--offset N]',
  summary: 'Search articles and highlights (lunr syntax: +must -not title:word fuzzy~1 pre* boost^2).',
  help: 'Filters: --source (outlet), --from/--to (article dates, YYYY-MM-DD), --lang (en, ru, de, fr, es, pt…), --type, and for\nfigures --value-min/--value-max (percentages as fractions) and --unit. --sort date puts the newest first.',
  options: {
    ...filterOptions,
    source: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    lang: { type: 'string' },
    type: { type: 'string' },
    sort: { type: 'string' },
    'value-min': { type: 'string' },
    'value-max': { type: 'string' },
    unit: { type: 'string' },
    limit: { type: 'string' },
    offset: { type: 'string' },
  },
  check(positionals, values) {
    if (positionals.length === 0) throw new UsageError('give a query');
    kind(values.kind, false);
    int(values.limit, 'limit');
    int(values.offset, 'offset');
    oneOf(values.type, 'type', ['article', 'highlight']);
    oneOf(values.sort, 'sort', ['relevance', 'date']);
    num(values['value-min'], 'value-min');
    num(values['value-max'], 'value-max');
  },
  async run({ positionals, values, call, print }) {
    const result = await call('search.query', {
      q: positionals.join(' '),
      kind: kind(values.kind, false),
      tag: str(values.tag),
      source: str(values.source),
      dateFrom: str(values.from),
      dateTo: str(values.to),
      language: str(values.lang),
      type: oneOf(values.type, 'type', ['article', 'highlight']),
      sort: oneOf(values.sort, 'sort', ['relevance', 'date']),
      valueMin: num(values['value-min'], 'value-min'),
      valueMax: num(values['value-max'], 'value-max'),
      unit: str(values.unit),
      limit: int(values.limit, 'limit'),
      offset: int(values.offset, 'offset'),
    });
    print(result, () => format.searchResult(result));
  },
};

const reindexCommand: Command = {
  name: 'reindex',
  usage: 'reindex',
  summary: 'Rebuild the search index from the stored data; reports whether the saved index was current.',
  check: exactly(0, 'no arguments'),
  async run({ call, print }) {
    const report = await call('search.reindex', {});
    print(report, () => `Reindexed ${report.documents} documents in ${report.ms} ms; the saved index was ${report.wasCurrent ? 'current' : 'out of date'}.\n`);
  },
};

export const searchCommands: Command[] = [searchCommand, reindexCommand];
