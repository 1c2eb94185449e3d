// What `notebook.check` reports: the notebook's integrity, and what a repair did about it.

/**
 * - error: the data is damaged and no automatic repair exists (a missing article text, a highlight whose
 *   article is gone); the message says what to do.
 * - repairable: derived or leftover state (a stale search index, an interrupted write's temporary file, a
 *   segment file the index does not list); `repair` fixes it without touching what the user wrote.
 * - notice: harmless (article texts nothing refers to any more, from an interrupted import); `repair` removes them.
 */
export type CheckSeverity = 'error' | 'repairable' | 'notice';

export type CheckProblemKind =
  | 'leftover-file'
  | 'partial-snapshot'
  | 'unlisted-segment'
  | 'missing-segment'
  | 'stale-index'
  | 'unreferenced-content'
  | 'missing-content'
  | 'unanchored-highlight'
  | 'dangling-highlight';

export interface CheckProblem {
  kind: CheckProblemKind;
  severity: CheckSeverity;
  /** One line, fit to show as it is. */
  message: string;
  /** The file concerned, relative to the notebook folder. */
  file?: string;
  /** The article or highlight concerned. */
  id?: string;
  /** True when `repair` fixed it in this run. */
  repaired: boolean;
}

export interface CheckReport {
  /** True when nothing is left to worry about: no error, and nothing repairable left unrepaired. */
  ok: boolean;
  repair: boolean;
  checked: { articles: number; highlights: number; contentFiles: number; segments: number };
  problems: CheckProblem[];
  ms: number;
}
