import { forwardRef, useMemo } from 'react';
import { CartesianGrid, ErrorBar, LabelList, ResponsiveContainer, Scatter, ScatterChart, XAxis, YAxis } from 'recharts';
import type { LabelProps, ScatterShapeProps } from 'recharts';
import type { Series } from '../../../shared/evidence';
import { formatNumber } from '../evidence/amounts';
import { chartPoints, timeAxis } from './series-points';
import type { ChartPoint } from './series-points';

const year = (t: number) => String(new Date(t).getUTCFullYear());

/**
 * A marker's label: its value and sources, in one <text> (Recharts' own would cut it into a tspan per word).
 * Above the marker, and below every other one, so that neighbours in time do not write over each other.
 */
function PointLabel(props: LabelProps) {
  const { x, y, width = 0, value, index = 0 } = props as LabelProps & { index?: number };
  if (typeof x !== 'number' || typeof y !== 'number') return null;
  const below = index % 2 === 1;
  return (
    <text x={x + Number(width) / 2} y={below ? y + Number(props.height ?? 0) + 16 : y - 8} textAnchor="middle" className="series-label">
      {String(value)}
    </text>
  );
}

/** A marker: filled when the text dates the figure, hollow when only its article's date places it. */
function Marker(props: ScatterShapeProps) {
  const point = props.payload as ChartPoint | undefined;
  if (props.cx === undefined || props.cy === undefined || !point) return <g />;
  return <circle cx={props.cx} cy={props.cy} r={6} className={`series-marker${point.dated === 'article' ? ' is-article-dated' : ''}`} />;
}

/**
 * The series drawn with Recharts (SVG; its styles are set through React's style prop, i.e. the CSSOM, which the
 * strict CSP allows): value against the time each figure refers to, one marker per value and time, labelled with
 * its value and sources, joined in time order, a range as an error bar. Colours come from the theme's CSS.
 */
export const SeriesChart = forwardRef<HTMLDivElement, { series: Series }>(function SeriesChart({ series }, ref) {
  const points = useMemo(() => chartPoints(series), [series]);
  const axis = useMemo(() => timeAxis(points), [points]);
  const summary = points.map((p) => `${year(p.t)}: ${p.label}`).join('; ');
  return (
    <div ref={ref} className="series-chart" role="img" aria-label={`${series.subject ? `${series.subject}, ` : ''}${series.label} (${series.unit}) over time. ${summary}`}>
      <ResponsiveContainer width="100%" height={380}>
        <ScatterChart margin={{ top: 36, right: 48, bottom: 24, left: 16 }} accessibilityLayer={false}>
          <CartesianGrid className="series-grid" vertical={false} />
          <XAxis type="number" dataKey="t" scale="time" domain={axis.domain} ticks={axis.ticks} tickFormatter={year} name="As of" />
          <YAxis
            type="number"
            dataKey="value"
            domain={[0, 'auto']}
            tickFormatter={(v: number) => formatNumber(v)}
            width={96}
            label={{ value: series.unit, angle: -90, position: 'insideLeft', className: 'series-axis-label' }}
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
