import { useState } from 'react';
import type { RefObject } from 'react';
import type { Series } from '../../../shared/evidence';
import { toApiError } from '../../api/errors';
import { chartPng, chartSvg } from './chart-export';
import { downloadBlob } from './download';
import { chartFileName } from './series-points';

/** Saves the chart on screen as an SVG or PNG file (a download; the desktop app asks where). */
export function ChartExport({ chart, series, title }: { chart: RefObject<HTMLDivElement | null>; series: Series; title: string }) {
  const [error, setError] = useState<string | null>(null);
  const save = async (format: 'svg' | 'png') => {
    setError(null);
    const svg = chart.current?.querySelector<SVGSVGElement>('svg.recharts-surface');
    if (!svg) return setError('The chart is not drawn yet.');
    try {
      const background = getComputedStyle(chart.current!).backgroundColor || '#ffffff'; // resolved, not light-dark()
      const file = chartSvg(svg, title, background);
      const blob = format === 'svg' ? new Blob([file.text], { type: 'image/svg+xml' }) : await chartPng(file);
      downloadBlob(blob, chartFileName(series, format));
    } catch (e) {
      setError(toApiError(e).message);
    }
  };
  return (
    <div className="chart-export" role="group" aria-label="Save the chart">
      <button type="button" className="button button-small" onClick={() => void save('svg')}>
        Download SVG
      </button>
      <button type="button" className="button button-small" onClick={() => void save('png')}>
        Download PNG
      </button>
      {error && (
        <span className="form-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
