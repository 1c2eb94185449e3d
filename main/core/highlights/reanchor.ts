import search from 'approx-string-match';
import type { AnchorConfidence, HighlightTarget } from '../../../shared/model';
import { targetAt } from './anchor';
import { textSimilarity } from './similarity';

export interface Reanchored {
  confidence: AnchorConfidence;
  score: number;
  /** The new target; absent when orphaned. */
  target?: HighlightTarget;
}

// Weights as in Hypothesis' anchoring (quote 50, prefix 20, suffix 20, position 2), rescaled to 0–1.
const WEIGHT = { quote: 50 / 92, context: 40 / 92, position: 2 / 92 };
/** Below this a candidate is not offered, even for review. */
const FUZZY_MIN_SCORE = 0.75;
/** An exact quote whose context matches at least this well is carried without review. */
const MOVED_MIN_CONTEXT = 0.6;

interface Candidate {
  start: number;
  end: number;
  quote: number;
  context: number;
  score: number;
}

/**
 * Finds where a highlight's passage went in a new version of the text. Its exact text, with matching context,
 * where the diff puts it → exact, elsewhere → moved; otherwise the best approximate match → fuzzy, for review; nothing good enough
 * → orphaned. A passage whose text appears elsewhere in a different context is never attached without review:
 * a figure like "twelve percent" must not jump to another paragraph that happens to say the same.
 * @param expected where the diff between the versions puts the passage's start in the new text
 */
export function reanchor(newBody: string, target: HighlightTarget, expected: number): Reanchored {
  const { exact } = target.quote;
  const candidates = exactCandidates(newBody, exact).map((c) => score(newBody, target, c.start, c.end, 1, expected));
  const bestExact = best(candidates);
  if (bestExact && bestExact.context >= MOVED_MIN_CONTEXT && unambiguous(candidates, bestExact)) {
    // Exact: found where the diff between the versions says it should be; moved: found elsewhere.
    const confidence = bestExact.start === expected ? 'exact' : 'moved';
    return { confidence, score: round(bestExact.score), target: targetAt(newBody, bestExact.start, bestExact.end) };
  }
  const fuzzy = fuzzyCandidates(newBody, exact).map((c) => score(newBody, target, c.start, c.end, c.quote, expected));
  const bestFuzzy = best([...fuzzy, ...candidates]);
  if (bestFuzzy && bestFuzzy.score >= FUZZY_MIN_SCORE && bestFuzzy.context > 0.3) {
    return { confidence: 'fuzzy', score: round(bestFuzzy.score), target: targetAt(newBody, bestFuzzy.start, bestFuzzy.end) };
  }
  return { confidence: 'orphaned', score: round(bestFuzzy?.score ?? 0) };
}

function exactCandidates(text: string, quote: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  for (let i = text.indexOf(quote); i !== -1 && found.length < 1000; i = text.indexOf(quote, i + 1)) found.push({ start: i, end: i + quote.length });
  return found;
}

/** Approximate matches allowing up to a quarter of the quote's length in edits (Myers' bit-parallel algorithm). */
function fuzzyCandidates(text: string, quote: string): { start: number; end: number; quote: number }[] {
  const maxErrors = Math.min(256, Math.floor(quote.length / 4));
  if (maxErrors === 0) return [];
  const matches = search(text, quote, maxErrors);
  matches.sort((a, b) => a.errors - b.errors);
  return matches.slice(0, 50).map((m) => {
    const { start, end } = snapToWords(text, m.start, m.end);
    // The matcher's edit count, not a fresh Levenshtein: quotes can be thousands of characters long.
    return { start, end, quote: 1 - m.errors / quote.length };
  });
}

function score(text: string, target: HighlightTarget, start: number, end: number, quote: number, expected: number): Candidate {
  const { prefix, suffix } = target.quote;
  const prefixSimilarity = prefix ? textSimilarity(prefix, text.slice(Math.max(0, start - prefix.length), start)) : 1;
  const suffixSimilarity = suffix ? textSimilarity(suffix, text.slice(end, end + suffix.length)) : 1;
  const context = (prefixSimilarity + suffixSimilarity) / 2;
  const distance = Math.abs(start - expected);
  const position = 1 - Math.min(1, distance / Math.max(500, text.length / 10));
  return { start, end, quote, context, score: WEIGHT.quote * quote + WEIGHT.context * context + WEIGHT.position * position };
}

const best = (candidates: Candidate[]): Candidate | undefined => candidates.reduce<Candidate | undefined>((a, c) => (!a || c.score > a.score ? c : a), undefined);

/** The best exact candidate must stand out: two equally good places are a question for the user. */
function unambiguous(candidates: Candidate[], chosen: Candidate): boolean {
  return candidates.every((c) => c === chosen || chosen.context - c.context > 0.05);
}

/** Approximate matches can start or end inside a word; extend them to whole words (a few characters at most). */
function snapToWords(text: string, start: number, end: number): { start: number; end: number } {
  const isWord = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
  for (let i = 0; i < 3 && isWord(text[start - 1]) && isWord(text[start]); i++) start--;
  for (let i = 0; i < 3 && isWord(text[end]) && isWord(text[end - 1]); i++) end++;
  return { start, end };
}

const round = (n: number): number => Math.round(n * 1000) / 1000;
