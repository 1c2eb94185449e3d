import type { SourcebookBridge } from '../../shared/bridge';

/** A file type offered in a native file dialog (Electron's FileFilter). */
export interface FileFilter {
  name: string;
  extensions: string[];
}

/**
 * Native dialogs for exchanging files, which the desktop shell's bridge does not offer yet (see the report on
 * shared/bridge.ts): a save dialog for exports and an open dialog for a bundle. Each is used when present and
 * otherwise the UI falls back to a path typed by the user, which is also how the browser mode works.
 */
export interface ExchangeHost {
  /** Resolves to the chosen path, or null when cancelled. */
  pickSavePath?(options: { title: string; defaultPath?: string; filters?: FileFilter[] }): Promise<string | null>;
  pickOpenPath?(options: { title: string; filters?: FileFilter[] }): Promise<string | null>;
}

/**
 * Bundles the user opens from the system (double-click on a .sourcebook file): newer desktop shells deliver their
 * paths; older ones and the browser mode never do. Returns an unsubscribe function.
 */
export function onOpenedBundle(bridge: SourcebookBridge | null, listener: (path: string) => void): () => void {
  const subscribe = (bridge as { onOpenBundle?: (listener: (path: string) => void) => () => void } | null)?.onOpenBundle;
  return typeof subscribe === 'function' ? subscribe.call(bridge, listener) : () => undefined;
}

/** What the bridge offers for exchange: only the functions it really has. */
export function exchangeHost(bridge: SourcebookBridge | null): ExchangeHost & { pathForFile?(file: File): string } {
  if (!bridge) return {};
  const maybe = bridge as SourcebookBridge & ExchangeHost;
  return {
    pickSavePath: typeof maybe.pickSavePath === 'function' ? (options) => maybe.pickSavePath!(options) : undefined,
    pickOpenPath: typeof maybe.pickOpenPath === 'function' ? (options) => maybe.pickOpenPath!(options) : undefined,
    // A file chosen in an <input> has a path on disk only in the desktop app.
    pathForFile: (file) => bridge.pathForFile(file),
  };
}
