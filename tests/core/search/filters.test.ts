import { beforeAll, describe, expect, it } from 'vitest';
import type { Input } from '../../../shared/api';
import { createCore } from '../../../main/core/index';
import type { Core } from '../../../main/core/index';
import { callerOf } from '../../helpers/core';
import type { Call } from '../../helpers/core';
import { closeAtEnd, tempDir } from '../../helpers/temp-dir';

const md = (title: string, source: string, date: string, body: string) => `---\ntitle: ${title}\nsource: ${source}\ndate: ${date}\n---\n\n${body}\n`;

let core: Core;
const ids: Record<string, string> = {};

const call: Call = (method, params) => callerOf(core)(method, params);

const names = async (params: Input<'search.query'>) =>
  (await call('search.query', params)).hits.map((h) => `${h.type === 'article' ? '' : `${h.kind}@`}${Object.keys(ids).find((k) => ids[k] === h.articleId)}`);

beforeAll(async () => {
  core = closeAtEnd(await createCore({ dir: await tempDir() }));
  const add = async (name: string, text: string) => (ids[name] = (await call('import.content', { name: `${name}.md`, text })).articleId!);
  await add('old', md('Ferry plans shelved', 'Harbour Times', '2019-05-02', 'The ferry plans were shelved by the council for lack of money this year.'));
  await add('mid', md('Ferry plans revived', 'Island Post', '2022-03-10', 'The ferry plans were revived after the islanders petitioned the council again.'));
  await add('new', md('Ferry route approved', 'Harbour Times', '2025-11-20', 'The ferry route was approved and the first boats will sail in the spring, the ferry company said.'));
  await call('highlights.create', { articleId: ids.mid!, quote: 'revived', kind: 'claim', tags: ['ferry'] });
});

describe('search filters and sorting', () => {
  it('filters by source, date range and type', async () => {
    expect(await names({ q: 'ferry', source: 'harbour times' })).toEqual(['new', 'old']);
    expect(await names({ q: 'ferry', dateFrom: '2020-01-01' })).toEqual(expect.arrayContaining(['new', 'mid']));
    expect(await names({ q: 'ferry', dateFrom: '2020-01-01', dateTo: '2023-12-31', type: 'article' })).toEqual(['mid']);
    expect(await names({ q: 'revived', type: 'highlight' })).toEqual(['claim@mid']);
  });

  it('sorts by date, newest first, or by relevance', async () => {
    expect(await names({ q: 'ferry', type: 'article', sort: 'date' })).toEqual(['new', 'mid', 'old']);
    expect((await names({ q: 'ferry', type: 'article' }))[0]).toBe('new'); // "ferry" twice in its body
  });
});

describe('numeric filters on figures', () => {
  it('finds figures by value range and unit, and the articles that hold them', async () => {
    const h = await call('highlights.create', {
      articleId: ids.new!,
      quote: 'the first boats',
      kind: 'figure',
      evidence: { quantities: [{ value: 2_400_000, unit: 'EUR' }], asOfText: 'in the spring' },
    });
    expect(await names({ q: 'ferry', valueMin: 1_000_000, type: 'highlight' })).toEqual([]); // "ferry" is not in its text
    expect(await names({ q: 'boats', valueMin: 1_000_000 })).toEqual(expect.arrayContaining(['figure@new', 'new']));
    expect(await names({ q: 'boats', valueMin: 3_000_000 })).toEqual([]);
    expect(await names({ q: 'boats', unit: 'eur', valueMax: 2_500_000, type: 'highlight' })).toEqual(['figure@new']);
    expect(await names({ q: 'spring', type: 'highlight' })).toEqual(['figure@new']); // its as-of words are searchable
    expect(h.evidence?.quantities?.[0]?.value).toBe(2_400_000);
  });
});
