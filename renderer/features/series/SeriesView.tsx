import { useRef, useState } from 'react';
import { onNotebookChange, useApiQuery } from '../../api/hooks';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { plural, shorten } from '../../components/format';
import { ChartExport } from './ChartExport';
import { SeriesChart } from './SeriesChart';
import { SeriesList } from './SeriesList';
import { SeriesTable } from './SeriesTable';
import { chartPoints, spansDecade, undatedPoints } from './series-points';
import './series.css';

/**
 * Figures that measure the same thing across articles, as value against the time they refer to: which numbers
 * the sources agree on, and how the number moved. One series at a time, chosen from the list.
 */
export function SeriesView({ id }: { id?: string }) {
  const series = useApiQuery('evidence.series', {}, { invalidateOn: onNotebookChange({ articles: true, highlights: true }), keepPrevious: true });
  const chart = useRef<HTMLDivElement>(null);
  const all = series.data ?? [];
  const shown = all.find((s) => s.id === id) ?? all[0];
  const title = shown ? `${shown.subject ? `${shown.subject}: ` : ''}${shown.label} (${shown.unit})` : '';
  const undated = shown ? undatedPoints(shown) : [];
  // null: the scale that suits the values (log over a decade or more), until the user picks one.
  const [logChoice, setLog] = useState<boolean | null>(null);
  const log = logChoice ?? (shown ? spansDecade(chartPoints(shown)) : false);

  return (
    <section className="view series-view" aria-labelledby="series-title">
      <header className="view-header">
        <h1 id="series-title">Series</h1>
        <p className="view-count">{series.data ? plural(all.length, 'series', 'series') : ''}</p>
        <a href="#/board" className="button button-small board-back">
          ← Evidence board
        </a>
      </header>
      {series.error ? (
        <ErrorMessage error={series.error} onRetry={series.refetch} />
      ) : !series.data ? (
        <p className="loading">Loading the series…</p>
      ) : !shown ? (
        <EmptyState title="No series yet">
          <p>A series forms when figures in two or more articles measure the same thing (same unit, same subject, alike words), or share a series name given in the highlight editor.</p>
        </EmptyState>
      ) : (
        <div className="series-layout">
          <SeriesList series={all} current={shown.id} />
          <div className="series-main">
            <div className="series-head">
              <h2>{title}</h2>
              <div className="series-tools">
                <label className="field-inline">
                  <input type="checkbox" checked={log} onChange={(e) => setLog(e.target.checked)} /> Logarithmic scale
                </label>
                <ChartExport chart={chart} series={shown} title={title} />
              </div>
            </div>
            <SeriesChart key={shown.id} ref={chart} series={shown} log={log} />
            <p className="series-legend">
              <span className="legend-marker" aria-hidden="true" /> dated by the text
              <span className="legend-marker is-article-dated" aria-hidden="true" /> dated only by the article’s date
            </p>
            {undated.length > 0 && (
              <p className="series-undated">
                Not on the chart (no date): {undated.map((p) => `${shorten(p.text, 40)} (${p.source ?? p.articleTitle})`).join('; ')}
              </p>
            )}
            <SeriesTable series={shown} />
          </div>
        </div>
      )}
    </section>
  );
}
