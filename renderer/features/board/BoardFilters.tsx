import { BOARD_GROUPS, BOARD_SORTS } from '../../../shared/evidence';
import type { BoardGroupBy, BoardSort } from '../../../shared/evidence';
import { CLAIM_STATUSES, KINDS } from '../../../shared/model';
import type { ClaimStatus, Kind } from '../../../shared/model';
import type { BoardView } from '../../app/route';
import { KIND_PLURAL } from '../../components/kinds';
import { STATUS_LABEL } from '../evidence/editor/ClaimFields';
import { NATURAL_ORDER, SORT_LABEL } from './board-columns';

const GROUP_LABEL: Record<BoardGroupBy, string> = {
  tag: 'tag',
  speaker: 'speaker or claimant',
  source: 'source',
  article: 'article',
  kind: 'kind',
  status: 'claim status',
  unit: 'unit',
  series: 'series',
};

interface Props {
  view: BoardView;
  onChange(update: Partial<BoardView>): void;
}

/** The board's simple controls: kind, claim status, grouping and order (the query box does the rest). */
export function BoardFilters({ view, onChange }: Props) {
  const sort = view.sort ?? 'article';
  const order = view.order ?? NATURAL_ORDER[sort];
  return (
    <div className="filter-bar board-filters" role="group" aria-label="Filter and group the board">
      <label className="field-inline">
        <span>Kind</span>
        <select value={view.kind ?? ''} onChange={(e) => onChange({ kind: (e.target.value || undefined) as Kind | undefined })}>
          <option value="">all kinds</option>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_PLURAL[k]}
            </option>
          ))}
        </select>
      </label>
      <label className="field-inline">
        <span>Status</span>
        <select value={view.status ?? ''} onChange={(e) => onChange({ status: (e.target.value || undefined) as ClaimStatus | undefined })}>
          <option value="">any</option>
          {CLAIM_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABEL[s].toLowerCase()} claims
            </option>
          ))}
        </select>
      </label>
      <label className="field-inline">
        <span>Group by</span>
        <select value={view.group ?? ''} onChange={(e) => onChange({ group: (e.target.value || undefined) as BoardGroupBy | undefined })}>
          <option value="">no grouping</option>
          {BOARD_GROUPS.map((g) => (
            <option key={g} value={g}>
              {GROUP_LABEL[g]}
            </option>
          ))}
        </select>
      </label>
      <label className="field-inline">
        <span>Sort by</span>
        <select
          value={sort}
          onChange={(e) => {
            const next = e.target.value as BoardSort;
            onChange({ sort: next, order: NATURAL_ORDER[next] });
          }}
        >
          {BOARD_SORTS.map((s) => (
            <option key={s} value={s}>
              {SORT_LABEL[s]}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="button button-small direction-button"
        onClick={() => onChange({ order: order === 'asc' ? 'desc' : 'asc' })}
        aria-label={order === 'desc' ? 'Descending order: switch to ascending' : 'Ascending order: switch to descending'}
      >
        <span aria-hidden="true">{order === 'desc' ? '↓' : '↑'}</span>
      </button>
    </div>
  );
}
