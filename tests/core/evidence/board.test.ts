// The board's filter language, sorting, grouping and paging as pure functions, and its speed on 30,000 rows.
import { describe, expect, it } from 'vitest';
import type { BoardRow } from '../../../shared/evidence';
import type { ArticleMeta, Highlight, Kind } from '../../../shared/model';
import { boardPage, toRow } from '../../../main/core/evidence/board';
import { parseBoardQuery } from '../../../main/core/evidence/board-query';
import { buildSeries } from '../../../main/core/evidence/series';
import type { FigureInput } from '../../../main/core/evidence/series';
import { interval } from '../../../main/core/evidence/checks';

describe('parseBoardQuery', () => {
  it.each([
    ['value:>1000000', { valueMin: 1e6, minExclusive: true }],
    ['value:>=6m', { valueMin: 6e6 }],
    ['value:<5%', { valueMax: 0.05, maxExclusive: true }],
    ['value:1e6..5e6', { valueMin: 1e6, valueMax: 5e6 }],
    ['value:..200', { valueMax: 200 }],
    ['value:14,000', { valueMin: 14000, valueMax: 14000 }],
    ['unit:users status:disputed', { unit: 'users', status: 'disputed' }],
    ['speaker:"Ana Ruiz" ferry "harbour council"', { speaker: 'Ana Ruiz', words: ['ferry', 'harbour', 'council'] }],
    ['asof:2017 kind:figure tag:telegram', { asOf: '2017', kind: 'figure', tag: 'telegram' }],
  ])('%s', (q, expected) => expect(parseBoardQuery(q)).toMatchObject(expected));

  it.each([['colour:red'], ['value:>lots']])('refuses %s with BAD_QUERY', (q) => {
    expect(() => parseBoardQuery(q)).toThrow(expect.objectContaining({ code: 'BAD_QUERY' }));
  });
});

const ARTICLE: ArticleMeta = {
  id: 'a'.repeat(8) + '-0000-0000-0000-000000000000', title: 'An article', source: 'Gazette', author: null, date: '2024-01-01', dateText: null, url: null,
  lang: 'en', dir: 'ltr', excerpt: null, format: 'text', fileName: null, importedAt: '2024-01-01T00:00:00Z', contentHash: '', sourceHash: '', bodyHash: '',
  words: 100, includeRemoved: false, warnings: [], versions: [],
};
const KINDS: Kind[] = ['claim', 'figure', 'quote'];

function highlight(i: number): Highlight {
  const kind = KINDS[i % 3]!;
  const id = `${i.toString(16).padStart(8, '0')}-0000-0000-0000-000000000000`;
  return {
    id, articleId: ARTICLE.id, kind, tags: [`t${i % 7}`], note: '', author: 'a', createdAt: '2024', updatedAt: '2024', updatedBy: 'a',
    fields: kind === 'quote' ? { speaker: `Speaker ${i % 50}` } : kind === 'figure' ? { measures: `thing ${i % 100}` } : { claimant: 'X' },
    ...(kind === 'figure' ? { evidence: { quantities: [{ value: i * 1000, unit: i % 2 ? 'users' : 'EUR' }], asOf: String(2000 + (i % 20)) } } : {}),
    ...(kind === 'claim' && i % 5 === 0 ? { evidence: { status: 'disputed' as const } } : {}),
    target: { position: { start: i, end: i + 5 }, quote: { exact: `passage ${i} about ferries`, prefix: '', suffix: '', type: 'TextQuoteSelector' }, type: undefined } as unknown as Highlight['target'],
  };
}

describe('boardPage', () => {
  const rows: BoardRow[] = Array.from({ length: 30_000 }, (_, i) => toRow(highlight(i), ARTICLE, () => true));

  it('filters, sorts, groups and pages 30,000 rows quickly', () => {
    const started = performance.now();
    const page = boardPage(rows, { filter: parseBoardQuery('value:>1m unit:users'), sort: 'value', order: 'desc', groupBy: 'unit', limit: 50, offset: 0 });
    const grouped = boardPage(rows, { filter: parseBoardQuery(''), sort: 'speaker', order: 'asc', groupBy: 'tag', limit: 200, offset: 100 });
    const ms = performance.now() - started;
    expect(page.rows).toHaveLength(50);
    expect(page.rows[0]!.value).toBeGreaterThan(page.rows[49]!.value!);
    expect(page.rows.every((r) => r.unit === 'users' && r.value! > 1e6)).toBe(true);
    expect(grouped.total).toBe(30_000);
    expect(grouped.groups!.map((g) => g.label)).toEqual(['t0', 't1', 't2', 't3', 't4', 't5', 't6']);
    console.log(`board over 30,000 rows: two queries in ${ms.toFixed(0)} ms`);
    expect(ms).toBeLessThan(1500);
  });

  it('keeps rows without the sort key last in either order, and filters claims by status', () => {
    const desc = boardPage(rows.slice(0, 9), { filter: parseBoardQuery(''), sort: 'value', order: 'desc', limit: 9, offset: 0 });
    expect(desc.rows.slice(-6).every((r) => r.value === undefined)).toBe(true);
    const disputed = boardPage(rows, { filter: parseBoardQuery('status:disputed'), sort: 'article', order: 'asc', limit: 5, offset: 0 });
    expect(disputed.total).toBe(2000);
  });

  it('builds series over many figures without comparing each with every other', () => {
    const figures: FigureInput[] = Array.from({ length: 10_000 }, (_, i) => ({
      highlightId: String(i), articleId: `a${i % 500}`, articleTitle: '', source: null, articleDate: null, text: '',
      quantity: { value: i, unit: 'users' }, measures: `users of app ${i % 300}`, subject: `App${i % 300}`, asOf: String(2000 + (i % 20)),
    }));
    const started = performance.now();
    const series = buildSeries(figures);
    expect(series).toHaveLength(300);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('interval (what a printed number stands for)', () => {
  it.each([
    [{ value: 6e6, scale: 'million', text: '6 million' }, [5.5e6, 6.5e6]],
    [{ value: 2e6, scale: 'million', text: '2 million' }, [1.8e6, 2.2e6]],
    [{ value: 8400, text: '8,400' }, [8350, 8450]],
    [{ value: 9e7, bound: 'approximate' as const, text: 'around 90 million' }, [8.1e7, 9.9e7]],
    [{ value: 200, bound: 'lower' as const, text: 'more than 200' }, [180, Infinity]],
    [{ value: 100, bound: 'upper' as const, text: 'up to 100' }, [-Infinity, 110]],
    [{ value: 35e6, valueMax: 40e6, text: '35-40 million' }, [34.5e6, 40.5e6]],
  ])('%o', (q, expected) => expect(interval(q)).toEqual(expected));
});

describe('checkQuotes at scale', () => {
  it('compares 10,000 quotations without comparing each with every other', async () => {
    const { checkQuotes } = await import('../../../main/core/evidence/checks');
    const words = 'the council said ferry route budget costs passengers harbour trial vote summer winter people city water money'.split(' ');
    const quotes = Array.from({ length: 10_000 }, (_, i) => ({
      highlightId: String(i), articleId: `a${i % 700}`, articleTitle: '', source: null,
      text: Array.from({ length: 12 }, (_, k) => words[(i * 7 + k * (i % 5 + 1)) % words.length]).join(' ') + ` number ${i}`,
    }));
    const started = performance.now();
    checkQuotes(quotes);
    const ms = performance.now() - started;
    console.log(`quote checks over 10,000 quotations: ${ms.toFixed(0)} ms`);
    expect(ms).toBeLessThan(5000);
  });
});
