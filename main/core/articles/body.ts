import type { Block, RemovedPart } from '../../../shared/model';
import { BODY_ROLES } from '../../../shared/model';

/** Paragraphs of the body are separated by one blank line. */
export const PARAGRAPH_BREAK = '\n\n';

interface Span {
  block: number;
  start: number;
  end: number;
}

/** The body text as composed from an article's blocks, with where each block landed in it. */
export interface ComposedBody {
  text: string;
  spans: Span[];
}

const inBody = (block: Block, includeRemoved: boolean): boolean => includeRemoved || BODY_ROLES.includes(block.role);

export function composeBody(blocks: Block[], includeRemoved: boolean): ComposedBody {
  const spans: Span[] = [];
  let text = '';
  blocks.forEach((block, i) => {
    if (!inBody(block, includeRemoved)) return;
    if (spans.length > 0) text += PARAGRAPH_BREAK;
    spans.push({ block: i, start: text.length, end: text.length + block.text.length });
    text += block.text;
  });
  return { text, spans };
}

export function removedParts(blocks: Block[], includeRemoved: boolean): RemovedPart[] {
  return blocks.filter((b) => !inBody(b, includeRemoved)).map(({ role, text }) => ({ role, text }));
}

/**
 * Maps a range of one composition of the blocks onto another (boilerplate put back or taken out).
 * Returns null when the range's text is not in the target composition.
 */
export function remapRange(from: ComposedBody, to: ComposedBody, start: number, end: number): { start: number; end: number } | null {
  const first = from.spans.find((s) => start >= s.start && start < s.end);
  const last = from.spans.find((s) => end > s.start && end <= s.end);
  if (!first || !last) return null;
  const firstTo = to.spans.find((s) => s.block === first.block);
  const lastTo = to.spans.find((s) => s.block === last.block);
  if (!firstTo || !lastTo) return null;
  // Every block between must survive too, or the range would no longer be contiguous text.
  const between = from.spans.filter((s) => s.block >= first.block && s.block <= last.block).map((s) => s.block);
  const between2 = to.spans.filter((s) => s.block >= first.block && s.block <= last.block).map((s) => s.block);
  if (between.join() !== between2.join()) return null;
  return { start: firstTo.start + (start - first.start), end: lastTo.start + (end - last.start) };
}

export const countWords = (text: string): number => (text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).length;
