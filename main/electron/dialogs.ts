import { dialog } from 'electron';
import type { BrowserWindow, FileFilter, OpenDialogOptions, SaveDialogOptions } from 'electron';

// Native dialogs. Each is modal to `owner` when there is a window, app-modal otherwise.

/**
 * What the import dialog may select. Electron's docs: "On Windows and Linux an open dialog can not be both a file
 * selector and a directory selector", and asking for both shows a folder picker. Articles are files, so there
 * the dialog picks files; folders can still be dropped on the window.
 */
export function importDialogProperties(platform: NodeJS.Platform): OpenDialogOptions['properties'] {
  return platform === 'darwin' ? ['openFile', 'openDirectory', 'multiSelections'] : ['openFile', 'multiSelections'];
}

/** The files (and, on macOS, folders) to import; empty when cancelled. */
export async function pickImportPaths(owner: BrowserWindow | null, platform: NodeJS.Platform = process.platform): Promise<string[]> {
  const result = await showOpen(owner, { title: 'Import into the notebook', buttonLabel: 'Import', properties: importDialogProperties(platform) });
  return result.canceled ? [] : result.filePaths;
}

/** A folder for a new notebook (which may be created from the dialog) or an existing one; null when cancelled. */
export async function chooseNotebookFolder(owner: BrowserWindow | null, purpose: 'new' | 'open'): Promise<string | null> {
  const result = await showOpen(owner, {
    title: purpose === 'new' ? 'Choose an empty folder for the new notebook' : 'Open a notebook folder',
    buttonLabel: purpose === 'new' ? 'Create notebook' : 'Open notebook',
    properties: ['openDirectory', 'createDirectory', 'promptToCreate'],
  });
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

/** Where to save a file (used by export); null when cancelled. */
export async function chooseSavePath(owner: BrowserWindow | null, options: { title: string; defaultPath?: string; filters?: FileFilter[] }): Promise<string | null> {
  const settings: SaveDialogOptions = { ...options, properties: ['createDirectory', 'showOverwriteConfirmation'] };
  const result = owner ? await dialog.showSaveDialog(owner, settings) : await dialog.showSaveDialog(settings);
  return result.canceled || !result.filePath ? null : result.filePath;
}

/** One file to open (a bundle to merge, annotations to import); null when cancelled. */
export async function chooseOpenPath(owner: BrowserWindow | null, options: { title: string; defaultPath?: string; filters?: FileFilter[] }): Promise<string | null> {
  const settings: OpenDialogOptions = { ...options, properties: ['openFile'] };
  const result = owner ? await dialog.showOpenDialog(owner, settings) : await dialog.showOpenDialog(settings);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

/** A problem the user must read: a one-line message and its details. */
export async function showProblem(owner: BrowserWindow | null, message: string, detail: string): Promise<void> {
  const settings = { type: 'error' as const, title: 'Sourcebook', message, detail, buttons: ['OK'] };
  await (owner ? dialog.showMessageBox(owner, settings) : dialog.showMessageBox(settings));
}

function showOpen(owner: BrowserWindow | null, options: OpenDialogOptions) {
  return owner ? dialog.showOpenDialog(owner, options) : dialog.showOpenDialog(options);
}
