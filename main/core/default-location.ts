import os from 'node:os';
import path from 'node:path';

/**
 * Where the notebook lives when none is named: $SOURCEBOOK_NOTEBOOK, else a folder in the platform's per-user
 * data directory (the same one the desktop app uses).
 */
export function defaultNotebookDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home = os.homedir()): string {
  if (env.SOURCEBOOK_NOTEBOOK) return path.resolve(env.SOURCEBOOK_NOTEBOOK);
  return path.join(userDataDir(env, platform, home), 'notebook');
}

export function userDataDir(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, home: string): string {
  if (platform === 'win32') return path.join(env.APPDATA || path.join(home, 'AppData', 'Roaming'), 'Sourcebook');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Sourcebook');
  return path.join(env.XDG_DATA_HOME || path.join(home, '.local', 'share'), 'sourcebook');
}
