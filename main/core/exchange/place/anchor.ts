// Finding where an annotation from another tool belongs in an article's body. Offsets from outside are only a hint:
// the quote decides, because tools disagree on how they count (code points, UTF-16 units, bytes) and on the text.
import { findQuote } from '../../highlights/anchor';
import type { CodePoints } from '../positions';

export interface Selectors {
  exact?: string;
  prefix?: string;
  suffix?: string;
  /** As declared: code points by the standards, UTF-16 units by some tools. */
  start?: number;
  end?: number;
}

export type Placement = { start: number; end: number } | { reason: string };

/** Where the selectors point in `body` (UTF-16 offsets), or why they point nowhere. */
export function place(body: string, codePoints: CodePoints, s: Selectors): Placement {
  const { exact, start, end } = s;
  if (start !== undefined && end !== undefined && end > start) {
    const [from, to] = [codePoints.toUnits(start), codePoints.toUnits(end)];
    if (from !== undefined && to !== undefined && (exact === undefined || body.slice(from, to) === exact)) return { start: from, end: to };
    if (exact !== undefined && body.slice(start, end) === exact) return { start, end }; // counted in UTF-16 units
  }
  if (exact === undefined || exact.trim() === '') return { reason: 'it has neither a quote nor a position inside the article' };
  const found = occurrences(body, exact);
  if (found.length === 0) {
    try {
      return findQuote(body, exact, 1); // tolerates quotes, dashes and white space that differ
    } catch {
      return { reason: `the text "${clip(exact)}" is not in the article` };
    }
  }
  if (found.length === 1) return { start: found[0]!, end: found[0]! + exact.length };
  // Several: the one whose context matches best, then the one nearest the declared position.
  const hint = start !== undefined ? (codePoints.toUnits(start) ?? start) : 0;
  const scored = found.map((at) => ({ at, score: contextScore(body, at, at + exact.length, s.prefix ?? '', s.suffix ?? ''), distance: Math.abs(at - hint) }));
  scored.sort((a, b) => b.score - a.score || a.distance - b.distance);
  return { start: scored[0]!.at, end: scored[0]!.at + exact.length };
}

function occurrences(body: string, exact: string): number[] {
  const out: number[] = [];
  for (let i = body.indexOf(exact); i !== -1 && out.length < 10_000; i = body.indexOf(exact, i + 1)) out.push(i);
  return out;
}

/** How many characters of the prefix and suffix agree with the text just before and after. */
function contextScore(body: string, start: number, end: number, prefix: string, suffix: string): number {
  let score = 0;
  while (score < prefix.length && body[start - 1 - score] === prefix[prefix.length - 1 - score]) score++;
  let after = 0;
  while (after < suffix.length && body[end + after] === suffix[after]) after++;
  return score + after;
}

const clip = (text: string): string => (text.length > 50 ? `${text.slice(0, 47)}…` : text);
