import { copyFile, readdir, readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { isMissing, writeFileAtomic } from './atomic-file';
import { parseJsonFile } from './json-file';
import { notebookFileSchema, shardSchema } from './schema';
import { sealedJson } from './sealed-json';

export interface RestoreReport {
  /** Files that were corrupt and now hold their last good copy. */
  restored: string[];
  /** Files that are corrupt and have no usable backup. */
  unrecoverable: string[];
  /** Where each corrupt file was moved, so nothing is deleted. */
  keptAside: string[];
}

/**
 * Puts back the last good copy (`.bak`) of every notebook file that no longer parses. The corrupt file is renamed
 * aside (`.corrupt-<time>`), never deleted. Files that are fine are not touched.
 */
export async function restoreFromBackups(dir: string, now = new Date()): Promise<RestoreReport> {
  const report: RestoreReport = { restored: [], unrecoverable: [], keptAside: [] };
  const candidates: [string, z.ZodType][] = [[path.join(dir, 'notebook.json'), notebookFileSchema]];
  const dataDir = path.join(dir, 'data');
  for (const name of await readdir(dataDir).catch(() => [] as string[])) {
    if (/^[0-9a-f]{2}\.json$/.test(name)) candidates.push([path.join(dataDir, name), shardSchema]);
  }
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  for (const [file, schema] of candidates) {
    if (await isValid(file, schema)) continue;
    if (!(await isValid(`${file}.bak`, schema))) {
      if (await exists(file)) report.unrecoverable.push(file);
      continue;
    }
    const aside = `${file}.corrupt-${stamp}`;
    await rename(file, aside).catch((error: unknown) => {
      if (!isMissing(error)) throw error;
    });
    if (schema === shardSchema) await putBackShard(file);
    else await copyFile(`${file}.bak`, file);
    report.keptAside.push(aside);
    report.restored.push(file);
  }
  return report;
}

/**
 * Puts a shard's `.bak` back under a revision the shard never had: the corrupt file was one revision past the
 * backup, and the search index may have recorded that one. Reusing it would let the next save produce a
 * revision the index believes it reflects, and the index would never catch up.
 */
async function putBackShard(file: string): Promise<void> {
  const backup = parseJsonFile(`${file}.bak`, await readFile(`${file}.bak`, 'utf8'), shardSchema);
  await writeFileAtomic(file, sealedJson({ ...backup, rev: backup.rev + 2 }));
}

const exists = (file: string): Promise<boolean> =>
  readFile(file).then(
    () => true,
    () => false,
  );

async function isValid(file: string, schema: z.ZodType): Promise<boolean> {
  try {
    parseJsonFile(file, await readFile(file, 'utf8'), schema);
    return true;
  } catch {
    return false;
  }
}
