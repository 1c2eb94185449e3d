import { useEffect, useRef } from 'react';
import type { MergeConflict, MergeCounts, MergeReport } from '../../../shared/exchange';
import { formatMoment, plural, shorten } from '../../components/format';

/**
 * What merging a bundle would do (the dry run, before anything is written) or did (after): counts per kind of
 * record, then each conflict and deletion with the words it concerns, so the user recognises them.
 */
export function MergeReportView({ report }: { report: MergeReport }) {
  // Shown in place of the form: focus comes here, so the report is what is read next.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [report.applied]);
  const { applied, bundle, articles, highlights } = report;
  const will = (now: string, then: string) => (applied ? then : now);
  const notes = [
    articles.versionsAdded > 0 && `${plural(articles.versionsAdded, 'new version')} of articles already here ${will('will be added', 'added')}; their highlights are carried over.`,
    highlights.carried > 0 && `${plural(highlights.carried, 'highlight')} ${will('will move', 'moved')} to a newer version of its article.`,
    highlights.deleted > 0 && `${plural(highlights.deleted, 'highlight')} ${will('will be deleted', 'deleted')}: the other notebook deleted ${highlights.deleted === 1 ? 'it' : 'them'}.`,
  ].filter((n): n is string => Boolean(n));

  return (
    <section className="exchange-report merge-report" aria-labelledby="merge-report-title">
      <h3 id="merge-report-title" ref={heading} tabIndex={-1}>{applied ? 'Merged' : 'What merging would do'}</h3>
      <p className={applied ? undefined : 'merge-dry-run'}>{applied ? 'The bundle is now part of this notebook.' : 'Nothing has changed yet: this is a dry run. Check it, then merge.'}</p>
      <p className="choice-hint">
        Bundle by {bundle.createdBy || 'someone'}, made {formatMoment(bundle.createdAt)}: {plural(bundle.articles, 'article')}, {plural(bundle.highlights, 'highlight')}
        {bundle.tombstones > 0 ? `, ${plural(bundle.tombstones, 'deletion')}` : ''}.
      </p>
      <table className="merge-table">
        <caption className="visually-hidden">{applied ? 'What the merge did' : 'What the merge would do'}</caption>
        <thead>
          <tr>
            <td />
            <th scope="col">New</th>
            <th scope="col">Updated</th>
            <th scope="col">Unchanged</th>
            <th scope="col">Conflicts</th>
          </tr>
        </thead>
        <tbody>
          <CountRow label="Articles" counts={articles} />
          <CountRow label="Highlights" counts={highlights} />
        </tbody>
      </table>
      {notes.length > 0 && (
        <ul className="exchange-warnings">
          {notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      {report.conflicts.length > 0 && (
        <>
          <h4>Conflicts ({report.conflicts.length})</h4>
          <ul className="merge-list">
            {report.conflicts.map((c) => (
              <li key={c.highlightId}>{describeConflict(c, applied)}</li>
            ))}
          </ul>
        </>
      )}
      {report.deletions.length > 0 && (
        <>
          <h4>{applied ? 'Deleted' : 'To be deleted'} ({report.deletions.length})</h4>
          <ul className="merge-list">
            {report.deletions.map((d) => (
              <li key={d.highlightId}>“{shorten(d.text, 90)}”</li>
            ))}
          </ul>
        </>
      )}
      {report.warnings.length > 0 && (
        <>
          <h4>Notes</h4>
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

function CountRow({ label, counts }: { label: string; counts: MergeCounts }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>{counts.new}</td>
      <td>{counts.updated}</td>
      <td>{counts.unchanged}</td>
      <td className={counts.conflicts > 0 ? 'has-conflicts' : undefined}>{counts.conflicts}</td>
    </tr>
  );
}

/** One conflict in a sentence: what happened, which state wins, and where the other one stays. */
function describeConflict(c: MergeConflict, applied: boolean): string {
  const text = `“${shorten(c.text, 70)}”`;
  const side = c.kept === 'here' ? c.here : c.incoming;
  const by = side ? ` (${side.updatedBy || 'someone'}, ${formatMoment(side.updatedAt)})` : '';
  const keeps = applied ? 'kept' : 'keeps';
  if (c.type === 'deleted') {
    return `${text} was deleted in one notebook and edited in the other: the merge ${keeps} the highlight with its edit${by}.`;
  }
  const which = c.kept === 'here' ? 'this notebook’s version' : 'the bundle’s version';
  return `${text} was edited in both notebooks: the merge ${keeps} ${which}${by}; the other is in the highlight’s history.`;
}
