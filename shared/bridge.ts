// What the Electron preload exposes to the renderer as `window.sourcebook`. The browser mode has no bridge and
// talks HTTP instead; the renderer's client hides the difference.
import type { Envelope } from './errors';

/** A file type offered in a native file dialog. */
export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface FileDialogOptions {
  title: string;
  defaultPath?: string;
  filters?: FileFilter[];
}

/** Commands the native menu sends to the renderer. */
export const MENU_COMMANDS = ['import', 'export', 'merge', 'find', 'library', 'board', 'toggle-theme', 'about', 'check'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export interface SourcebookBridge {
  /** Calls a contract method; the main process validates everything again. */
  call(method: string, params: unknown): Promise<Envelope<unknown>>;
  /** Core events (notebook.changed, job.progress); returns an unsubscribe function. */
  onEvent(listener: (name: string, payload: unknown) => void): () => void;
  /** Menu commands that the renderer carries out (import dialog, focus search…). */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Shows the native open dialog; resolves to the chosen files and folders (empty when cancelled). */
  pickImportPaths(): Promise<string[]>;
  /** The native save dialog (exports); resolves to the chosen path, or null when cancelled. */
  pickSavePath(options: FileDialogOptions): Promise<string | null>;
  /** The native open dialog for one file (a bundle to merge, annotations to import); null when cancelled. */
  pickOpenPath(options: FileDialogOptions): Promise<string | null>;
  /** The path of a file dropped on the window (Electron's webUtils.getPathForFile); '' when it has none. */
  pathForFile(file: File): string;
  /** Opens an http(s) link in the system browser. */
  openExternal(url: string): Promise<void>;
  /**
   * A .sourcebook bundle the user opened from the system (double-click, Open With, dropped on the dock icon),
   * by its absolute path: the page offers to merge it (exchange.mergePreview, then exchange.merge). Bundles
   * opened before the page subscribed (the one the app was launched with) are delivered on subscribing.
   * Returns an unsubscribe function.
   */
  onOpenBundle(listener: (path: string) => void): () => void;
}
