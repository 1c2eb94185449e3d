import { randomBytes } from 'node:crypto';
import { access, copyFile, link, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { ApiError } from '../../../shared/errors';

/** New content for `file`, already flushed to disk in `tmp`, waiting to be renamed into place. */
export interface PreparedWrite {
  file: string;
  tmp: string;
  /** Keep the previous version of the file as `<file>.bak` (the last good state, for restore). */
  backup: boolean;
}

/**
 * Replaces `file` so that a crash at any moment leaves either the old or the new content, never a mix:
 * write a temporary file beside it, flush it to disk, then rename it over the target.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array, options: { backup?: boolean } = {}): Promise<void> {
  const prepared = await prepareWrite(file, data, options);
  await commitWrites([prepared]);
}

/** Phase one: everything that can fail for lack of space or permission happens here, and touches no live file. */
export async function prepareWrite(file: string, data: string | Uint8Array, options: { backup?: boolean } = {}): Promise<PreparedWrite> {
  const tmp = `${file}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    const handle = await open(tmp, 'w');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
  return { file, tmp, backup: options.backup ?? false };
}

/** Phase two: renames only. Safe to run again after a crash (a missing tmp means that rename already happened). */
export async function commitWrites(writes: PreparedWrite[]): Promise<void> {
  const dirs = new Set<string>();
  for (const write of writes) {
    if (!(await exists(write.tmp))) continue; // renamed before a crash
    if (write.backup) await keepBackup(write.file);
    await rename(write.tmp, write.file);
    dirs.add(path.dirname(write.file));
  }
  for (const dir of dirs) await syncDirectory(dir);
}

export async function discardWrites(writes: PreparedWrite[]): Promise<void> {
  await Promise.all(writes.map((w) => rm(w.tmp, { force: true })));
}

/** Points `<file>.bak` at the current content (a hard link: no copy, and atomic via a rename). */
async function keepBackup(file: string): Promise<void> {
  const bak = `${file}.bak`;
  const bakTmp = `${bak}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await link(file, bakTmp);
  } catch (error) {
    if (isMissing(error)) return; // first write: nothing to back up
    await copyFile(file, bakTmp); // file systems without hard links
  }
  await rename(bakTmp, bak);
}

/** Makes a rename durable; not possible on every platform (Windows), where it is skipped. */
async function syncDirectory(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // best effort
  }
}

/**
 * A failed write as the user should hear of it: one line, the cause in plain words, and the promise that makes
 * it bearable (every write is all or nothing, so nothing was changed).
 */
export function storageError(error: unknown, what = 'save the notebook'): ApiError {
  if (error instanceof ApiError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === 'ENOSPC' || code === 'EDQUOT'
      ? 'the disk is full'
      : code === 'EACCES' || code === 'EROFS' || code === 'EPERM'
        ? 'the notebook folder is not writable'
        : String((error as Error).message ?? error).split('\n')[0]!;
  return new ApiError('INTERNAL', `Could not ${what}: ${reason}. Nothing was changed.`);
}

export const isMissing = (error: unknown): boolean => (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';

const exists = (file: string): Promise<boolean> =>
  access(file).then(
    () => true,
    () => false,
  );
