import type { Line } from './lines';

/** Lines that are only a page number: "12", "- 12 -", "Page 12", "12 of 30", "xii". */
const PAGE_NUMBER = /^(?:page|p\.|seite|pág\.?|стр\.?)?\s*[-–—]?\s*(?:\d{1,4}|[ivxlcdm]{1,7})\s*[-–—]?\s*(?:(?:of|\/|из|de|von)\s*\d{1,4})?$/i;

/** How many lines at the top and at the bottom of a page can be running heads or feet. */
const EDGE = 2;

/**
 * Drops running headers and footers — lines at the top or bottom of pages that repeat on at least half the pages
 * (digits ignored, so "Page 3" and "Page 4" repeat) — and page numbers at the top or bottom of any page.
 * Returns the lines of each page that remain, and how many were dropped.
 */
export function dropRunningLines(pages: Line[][]): { pages: Line[][]; dropped: number } {
  const edges = pages.map(edgeLines);
  const seenOn = new Map<string, number>();
  for (const edge of edges) for (const key of new Set([...edge].map(keyOf))) seenOn.set(key, (seenOn.get(key) ?? 0) + 1);
  const repeated = (key: string): boolean => pages.length >= 2 && (seenOn.get(key) ?? 0) >= Math.max(2, Math.ceil(pages.length / 2));
  let dropped = 0;
  const kept = pages.map((lines, i) =>
    lines.filter((line) => {
      const drop = edges[i]!.has(line) && (PAGE_NUMBER.test(line.text) || repeated(keyOf(line)));
      if (drop) dropped++;
      return !drop;
    }),
  );
  return { pages: kept, dropped };
}

/** The lines on the page's top and bottom EDGE baselines. */
function edgeLines(lines: Line[]): Set<Line> {
  const ys = [...new Set(lines.map((l) => Math.round(l.y)))].sort((a, b) => b - a);
  const edge = new Set([...ys.slice(0, EDGE), ...ys.slice(-EDGE)]);
  return new Set(lines.filter((l) => edge.has(Math.round(l.y))));
}

const keyOf = (line: Line): string => line.text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
