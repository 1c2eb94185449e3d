// Results of the evidence methods (board, series, cross-article checks, suggestions). JSON-serialisable only.
import type { Bound, ClaimStatus, HighlightEvidence, HighlightFields, Kind, Quantity, RatePeriod, TextChange } from './model';

/** One highlight as a row of the evidence board. */
export interface BoardRow {
  highlightId: string;
  articleId: string;
  kind: Kind;
  tags: string[];
  note: string;
  text: string;
  articleTitle: string;
  source: string | null;
  /** The article's date. */
  date: string | null;
  speaker?: string;
  speakerRole?: string;
  claimant?: string;
  subject?: string;
  measures?: string;
  /** Claims: absent status reads as unverified. */
  status?: ClaimStatus;
  quoteType?: 'direct' | 'paraphrase';
  /** Figures: the main quantity, flattened for sorting and filtering; every quantity is in `quantities`. */
  value?: number;
  valueMax?: number;
  bound?: Bound;
  unit?: string;
  per?: RatePeriod;
  quantities?: Quantity[];
  asOf?: string;
  /** Figures: the series it belongs to, when it has one. */
  seriesId?: string;
  /** Claims: how many linked highlights support or contradict it (links to deleted highlights are not counted). */
  supports?: number;
  contradicts?: number;
  /** What the cross-article checks say about it. */
  flags: CheckFlag[];
  createdAt: string;
  updatedAt: string;
}

export type CheckFlag = 'agreement' | 'conflict' | 'corroborated' | 'possible-misquote';

export const BOARD_SORTS = ['article', 'date', 'kind', 'value', 'asOf', 'speaker', 'status', 'unit', 'created', 'updated'] as const;
export type BoardSort = (typeof BOARD_SORTS)[number];
export const BOARD_GROUPS = ['kind', 'article', 'source', 'speaker', 'status', 'unit', 'series', 'tag'] as const;
export type BoardGroupBy = (typeof BOARD_GROUPS)[number];

export interface BoardGroup {
  key: string;
  label: string;
  count: number;
}

export interface BoardResult {
  /** Rows that pass the filters (before paging). */
  total: number;
  rows: BoardRow[];
  /** With groupBy: every group of the filtered rows, in the order the rows come; a row in several tags is in each. */
  groups?: BoardGroup[];
}

/** Where a figure of a series sits in time: the date it refers to, or its article's date, or nowhere. */
export type PointDating = 'text' | 'article' | 'none';

export interface SeriesPoint {
  highlightId: string;
  articleId: string;
  articleTitle: string;
  source: string | null;
  asOf: string | null;
  dated: PointDating;
  value: number;
  valueMax?: number;
  bound?: Bound;
  text: string;
}

/** Figures that measure the same thing, as value against time. */
export interface Series {
  id: string;
  /** What it measures, as most of its figures say it. */
  label: string;
  unit: string;
  subject?: string;
  /** True when the user named it (evidence.series) rather than the measures matching. */
  explicit: boolean;
  /** Sorted by time; undated points last. One per article and value. */
  points: SeriesPoint[];
}

export interface CheckMember {
  highlightId: string;
  articleId: string;
  articleTitle: string;
  source: string | null;
  text: string;
  value?: number;
  valueMax?: number;
  bound?: Bound;
  speaker?: string;
}

/** The same figure reported by several articles. */
export interface FigureAgreement {
  seriesId: string;
  label: string;
  unit: string;
  asOf: string | null;
  value: number;
  members: CheckMember[];
}

/** Figures about the same thing at the same time that do not agree. */
export interface FigureConflict {
  seriesId: string;
  label: string;
  unit: string;
  asOf: string | null;
  members: CheckMember[];
}

/** One quotation found in several articles (a shorter one may be part of a longer one). */
export interface QuoteCorroboration {
  text: string;
  speaker?: string;
  members: CheckMember[];
}

/** Two quotations that read almost, but not exactly, alike: one may misquote the other. */
export interface PossibleMisquote {
  similarity: number;
  members: [CheckMember, CheckMember];
  /** Word by word, from the first member's wording to the second's. */
  changes: TextChange[];
}

export interface EvidenceChecks {
  figureAgreements: FigureAgreement[];
  figureConflicts: FigureConflict[];
  corroboratedQuotes: QuoteCorroboration[];
  possibleMisquotes: PossibleMisquote[];
}

/** A proposed highlight: accept it with evidence.accept, or dismiss it. */
export interface Suggestion {
  id: string;
  kind: Kind;
  start: number;
  end: number;
  text: string;
  /** 0–1. */
  confidence: number;
  fields: HighlightFields;
  evidence: HighlightEvidence;
  reason: string;
}

export interface ArticleSuggestions {
  articleId: string;
  title: string;
  suggestions: Suggestion[];
  /** How many were left out because they were dismissed before or are highlighted already. */
  hidden: { dismissed: number; highlighted: number };
}

/** What evidence.parse reads from a passage: the fields and evidence data to prefill the editor with. */
export interface ParsedPassage {
  /** The kind asked for, or the likeliest one. */
  kind: Kind;
  fields: HighlightFields;
  evidence: HighlightEvidence;
}
