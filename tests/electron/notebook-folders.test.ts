import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../shared/errors';
import { folderProblem, NOTEBOOK_MARKER, startupCandidates, switchNotebook } from '../../main/electron/notebook-folders';
import type { NotebookSession } from '../../main/electron/notebook-session';
import { tempDir } from '../helpers/temp-dir';
import { dialog, resetFakes } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

async function notebookFolder(): Promise<string> {
  const dir = await tempDir();
  await writeFile(path.join(dir, NOTEBOOK_MARKER), '{}');
  return dir;
}

describe('folderProblem', () => {
  it('accepts a missing or empty folder for a new notebook, ignoring hidden files', async () => {
    const empty = await tempDir();
    await writeFile(path.join(empty, '.DS_Store'), '');
    expect(await folderProblem(empty, 'new')).toBeNull();
    expect(await folderProblem(path.join(empty, 'to-create'), 'new')).toBeNull();
  });

  it('refuses a folder with files in it for a new notebook', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'thesis.docx'), '');
    expect(await folderProblem(dir, 'new')).toMatch(/is not empty/);
  });

  it('opens only folders that are notebooks', async () => {
    expect(await folderProblem(await notebookFolder(), 'open')).toBeNull();
    const plain = await tempDir();
    await mkdir(path.join(plain, 'photos'));
    expect(await folderProblem(plain, 'open')).toMatch(/is not a Sourcebook notebook/);
    expect(await folderProblem(path.join(plain, 'gone'), 'open')).toMatch(/is not a Sourcebook notebook/);
  });

  it('explains a folder it cannot read', async () => {
    const file = path.join(await tempDir(), 'a-file');
    await writeFile(file, '');
    expect(await folderProblem(file, 'open')).toMatch(/cannot be read \(ENOTDIR\)/);
  });
});

describe('startupCandidates', () => {
  const defaultDir = path.resolve('/data/sourcebook/notebook');

  it('tries the last notebook, then the default one', () => {
    expect(startupCandidates({ env: {}, lastNotebook: '/papers/nb', defaultDir })).toEqual([path.resolve('/papers/nb'), defaultDir]);
    expect(startupCandidates({ env: {}, lastNotebook: undefined, defaultDir })).toEqual([defaultDir]);
    expect(startupCandidates({ env: {}, lastNotebook: defaultDir, defaultDir })).toEqual([defaultDir]);
  });

  it('puts $SOURCEBOOK_NOTEBOOK (already in the default) first', () => {
    expect(startupCandidates({ env: { SOURCEBOOK_NOTEBOOK: '/x' }, lastNotebook: '/papers/nb', defaultDir })).toEqual([defaultDir, path.resolve('/papers/nb')]);
  });
});

describe('switchNotebook', () => {
  beforeEach(resetFakes);

  function context() {
    const session = { open: vi.fn(async (_dir: string) => {}) };
    return { owner: null, session: session as unknown as NotebookSession, reload: vi.fn(), open: session.open };
  }
  const choose = (dir: string) => dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [dir] });

  it('opens the chosen notebook and reloads the window', async () => {
    const dir = await notebookFolder();
    choose(dir);
    const ctx = context();
    await switchNotebook('open', ctx);
    expect(ctx.open).toHaveBeenCalledWith(path.resolve(dir));
    expect(ctx.reload).toHaveBeenCalledOnce();
    expect(dialog.showOpenDialog.mock.calls[0]?.[0]).toMatchObject({ properties: expect.arrayContaining(['openDirectory']) });
  });

  it('does nothing when the dialog is cancelled', async () => {
    const ctx = context();
    await switchNotebook('new', ctx);
    expect(ctx.open).not.toHaveBeenCalled();
    expect(ctx.reload).not.toHaveBeenCalled();
  });

  it('explains why a folder cannot be used, and keeps the current notebook', async () => {
    choose(await tempDir()); // empty: not a notebook
    const ctx = context();
    await switchNotebook('open', ctx);
    expect(ctx.open).not.toHaveBeenCalled();
    expect(dialog.showMessageBox.mock.calls[0]?.[0]).toMatchObject({ type: 'error', detail: expect.stringMatching(/not a Sourcebook notebook/) });
  });

  it('shows the core’s message when the notebook does not open', async () => {
    choose(await notebookFolder());
    const ctx = context();
    ctx.open.mockRejectedValueOnce(new ApiError('UNSUPPORTED', 'This notebook was written by a newer Sourcebook.'));
    await switchNotebook('open', ctx);
    expect(ctx.reload).not.toHaveBeenCalled();
    expect(dialog.showMessageBox.mock.calls[0]?.[0]).toMatchObject({ detail: 'This notebook was written by a newer Sourcebook.' });
  });
});
