import { randomBytes } from 'node:crypto';
import { readFileSync, unlinkSync } from 'node:fs';
import { open, readFile, rm, stat, utimes } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { ApiError } from '../../../shared/errors';
import { storageError } from './atomic-file';

/** The lock file in a notebook folder. Its presence alone means nothing: its holder must also be alive. */
export const LOCK_FILE = 'notebook.lock';
/** The holder touches the lock this often, so that a lock on a shared drive can be judged from another machine. */
const HEARTBEAT_MS = 60_000;
/** A lock from another machine whose heartbeat is older than this has no live holder. */
export const FOREIGN_STALE_MS = 10 * 60_000;
/** A takeover marker older than this was left by a process that died while taking over a stale lock. */
const TAKEOVER_STALE_MS = 10_000;
/** An unreadable lock younger than this may be a holder still writing it. */
const UNREADABLE_GRACE_MS = 2_000;

const lockSchema = z.object({
  pid: z.number().int(),
  host: z.string(),
  holder: z.string(),
  since: z.string(),
  token: z.string(),
  /** The holder's process start time (Linux), which tells a live holder from a reused pid. */
  started: z.string().optional(),
});
export type LockInfo = z.infer<typeof lockSchema>;

/** Notebooks this process holds, released by the exit hook if nobody closes them. */
const held = new Map<string, string>();
let exitHookInstalled = false;

/**
 * One writer per notebook: an exclusive lock file (`notebook.lock`) naming the process that holds it.
 *
 * A lock is stale, and is taken over, when its holder is gone: on this machine, its pid is not running (or is
 * running but is another process, by its start time, where the OS tells); from another machine (a shared
 * drive), its heartbeat is older than {@link FOREIGN_STALE_MS}. Taking over goes through a short-lived
 * `notebook.lock.takeover` marker created exclusively, so two processes cannot both replace one stale lock.
 * The lock is removed by `release`, and by a hook when the process exits without closing; a process that is
 * killed leaves it behind, stale.
 */
export class NotebookLock {
  private heartbeat: NodeJS.Timeout | null = null;
  private released = false;

  private constructor(
    readonly file: string,
    readonly info: LockInfo,
  ) {}

  /**
   * Takes the lock of the notebook in `dir` for `holder` (how the error shown to a second process names us, e.g.
   * "sourcebook import" or "the Sourcebook app").
   * @throws ApiError LOCKED naming the live holder: "… is open in sourcebook serve (pid 4242, since …)"
   */
  static async acquire(dir: string, holder: string): Promise<NotebookLock> {
    try {
      return await NotebookLock.tryAcquire(dir, holder);
    } catch (error) {
      // A folder we cannot write to (read-only media, a full disk) cannot be opened for writing: say so in a line.
      throw storageError(error, `open the notebook ${dir}`);
    }
  }

  private static async tryAcquire(dir: string, holder: string): Promise<NotebookLock> {
    const file = path.join(dir, LOCK_FILE);
    const info: LockInfo = {
      pid: process.pid,
      host: os.hostname(),
      holder,
      since: new Date().toISOString(),
      token: randomBytes(8).toString('hex'),
      ...startTimeOf(process.pid),
    };
    // Enough attempts to outwait UNREADABLE_GRACE_MS: a lock left empty by a holder killed between creating and
    // writing it is taken over once it is that old, rather than refused with "try again".
    for (let attempt = 0; attempt < 20; attempt++) {
      if (await createExclusive(file, JSON.stringify(info))) return NotebookLock.hold(file, info);
      const current = await readLock(file);
      if (current === 'missing') continue; // released between our attempt and the read
      if (current !== 'unreadable' && !isStale(current, await heartbeatAge(file))) throw lockedError(dir, current);
      // Unreadable (a holder killed between creating and writing it) or stale: take it over.
      await takeOver(file, current);
    }
    throw new ApiError('LOCKED', `${dir} is being opened by another process; try again in a moment`);
  }

  private static hold(file: string, info: LockInfo): NotebookLock {
    const lock = new NotebookLock(file, info);
    held.set(file, info.token);
    installExitHook();
    lock.heartbeat = setInterval(() => void utimes(file, new Date(), new Date()).catch(() => undefined), HEARTBEAT_MS);
    lock.heartbeat.unref();
    return lock;
  }

  /** Removes the lock if it is still ours. Safe to call twice. */
  async release(): Promise<void> {
    if (this.released) return;
    this.released = true;
    if (this.heartbeat) clearInterval(this.heartbeat);
    held.delete(this.file);
    // Best effort: a lock that cannot be removed (the folder became read-only) is stale once we exit.
    const current = await readLock(this.file).catch(() => null);
    if (current && typeof current === 'object' && current.token === this.info.token) await rm(this.file, { force: true }).catch(() => undefined);
  }
}

/** Who holds the notebook in `dir`, if anyone does (a stale lock is reported as null). */
export async function lockHolder(dir: string): Promise<LockInfo | null> {
  const file = path.join(dir, LOCK_FILE);
  const current = await readLock(file);
  if (typeof current !== 'object') return null;
  return isStale(current, await heartbeatAge(file)) ? null : current;
}

/** True when the holder of `lock` is gone. Pure but for the process table. */
export function isStale(lock: LockInfo, heartbeatAgeMs: number, host = os.hostname()): boolean {
  if (lock.host !== host) return heartbeatAgeMs > FOREIGN_STALE_MS;
  // Ours, but released (its file could not be removed): stale.
  if (lock.pid === process.pid) return ![...held.values()].includes(lock.token);
  if (!isRunning(lock.pid)) return true;
  // A running pid that started at another time than the holder is a reused pid, not the holder.
  const started = startTimeOf(lock.pid).started;
  return lock.started !== undefined && started !== undefined && started !== lock.started;
}

function lockedError(dir: string, lock: LockInfo): ApiError {
  const where = lock.host === os.hostname() ? '' : ` on ${lock.host}`;
  const self = lock.pid === process.pid && lock.host === os.hostname() ? ', this process' : '';
  return new ApiError(
    'LOCKED',
    `The notebook ${dir} is open in ${lock.holder} (pid ${lock.pid}${where}${self}, since ${lock.since}); close it there first.`,
  );
}

async function createExclusive(file: string, text: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(file, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    await handle.writeFile(text);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(file, { force: true });
    throw error;
  }
  await handle.close();
  return true;
}

async function readLock(file: string): Promise<LockInfo | 'missing' | 'unreadable'> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw error;
  }
  try {
    const parsed = lockSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : 'unreadable';
  } catch {
    return 'unreadable';
  }
}

async function heartbeatAge(file: string): Promise<number> {
  const info = await stat(file).catch(() => null);
  return info ? Date.now() - info.mtimeMs : 0;
}

/**
 * Removes a stale lock, holding the takeover marker so that no other process removes the lock we or a third
 * process create meanwhile. An unreadable lock younger than a few seconds may be a holder still writing it.
 */
async function takeOver(file: string, seen: LockInfo | 'unreadable'): Promise<void> {
  const marker = `${file}.takeover`;
  if (!(await createExclusive(marker, String(process.pid)))) {
    if ((await heartbeatAge(marker)) > TAKEOVER_STALE_MS) await rm(marker, { force: true });
    await delay(50);
    return;
  }
  try {
    const again = await readLock(file);
    const unchanged = again === seen || (typeof again === 'object' && typeof seen === 'object' && again.token === seen.token);
    if (seen === 'unreadable' && (await heartbeatAge(file)) < UNREADABLE_GRACE_MS) await delay(200);
    else if (unchanged) await rm(file, { force: true });
  } finally {
    await rm(marker, { force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // alive, but another user's
  }
}

/** The process's start time in clock ticks since boot, from /proc (Linux); nothing elsewhere. */
function startTimeOf(pid: number): { started?: string } {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const started = fields[19]; // field 22 of the whole line
    return started ? { started } : {};
  } catch {
    return {};
  }
}

/** Locks still held when the process exits normally are removed (a kill leaves them; they are then stale). */
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const [file, token] of held) {
      try {
        const current = JSON.parse(readFileSync(file, 'utf8')) as { token?: string };
        if (current.token === token) unlinkSync(file);
      } catch {
        // gone already, or unreadable: not ours to remove
      }
    }
  });
}

const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
