import { useEffect, useRef } from 'react';
import type { ExportReport } from '../../../shared/exchange';
import { formatBytes, plural } from '../../components/format';
import { FORMAT_INFO } from './export-formats';

/** What an export wrote, where, and what the format could not carry. */
export function ExportReportView({ report, downloaded = false }: { report: ExportReport; downloaded?: boolean }) {
  // Shown in place of the form: focus comes here, so the report is what is read next.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="exchange-report" aria-labelledby="export-done-title">
      <h3 id="export-done-title" ref={heading} tabIndex={-1}>Exported</h3>
      <p>
        {plural(report.articles, 'article')} and {plural(report.highlights, 'highlight')} as {FORMAT_INFO[report.format].label} (
        {report.files === 1 ? formatBytes(report.bytes) : `${plural(report.files, 'file')}, ${formatBytes(report.bytes)}`}) {downloaded ? 'downloaded as' : 'to'}
      </p>
      <p className="exchange-path">{report.path}</p>
      {report.warnings.length > 0 && (
        <>
          <h4>Not carried by this format</h4>
          <ul className="exchange-warnings">
            {report.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
