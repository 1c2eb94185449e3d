import { createContext, useContext } from 'react';
import type { Kind } from '../../shared/model';
import type { Navigate } from './useRoute';
import type { Route } from './route';
import type { Theme } from './useTheme';
import type { ExportScope } from '../features/exchange/export-scope';
import type { MergeSource } from '../features/exchange/MergeDialog';

/** Library orders: the five of the brief, plus each kind's count (the kind columns sort too). */
export type SortKey = 'date' | 'title' | 'source' | 'imported' | 'highlights' | Kind;

/** The library's sort and filters, kept above the view so they survive a visit to an article. */
export interface LibraryPrefs {
  sort: SortKey;
  descending: boolean;
  kind: Kind | '';
  tag: string;
  source: string;
}

export const DEFAULT_LIBRARY_PREFS: LibraryPrefs = { sort: 'imported', descending: true, kind: '', tag: '', source: '' };

/** UI-only state shared across panels. Data from the notebook is not here: hooks fetch it from the core. */
export interface Ui {
  route: Route;
  navigate: Navigate;
  theme: Theme;
  toggleTheme(): void;
  openImport(): void;
  /** The export dialog, starting with a scope (default: the whole notebook). */
  openExport(scope?: ExportScope): void;
  /** Merging a teammate's .sourcebook bundle (a path, or a file dropped on the window, when one is known). */
  openMerge(source?: MergeSource): void;
  /** The first-run tour, again. */
  showTour(): void;
  /** The notebook's facts and the keyboard shortcuts. */
  showAbout(): void;
  focusSearch(): void;
  /** Back to the view the user was at before searching. */
  leaveSearch(): void;
  library: LibraryPrefs;
  setLibrary(update: Partial<LibraryPrefs>): void;
  /** Articles whose suggestions are being reviewed one after another (an import batch), in order. */
  suggestionQueue: string[];
  /** Goes through these articles' suggestions, starting with the first. */
  reviewSuggestions(articleIds: string[]): void;
}

export const UiContext = createContext<Ui | null>(null);

export function useUi(): Ui {
  const ui = useContext(UiContext);
  if (!ui) throw new Error('useUi() needs the App shell above it');
  return ui;
}
