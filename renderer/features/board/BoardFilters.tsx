import { BOARD_GROUPS, BOARD_SORTS } from '../../../shared/evidence';
import type { BoardGroupBy, BoardSort } from '../../../shared/evidence';
import { CLAIM_STATUSES } from '../../../shared/model';
import type { ClaimStatus, Kind } from '../../../shared/model';
import type { BoardView } from '../../app/route';
import { KIND_CHOICES, SelectField } from '../../components/SelectField';
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

const STATUS_CHOICES = CLAIM_STATUSES.map((s) => ({ value: s, label: `${STATUS_LABEL[s].toLowerCase()} claims` }));
const GROUP_CHOICES = BOARD_GROUPS.map((g) => ({ value: g, label: GROUP_LABEL[g] }));
const SORT_CHOICES = BOARD_SORTS.map((s) => ({ value: s, label: SORT_LABEL[s] }));

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
      <SelectField label="Kind" value={view.kind ?? ''} anyLabel="all kinds" choices={KIND_CHOICES} onChange={(kind) => onChange({ kind: (kind || undefined) as Kind | undefined })} />
      <SelectField label="Status" value={view.status ?? ''} anyLabel="any" choices={STATUS_CHOICES} onChange={(status) => onChange({ status: (status || undefined) as ClaimStatus | undefined })} />
      <SelectField label="Group by" value={view.group ?? ''} anyLabel="no grouping" choices={GROUP_CHOICES} onChange={(group) => onChange({ group: (group || undefined) as BoardGroupBy | undefined })} />
      <SelectField label="Sort by" value={sort} choices={SORT_CHOICES} onChange={(next) => onChange({ sort: next as BoardSort, order: NATURAL_ORDER[next as BoardSort] })} />
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
