import { readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { isMissing } from '../storage/atomic-file';
import { BACKUPS_DIR } from '../storage/backups';
import { shardSchema } from '../storage/schema';

/** A file found on disk, relative to the notebook folder, with its age. */
export interface FoundFile {
  relative: string;
  mtimeMs: number;
}

/**
 * Files younger than this are left alone: they may belong to a write in progress (the app keeps working while
 * the check runs). What an interrupted write leaves is older.
 */
export const IN_USE_MS = 5_000;

/** Every `*.tmp` in the folders Sourcebook writes: the leftovers of writes a crash interrupted. */
export async function temporaryFiles(dir: string): Promise<FoundFile[]> {
  const out: FoundFile[] = [];
  for (const sub of ['', 'data', 'index', path.join('index', 'segments'), BACKUPS_DIR]) out.push(...(await filesIn(dir, sub, (n) => n.endsWith('.tmp'))));
  for (const fan of await dirsIn(dir, 'content')) out.push(...(await filesIn(dir, path.join('content', fan), (n) => n.endsWith('.tmp'))));
  return out;
}

/** Hidden `backups/.partial-*` folders: snapshots a crash interrupted. */
export async function partialSnapshots(dir: string): Promise<FoundFile[]> {
  return (await dirsIn(dir, BACKUPS_DIR)).filter((name) => name.startsWith('.partial-')).map((name) => ({ relative: path.join(BACKUPS_DIR, name), mtimeMs: 0 }));
}

/** Every stored article text: `content/<2 hex>/<sha256>.json`, by hash. */
export async function contentFiles(dir: string): Promise<Map<string, FoundFile>> {
  const out = new Map<string, FoundFile>();
  for (const fan of await dirsIn(dir, 'content')) {
    for (const file of await filesIn(dir, path.join('content', fan), (n) => /^[0-9a-f]{64}\.json$/.test(n))) {
      out.set(path.basename(file.relative, '.json'), file);
    }
  }
  return out;
}

/** Segment files of the search index, by id. */
export async function segmentFiles(dir: string): Promise<Map<string, FoundFile>> {
  const files = await filesIn(dir, path.join('index', 'segments'), (n) => n.endsWith('.json'));
  return new Map(files.map((f) => [path.basename(f.relative, '.json'), f]));
}

/** The segment ids the index manifest lists; null when there is no readable manifest. */
export async function listedSegments(dir: string): Promise<Set<string> | null> {
  try {
    const manifest = JSON.parse(await readFile(path.join(dir, 'index', 'manifest.json'), 'utf8')) as { segments?: { id?: unknown }[] };
    return new Set((manifest.segments ?? []).map((s) => String(s.id)));
  } catch {
    return null;
  }
}

/**
 * Content hashes that copies of the catalogue other than the live one refer to: the shards' `.bak` files and
 * the snapshots in backups/. Their article texts must stay, or restoring them would bring back articles
 * without text. Files that do not parse refer to nothing.
 */
export async function hashesKeptByBackups(dir: string): Promise<Set<string>> {
  const hashes = new Set<string>();
  const shardFiles = (await filesIn(dir, 'data', (n) => /^[0-9a-f]{2}\.json\.bak$/.test(n))).map((f) => f.relative);
  for (const snapshot of await dirsIn(dir, BACKUPS_DIR)) {
    shardFiles.push(...(await filesIn(dir, path.join(BACKUPS_DIR, snapshot, 'data'), (n) => /^[0-9a-f]{2}\.json$/.test(n))).map((f) => f.relative));
  }
  for (const relative of shardFiles) {
    try {
      const parsed = shardSchema.safeParse(JSON.parse(await readFile(path.join(dir, relative), 'utf8')));
      if (!parsed.success) continue;
      for (const article of Object.values(parsed.data.articles)) {
        hashes.add(article.contentHash);
        for (const version of article.versions) hashes.add(version.contentHash);
      }
    } catch {
      // unreadable: refers to nothing
    }
  }
  return hashes;
}

export async function remove(dir: string, relative: string): Promise<void> {
  await rm(path.join(dir, relative), { recursive: true, force: true });
}

async function filesIn(dir: string, sub: string, keep: (name: string) => boolean): Promise<FoundFile[]> {
  const out: FoundFile[] = [];
  for (const name of await names(path.join(dir, sub))) {
    if (!keep(name)) continue;
    const info = await stat(path.join(dir, sub, name)).catch(() => null);
    if (info?.isFile()) out.push({ relative: path.join(sub, name), mtimeMs: info.mtimeMs });
  }
  return out;
}

async function dirsIn(dir: string, sub: string): Promise<string[]> {
  const out: string[] = [];
  for (const name of await names(path.join(dir, sub))) {
    if ((await stat(path.join(dir, sub, name)).catch(() => null))?.isDirectory()) out.push(name);
  }
  return out;
}

async function names(folder: string): Promise<string[]> {
  try {
    return await readdir(folder);
  } catch (error) {
    if (isMissing(error) || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return [];
    throw error;
  }
}
