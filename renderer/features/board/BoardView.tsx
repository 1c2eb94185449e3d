import { useState } from 'react';
import type { EvidenceChecks } from '../../../shared/evidence';
import { onNotebookChange, useApiQuery } from '../../api/hooks';
import type { BoardView as BoardViewState } from '../../app/route';
import { useUi } from '../../app/ui-state';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { plural } from '../../components/format';
import { NATURAL_ORDER } from './board-columns';
import { BoardFilters } from './BoardFilters';
import { BoardQueryBox } from './BoardQueryBox';
import { BoardTable } from './BoardTable';
import { ChecksPanel } from './ChecksPanel';
import { useBoardRows } from './useBoardRows';
import type { BoardQuery } from './useBoardRows';
import './board.css';

const countChecks = (c: EvidenceChecks | undefined): number =>
  c ? c.figureAgreements.length + c.figureConflicts.length + c.corroboratedQuotes.length + c.possibleMisquotes.length : 0;

/**
 * Every claim, figure and quote of the notebook in one table: queried (numbers, units, status, speakers…),
 * filtered, grouped and sorted by the core, with what the cross-article checks found beside it. A row opens its
 * article at the passage.
 */
export function BoardView({ view }: { view: BoardViewState }) {
  const { navigate } = useUi();
  const [checksOpen, setChecksOpen] = useState(true);
  const sort = view.sort ?? 'article';
  const order = view.order ?? NATURAL_ORDER[sort];
  const query: BoardQuery = {
    q: view.q ?? '',
    sort,
    order,
    ...(view.kind ? { kind: view.kind } : {}),
    ...(view.status ? { status: view.status } : {}),
    ...(view.group ? { groupBy: view.group } : {}),
  };
  const rows = useBoardRows(query);
  const checks = useApiQuery('evidence.checks', {}, { invalidateOn: onNotebookChange({ articles: true, highlights: true }), keepPrevious: true });
  const update = (change: Partial<BoardViewState>) => navigate({ view: 'board', ...view, ...change }, { replace: true });
  const badQuery = rows.error?.code === 'BAD_QUERY' ? rows.error.message : null;
  const filtered = Boolean(view.q || view.kind || view.status);
  const checkCount = countChecks(checks.data);

  return (
    <section className={`view board${checksOpen ? ' has-checks' : ''}`} aria-labelledby="board-title">
      <header className="view-header">
        <h1 id="board-title">Evidence board</h1>
        <p className="view-count" aria-live="polite">
          {rows.total === null ? '' : plural(rows.total, filtered ? 'matching highlight' : 'highlight')}
        </p>
        <nav className="board-links" aria-label="Evidence">
          <a href="#/series" className="button button-small">
            Series charts
          </a>
          <button type="button" className="button button-small" aria-expanded={checksOpen} aria-controls="board-checks" onClick={() => setChecksOpen(!checksOpen)}>
            Checks{checkCount > 0 ? ` (${checkCount})` : ''}
          </button>
        </nav>
      </header>
      <BoardQueryBox value={view.q ?? ''} onChange={(q) => update({ q: q || undefined })} error={badQuery} />
      <BoardFilters view={{ ...view, sort, order }} onChange={update} />
      <div className="board-main">
        {rows.error && !badQuery ? (
          <ErrorMessage error={rows.error} />
        ) : rows.total === 0 ? (
          <EmptyState title={filtered ? 'Nothing matches' : 'No claims, figures or quotes yet'}>
            <p>{filtered ? 'Try fewer filters, or another query.' : 'Tag passages in your articles, or let the reader suggest them: open an article and choose Suggest.'}</p>
          </EmptyState>
        ) : rows.total === null ? (
          <p className="loading">{badQuery ? '' : 'Loading the board…'}</p>
        ) : (
          <BoardTable
            total={rows.total}
            groups={rows.groups}
            rowAt={rows.rowAt}
            show={rows.show}
            sort={sort}
            order={order}
            onSort={(s, o) => update({ sort: s, order: o })}
          />
        )}
      </div>
      {checksOpen && (
        <aside id="board-checks" className="board-checks" aria-labelledby="board-checks-title">
          <h2 id="board-checks-title">Cross-article checks</h2>
          <ChecksPanel checks={checks.data} />
        </aside>
      )}
    </section>
  );
}
