import { randomBytes } from 'node:crypto';
import { copyFile, link, mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { ApiError } from '../../../shared/errors';
import { commitWrites, discardWrites, isMissing, prepareWrite, writeFileAtomic } from './atomic-file';
import type { PreparedWrite } from './atomic-file';
import { parseJsonFile } from './json-file';
import { emptyShard, notebookFileSchema, shardSchema } from './schema';
import type { Shard } from './schema';
import { sealedJson } from './sealed-json';

export const BACKUPS_DIR = 'backups';
const SHARD_FILE = /^[0-9a-f]{2}\.json$/;
/** Snapshot folders are named by their time, so that they sort in time order: 2026-03-01T10-00-00-000Z. */
const SNAPSHOT_NAME = /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z(-[a-z-]+)?$/;

export interface SnapshotPolicy {
  /** A snapshot is taken at open when the newest one is older than this. Default: one day. */
  everyMs: number;
  /** How many snapshots are kept (the oldest go first). Default: 7, a week of daily snapshots. */
  keep: number;
}

export const DEFAULT_SNAPSHOTS: SnapshotPolicy = { everyMs: 24 * 3600_000, keep: 7 };

export interface Snapshot {
  name: string;
  dir: string;
  /** When it was taken. */
  at: Date;
}

/**
 * Copies of the catalogue (notebook.json and the shards in data/) in `backups/<time>/`. Shard files are never
 * changed in place (every write renames a new file over the old one), so a snapshot is made of hard links: it
 * costs no space until the live files move on, and takes a moment even for a large notebook. File systems
 * without hard links get copies. Article text (content/) is immutable and named by its hash, so the snapshot
 * needs none of it; `check --repair` keeps every content file a snapshot refers to.
 */
export async function listSnapshots(dir: string): Promise<Snapshot[]> {
  const root = path.join(dir, BACKUPS_DIR);
  const names = await readdir(root).catch((error: unknown) => (isMissing(error) ? [] : Promise.reject(error)));
  return names
    .filter((name) => SNAPSHOT_NAME.test(name))
    .sort()
    .map((name) => ({ name, dir: path.join(root, name), at: timeOf(name) }));
}

/** Takes a snapshot when the newest is older than the policy allows, and drops the oldest beyond `keep`. */
export async function snapshotIfDue(dir: string, now: Date, policy: SnapshotPolicy = DEFAULT_SNAPSHOTS): Promise<Snapshot | null> {
  const existing = await listSnapshots(dir);
  const newest = existing.at(-1);
  if (newest && now.getTime() - newest.at.getTime() < policy.everyMs) return null;
  if ((await shardNames(path.join(dir, 'data'))).length === 0) return null; // nothing to protect yet
  const taken = await takeSnapshot(dir, now);
  await prune(dir, policy.keep);
  return taken;
}

/**
 * Snapshots the catalogue as it is now. Written into a hidden folder and renamed into place, so a crash never
 * leaves a partial snapshot under a snapshot's name (`check` removes the hidden leftovers).
 */
export async function takeSnapshot(dir: string, now: Date, label = ''): Promise<Snapshot> {
  const root = path.join(dir, BACKUPS_DIR);
  const name = `${now.toISOString().replace(/[:.]/g, '-')}${label ? `-${label}` : ''}`;
  const partial = path.join(root, `.partial-${randomBytes(4).toString('hex')}`);
  await mkdir(path.join(partial, 'data'), { recursive: true });
  try {
    await linkOrCopy(path.join(dir, 'notebook.json'), path.join(partial, 'notebook.json'));
    for (const shard of await shardNames(path.join(dir, 'data'))) {
      await linkOrCopy(path.join(dir, 'data', shard), path.join(partial, 'data', shard));
    }
    const target = path.join(root, name);
    if (await exists(target)) throw new ApiError('CONFLICT', `a snapshot named ${name} exists already`);
    await rename(partial, target);
    return { name, dir: target, at: timeOf(name) };
  } catch (error) {
    await rm(partial, { recursive: true, force: true });
    throw error;
  }
}

async function prune(dir: string, keep: number): Promise<void> {
  const snapshots = await listSnapshots(dir);
  for (const old of snapshots.slice(0, Math.max(0, snapshots.length - keep))) await rm(old.dir, { recursive: true, force: true });
}

export interface SnapshotRestoreReport {
  /** The snapshot put back. */
  from: string;
  /** A snapshot of the state just before, to undo the restore with another restore. */
  saved: string;
  shards: number;
}

/**
 * Puts the catalogue back as it was in a snapshot (a name from `listSnapshots`, or a snapshot folder's path).
 * Every file of the snapshot is checked first: a damaged snapshot changes nothing. The state before is saved as
 * a snapshot of its own. Shards written after the snapshot are emptied; all shards are replaced in one
 * journalled commit (finished on the next open if interrupted), with revisions above any the notebook had, so
 * the search index sees a new state and re-indexes what differs. Run with the notebook closed (locked).
 * @throws ApiError NOT_FOUND for an unknown snapshot, CORRUPT for a damaged one
 */
export async function restoreSnapshot(dir: string, from: string, now: Date): Promise<SnapshotRestoreReport> {
  const source = await resolveSnapshot(dir, from);
  const notebookFile = path.join(source, 'notebook.json');
  parseJsonFile(notebookFile, await readFile(notebookFile, 'utf8'), notebookFileSchema);
  const restored = new Map<string, Shard>();
  for (const name of await shardNames(path.join(source, 'data'))) {
    const file = path.join(source, 'data', name);
    restored.set(name, parseJsonFile(file, await readFile(file, 'utf8'), shardSchema));
  }
  const saved = await takeSnapshot(dir, now, 'before-restore');

  const dataDir = path.join(dir, 'data');
  await mkdir(dataDir, { recursive: true });
  const names = new Set([...restored.keys(), ...(await shardNames(dataDir))]);
  const prepared: PreparedWrite[] = [];
  try {
    for (const name of names) {
      const live = path.join(dataDir, name);
      const shard = restored.get(name) ?? emptyShard();
      const rev = Math.max(await readRev(live), await readRev(`${live}.bak`) + 1, shard.rev) + 1;
      prepared.push(await prepareWrite(path.join(dataDir, name), sealedJson({ ...shard, rev }), { backup: true }));
    }
    const renames = prepared.map((w) => ({ file: path.basename(w.file), tmp: path.basename(w.tmp) }));
    await writeFileAtomic(path.join(dataDir, 'journal.json'), JSON.stringify({ renames }));
  } catch (error) {
    await discardWrites(prepared);
    throw error;
  }
  await commitWrites(prepared);
  await rm(path.join(dataDir, 'journal.json'), { force: true });
  await writeFileAtomic(path.join(dir, 'notebook.json'), await readFile(notebookFile), { backup: true });
  return { from: source, saved: saved.name, shards: names.size };
}

async function resolveSnapshot(dir: string, from: string): Promise<string> {
  const byName = (await listSnapshots(dir)).find((s) => s.name === from);
  const candidate = byName?.dir ?? path.resolve(from);
  if (!(await exists(path.join(candidate, 'notebook.json')))) {
    const names = (await listSnapshots(dir)).map((s) => s.name);
    throw new ApiError('NOT_FOUND', `no snapshot ${from}${names.length ? ` (snapshots: ${names.join(', ')})` : ' (this notebook has no snapshots yet)'}`);
  }
  return candidate;
}

/** The shard's revision, or 0 when it is missing or does not parse (its revision is then unknown but below ours). */
async function readRev(file: string): Promise<number> {
  try {
    const rev = (JSON.parse(await readFile(file, 'utf8')) as { rev?: unknown }).rev;
    return typeof rev === 'number' && Number.isFinite(rev) ? rev : 0;
  } catch {
    return 0;
  }
}

async function shardNames(dataDir: string): Promise<string[]> {
  const names = await readdir(dataDir).catch((error: unknown) => (isMissing(error) ? [] : Promise.reject(error)));
  return names.filter((name) => SHARD_FILE.test(name)).sort();
}

async function linkOrCopy(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch (error) {
    if (isMissing(error)) throw error;
    await copyFile(from, to);
  }
}

const exists = (file: string): Promise<boolean> =>
  stat(file).then(
    () => true,
    () => false,
  );

function timeOf(name: string): Date {
  const [, date, h, m, s, ms] = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z/.exec(name)!;
  return new Date(`${date}T${h}:${m}:${s}.${ms}Z`);
}
