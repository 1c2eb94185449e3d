import type { BoardGroup } from '../../../shared/evidence';

/** One line of the board's list: a group's heading, or the row at an index of the (grouped) result. */
export type BoardLine = { type: 'group'; group: BoardGroup; position: number; firstRow: number } | { type: 'row'; row: number };

/**
 * Where the group headings go in the virtual list. The core returns grouped rows one group after another, with
 * every group's count; each heading sits just before its group's first row.
 */
export interface BoardLayout {
  length: number;
  lineAt(index: number): BoardLine;
}

export function boardLayout(total: number, groups: BoardGroup[] | undefined): BoardLayout {
  if (!groups || groups.length === 0) return { length: total, lineAt: (index) => ({ type: 'row', row: index }) };
  // headings[k]: the list index of group k's heading.
  const headings: number[] = [];
  let at = 0;
  for (const group of groups) {
    headings.push(at);
    at += group.count + 1;
  }
  return {
    length: total + groups.length,
    lineAt(index) {
      let lo = 0;
      let hi = headings.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (headings[mid]! <= index) lo = mid;
        else hi = mid - 1;
      }
      return headings[lo] === index ? { type: 'group', group: groups[lo]!, position: lo, firstRow: index - lo } : { type: 'row', row: index - lo - 1 };
    },
  };
}
