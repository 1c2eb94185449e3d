import type { PlacedLine } from './columns';
import { joinHyphenated } from './hyphenation';
import type { Vocabulary } from './hyphenation';

export interface Paragraph {
  text: string;
  /** Page of its first line. */
  page: number;
  size: number;
  lines: number;
}

interface Frame {
  left: number;
  right: number;
  leading: number;
}

const SENTENCE_END = /[.!?:;"”’»)]$/u;
/** A bullet or a numbered item starts a paragraph of its own. */
export const LIST_ITEM = /^(?:[•◦▪▫●○■□➢►‣⁃]|[-–—*]\s|\(?(?:\d{1,2}|[a-z])[.)]\s)/u;

/**
 * Rebuilds paragraphs from lines in reading order. A paragraph ends where the gap to the next line is clearly
 * wider than the usual line spacing, where the font size changes, where the next line is indented, or after a
 * line that ends a sentence well short of the column's right edge. Across a column or page break, a paragraph
 * goes on unless the line before ended a sentence and the next one starts with a capital.
 */
export function paragraphsOf(lines: PlacedLine[], vocabulary: Vocabulary): Paragraph[] {
  const frames = framesOf(lines);
  const out: Paragraph[] = [];
  let current: Paragraph | null = null;
  let previous: PlacedLine | null = null;
  for (const line of lines) {
    if (current && previous && continues(previous, line, frames)) {
      current.text = join(current.text, line.text, vocabulary);
      current.lines++;
    } else {
      if (current) out.push(current);
      current = { text: line.text, page: line.page, size: line.size, lines: 1 };
    }
    previous = line;
  }
  if (current) out.push(current);
  return out;
}

function continues(prev: PlacedLine, line: PlacedLine, frames: Map<string, Frame>): boolean {
  if (LIST_ITEM.test(line.text)) return false;
  if (Math.abs(prev.size - line.size) > Math.min(prev.size, line.size) * 0.1) return false;
  const sameFrame = prev.page === line.page && prev.column === line.column && prev.y > line.y;
  if (!sameFrame) return !SENTENCE_END.test(prev.text) || /^\p{Ll}/u.test(line.text);
  const frame = frames.get(frameKey(line))!;
  const gap = prev.y - line.y;
  if (gap > frame.leading * 1.4) return false;
  const indent = line.x0 - frame.left;
  if (indent > line.size * 0.6 && indent < line.size * 6 && prev.x0 - frame.left < line.size * 0.6) return false;
  if (SENTENCE_END.test(prev.text) && frame.right - prev.x1 > (frame.right - frame.left) * 0.2) return false;
  return true;
}

function join(text: string, next: string, vocabulary: Vocabulary): string {
  if (/\p{L}[-\u2010\u00ad]$/u.test(text)) return joinHyphenated(text, next, vocabulary);
  return `${text} ${next}`;
}

const frameKey = (line: PlacedLine): string => `${line.page}:${line.column}`;

/** Each column of each page: its left and right edges and its usual line spacing. */
function framesOf(lines: PlacedLine[]): Map<string, Frame> {
  const groups = new Map<string, PlacedLine[]>();
  for (const line of lines) groups.set(frameKey(line), [...(groups.get(frameKey(line)) ?? []), line]);
  const frames = new Map<string, Frame>();
  for (const [key, group] of groups) {
    const gaps: number[] = [];
    for (let i = 1; i < group.length; i++) {
      const gap = group[i - 1]!.y - group[i]!.y;
      if (gap > 0 && Math.abs(group[i - 1]!.size - group[i]!.size) < 0.5) gaps.push(gap);
    }
    const size = median(group.map((l) => l.size));
    frames.set(key, {
      left: percentile(group.map((l) => l.x0), 0.1),
      right: percentile(group.map((l) => l.x1), 0.9),
      // The commonest spacing is the line spacing; blank lines between paragraphs are the larger gaps.
      leading: gaps.length ? Math.min(median(gaps), size * 1.6) : size * 1.2,
    });
  }
  return frames;
}

const median = (values: number[]): number => percentile(values, 0.5);

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}
