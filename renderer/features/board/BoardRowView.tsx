import { memo } from 'react';
import type { BoardRow } from '../../../shared/evidence';
import { formatRoute } from '../../app/route';
import { formatDay } from '../../components/format';
import { KindBadge } from '../../components/KindBadge';
import { formatQuantity } from '../evidence/amounts';
import { STATUS_LABEL } from '../evidence/editor/ClaimFields';
import { formatPartialDate } from './dates';
import { FLAG_LABEL, FLAG_MEANING, FLAG_TONE } from './flags';

interface Props {
  row: BoardRow;
  /** The line's index in the list (group headings count), for the virtualiser and assistive technology. */
  index: number;
  top: number;
}

/** Who or what the row is about: a figure's measure, a quote's speaker, a claim's claimant. */
function who(row: BoardRow): { main?: string; detail?: string } {
  if (row.kind === 'figure') return { main: row.measures, detail: row.subject };
  if (row.kind === 'quote') return { main: row.speaker, detail: row.speakerRole };
  return { main: row.claimant };
}

const missing = <span className="missing">—</span>;

/** One claim, figure or quote of the board. The passage is the link (the keyboard path); a click on the row opens it too. */
export const BoardRowView = memo(function BoardRowView({ row, index, top }: Props) {
  const href = formatRoute({ view: 'article', id: row.articleId, highlight: row.highlightId });
  const { main, detail } = who(row);
  const quantity = row.quantities?.[0];
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      className={`board-row kind-${row.kind}`}
      data-index={index}
      data-highlight={row.highlightId}
      style={{ transform: `translateY(${top}px)` }}
      onClick={(event) => {
        if ((event.target as HTMLElement).closest('a')) return;
        window.location.hash = href;
      }}
    >
      <div role="cell" className="cell-kind">
        <KindBadge kind={row.kind} />
      </div>
      <div role="cell" className="cell-passage">
        <a href={href} className="board-passage" title={row.text}>
          {row.text}
        </a>
        <span className="board-article" title={row.articleTitle}>
          {row.articleTitle}
        </span>
      </div>
      <div role="cell" className="cell-value">
        {quantity ? formatQuantity(quantity) : missing}
      </div>
      <div role="cell" className="cell-who">
        {main ?? missing}
        {detail && <span className="board-detail">{detail}</span>}
      </div>
      <div role="cell" className="cell-status">
        {row.kind === 'claim' ? (
          <>
            <span className={`status-badge status-${row.status ?? 'unverified'}`}>{STATUS_LABEL[row.status ?? 'unverified']}</span>
            {(row.supports ?? 0) + (row.contradicts ?? 0) > 0 && (
              <span className="board-detail">
                {row.supports ?? 0} for · {row.contradicts ?? 0} against
              </span>
            )}
          </>
        ) : row.quoteType ? (
          <span className="board-detail">{row.quoteType}</span>
        ) : (
          missing
        )}
      </div>
      <div role="cell" className="cell-asof">
        {row.asOf ? formatPartialDate(row.asOf) : missing}
      </div>
      <div role="cell" className="cell-origin">
        {row.source ? <span className="board-source" title={row.source}>{row.source}</span> : missing}
        {row.date && <span className="board-detail">{formatDay(row.date)}</span>}
      </div>
      <div role="cell" className="cell-tags">
        {row.flags.map((flag) => (
          <span key={flag} className={`flag flag-${FLAG_TONE[flag]}`} data-flag={flag} title={FLAG_MEANING[flag]}>
            {FLAG_LABEL[flag]}
            <span className="visually-hidden">: {FLAG_MEANING[flag].toLowerCase()}</span>
          </span>
        ))}
        {row.tags.map((tag) => (
          <span key={tag} className="tag">
            {tag}
          </span>
        ))}
      </div>
    </div>
  );
});

/** A row not loaded yet: the right height, so the scrollbar does not jump when it arrives. */
export function PendingRow({ index, top }: { index: number; top: number }) {
  return (
    <div role="row" aria-rowindex={index + 2} className="board-row is-pending" data-index={index} style={{ transform: `translateY(${top}px)` }}>
      <div role="cell" className="cell-passage">
        Loading…
      </div>
    </div>
  );
}
