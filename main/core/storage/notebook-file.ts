import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { ApiError } from '../../../shared/errors';
import { JsonFile } from './json-file';
import { notebookFileSchema, SCHEMA_VERSION } from './schema';
import type { NotebookFile } from './schema';

export type { NotebookFile };

/** Upgrades a notebook folder from `from` to `from + 1`. Must be safe to run again if interrupted. */
export type Migration = (dir: string) => Promise<void>;

/** Migrations by the version they upgrade from. Empty until the layout first changes. */
export const MIGRATIONS: Record<number, Migration> = {};

/**
 * Reads (or creates) `notebook.json`, the file that marks a folder as a notebook and records its schema version;
 * runs the migrations an older notebook needs, and refuses a notebook written by a newer Sourcebook.
 */
export async function openNotebookFile(dir: string, migrations = MIGRATIONS, current = SCHEMA_VERSION): Promise<NotebookFile> {
  await mkdir(dir, { recursive: true });
  const low = new Low<NotebookFile | null>(new JsonFile<NotebookFile | null>(path.join(dir, 'notebook.json'), notebookFileSchema.nullable()), null);
  await low.read();
  if (low.data === null) {
    low.data = { format: 'sourcebook-notebook', schemaVersion: current, id: randomUUID(), createdAt: new Date().toISOString() };
    await low.write();
    return low.data;
  }
  const file = low.data;
  if (file.schemaVersion > current) {
    throw new ApiError(
      'UNSUPPORTED',
      `${dir} was written by a newer Sourcebook (notebook schema ${file.schemaVersion}; this version reads up to ${current}). Update Sourcebook to open it.`,
    );
  }
  for (let version = file.schemaVersion; version < current; version++) {
    const migrate = migrations[version];
    if (!migrate) throw new ApiError('UNSUPPORTED', `no migration from notebook schema ${version} to ${version + 1}`);
    await migrate(dir);
    low.data = { ...file, schemaVersion: version + 1 };
    await low.write(); // after each step, so an interrupted upgrade resumes where it stopped
  }
  return low.data;
}
