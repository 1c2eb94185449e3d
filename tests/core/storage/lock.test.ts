import { spawn } from 'node:child_process';
import { readFile, stat, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../main/core/index';
import { FOREIGN_STALE_MS, isStale, LOCK_FILE, lockHolder, NotebookLock } from '../../../main/core/storage/lock';
import type { LockInfo } from '../../../main/core/storage/lock';
import { tempDir } from '../../helpers/temp-dir';

const lockOf = (fields: Partial<LockInfo>): LockInfo => ({ pid: process.pid, host: os.hostname(), holder: 'x', since: '2026-03-01T10:00:00.000Z', token: 't', ...fields });

/** A pid that was running a moment ago and is not any more. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.on('exit', resolve));
  return child.pid!;
}

describe('NotebookLock', () => {
  it('refuses a second holder with who has it, and lets it in once released', async () => {
    const dir = await tempDir();
    const first = await NotebookLock.acquire(dir, 'sourcebook serve');
    await expect(NotebookLock.acquire(dir, 'sourcebook import')).rejects.toMatchObject({
      code: 'LOCKED',
      message: expect.stringMatching(new RegExp(`is open in sourcebook serve \\(pid ${process.pid}, this process, since \\d{4}-`)),
    });
    expect((await lockHolder(dir))?.holder).toBe('sourcebook serve');
    await first.release();
    await first.release(); // twice is fine
    expect(await lockHolder(dir)).toBeNull();
    await (await NotebookLock.acquire(dir, 'sourcebook import')).release();
  });

  it('takes over the lock of a process that died without releasing it', async () => {
    const dir = await tempDir();
    const pid = await deadPid();
    await writeFile(path.join(dir, LOCK_FILE), JSON.stringify(lockOf({ pid, holder: 'a killed sourcebook', token: 'dead' })));
    const lock = await NotebookLock.acquire(dir, 'sourcebook list');
    expect(JSON.parse(await readFile(path.join(dir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: process.pid, holder: 'sourcebook list' });
    await lock.release();
  });

  it('takes over an unreadable lock once it is old enough not to be one being written', async () => {
    const dir = await tempDir();
    const file = path.join(dir, LOCK_FILE);
    await writeFile(file, '');
    const past = new Date(Date.now() - 60_000);
    await utimes(file, past, past);
    await (await NotebookLock.acquire(dir, 'sourcebook list')).release();
  });

  it('waits out a lock that was just left empty (its holder killed while writing it), then takes it over', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, LOCK_FILE), '');
    const started = Date.now();
    const lock = await NotebookLock.acquire(dir, 'sourcebook list');
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_500); // not taken while it may still be being written
    expect(lock.info.holder).toBe('sourcebook list');
    await lock.release();
  });

  it('judges a lock from another machine by its heartbeat, and a reused pid by its start time', () => {
    expect(isStale(lockOf({ host: 'laptop' }), 60_000)).toBe(false);
    expect(isStale(lockOf({ host: 'laptop' }), FOREIGN_STALE_MS + 1)).toBe(true);
    expect(isStale(lockOf({ pid: process.ppid }), 10 * FOREIGN_STALE_MS)).toBe(false); // a live pid: never stale by age
    expect(isStale(lockOf({ token: 'released long ago' }), 0)).toBe(true); // ours, but not held any more
    if (process.platform === 'linux') expect(isStale(lockOf({ started: '1' }), 0)).toBe(true);
  });

  it('releases the lock when the process exits without closing', async () => {
    const dir = await tempDir();
    const script = `import('${pathToModule('main/core/storage/lock.ts')}').then(async ({ NotebookLock }) => { await NotebookLock.acquire(${JSON.stringify(dir)}, 'a script'); process.exit(0); })`;
    const child = spawn(process.execPath, ['--import', 'tsx', '-e', script], { cwd: path.resolve(__dirname, '../../..') });
    expect(await new Promise((resolve) => child.on('exit', resolve))).toBe(0);
    await expect(stat(path.join(dir, LOCK_FILE))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('one writer per notebook', () => {
  it('a second open of the same notebook is refused until the first closes', async () => {
    const dir = await tempDir();
    const core = await createCore({ dir, holder: 'the Sourcebook app' });
    await expect(createCore({ dir })).rejects.toMatchObject({ code: 'LOCKED', message: expect.stringContaining('is open in the Sourcebook app') });
    await core.close();
    await (await createCore({ dir })).close();
  });

  it('releases the lock when opening fails (a corrupt file)', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'notebook.json'), '{ not json');
    await expect(createCore({ dir })).rejects.toMatchObject({ code: 'CORRUPT' });
    expect(await lockHolder(dir)).toBeNull();
  });
});

function pathToModule(relative: string): string {
  return path.resolve(__dirname, '../../..', relative).replace(/\\/g, '/');
}
