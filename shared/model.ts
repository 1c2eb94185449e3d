// Domain types shared by the core, every transport and the renderer. JSON-serialisable only.

export const KINDS = ['claim', 'figure', 'quote'] as const;
export type Kind = (typeof KINDS)[number];

/**
 * Why a block of the imported text is, or is not, part of the article body.
 * `body` and `heading` make up the body; the others were lifted out at import and are kept so they can be restored.
 */
export const BLOCK_ROLES = ['body', 'heading', 'standfirst', 'title', 'dateline', 'byline', 'credit', 'boilerplate'] as const;
export type BlockRole = (typeof BLOCK_ROLES)[number];
export const BODY_ROLES: readonly BlockRole[] = ['body', 'heading', 'standfirst'];

/** Inline formatting kept from rich sources (HTML, DOCX, EPUB, Markdown), as ranges of the block's text. */
export interface Mark {
  start: number;
  end: number;
  type: 'strong' | 'em' | 'code' | 'link';
  /** For links: http(s) or mailto only; anything else is dropped at import. */
  href?: string;
}

/** How a block is laid out in the reader. Plain paragraphs leave it out. */
export type BlockStyle = 'list-item' | 'quote' | 'code' | 'caption';

export interface Block {
  role: BlockRole;
  text: string;
  /** Heading level 1–6 for headings. */
  level?: number;
  style?: BlockStyle;
  /** Page number (1-based) in the source, for PDFs: lets a highlight be cited by page. */
  page?: number;
  marks?: Mark[];
}

/** One imported version of an article. The last one is the current text. */
export interface ArticleVersion {
  contentHash: string;
  sourceHash: string;
  bodyHash: string;
  importedAt: string;
  fileName: string | null;
  words: number;
}

/** What the catalogue knows about an article; the text itself lives in a content-addressed file. */
export interface ArticleMeta {
  id: string;
  title: string;
  source: string | null;
  author: string | null;
  /** ISO date `YYYY-MM-DD` when known. */
  date: string | null;
  /** The date as the article printed it, when a date line was found. */
  dateText: string | null;
  url: string | null;
  lang: string | null;
  /** Text direction of the article. */
  dir: 'ltr' | 'rtl' | null;
  /** A one- or two-sentence summary from the source's metadata. */
  excerpt: string | null;
  format: string;
  fileName: string | null;
  importedAt: string;
  /** sha256 of the stored blocks (names the content file). */
  contentHash: string;
  /** sha256 of the bytes that were imported, so the same file is recognised however it is cleaned. */
  sourceHash: string;
  /** sha256 of the default body text, so the same article from another file is recognised. */
  bodyHash: string;
  words: number;
  /** True when removed parts (boilerplate, credits…) have been put back into the body. */
  includeRemoved: boolean;
  warnings: string[];
  /** Every imported version, oldest first; the current one is last (its hashes are the fields above). */
  versions: ArticleVersion[];
}

export interface KindCounts {
  claim: number;
  figure: number;
  quote: number;
}

export interface ArticleSummary {
  id: string;
  title: string;
  source: string | null;
  author: string | null;
  date: string | null;
  words: number;
  importedAt: string;
  highlights: number;
  counts: KindCounts;
  tags: string[];
}

export interface RemovedPart {
  role: BlockRole;
  text: string;
}

export interface Article extends ArticleMeta {
  body: string;
  /** The body's blocks in order, with where each starts in `body` (paragraphs are separated by a blank line). */
  blocks: (Block & { start: number })[];
  removed: RemovedPart[];
  highlights: Highlight[];
}

/** W3C Web Annotation TextPositionSelector: offsets in the article body, in UTF-16 code units. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** W3C Web Annotation TextQuoteSelector: the exact text with some context either side. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface HighlightTarget {
  position: TextPositionSelector;
  quote: TextQuoteSelector;
}

/** Structured fields; which ones apply depends on the kind. */
export interface HighlightFields {
  /** quote: who is quoted. */
  speaker?: string;
  /** quote: the speaker's role or affiliation. */
  speakerRole?: string;
  /** figure: what the number measures. */
  measures?: string;
  /** claim: who makes the claim. */
  claimant?: string;
  /** figure: whose number it is ("Telegram" in "Telegram had 6 million users"); tells apart series that measure alike. */
  subject?: string;
}

/** figure: how the printed number relates to the quantity. Absent: the number is given as exact. */
export const BOUNDS = ['approximate', 'lower', 'upper'] as const;
export type Bound = (typeof BOUNDS)[number];

/** figure: the period of a rate ("up to 100 … each week" → week). */
export const RATE_PERIODS = ['hour', 'day', 'week', 'month', 'quarter', 'year'] as const;
export type RatePeriod = (typeof RATE_PERIODS)[number];

/** One number a figure reports: "6 million active Russian users", "RUB 10.8 million", "60 percent", "35-40 million". */
export interface Quantity {
  /** The number with its scale applied (6 million → 6000000); percentages as fractions (60 percent → 0.6); a range's low end. */
  value: number;
  /** A range's high end ("35-40 million" → 40000000). */
  valueMax?: number;
  /** "around 90 million": approximate; "more than 200": lower (value is a lower bound); "up to 100": upper. */
  bound?: Bound;
  /** What is counted: a plural noun ("users"), an ISO 4217 code for money ("RUB"), "percent", a time unit ("months"). */
  unit?: string;
  /** The scale word as printed ("million", "bn"); `value` already includes it. */
  scale?: string;
  /** For rates: the period ("each week" → week). */
  per?: RatePeriod;
  /** The words it was read from ("10.8 million rubles"). */
  text?: string;
}

export const CLAIM_STATUSES = ['unverified', 'supported', 'disputed', 'false'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export const EVIDENCE_RELATIONS = ['supports', 'contradicts'] as const;
export type EvidenceRelation = (typeof EVIDENCE_RELATIONS)[number];

/** claim: another highlight, in any article, that bears on the claim. */
export interface EvidenceLink {
  highlightId: string;
  relation: EvidenceRelation;
}

/**
 * Typed evidence data of a highlight (numbers, dates, status, links), beside the free-text `fields`. Which keys apply
 * depends on the kind; all are optional, and highlights stored before they existed simply have none. Parsers only
 * suggest these values: what is stored is what the user accepted or edited.
 */
export interface HighlightEvidence {
  /** figure: the numbers, the main one first ("10.8 million rubles ($14,000)" → RUB then USD). */
  quantities?: Quantity[];
  /** figure: when the number holds, as an ISO date of year, month or day precision: 2017, 2017-01, 2017-01-15. */
  asOf?: string;
  /** figure: the words that dated it ("as of January 2017", "last year"). */
  asOfText?: string;
  /** figure: a series the user assigned; figures with the same series name form one series whatever they measure. */
  series?: string;
  /** quote: in quotation marks (direct) or reported in other words (paraphrase). */
  quoteType?: 'direct' | 'paraphrase';
  /** claim: how far it is established; absent means unverified. */
  status?: ClaimStatus;
  /** claim: highlights that support or contradict it. */
  links?: EvidenceLink[];
}

export const ANCHOR_CONFIDENCES = ['exact', 'moved', 'fuzzy', 'orphaned'] as const;
export type AnchorConfidence = (typeof ANCHOR_CONFIDENCES)[number];

/** How a highlight was carried over to a new version of its article. Fuzzy and orphaned ones await review. */
export interface CarriedAnchor {
  confidence: AnchorConfidence;
  /** 0–1: how well the text and its context matched. */
  score: number;
  /** The version (index into `versions`) it was carried to. */
  version: number;
  /** Where it was before. An orphaned highlight keeps this as its target: it no longer anchors in the body. */
  previous: HighlightTarget;
  /** Set when the user accepted, re-attached or otherwise resolved it. */
  reviewed: boolean;
}

/** A past state of a highlight's content, kept when an edit (or a merge) replaced it. */
export interface HighlightRevision {
  kind: Kind;
  tags: string[];
  note: string;
  fields: HighlightFields;
  evidence?: HighlightEvidence;
  updatedAt: string;
  updatedBy: string;
}

export interface Highlight {
  id: string;
  articleId: string;
  kind: Kind;
  tags: string[];
  note: string;
  fields: HighlightFields;
  /** Numbers, dates, claim status and evidence links; absent on highlights that have none. */
  evidence?: HighlightEvidence;
  /** Who created it (kept across exchanges). */
  author: string;
  createdAt: string;
  updatedAt: string;
  /** Who made the last change. */
  updatedBy: string;
  target: HighlightTarget;
  /** Present once the highlight has been carried to a newer version of its article. */
  carried?: CarriedAnchor;
  /** Earlier states, newest last. */
  history?: HighlightRevision[];
}

/** `updated`: a new version of an article already in the notebook; its highlights were carried over. */
export type ImportStatus = 'imported' | 'updated' | 'duplicate' | 'error';

export interface ImportResult {
  file: string;
  status: ImportStatus;
  articleId?: string;
  title?: string;
  error?: string;
  warnings?: string[];
  /** For `updated`: how the highlights were carried over. */
  carried?: Record<AnchorConfidence, number>;
}

export interface SearchMatch {
  start: number;
  end: number;
}

export interface SearchHit {
  type: 'article' | 'highlight';
  articleId: string;
  highlightId?: string;
  kind?: Kind;
  title: string;
  score: number;
  /** Which field the snippet comes from: title, body, text, note, tags… */
  field: string;
  snippet: string;
  /** Matched terms, as offsets into `snippet`. */
  matches: SearchMatch[];
  /** Where the passage lies in the article body, when the snippet comes from it (for scrolling). */
  position?: SearchMatch;
}

export interface SearchResult {
  total: number;
  hits: SearchHit[];
}

export interface NotebookStats {
  path: string;
  articles: number;
  highlights: number;
  counts: KindCounts;
  tags: number;
  words: number;
  index: { documents: number; bytes: number; segments: number; current: boolean };
}

export interface TagCount {
  tag: string;
  count: number;
}

export interface ReindexReport {
  wasCurrent: boolean;
  documents: number;
  ms: number;
}

/** One run of a word-level diff between two versions of an article's body. */
export interface TextChange {
  type: 'same' | 'added' | 'removed';
  text: string;
}

export interface VersionDiff {
  from: number;
  to: number;
  changes: TextChange[];
}
