// IPC channels private to the Electron shell (the API and event channels are in shared/api.ts). Imported by
// both the main process and the bundled preload.

/** main → renderer: a native menu command (one of MENU_COMMANDS). */
export const MENU_CHANNEL = 'sourcebook:menu';

/** main → renderer: the path of a .sourcebook bundle the user opened from the system (see open-bundles.ts). */
export const OPEN_BUNDLE_CHANNEL = 'sourcebook:open-bundle';

/** renderer → main: host capabilities that live outside the core contract. Each answers with an Envelope. */
export const HOST_CHANNELS = {
  pickImportPaths: 'sourcebook:host:pick-import-paths',
  pickSavePath: 'sourcebook:host:pick-save-path',
  pickOpenPath: 'sourcebook:host:pick-open-path',
  openExternal: 'sourcebook:host:open-external',
  /** The page listens for opened bundles: answers with those that were waiting for it. */
  openBundleReady: 'sourcebook:host:open-bundle-ready',
} as const;
