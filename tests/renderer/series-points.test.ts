import { describe, expect, it } from 'vitest';
import type { Series, SeriesPoint } from '../../shared/evidence';
import { chartFileName, chartPoints, spansDecade, timeAxis, undatedPoints, valueAxis } from '../../renderer/features/series/series-points';

const point = (over: Partial<SeriesPoint>): SeriesPoint => ({
  highlightId: Math.random().toString(16).slice(2),
  articleId: 'a',
  articleTitle: 'An article',
  source: 'Gazette',
  asOf: '2017-01',
  dated: 'text',
  value: 6e6,
  text: '6 million',
  ...over,
});

const TELEGRAM: Series = {
  id: 's1',
  label: 'active Russian users',
  unit: 'users',
  subject: 'Telegram',
  explicit: false,
  points: [
    point({ asOf: '2016-01', value: 2e6, source: 'The Moscow Times' }),
    point({ asOf: '2016-01', value: 2e6, source: 'Index on Censorship' }),
    point({ source: 'The Moscow Times' }),
    point({ source: 'Index on Censorship' }),
    point({ asOf: '2026-02-21', value: 9e7, bound: 'approximate', dated: 'article', source: null, articleTitle: 'Regulator accuses Telegram' }),
    point({ asOf: null, dated: 'none', value: 5e6 }),
  ],
};

describe('a series as chart markers', () => {
  it('makes one marker of one value at one time, labelled with every source', () => {
    const points = chartPoints(TELEGRAM);
    expect(points.map((p) => p.label)).toEqual([
      '2 million · The Moscow Times, Index on Censorship',
      '6 million · The Moscow Times, Index on Censorship',
      '≈90 million · Regulator accuses…',
    ]);
    expect(points.map((p) => p.dated)).toEqual(['text', 'text', 'article']);
    expect(points[0]!.points).toHaveLength(2);
  });

  it('labels a series of percentages or percentage points as such, not as the fractions they are stored as', () => {
    const shares: Series = { ...TELEGRAM, unit: 'percent', points: [point({ value: 0.6, text: '60 percent' })] };
    expect(chartPoints(shares).map((p) => p.label)).toEqual(['60% · Gazette']);
    expect(chartPoints({ ...shares, unit: 'percentage points', points: [point({ value: 0.05, text: '5 percentage points' })] }).map((p) => p.label)).toEqual(['5 · Gazette']);
  });

  it('leaves undated figures out of the chart, to be listed beside it', () => {
    expect(undatedPoints(TELEGRAM).map((p) => p.value)).toEqual([5e6]);
  });

  it('ticks years across the span (every other one past ten), and names files after the series', () => {
    const axis = timeAxis(chartPoints(TELEGRAM));
    expect(axis.ticks.map((t) => new Date(t).getUTCFullYear())).toEqual([2016, 2018, 2020, 2022, 2024, 2026]);
    expect(new Date(axis.domain[1]).getUTCFullYear()).toBe(2027);
    expect(chartFileName(TELEGRAM, 'svg')).toBe('telegram-active-russian-users.svg');
  });
});

describe('the value axis', () => {
  it('is logarithmic over a decade or more, ticked at 1, 2 and 5 times each power of ten', () => {
    const points = chartPoints(TELEGRAM);
    expect(spansDecade(points)).toBe(true);
    expect(valueAxis(points, true)).toEqual({ scale: 'log', domain: [1e6, 1e8], ticks: [1e6, 2e6, 5e6, 1e7, 2e7, 5e7, 1e8] });
    expect(valueAxis(points, false)).toEqual({ scale: 'linear', domain: [0, 'auto'] });
  });
});
