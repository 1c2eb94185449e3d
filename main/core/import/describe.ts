import { ApiError } from '../../../shared/errors';

/** One line, fit for a user: our own messages as they are, system errors by their cause. */
export function describe(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return ((error as Error).message ?? String(error)).split('\n')[0]!;
}
