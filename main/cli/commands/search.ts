import { UsageError } from '../types';
import * as format from '../format';
import { str, int, kind, exactly, filterOptions } from './args';
import type { Command } from './types';

const searchCommand: Command = {
  name: 'search',
  usage: 'search QUERY [--kind K] [--tag T] [--limit N] [--offset N]',
  summary: 'Search articles and highlights (lunr syntax: +must -not title:word fuzzy~1 pre* boost^2).',
  options: { ...filterOptions, limit: { type: 'string' }, offset: { type: 'string' } },
  check(positionals, values) {
    if (positionals.length === 0) throw new UsageError('give a query');
    kind(values.kind, false);
    int(values.limit, 'limit');
    int(values.offset, 'offset');
  },
  async run({ positionals, values, call, print }) {
    const result = await call('search.query', {
      q: positionals.join(' '),
      kind: kind(values.kind, false),
      tag: str(values.tag),
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
