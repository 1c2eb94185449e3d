import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserWindow } from 'electron';
import { ApiError } from '../../shared/errors';
import { chooseNotebookFolder, showProblem } from './dialogs';
import type { NotebookSession } from './notebook-session';

/**
 * The file that marks a folder as a notebook. Opening a folder through the core turns any folder into a
 * notebook, so Open must check first that the user picked one. (Duplicates a storage detail of the core;
 * to be replaced by a core helper.)
 */
export const NOTEBOOK_MARKER = 'notebook.json';

/**
 * Why `dir` cannot be used for `purpose`, or null when it can: a new notebook needs an empty or missing folder,
 * and Open needs a folder that is already a notebook.
 */
export async function folderProblem(dir: string, purpose: 'new' | 'open'): Promise<string | null> {
  const entries = await readdir(dir).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? null : error));
  if (entries instanceof Error) return `${dir} cannot be read (${entries.code ?? entries.message}).`;
  if (purpose === 'new') {
    const visible = (entries ?? []).filter((name) => !name.startsWith('.'));
    return visible.length === 0 ? null : `${dir} is not empty. Choose an empty folder, or create one in the dialog.`;
  }
  if (entries?.includes(NOTEBOOK_MARKER)) return null;
  return `${dir} is not a Sourcebook notebook. Use File › New Notebook… to make one.`;
}

export interface SwitchContext {
  owner: BrowserWindow | null;
  session: NotebookSession;
  /** Called once the new notebook is open: the renderer reloads so nothing of the old one stays on screen. */
  reload(): void;
}

/** File › New Notebook… and File › Open Notebook…: ask for a folder, check it, make it the open notebook. */
export async function switchNotebook(purpose: 'new' | 'open', context: SwitchContext): Promise<void> {
  const dir = await chooseNotebookFolder(context.owner, purpose);
  if (dir === null) return;
  const problem = await folderProblem(dir, purpose);
  if (problem) return showProblem(context.owner, purpose === 'new' ? 'Cannot create the notebook there' : 'Cannot open that folder', problem);
  try {
    await context.session.open(path.resolve(dir));
  } catch (error) {
    // ApiError messages are written for users; anything else gets its first line only.
    const detail = error instanceof ApiError ? error.message : String((error as Error)?.message ?? error).split('\n')[0]!;
    return showProblem(context.owner, 'Cannot open the notebook', detail);
  }
  context.reload();
}

/**
 * The folders to try at start-up, in order: the one named by $SOURCEBOOK_NOTEBOOK (an explicit choice), the one
 * open last time, then the default folder. Duplicates are dropped.
 */
export function startupCandidates(options: { env: NodeJS.ProcessEnv; lastNotebook: string | undefined; defaultDir: string }): string[] {
  const { env, lastNotebook, defaultDir } = options;
  const ordered = env.SOURCEBOOK_NOTEBOOK ? [defaultDir, lastNotebook] : [lastNotebook, defaultDir];
  return [...new Set(ordered.filter((dir): dir is string => Boolean(dir)).map((dir) => path.resolve(dir)))];
}
