/** A run of text as pdf.js places it: baseline origin (x, y) in points from the bottom left, and its width. */
export interface Fragment {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** A line of text within one column: fragments on one baseline, with no wide gap between them. */
export interface Line {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
  page: number;
}

/**
 * Groups a page's fragments into lines: fragments whose baselines are within half the font size share a row
 * (superscripts too), and a row splits where a gap wider than an em and a bit opens (a column gutter, a table
 * cell) — word spaces, even in justified text, are far narrower. Spaces are put back where fragments are apart.
 */
export function linesOf(fragments: Fragment[], page: number): Line[] {
  const sorted = fragments.filter((f) => f.text.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Fragment[][] = [];
  for (const f of sorted) {
    const row = rows[rows.length - 1];
    // Superscripts sit about a third of the main size above the baseline: within the tolerance.
    if (row && Math.abs(row[0]!.y - f.y) <= Math.max(row[0]!.size, f.size) * 0.45) row.push(f);
    else rows.push([f]);
  }
  const lines: Line[] = [];
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    let current: Fragment[] = [];
    for (const f of row) {
      const last = current[current.length - 1];
      if (last && f.x - (last.x + last.width) > Math.max(f.size, last.size) * 1.2) {
        lines.push(lineOf(current, page));
        current = [];
      }
      current.push(f);
    }
    if (current.length) lines.push(lineOf(current, page));
  }
  return lines;
}

function lineOf(fragments: Fragment[], page: number): Line {
  let text = '';
  let end = -Infinity;
  for (const f of fragments) {
    // A gap of more than ~a sixth of an em between fragments is a space the PDF drew by moving, not by a glyph.
    if (text && f.x - end > f.size * 0.15 && !/\s$/.test(text) && !/^\s/.test(f.text)) text += ' ';
    text += f.text;
    end = Math.max(end, f.x + f.width);
  }
  const main = fragments.reduce((a, b) => (b.text.length > a.text.length ? b : a));
  return { text: text.replace(/\s+/g, ' ').trim(), x0: fragments[0]!.x, x1: end, y: main.y, size: main.size, page };
}
