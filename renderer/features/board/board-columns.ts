import type { BoardSort } from '../../../shared/evidence';

export interface BoardColumn {
  label: string;
  className: string;
  /** The core's sort for this column, when it has one. */
  sort?: BoardSort;
}

/** The board's columns, left to right; their widths are in board.css. */
export const BOARD_COLUMNS: BoardColumn[] = [
  { label: 'Kind', className: 'cell-kind', sort: 'kind' },
  { label: 'Passage', className: 'cell-passage', sort: 'article' },
  { label: 'Value', className: 'cell-value', sort: 'value' },
  { label: 'Who/what', className: 'cell-who', sort: 'speaker' },
  { label: 'Status', className: 'cell-status', sort: 'status' },
  { label: 'As of', className: 'cell-asof', sort: 'asOf' },
  { label: 'Source', className: 'cell-origin', sort: 'date' },
  { label: 'Checks', className: 'cell-tags' },
];

/** The order a column starts with: numbers and dates largest and newest first, words A to Z. */
export const NATURAL_ORDER: Record<BoardSort, 'asc' | 'desc'> = {
  article: 'asc',
  date: 'desc',
  kind: 'asc',
  value: 'desc',
  asOf: 'desc',
  speaker: 'asc',
  status: 'asc',
  unit: 'asc',
  created: 'desc',
  updated: 'desc',
};

export const SORT_LABEL: Record<BoardSort, string> = {
  article: 'Article',
  date: 'Article date',
  kind: 'Kind',
  value: 'Value',
  asOf: 'As of',
  speaker: 'Speaker or claimant',
  status: 'Status',
  unit: 'Unit',
  created: 'Created',
  updated: 'Last edited',
};
