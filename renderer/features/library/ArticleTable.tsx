import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { KeyboardEvent } from 'react';
import type { ArticleSummary } from '../../../shared/model';
import type { SortKey } from '../../app/ui-state';
import { ArticleRow } from './ArticleRow';
import { NATURAL_DESCENDING } from './library-model';

/** Fixed row height: measuring 10,000 rows would cost more than it gives; titles are cut to one line. */
export const ROW_HEIGHT = 48;

const COLUMNS: { key: SortKey; label: string; className: string }[] = [
  { key: 'title', label: 'Title', className: 'cell-title' },
  { key: 'source', label: 'Source', className: 'cell-source' },
  { key: 'date', label: 'Date', className: 'cell-date' },
  { key: 'claim', label: 'Claims', className: 'cell-count kind-claim' },
  { key: 'figure', label: 'Figures', className: 'cell-count kind-figure' },
  { key: 'quote', label: 'Quotes', className: 'cell-count kind-quote' },
  { key: 'imported', label: 'Imported', className: 'cell-imported' },
];

interface Props {
  articles: ArticleSummary[];
  sort: SortKey;
  descending: boolean;
  onSort(sort: SortKey, descending: boolean): void;
}

/**
 * The library as an ARIA table whose body only renders the rows in view (plus a few either side). The row count
 * and each row's index are given to assistive technology, since most rows are not in the DOM.
 */
export function ArticleTable({ articles, sort, descending, onSort }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // The row keyboard focus is heading to, while it waits for the virtualiser to render it (key repeat is fast).
  const heading = useRef<number | null>(null);
  const virtualizer = useVirtualizer({
    count: articles.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    getItemKey: (index) => articles[index]!.id,
  });

  // Arrow keys move between rows' links, scrolling rows that are not rendered yet into existence first.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (!row) return;
    event.preventDefault();
    const target = (heading.current ?? Number(row.dataset.index)) + (event.key === 'ArrowDown' ? 1 : -1);
    if (target < 0 || target >= articles.length) return;
    virtualizer.scrollToIndex(target);
    heading.current = target;
    focusRow(scrollRef.current, target, () => (heading.current === target ? (heading.current = null) : null));
  };

  return (
    <div className="table-frame" role="table" aria-label="Articles" aria-rowcount={articles.length + 1}>
      <div role="rowgroup" className="article-table-head">
        <div role="row" aria-rowindex={1} className="article-row">
          {COLUMNS.map((col) => {
            const active = col.key === sort;
            return (
              <div
                key={col.key}
                role="columnheader"
                className={col.className}
                aria-sort={active ? (descending ? 'descending' : 'ascending') : 'none'}
              >
                <button
                  type="button"
                  className={`sort-button${active ? ' is-active' : ''}`}
                  onClick={() => onSort(col.key, active ? !descending : NATURAL_DESCENDING[col.key])}
                >
                  {col.className.startsWith('cell-count') && <span className="kind-swatch" aria-hidden="true" />}
                  {col.label}
                  <span className="sort-arrow" aria-hidden="true">
                    {active ? (descending ? '↓' : '↑') : ''}
                  </span>
                </button>
              </div>
            );
          })}
        </div>
      </div>
      <div role="rowgroup" className="article-table-body" ref={scrollRef} onKeyDown={onKeyDown}>
        <div role="presentation" className="article-table-spacer" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => (
            <ArticleRow key={item.key} article={articles[item.index]!} index={item.index} top={item.start} />
          ))}
        </div>
      </div>
    </div>
  );
}

/** Focuses row `index`'s link: now if it is rendered, else once the virtualiser has (a frame or two later). */
function focusRow(container: HTMLElement | null, index: number, done: () => void, attempts = 6): void {
  const link = container?.querySelector<HTMLElement>(`[data-index="${index}"] a`);
  if (link || attempts === 0) {
    link?.focus({ preventScroll: true });
    done();
    return;
  }
  requestAnimationFrame(() => focusRow(container, index, done, attempts - 1));
}
