import type { Series, SeriesPoint } from '../../../shared/evidence';
import { shorten } from '../../components/format';
import { formatNumber } from '../evidence/amounts';
import { timeOf } from '../board/dates';

/** One marker of the chart: the figures of one value at one time, from every source that reports it. */
export interface ChartPoint {
  /** Time the figures refer to, in ms. */
  t: number;
  value: number;
  /** A range's span above `value`, for the error bar (0 when none). */
  span: [number, number];
  /** Dated by the text ("as of January 2017") or only by its article's date. */
  dated: 'text' | 'article';
  approximate: boolean;
  sources: string[];
  label: string;
  points: SeriesPoint[];
}

const sourceOf = (p: SeriesPoint): string => p.source ?? p.articleTitle;

/** The series' dated figures as chart markers: same time and same value from several sources make one marker. */
export function chartPoints(series: Series): ChartPoint[] {
  const byKey = new Map<string, ChartPoint>();
  for (const p of series.points) {
    if (p.dated === 'none' || !p.asOf) continue;
    const t = timeOf(p.asOf);
    const key = `${t}|${p.value}|${p.valueMax ?? ''}`;
    const existing = byKey.get(key);
    if (existing) {
      existing.points.push(p);
      if (!existing.sources.includes(sourceOf(p))) existing.sources.push(sourceOf(p));
      if (p.dated === 'text') existing.dated = 'text';
      continue;
    }
    byKey.set(key, {
      t,
      value: p.value,
      span: [0, p.valueMax !== undefined ? p.valueMax - p.value : 0],
      dated: p.dated,
      approximate: p.bound === 'approximate',
      sources: [sourceOf(p)],
      label: '',
      points: [p],
    });
  }
  const points = [...byKey.values()].sort((a, b) => a.t - b.t || a.value - b.value);
  for (const point of points) point.label = `${point.approximate ? '≈' : ''}${formatNumber(point.value, undefined, series.unit)} · ${point.sources.map((s) => shorten(s, 24)).join(', ')}`;
  return points;
}

/** Figures the chart cannot place: no date in the text and none on the article. */
export const undatedPoints = (series: Series): SeriesPoint[] => series.points.filter((p) => p.dated === 'none' || !p.asOf);

/** Year ticks across the points' time span (every year up to ten, then evenly spaced years), with a margin around. */
export function timeAxis(points: ChartPoint[]): { domain: [number, number]; ticks: number[] } {
  if (points.length === 0) return { domain: [0, 1], ticks: [] };
  const first = new Date(points[0]!.t).getUTCFullYear();
  const last = new Date(points.at(-1)!.t).getUTCFullYear();
  const step = Math.max(1, Math.ceil((last - first + 1) / 10));
  const ticks: number[] = [];
  for (let y = first; y <= last + 1; y += step) ticks.push(Date.UTC(y, 0, 1));
  return { domain: [Date.UTC(first, 0, 1), Math.max(Date.UTC(last + 1, 0, 1), ticks.at(-1)!)], ticks };
}

/** The file name for an export: the series' words, safe for every file system. */
export function chartFileName(series: Series, extension: 'svg' | 'png'): string {
  const words = [series.subject, series.label].filter(Boolean).join(' ');
  const slug = words.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'series';
  return `${slug}.${extension}`;
}

/**
 * The value axis: logarithmic when the values span ten times or more (a growth from 2 to 90 million reads as three
 * distinct steps, not two dots on the floor), with ticks at 1, 2 and 5 times each power of ten; else linear from 0.
 */
export function valueAxis(points: ChartPoint[], log: boolean): { scale: 'log' | 'linear'; domain: [number, number] | [number, 'auto']; ticks?: number[] } {
  const values = points.flatMap((p) => [p.value, p.value + p.span[1]]).filter((v) => v > 0);
  if (!log || values.length === 0) return { scale: 'linear', domain: [0, 'auto'] };
  const low = 10 ** Math.floor(Math.log10(Math.min(...values)));
  const high = Math.max(...values);
  const ticks: number[] = [];
  for (let power = low; (ticks.at(-1) ?? 0) < high; power *= 10) for (const m of [1, 2, 5]) if ((ticks.at(-1) ?? 0) < high) ticks.push(power * m);
  return { scale: 'log', domain: [ticks[0]!, ticks.at(-1)!], ticks };
}

/** Whether the values span ten times or more, so the log scale is the one to start with. */
export const spansDecade = (points: ChartPoint[]): boolean => {
  const values = points.map((p) => p.value).filter((v) => v > 0);
  return values.length > 1 && Math.max(...values) / Math.min(...values) >= 10;
};
