import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../shared/model';
import { DEFAULT_LIBRARY_PREFS } from '../../renderer/app/ui-state';
import { filterArticles, sortArticles, sourcesOf } from '../../renderer/features/library/library-model';

const summary = (title: string, extra: Partial<ArticleSummary> = {}): ArticleSummary => ({
  id: title,
  title,
  source: null,
  author: null,
  date: null,
  words: 100,
  importedAt: '2025-01-01T00:00:00.000Z',
  highlights: 0,
  counts: { claim: 0, figure: 0, quote: 0 },
  tags: [],
  ...extra,
});

const ARTICLES = [
  summary('beta', { date: '2024-05-01', source: 'Gazette', highlights: 2, counts: { claim: 2, figure: 0, quote: 0 }, tags: ['ferry'] }),
  summary('Alpha', { date: null, source: 'Bulletin', importedAt: '2025-03-01T00:00:00.000Z' }),
  summary('gamma 10', { date: '2023-01-01', highlights: 1, counts: { claim: 0, figure: 0, quote: 1 } }),
  summary('gamma 9', { date: '2024-05-01', source: 'Gazette' }),
];
const titles = (articles: ArticleSummary[]) => articles.map((a) => a.title);

describe('sortArticles', () => {
  it.each([
    ['title', false, ['Alpha', 'beta', 'gamma 9', 'gamma 10']],
    ['title', true, ['gamma 10', 'gamma 9', 'beta', 'Alpha']],
    ['date', true, ['beta', 'gamma 9', 'gamma 10', 'Alpha']],
    ['date', false, ['gamma 10', 'beta', 'gamma 9', 'Alpha']],
    ['source', false, ['Alpha', 'beta', 'gamma 9', 'gamma 10']],
    ['highlights', true, ['beta', 'gamma 10', 'Alpha', 'gamma 9']],
    ['quote', true, ['gamma 10', 'Alpha', 'beta', 'gamma 9']],
    ['imported', true, ['Alpha', 'beta', 'gamma 9', 'gamma 10']],
  ] as const)('by %s (descending: %s), missing values last, ties by title', (sort, descending, expected) => {
    expect(titles(sortArticles(ARTICLES, sort, descending))).toEqual(expected);
  });
});

describe('filterArticles', () => {
  it.each([
    [{ kind: 'claim' }, ['beta']],
    [{ kind: 'quote' }, ['gamma 10']],
    [{ kind: 'figure' }, []],
    [{ tag: 'ferry' }, ['beta']],
    [{ source: 'Gazette' }, ['beta', 'gamma 9']],
    [{ source: 'Gazette', kind: 'claim' }, ['beta']],
    [{}, ['beta', 'Alpha', 'gamma 10', 'gamma 9']],
  ] as const)('keeps what matches %j', (filters, expected) => {
    expect(titles(filterArticles(ARTICLES, { ...DEFAULT_LIBRARY_PREFS, ...filters }))).toEqual(expected);
  });
});

it('lists each named source once, alphabetically', () => {
  expect(sourcesOf(ARTICLES)).toEqual(['Bulletin', 'Gazette']);
});
