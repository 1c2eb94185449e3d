import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { writeFileAtomic } from '../core/storage/atomic-file';

/**
 * One small JSON file of app state in the user-data folder (settings, window bounds). Reads never fail: a
 * missing, unreadable or malformed file reads as null, since losing a window position must not stop the app.
 * Writes are atomic and queued, so the last value written is the one that stays on disk.
 */
export class JsonStore<T> {
  private pending: Promise<void> = Promise.resolve();

  constructor(
    readonly file: string,
    private readonly schema: z.ZodType<T>,
  ) {}

  async read(): Promise<T | null> {
    try {
      const parsed = this.schema.safeParse(JSON.parse(await readFile(this.file, 'utf8')));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  /** Queues a write; errors are logged, not thrown, because callers are event handlers with nobody to tell. */
  write(value: T): Promise<void> {
    this.pending = this.pending
      .then(async () => {
        await mkdir(path.dirname(this.file), { recursive: true });
        await writeFileAtomic(this.file, `${JSON.stringify(value, null, 2)}\n`);
      })
      .catch((error: unknown) => console.error(`Could not save ${this.file}`, error));
    return this.pending;
  }

  /** Resolves when every queued write has finished (before quitting). */
  flush(): Promise<void> {
    return this.pending;
  }
}
