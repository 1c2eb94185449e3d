import type { Span } from '../../app/route';

/**
 * The article is rendered so that every text node is the only child of an element carrying `data-offset`: the
 * body position of its first character. That makes a DOM selection map back to exact body offsets.
 */
const SEGMENT = '[data-offset]';

function segmentStart(el: Element): number {
  return Number((el as HTMLElement).dataset.offset);
}

function segmentEnd(el: Element): number {
  return segmentStart(el) + (el.textContent ?? '').length;
}

/** Body offset of a DOM boundary point (node, offset) inside `root`. */
export function pointToOffset(root: HTMLElement, node: Node, offset: number, bodyLength: number): number {
  if (node.nodeType === Node.TEXT_NODE) {
    const segment = node.parentElement?.closest(SEGMENT);
    if (segment && root.contains(segment)) return segmentStart(segment) + offset;
  }
  // The point sits between elements (e.g. at a paragraph edge, or after a triple click): take the first segment
  // that starts at or after it. A range ending there may then take in the blank line between paragraphs, which
  // the core trims off.
  const probe = document.createRange();
  probe.setStart(node, offset);
  probe.collapse(true);
  const segments = [...root.querySelectorAll(SEGMENT)];
  for (const segment of segments) {
    if (probe.comparePoint(segment, 0) >= 0) return segmentStart(segment);
  }
  const last = segments.at(-1);
  return last ? segmentEnd(last) : bodyLength;
}

/**
 * The body range a DOM range covers, clipped to the article (a drag may run past it into the margin).
 * Null when the range does not touch the article or covers no text.
 */
export function rangeToOffsets(root: HTMLElement, range: Range, bodyLength: number): Span | null {
  if (!range.intersectsNode(root)) return null;
  const whole = document.createRange();
  whole.selectNodeContents(root);
  const startsBefore = range.compareBoundaryPoints(Range.START_TO_START, whole) <= 0;
  const endsAfter = range.compareBoundaryPoints(Range.END_TO_END, whole) >= 0;
  const start = startsBefore ? 0 : pointToOffset(root, range.startContainer, range.startOffset, bodyLength);
  const end = endsAfter ? bodyLength : pointToOffset(root, range.endContainer, range.endOffset, bodyLength);
  return end > start ? { start, end } : null;
}

/** A DOM range over a body range: the inverse of rangeToOffsets, to place a popover under a passage. */
export function offsetsToRange(root: HTMLElement, span: Span): Range | null {
  const segments = [...root.querySelectorAll(SEGMENT)];
  const locate = (offset: number, isEnd: boolean): { node: Node; offset: number } | null => {
    for (const segment of segments) {
      const start = segmentStart(segment);
      const end = segmentEnd(segment);
      const text = segment.firstChild;
      // A point on the border of two segments belongs to the one the range covers.
      const inside = isEnd ? offset > start && offset <= end : offset >= start && offset < end;
      if (inside && text) return { node: text, offset: offset - start };
    }
    return null;
  };
  const from = locate(span.start, false);
  const to = locate(span.end, true);
  if (!from || !to) return null;
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}
