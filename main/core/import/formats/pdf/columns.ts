import type { Line } from './lines';

/** A line with its place in the reading order: column 0 spans the page (or the page has one column), 1 is left, 2 right. */
export interface PlacedLine extends Line {
  column: number;
}

/**
 * Puts a page's lines in reading order. A two-column page is read column by column; lines that cross the gutter
 * (a title, a wide figure caption) cut the page into bands, each read left column first.
 */
export function readingOrder(lines: Line[]): PlacedLine[] {
  const byY = [...lines].sort((a, b) => b.y - a.y || a.x0 - b.x0);
  const gutter = findGutter(byY);
  if (gutter === null) return byY.map((l) => ({ ...l, column: 0 }));
  const out: PlacedLine[] = [];
  let left: PlacedLine[] = [];
  let right: PlacedLine[] = [];
  const closeBand = (): void => {
    out.push(...left, ...right);
    left = [];
    right = [];
  };
  for (const line of byY) {
    if (line.x1 <= gutter + 1) left.push({ ...line, column: 1 });
    else if (line.x0 >= gutter - 1) right.push({ ...line, column: 2 });
    else {
      closeBand();
      out.push({ ...line, column: 0 });
    }
  }
  closeBand();
  return out;
}

/**
 * The x of a gutter between two columns, or null. Looks at lines narrower than ~half the text width (column
 * lines; full-width lines are left out) for a vertical strip in the middle half of the page that none of them
 * crosses, with column lines on both sides and few full-width lines: a one-column page has short last lines
 * of paragraphs on the left only, and mostly full-width lines.
 */
export function findGutter(lines: Line[]): number | null {
  if (lines.length < 6) return null;
  const minX = Math.min(...lines.map((l) => l.x0));
  const maxX = Math.max(...lines.map((l) => l.x1));
  const width = maxX - minX;
  const narrow = lines.filter((l) => l.x1 - l.x0 < width * 0.55);
  if (narrow.length < lines.length * 0.6) return null;
  const from = Math.floor(minX + width * 0.25);
  const to = Math.ceil(maxX - width * 0.25);
  const covered = new Array<boolean>(to - from + 1).fill(false);
  for (const l of narrow) {
    for (let x = Math.max(from, Math.floor(l.x0)); x <= Math.min(to, Math.ceil(l.x1)); x++) covered[x - from] = true;
  }
  // The widest uncovered strip.
  let best: { start: number; end: number } | null = null;
  let start = -1;
  for (let i = 0; i <= covered.length; i++) {
    if (i < covered.length && !covered[i]) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      if (!best || i - start > best.end - best.start) best = { start, end: i };
      start = -1;
    }
  }
  if (!best || best.end - best.start < 6) return null;
  const gutter = from + (best.start + best.end) / 2;
  const leftCount = narrow.filter((l) => l.x1 <= gutter).length;
  const rightCount = narrow.filter((l) => l.x0 >= gutter).length;
  return leftCount >= 3 && rightCount >= 3 && rightCount >= narrow.length * 0.2 && leftCount >= narrow.length * 0.2 ? gutter : null;
}
