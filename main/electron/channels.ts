// IPC channels private to the Electron shell (the API and event channels are in shared/api.ts). Imported by
// both the main process and the bundled preload.

/** main → renderer: a native menu command (one of MENU_COMMANDS). */
export const MENU_CHANNEL = 'sourcebook:menu';

/** renderer → main: host capabilities that live outside the core contract. Each answers with an Envelope. */
export const HOST_CHANNELS = {
  pickImportPaths: 'sourcebook:host:pick-import-paths',
  openExternal: 'sourcebook:host:open-external',
} as const;
