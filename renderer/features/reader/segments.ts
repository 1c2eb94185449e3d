import type { Article, Highlight, Mark } from '../../../shared/model';
import type { Span } from '../../app/route';

/** A run of body text with the same highlights and inline marks over all of it. Offsets are UTF-16 positions in `article.body`. */
export interface Segment {
  start: number;
  end: number;
  /** Covering highlights, outermost (earliest start, then longest) first. */
  highlights: Highlight[];
  /** Inline formatting (bold, italic, code, link) over this run. */
  marks: Mark[];
  /** Inside the selection that the toolbar is about to tag. */
  pending: boolean;
  /** A suggestion of the parser over this run (the innermost when several overlap), drawn dashed. */
  suggestion?: SuggestedSpan;
}

/** A passage the parser proposes to highlight, drawn until it is accepted or dismissed. */
export interface SuggestedSpan {
  id: string;
  kind: Highlight['kind'];
  start: number;
  end: number;
}

/** How a block is laid out: the element it becomes. */
export type BlockLayout = 'p' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6' | 'li' | 'blockquote' | 'pre' | 'caption' | 'standfirst';

export interface LaidOutBlock {
  start: number;
  end: number;
  layout: BlockLayout;
  segments: Segment[];
}

type BodyBlock = Article['blocks'][number];

/** Paragraphs separated by a blank line, for a body that comes without (usable) blocks. */
export function paragraphRanges(body: string): Span[] {
  const ranges: Span[] = [];
  const separator = /\n[ \t]*\n\s*/g;
  let start = 0;
  for (let m = separator.exec(body); m; m = separator.exec(body)) {
    if (m.index > start) ranges.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < body.length) ranges.push({ start, end: body.length });
  return ranges;
}

function layoutOf(block: BodyBlock | undefined): BlockLayout {
  if (!block) return 'p';
  // The article's title is the page's h1, so the text's own headings start at h2.
  if (block.role === 'heading') return `h${Math.min(6, Math.max(2, (block.level ?? 1) + 1))}` as BlockLayout;
  if (block.role === 'standfirst') return 'standfirst';
  switch (block.style) {
    case 'list-item':
      return 'li';
    case 'quote':
      return 'blockquote';
    case 'code':
      return 'pre';
    case 'caption':
      return 'caption';
    default:
      return 'p';
  }
}

/** The body's blocks when they describe it exactly, else plain paragraphs: offsets must match the body. */
function blocksOf(body: string, blocks: BodyBlock[] | undefined): { start: number; end: number; block?: BodyBlock }[] {
  const usable = blocks && blocks.length > 0 && blocks.every((b) => body.startsWith(b.text, b.start));
  if (usable) return blocks.filter((b) => b.text.length > 0).map((block) => ({ start: block.start, end: block.start + block.text.length, block }));
  return paragraphRanges(body);
}

/** Where each block of the body starts and ends, as the reader lays them out. */
export function blockRanges(body: string, blocks: BodyBlock[] | undefined): Span[] {
  return blocksOf(body, blocks).map(({ start, end }) => ({ start, end }));
}

/** An orphan not yet re-attached: it keeps its old target, which points into an earlier version's text. */
export const isOrphan = (h: Highlight): boolean => h.carried?.confidence === 'orphaned' && !h.carried.reviewed;

/**
 * True when a highlight's recorded text is what the body holds at its position: only those are drawn. A
 * re-attached orphan keeps `confidence: 'orphaned'` (how it was carried) but is reviewed, with a new target.
 */
export function anchored(body: string, h: Highlight): boolean {
  const { start, end } = h.target.position;
  return !isOrphan(h) && end <= body.length && body.slice(start, end) === h.target.quote.exact;
}

const outermostFirst = (a: Highlight, b: Highlight) =>
  a.target.position.start - b.target.position.start || b.target.position.end - a.target.position.end || a.id.localeCompare(b.id);

/**
 * Cuts the body into blocks, and each block into segments at every highlight, inline mark and pending-selection
 * boundary, so that each DOM text node maps to exactly one body range and overlaps can be drawn in layers.
 */
export function layoutBody(
  body: string,
  blocks: BodyBlock[] | undefined,
  highlights: Highlight[],
  pending: Span | null,
  suggestions: SuggestedSpan[] = [],
): LaidOutBlock[] {
  const sorted = highlights.filter((h) => anchored(body, h)).sort(outermostFirst);
  return blocksOf(body, blocks).map(({ start: from, end: to, block }) => {
    const inside = sorted.filter((h) => h.target.position.start < to && h.target.position.end > from);
    const marks = (block?.marks ?? [])
      .map((m) => ({ ...m, start: from + m.start, end: from + m.end }))
      .filter((m) => m.start < m.end && m.start >= from && m.end <= to);
    const cuts = new Set<number>([from, to]);
    const cut = (start: number, end: number) => {
      cuts.add(Math.max(from, start));
      cuts.add(Math.min(to, end));
    };
    for (const h of inside) cut(h.target.position.start, h.target.position.end);
    for (const m of marks) cut(m.start, m.end);
    if (pending && pending.start < to && pending.end > from) cut(pending.start, pending.end);
    const suggested = suggestions.filter((sg) => sg.start < to && sg.end > from);
    for (const sg of suggested) cut(sg.start, sg.end);
    const points = [...cuts].sort((a, b) => a - b);
    const segments: Segment[] = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const start = points[i]!;
      const end = points[i + 1]!;
      segments.push({
        start,
        end,
        highlights: inside.filter((h) => h.target.position.start <= start && h.target.position.end >= end),
        marks: marks.filter((m) => m.start <= start && m.end >= end),
        pending: pending !== null && pending.start <= start && pending.end >= end,
        ...innermost(suggested, start, end),
      });
    }
    return { start: from, end: to, layout: layoutOf(block), segments };
  });
}

/** The shortest suggestion covering [start, end), as the segment's `suggestion`. */
function innermost(suggestions: SuggestedSpan[], start: number, end: number): { suggestion?: SuggestedSpan } {
  let best: SuggestedSpan | undefined;
  for (const sg of suggestions) if (sg.start <= start && sg.end >= end && (!best || sg.end - sg.start < best.end - best.start)) best = sg;
  return best ? { suggestion: best } : {};
}
