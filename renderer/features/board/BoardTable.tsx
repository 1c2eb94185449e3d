import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef } from 'react';
import type { KeyboardEvent } from 'react';
import type { BoardGroup, BoardRow, BoardSort } from '../../../shared/evidence';
import { plural } from '../../components/format';
import { BOARD_COLUMNS, NATURAL_ORDER } from './board-columns';
import { boardLayout } from './board-layout';
import { BoardRowView, PendingRow } from './BoardRowView';

const ROW_HEIGHT = 60;
const GROUP_HEIGHT = 40;

interface Props {
  total: number;
  groups: BoardGroup[] | undefined;
  rowAt(index: number): BoardRow | undefined;
  /** Rows first…last are in view: load them. */
  show(first: number, last: number): void;
  sort: BoardSort;
  order: 'asc' | 'desc';
  onSort(sort: BoardSort, order: 'asc' | 'desc'): void;
}

/**
 * The board as an ARIA table that renders only the lines in view (30,000 highlights scroll as smoothly as 30), with
 * a heading line before each group. Rows arrive a page at a time from the core as the list scrolls.
 */
export function BoardTable({ total, groups, rowAt, show, sort, order, onSort }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const layout = useMemo(() => boardLayout(total, groups), [total, groups]);
  const heading = useRef<number | null>(null);
  const virtualizer = useVirtualizer({
    count: layout.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => (layout.lineAt(i).type === 'group' ? GROUP_HEIGHT : ROW_HEIGHT),
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  const firstRow = items.length ? rowIndex(layout.lineAt(items[0]!.index)) : 0;
  const lastRow = items.length ? rowIndex(layout.lineAt(items.at(-1)!.index)) : 0;
  useEffect(() => show(firstRow, lastRow), [show, firstRow, lastRow]);
  // A new grouping changes every line's size.
  useEffect(() => virtualizer.measure(), [layout, virtualizer]);

  // Arrow keys move between the rows' passage links, scrolling rows not rendered yet into existence first.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const line = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (!line) return;
    event.preventDefault();
    const step = event.key === 'ArrowDown' ? 1 : -1;
    let target = (heading.current ?? Number(line.dataset.index)) + step;
    while (target >= 0 && target < layout.length && layout.lineAt(target).type === 'group') target += step;
    if (target < 0 || target >= layout.length) return;
    virtualizer.scrollToIndex(target);
    heading.current = target;
    focusLine(scrollRef.current, target, () => (heading.current === target ? (heading.current = null) : null));
  };

  return (
    <div className="table-frame board-table" role="table" aria-label="Evidence board" aria-rowcount={layout.length + 1}>
      <div role="rowgroup" className="board-table-head">
        <div role="row" aria-rowindex={1} className="board-row">
          {BOARD_COLUMNS.map((col) => {
            const active = col.sort !== undefined && col.sort === sort;
            return (
              <div key={col.label} role="columnheader" className={col.className} aria-sort={active ? (order === 'desc' ? 'descending' : 'ascending') : col.sort ? 'none' : undefined}>
                {col.sort ? (
                  <button
                    type="button"
                    className={`sort-button${active ? ' is-active' : ''}`}
                    onClick={() => onSort(col.sort!, active ? (order === 'asc' ? 'desc' : 'asc') : NATURAL_ORDER[col.sort!])}
                  >
                    {col.label}
                    <span className="sort-arrow" aria-hidden="true">
                      {active ? (order === 'desc' ? '↓' : '↑') : ''}
                    </span>
                  </button>
                ) : (
                  <span className="column-label">{col.label}</span>
                )}
              </div>
            );
          })}
        </div>
      </div>
      <div role="rowgroup" className="board-table-body" ref={scrollRef} onKeyDown={onKeyDown}>
        <div role="presentation" className="board-table-spacer" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const line = layout.lineAt(item.index);
            if (line.type === 'group') {
              return (
                <div key={item.key} role="row" aria-rowindex={item.index + 2} className="board-group" data-index={item.index} style={{ transform: `translateY(${item.start}px)` }}>
                  <div role="rowheader" className="board-group-label">
                    {line.group.label} <span className="board-group-count">{plural(line.group.count, 'highlight')}</span>
                  </div>
                </div>
              );
            }
            const row = rowAt(line.row);
            return row ? (
              <BoardRowView key={item.key} row={row} index={item.index} top={item.start} />
            ) : (
              <PendingRow key={item.key} index={item.index} top={item.start} />
            );
          })}
        </div>
      </div>
    </div>
  );
}

const rowIndex = (line: ReturnType<ReturnType<typeof boardLayout>['lineAt']>): number => (line.type === 'row' ? line.row : line.firstRow);

/** Focuses line `index`'s passage link: now if it is rendered, else once the virtualiser has (a frame or two later). */
function focusLine(container: HTMLElement | null, index: number, done: () => void, attempts = 6): void {
  const link = container?.querySelector<HTMLElement>(`[data-index="${index}"] a`);
  if (link || attempts === 0) {
    link?.focus({ preventScroll: true });
    done();
    return;
  }
  requestAnimationFrame(() => focusLine(container, index, done, attempts - 1));
}
