import { forwardRef, useMemo } from 'react';
import { CartesianGrid, ErrorBar, LabelList, ResponsiveContainer, Scatter, ScatterChart, XAxis, YAxis } from 'recharts';
import type { LabelProps, ScatterShapeProps } from 'recharts';
import type { Series } from '../../../shared/evidence';
import { formatNumber } from '../evidence/amounts';
import { chartPoints, timeAxis, valueAxis } from './series-points';
import type { ChartPoint } from './series-points';

const year = (t: number) => String(new Date(t).getUTCFullYear());

/** A marker: filled when the text dates the figure, hollow when only its article's date places it. */
function Marker(props: ScatterShapeProps) {
  const point = props.payload as ChartPoint | undefined;
  if (props.cx === undefined || props.cy === undefined || !point) return <g />;
  return <circle cx={props.cx} cy={props.cy} r={6} className={`series-marker${point.dated === 'article' ? ' is-article-dated' : ''}`} />;
}

/**
 * A marker's label, its value and sources in one <text> (Recharts' own cuts it into a tspan per word): beside the
 * marker, to its right, or to its left in the last third of the time axis so it stays inside the chart.
 */
function labelFor(points: ChartPoint[], domain: [number, number]) {
  const rightmost = domain[0] + ((domain[1] - domain[0]) * 2) / 3;
  return function PointLabel(props: LabelProps) {
    const { x, y, width = 0, height = 0, value, index = 0 } = props as LabelProps & { index?: number };
    if (typeof x !== 'number' || typeof y !== 'number') return null;
    const left = (points[index]?.t ?? 0) > rightmost;
    const middle = y + Number(height) / 2;
    return (
      <text x={left ? x - 6 : x + Number(width) + 6} y={middle + 4} textAnchor={left ? 'end' : 'start'} className="series-label">
        {String(value)}
      </text>
    );
  };
}

/**
 * The series drawn with Recharts (SVG; its styles are set through React's style prop, i.e. the CSSOM, which the
 * strict CSP allows): value against the time each figure refers to, one marker per value and time, labelled with
 * its value and sources, joined in time order, a range as an error bar. Colours come from the theme's CSS.
 */
export const SeriesChart = forwardRef<HTMLDivElement, { series: Series; log: boolean }>(function SeriesChart({ series, log }, ref) {
  const points = useMemo(() => chartPoints(series), [series]);
  const time = useMemo(() => timeAxis(points), [points]);
  const value = useMemo(() => valueAxis(points, log), [points, log]);
  const PointLabel = useMemo(() => labelFor(points, time.domain), [points, time.domain]);
  const summary = points.map((p) => `${year(p.t)}: ${p.label}`).join('; ');
  return (
    <div ref={ref} className="series-chart" role="img" aria-label={`${series.subject ? `${series.subject}, ` : ''}${series.label} (${series.unit}) over time. ${summary}`}>
      <ResponsiveContainer width="100%" height={380}>
        <ScatterChart margin={{ top: 24, right: 32, bottom: 16, left: 16 }} accessibilityLayer={false}>
          <CartesianGrid className="series-grid" vertical={false} />
          <XAxis type="number" dataKey="t" scale="time" domain={time.domain} ticks={time.ticks} tickFormatter={year} name="As of" />
          <YAxis
            type="number"
            dataKey="value"
            scale={value.scale}
            domain={value.domain}
            ticks={value.ticks}
            allowDataOverflow={false}
            tickFormatter={(v: number) => formatNumber(v, undefined, series.unit)}
            width={96}
            label={{ value: `${series.unit}${value.scale === 'log' ? ' (log scale)' : ''}`, angle: -90, position: 'insideLeft', className: 'series-axis-label' }}
          />
          <Scatter data={points} shape={Marker} line={{ className: 'series-line' }} lineType="joint" isAnimationActive={false}>
            <ErrorBar dataKey="span" width={8} direction="y" className="series-range" />
            <LabelList dataKey="label" content={PointLabel} />
          </Scatter>
        </ScatterChart>
      </ResponsiveContainer>
    </div>
  );
});
