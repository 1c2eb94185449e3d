import type { BrowserWindow as ElectronWindow } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { chooseNotebookFolder, chooseSavePath, importDialogProperties, pickImportPaths, showProblem } from '../../main/electron/dialogs';
import { BrowserWindow, dialog, resetFakes } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

describe('dialogs', () => {
  beforeEach(resetFakes);

  it('lets macOS pick files and folders together; elsewhere that would be folders only, so files', () => {
    expect(importDialogProperties('darwin')).toEqual(['openFile', 'openDirectory', 'multiSelections']);
    expect(importDialogProperties('win32')).toEqual(['openFile', 'multiSelections']);
    expect(importDialogProperties('linux')).toEqual(['openFile', 'multiSelections']);
  });

  it('returns the chosen import paths, modal to the window', async () => {
    const win = new BrowserWindow() as unknown as ElectronWindow;
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/a.md', '/papers'] });
    expect(await pickImportPaths(win, 'darwin')).toEqual(['/a.md', '/papers']);
    expect(dialog.showOpenDialog).toHaveBeenCalledWith(win, expect.objectContaining({ properties: ['openFile', 'openDirectory', 'multiSelections'] }));
  });

  it('returns no paths when cancelled, and works without a window', async () => {
    expect(await pickImportPaths(null, 'linux')).toEqual([]);
    expect(dialog.showOpenDialog.mock.calls[0]).toHaveLength(1);
  });

  it('chooses one notebook folder, which may be created from the dialog', async () => {
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/papers/new-notebook'] });
    expect(await chooseNotebookFolder(null, 'new')).toBe('/papers/new-notebook');
    expect(dialog.showOpenDialog.mock.calls[0]?.[0]).toMatchObject({ properties: ['openDirectory', 'createDirectory', 'promptToCreate'] });
    expect(await chooseNotebookFolder(null, 'open')).toBeNull();
  });

  it('chooses a save path, asking before overwriting', async () => {
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/out/notebook.md' });
    expect(await chooseSavePath(null, { title: 'Export', filters: [{ name: 'Markdown', extensions: ['md'] }] })).toBe('/out/notebook.md');
    expect(dialog.showSaveDialog.mock.calls[0]?.[0]).toMatchObject({ properties: ['createDirectory', 'showOverwriteConfirmation'] });
    expect(await chooseSavePath(null, { title: 'Export' })).toBeNull();
  });

  it('shows problems as error message boxes', async () => {
    await showProblem(null, 'Cannot open that folder', '/x is not a notebook.');
    expect(dialog.showMessageBox).toHaveBeenCalledWith(expect.objectContaining({ type: 'error', message: 'Cannot open that folder', detail: '/x is not a notebook.' }));
  });
});
