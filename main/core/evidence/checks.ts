// Cross-article checks: the same figure in several articles (agreement), a figure about the same thing at the same
// time with another value (conflict), a quotation found in several articles (corroborated), and one that reads
// almost but not quite like another (possible misquote).
import type { CheckMember, EvidenceChecks, FigureAgreement, FigureConflict, PossibleMisquote, QuoteCorroboration, Series } from '../../../shared/evidence';
import type { Quantity } from '../../../shared/model';
import { diffTexts } from '../articles/offset-map';
import { quoteWords } from './normalise';
import { datingOf } from './series';
import type { FigureInput } from './series';

/** Quotations whose words are at least this alike (and not equal, nor one inside the other) may be misquotes. */
export const MISQUOTE_SIMILARITY = 0.75;
/** Shorter quotations match too easily to tell a misquote from a coincidence. */
const MISQUOTE_MIN_WORDS = 4;
/** Figures compared per period bucket of a series (beyond this a bucket is sampled, to keep the check fast). */
const MAX_BUCKET = 300;
/** A word pair found in more quotations than this is too common to suggest two of them are related. */
const MAX_POSTING = 500;

export interface QuoteInput {
  highlightId: string;
  articleId: string;
  articleTitle: string;
  source: string | null;
  text: string;
  speaker?: string;
}

/** The values a printed number stands for: its rounding (half a unit of its last significant digit, at most 10%), bounds and ranges. */
export function interval(q: Quantity): [number, number] {
  let tolerance = Math.min(lastDigitUnit(q) / 2, Math.abs(q.value) * 0.1);
  if (q.bound === 'approximate') tolerance = Math.max(tolerance, Math.abs(q.value) * 0.1);
  const low = q.value - tolerance;
  const high = (q.valueMax ?? q.value) + tolerance;
  if (q.bound === 'lower') return [low, Infinity];
  if (q.bound === 'upper') return [-Infinity, high];
  return [low, high];
}

function lastDigitUnit(q: Quantity): number {
  const printed = q.text?.match(/\d[\d,]*(?:\.\d+)?/)?.[0]?.replace(/,/g, '');
  if (!printed) return 0;
  const scale = q.value / Number(printed) || 1;
  const decimals = printed.includes('.') ? printed.split('.')[1]!.length : 0;
  const zeros = decimals ? 0 : (/0+$/.exec(printed)?.[0].length ?? 0);
  return Math.abs(scale) * 10 ** (zeros - decimals);
}

const overlaps = (a: [number, number], b: [number, number]): boolean => a[0] <= b[1] && b[0] <= a[1];
/** "2017" and "2017-01" name the same period at different precision. */
const samePeriod = (a: string, b: string): boolean => a.startsWith(b) || b.startsWith(a);

function member(f: FigureInput): CheckMember {
  const q = f.quantity;
  return {
    highlightId: f.highlightId,
    articleId: f.articleId,
    articleTitle: f.articleTitle,
    source: f.source,
    text: f.text,
    value: q.value,
    ...(q.valueMax !== undefined ? { valueMax: q.valueMax } : {}),
    ...(q.bound ? { bound: q.bound } : {}),
  };
}

/** Agreements and conflicts inside each series, between figures of different articles about the same period. */
export function checkFigures(series: Series[], byId: Map<string, FigureInput>): { agreements: FigureAgreement[]; conflicts: FigureConflict[] } {
  const agreements: FigureAgreement[] = [];
  const conflicts: FigureConflict[] = [];
  for (const s of series) {
    const figures = s.points.map((p) => byId.get(p.highlightId)).filter((f): f is FigureInput => f !== undefined);
    const buckets = new Map<string, FigureInput[]>();
    for (const f of figures) {
      const { asOf } = datingOf(f);
      if (asOf) buckets.set(asOf.slice(0, 4), [...(buckets.get(asOf.slice(0, 4)) ?? []), f].slice(0, MAX_BUCKET));
    }
    for (const bucket of buckets.values()) {
      const agree = new UnionFind(bucket.length);
      const disagree: [number, number][] = [];
      for (let i = 0; i < bucket.length; i++) {
        for (let j = i + 1; j < bucket.length; j++) {
          const a = bucket[i]!;
          const b = bucket[j]!;
          if (a.articleId === b.articleId || !samePeriod(datingOf(a).asOf!, datingOf(b).asOf!)) continue;
          if (overlaps(interval(a.quantity), interval(b.quantity))) agree.union(i, j);
          else disagree.push([i, j]);
        }
      }
      for (const group of agree.groups()) {
        const members = group.map((i) => bucket[i]!);
        if (new Set(members.map((m) => m.articleId)).size < 2) continue;
        const asOf = members.map((m) => datingOf(m).asOf!).sort((x, y) => y.length - x.length)[0]!;
        agreements.push({ seriesId: s.id, label: s.label, unit: s.unit, asOf, value: members[0]!.quantity.value, members: members.map(member) });
      }
      const conflicting = new UnionFind(bucket.length);
      for (const [i, j] of disagree) conflicting.union(i, j);
      for (const group of conflicting.groups()) {
        if (group.length < 2) continue;
        const members = group.map((i) => bucket[i]!);
        conflicts.push({ seriesId: s.id, label: s.label, unit: s.unit, asOf: datingOf(members[0]!).asOf, members: members.map(member) });
      }
    }
  }
  return { agreements, conflicts };
}

/** Corroborated quotations and possible misquotes, between highlights of different articles. */
export function checkQuotes(quotes: QuoteInput[]): { corroborated: QuoteCorroboration[]; misquotes: PossibleMisquote[] } {
  const words = quotes.map((q) => quoteWords(q.text));
  const joined = words.map((w) => ` ${w.join(' ')} `);
  const byGram = new Map<string, number[]>();
  words.forEach((w, i) => {
    for (const g of grams(w)) byGram.set(g, [...(byGram.get(g) ?? []), i]);
  });
  const same = new UnionFind(quotes.length);
  const misquotes: PossibleMisquote[] = [];
  const compared = new Set<string>();
  words.forEach((w, i) => {
    // Candidates share word pairs with this quotation: enough of them to be within the misquote threshold (a quarter
    // of the words changed leaves at least about half the pairs intact) or to hold it whole. Pairs as common as
    // "of the" are no evidence and are skipped.
    const shared = new Map<number, number>();
    for (const g of grams(w)) {
      const posting = byGram.get(g)!;
      if (posting.length > MAX_POSTING) continue;
      for (const j of posting) if (j !== i) shared.set(j, (shared.get(j) ?? 0) + 1);
    }
    const candidates = [...shared].filter(([j, n]) => n >= Math.max(1, Math.floor(Math.min(w.length, words[j]!.length) / 2) - 1)).map(([j]) => j);
    for (const j of candidates) {
      const pair = i < j ? `${i}|${j}` : `${j}|${i}`;
      if (compared.has(pair) || quotes[i]!.articleId === quotes[j]!.articleId) continue;
      compared.add(pair);
      const [short, long] = words[i]!.length <= words[j]!.length ? [i, j] : [j, i];
      if (joined[long]!.includes(joined[short]!)) {
        same.union(i, j);
        continue;
      }
      if (words[short]!.length < MISQUOTE_MIN_WORDS) continue;
      const { similarity, window } = bestWindow(words[short]!, words[long]!);
      if (similarity >= MISQUOTE_SIMILARITY && similarity < 1) {
        const longText = window.join(' ');
        misquotes.push({
          similarity: Math.round(similarity * 100) / 100,
          members: [quoteMember(quotes[long]!), quoteMember(quotes[short]!)],
          changes: diffTexts(longText, words[short]!.join(' ')),
        });
      }
    }
  });
  const corroborated: QuoteCorroboration[] = [];
  for (const group of same.groups()) {
    if (group.length < 2) continue;
    const longest = group.reduce((a, b) => (words[b]!.length > words[a]!.length ? b : a));
    const speaker = group.map((i) => quotes[i]!.speaker).find(Boolean);
    corroborated.push({ text: quotes[longest]!.text, ...(speaker ? { speaker } : {}), members: group.map((i) => quoteMember(quotes[i]!)) });
  }
  return { corroborated, misquotes: misquotes.sort((a, b) => b.similarity - a.similarity) };
}

export function evidenceChecks(series: Series[], figures: FigureInput[], quotes: QuoteInput[]): EvidenceChecks {
  const { agreements, conflicts } = checkFigures(series, new Map(figures.map((f) => [f.highlightId, f])));
  const { corroborated, misquotes } = checkQuotes(quotes);
  return { figureAgreements: agreements, figureConflicts: conflicts, corroboratedQuotes: corroborated, possibleMisquotes: misquotes };
}

const quoteMember = (q: QuoteInput): CheckMember => ({
  highlightId: q.highlightId,
  articleId: q.articleId,
  articleTitle: q.articleTitle,
  source: q.source,
  text: q.text,
  ...(q.speaker ? { speaker: q.speaker } : {}),
});

/** Word pairs: two quotations that share none cannot be near-identical (nor can one hold the other). */
function grams(words: string[]): string[] {
  if (words.length < 2) return words;
  const out: string[] = [];
  for (let i = 0; i + 1 < words.length; i++) out.push(`${words[i]} ${words[i + 1]}`);
  return out;
}

/** The stretch of `long` that reads most like `short`, and how alike (1 − word edits / length of `short`). */
export function bestWindow(short: string[], long: string[]): { similarity: number; window: string[] } {
  // Semi-global alignment: `short` whole against any stretch of `long`.
  let previous = Array.from({ length: long.length + 1 }, () => 0);
  const starts = Array.from({ length: long.length + 1 }, (_, j) => j);
  let previousStarts = starts.slice();
  for (let i = 1; i <= short.length; i++) {
    const current = [i];
    const currentStarts = [0];
    for (let j = 1; j <= long.length; j++) {
      const sub = previous[j - 1]! + (short[i - 1] === long[j - 1] ? 0 : 1);
      const del = previous[j]! + 1;
      const ins = current[j - 1]! + 1;
      const best = Math.min(sub, del, ins);
      current[j] = best;
      currentStarts[j] = best === sub ? previousStarts[j - 1]! : best === del ? previousStarts[j]! : currentStarts[j - 1]!;
    }
    previous = current;
    previousStarts = currentStarts;
  }
  let end = 0;
  for (let j = 1; j <= long.length; j++) if (previous[j]! < previous[end]!) end = j;
  return { similarity: 1 - previous[end]! / short.length, window: long.slice(previousStarts[end], end) };
}

class UnionFind {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) i = this.parent[i] = this.parent[this.parent[i]!]!;
    return i;
  }
  union(a: number, b: number): void {
    this.parent[this.find(a)] = this.find(b);
  }
  groups(): number[][] {
    const out = new Map<number, number[]>();
    this.parent.forEach((_, i) => out.set(this.find(i), [...(out.get(this.find(i)) ?? []), i]));
    return [...out.values()];
  }
}
