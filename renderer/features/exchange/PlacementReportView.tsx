import { useEffect, useRef } from 'react';
import type { PlacementReport } from '../../../shared/exchange';
import { plural, shorten } from '../../components/format';

const FORMAT = { w3c: 'W3C Web Annotations', qdpx: 'REFI-QDA project' } as const;

/** Where another tool's annotations landed (or would land, in the dry run), and which could not be placed, and why. */
export function PlacementReportView({ report }: { report: PlacementReport }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [report.applied]);
  const { articles, highlights, notPlaced, warnings, applied } = report;
  const will = (now: string, then: string) => (applied ? then : now);
  return (
    <section className="exchange-report placement-report" aria-labelledby="placement-report-title">
      <h3 id="placement-report-title" ref={heading} tabIndex={-1}>
        {applied ? 'Annotations imported' : 'What importing would do'}
      </h3>
      <p className={applied ? undefined : 'merge-dry-run'}>
        {applied ? `Read as ${FORMAT[report.format]}.` : `Read as ${FORMAT[report.format]}. Nothing has changed yet: this is a dry run.`}
      </p>
      <ul className="placement-counts">
        <li>
          {plural(highlights.new, 'new highlight')} {will('would be placed', 'placed')}
          {highlights.updated > 0 ? `, ${plural(highlights.updated, 'highlight')} ${will('would be updated', 'updated')}` : ''}
          {highlights.unchanged > 0 ? `, ${highlights.unchanged} already here` : ''}
          {highlights.conflicts > 0 ? `, ${plural(highlights.conflicts, 'conflict')}` : ''}
        </li>
        {articles.existing + articles.new > 0 && (
          <li>
            On {plural(articles.existing, 'article')} already in the notebook
            {articles.new > 0 ? ` and ${plural(articles.new, 'new article')} from the project` : ''}
          </li>
        )}
      </ul>
      {notPlaced.length > 0 && (
        <>
          <h4>Not placed ({notPlaced.length})</h4>
          <ul className="exchange-warnings">
            {notPlaced.map((n) => (
              <li key={n.id}>
                <span className="placement-id">{shorten(n.id, 50)}</span>: {n.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      {warnings.length > 0 && (
        <ul className="exchange-warnings">
          {warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
