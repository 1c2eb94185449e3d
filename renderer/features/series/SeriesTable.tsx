import type { Series } from '../../../shared/evidence';
import { formatRoute } from '../../app/route';
import { quoted, shorten } from '../../components/format';
import { formatQuantity } from '../evidence/amounts';
import { formatPartialDate } from '../board/dates';

const DATED = { text: 'in the text', article: 'article’s date', none: 'not dated' } as const;

/** Every figure of the series as a table: the chart's data for screen readers, and the passages to open. */
export function SeriesTable({ series }: { series: Series }) {
  return (
    <table className="series-table">
      <caption className="visually-hidden">The figures of this series</caption>
      <thead>
        <tr>
          <th scope="col">As of</th>
          <th scope="col">Value</th>
          <th scope="col">Source</th>
          <th scope="col">Passage</th>
        </tr>
      </thead>
      <tbody>
        {series.points.map((p) => (
          <tr key={p.highlightId} data-dated={p.dated}>
            <td>
              {p.asOf ? formatPartialDate(p.asOf) : '—'} <span className="series-dated">({DATED[p.dated]})</span>
            </td>
            <td className="series-value">{formatQuantity({ value: p.value, unit: series.unit, ...(p.valueMax !== undefined ? { valueMax: p.valueMax } : {}), ...(p.bound ? { bound: p.bound } : {}) })}</td>
            <td>{p.source ?? p.articleTitle}</td>
            <td>
              <a href={formatRoute({ view: 'article', id: p.articleId, highlight: p.highlightId })} title={p.text}>
                {quoted(shorten(p.text, 70))}
              </a>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
