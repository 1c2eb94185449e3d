import { termOf } from './analysis';
import type { Language } from './languages';
import type { SearchMatch } from '../../../shared/model';

export interface Snippet {
  snippet: string;
  matches: SearchMatch[];
  /** Offsets of the snippet's first match in the whole text. */
  position?: SearchMatch;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
const WORD_CHAR = /[\p{L}\p{N}'’]/u;

/**
 * Where the words whose index terms are in `terms` occur in `text`. Stemmers change the ends of words, not their
 * first letters, so only words starting like a term are looked at: a few string searches instead of stemming
 * every word of a long article for every hit.
 */
export function findTerms(text: string, terms: Set<string>, language: Language = 'en'): SearchMatch[] {
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return scanAllWords(text, terms, language); // case folding moved offsets
  const keys = new Set([...terms].map((t) => t.slice(0, 3)).filter((k) => k !== ''));
  const starts = new Set<number>();
  for (const key of keys) {
    for (let at = lower.indexOf(key); at !== -1; at = lower.indexOf(key, at + 1)) {
      let start = at;
      while (start > 0 && WORD_CHAR.test(text[start - 1]!)) start--;
      starts.add(start);
    }
  }
  const found: SearchMatch[] = [];
  for (const start of [...starts].sort((a, b) => a - b)) {
    WORD.lastIndex = start;
    const match = WORD.exec(text);
    if (!match || match.index !== start) continue;
    const term = termOf(match[0], language);
    if (term !== null && terms.has(term)) found.push({ start, end: start + match[0].length });
  }
  return found;
}

function scanAllWords(text: string, terms: Set<string>, language: Language): SearchMatch[] {
  const found: SearchMatch[] = [];
  for (const match of text.matchAll(WORD)) {
    const term = termOf(match[0], language);
    if (term !== null && terms.has(term)) found.push({ start: match.index, end: match.index + match[0].length });
  }
  return found;
}

/**
 * A window of about `width` characters around the densest cluster of matches, cut at word boundaries, with the
 * match offsets relative to the snippet. Without matches, the start of the text.
 */
export function makeSnippet(text: string, terms: Set<string>, width = 180, language: Language = 'en'): Snippet {
  const all = findTerms(text, terms, language);
  if (all.length === 0) return { snippet: clip(text, 0, width).text, matches: [] };
  let best = 0;
  let bestCount = 0;
  for (let i = 0; i < all.length; i++) {
    let count = 0;
    while (i + count < all.length && all[i + count]!.end - all[i]!.start <= width * 0.8) count++;
    if (count > bestCount) [best, bestCount] = [i, count];
  }
  const first = all[best]!;
  const start = Math.max(0, first.start - Math.floor(width / 4));
  const clipped = clip(text, start, width);
  const matches = all
    .filter((m) => m.start >= clipped.from && m.end <= clipped.to)
    .map((m) => ({ start: m.start - clipped.from + clipped.lead, end: m.end - clipped.from + clipped.lead }));
  return { snippet: clipped.text, matches, position: { start: first.start, end: first.end } };
}

function clip(text: string, start: number, width: number): { text: string; from: number; to: number; lead: number } {
  let from = start;
  if (from > 0) {
    const space = text.lastIndexOf(' ', from);
    from = space > start - 20 && space !== -1 ? space + 1 : from;
  }
  let to = Math.min(text.length, from + width);
  if (to < text.length) {
    const space = text.indexOf(' ', to);
    to = space !== -1 && space - to < 20 ? space : to;
  }
  const lead = from > 0 ? 1 : 0;
  // Line breaks become spaces one for one, so match offsets stay valid.
  const body = text.slice(from, to).replace(/\s/g, ' ');
  return { text: `${lead ? '…' : ''}${body}${to < text.length ? '…' : ''}`, from, to, lead };
}
