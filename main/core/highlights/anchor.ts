import { ApiError } from '../../../shared/errors';
import type { HighlightTarget } from '../../../shared/model';

/** Context kept either side of the exact text, as Hypothesis does, to re-find a passage when the text shifts. */
export const CONTEXT_CHARS = 32;

/** Builds the W3C selectors for `body[start, end)`, after trimming white space off the ends of the range. */
export function targetAt(body: string, start: number, end: number): HighlightTarget {
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= body.length && start < end)) {
    throw new ApiError('BAD_REQUEST', `the range ${start}–${end} is outside the article (0–${body.length})`);
  }
  while (start < end && /\s/.test(body[start]!)) start++;
  while (end > start && /\s/.test(body[end - 1]!)) end--;
  if (start === end) throw new ApiError('BAD_REQUEST', 'the selected range is only white space');
  if (splitsSurrogatePair(body, start) || splitsSurrogatePair(body, end)) {
    throw new ApiError('BAD_REQUEST', 'the range splits a character in two');
  }
  return {
    position: { type: 'TextPositionSelector', start, end },
    quote: {
      type: 'TextQuoteSelector',
      exact: body.slice(start, end),
      prefix: body.slice(Math.max(0, start - CONTEXT_CHARS), start),
      suffix: body.slice(end, end + CONTEXT_CHARS),
    },
  };
}

/** True when the target's exact text is what the body holds at its position. */
export function anchorsIn(body: string, target: HighlightTarget): boolean {
  return body.slice(target.position.start, target.position.end) === target.quote.exact;
}

/**
 * Finds the `occurrence`-th (1-based) place where `quote` appears in `body`. Tolerates what typing a quote loses:
 * curly vs straight quotes, dash variants, non-breaking spaces and runs of white space.
 */
export function findQuote(body: string, quote: string, occurrence = 1): { start: number; end: number } {
  const exact = occurrences(body, quote);
  const found = exact.length > 0 ? exact : fuzzyOccurrences(body, quote);
  if (found.length === 0) throw new ApiError('NOT_FOUND', `the text "${shorten(quote)}" is not in the article`);
  const match = found[occurrence - 1];
  if (!match) throw new ApiError('BAD_REQUEST', `the text occurs ${found.length} time(s); occurrence ${occurrence} does not exist`);
  return match;
}

function occurrences(body: string, quote: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let i = body.indexOf(quote); i !== -1; i = body.indexOf(quote, i + 1)) out.push({ start: i, end: i + quote.length });
  return out;
}

const FOLD: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u00ab': '"', '\u00bb': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2212': '-',
};

/** The text with look-alike characters folded and white space collapsed, and where each character came from. */
function normalise(text: string): { text: string; origin: number[] } {
  let out = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      if (out.endsWith(' ')) continue;
      out += ' ';
    } else {
      out += FOLD[ch] ?? ch;
    }
    origin.push(i);
  }
  return { text: out, origin };
}

function fuzzyOccurrences(body: string, quote: string): { start: number; end: number }[] {
  const haystack = normalise(body);
  const needle = normalise(quote.trim()).text;
  if (needle === '') return [];
  return occurrences(haystack.text, needle).map(({ start, end }) => ({
    start: haystack.origin[start]!,
    end: haystack.origin[end - 1]! + 1,
  }));
}

function splitsSurrogatePair(text: string, index: number): boolean {
  if (index <= 0 || index >= text.length) return false;
  const before = text.charCodeAt(index - 1);
  const after = text.charCodeAt(index);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

const shorten = (text: string): string => (text.length > 60 ? `${text.slice(0, 57)}…` : text);
