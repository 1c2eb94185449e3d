import type { ExportFormat } from '../../../../shared/exchange';
import type { Notebook } from '../../notebook';
import type { NotebookSnapshot } from '../snapshot';
import type { ExportSelection } from '../../../../shared/exchange';

/** What an exporter produces: one file, or a set of files (Markdown: one per article) for a folder or a zip. */
export type ExportOutput = { kind: 'file'; bytes: Uint8Array } | { kind: 'files'; files: { name: string; bytes: Uint8Array }[] };

export interface ExportResult {
  output: ExportOutput;
  /** What the format could not carry, one line each. */
  warnings: string[];
}

/** One export format, as a plug-in: the service selects, reports progress and writes; the exporter only converts. */
export interface Exporter {
  format: ExportFormat;
  /** What the format is, for help texts. */
  describe: string;
  /** The file extension when a path is given without one. */
  extension: string;
  export(snapshot: NotebookSnapshot, context: { nb: Notebook; selection: ExportSelection }): Promise<ExportResult> | ExportResult;
}
