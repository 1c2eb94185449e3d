// Exchanging notebooks and annotations with other people and other tools: the formats and the reports.
import type { Kind } from './model';

export const EXPORT_FORMATS = ['bundle', 'w3c', 'qdpx', 'qdc', 'markdown', 'csv', 'csl'] as const;
/**
 * bundle: a `.sourcebook` file that another notebook merges losslessly; w3c: Web Annotation JSON-LD; qdpx / qdc:
 * REFI-QDA project / codebook; markdown: one file per article; csv: one row per highlight; csl: CSL-JSON citations.
 */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Which part of the notebook to export; the filters combine (all must match). */
export interface ExportSelection {
  /** Only highlights with this tag, and their articles. */
  tag?: string;
  /** Only highlights of this kind, and their articles. */
  kind?: Kind;
  /** Only these articles (ids or unique prefixes), with all their highlights. */
  articleIds?: string[];
}

export interface ExportReport {
  format: ExportFormat;
  path: string;
  articles: number;
  highlights: number;
  /** Files written: 1, or one per article for Markdown into a folder. */
  files: number;
  bytes: number;
  /** Things the format could not carry, one line each (e.g. highlights that no longer anchor in their article). */
  warnings: string[];
}

export interface MergeCounts {
  new: number;
  updated: number;
  unchanged: number;
  conflicts: number;
}

/**
 * `edited`: both notebooks changed the highlight and neither change includes the other; `deleted`: one side
 * deleted it, the other edited it after the state that was deleted.
 */
export interface MergeConflict {
  type: 'edited' | 'deleted';
  highlightId: string;
  articleId: string;
  /** The start of the highlighted text, to recognise it. */
  text: string;
  /** Which state was kept; the other is in the highlight's history (or, for a deletion, the highlight stays). */
  kept: 'here' | 'incoming';
  here: { updatedAt: string; updatedBy: string } | null;
  incoming: { updatedAt: string; updatedBy: string } | null;
}

export interface MergeReport {
  /** False for a dry run (mergePreview): nothing was written. */
  applied: boolean;
  bundle: { schemaVersion: number; createdAt: string; createdBy: string; articles: number; highlights: number; tombstones: number };
  articles: MergeCounts & { versionsAdded: number };
  highlights: MergeCounts & {
    /** Deleted here because the other notebook deleted them (and nobody edited them since). */
    deleted: number;
    /** Moved to a newer version of their article that the merge brought in. */
    carried: number;
  };
  conflicts: MergeConflict[];
  /** Highlights the merge deletes, to recognise them. */
  deletions: { highlightId: string; articleId: string; text: string }[];
  warnings: string[];
}

/** The result of placing annotations from another tool (W3C JSON-LD, REFI-QDA) onto the notebook's articles. */
export interface PlacementReport {
  applied: boolean;
  format: 'w3c' | 'qdpx';
  articles: { new: number; existing: number };
  highlights: MergeCounts;
  /** Annotations that could not be placed, with the reason (no such article, text not found…). */
  notPlaced: { id: string; reason: string }[];
  warnings: string[];
}
