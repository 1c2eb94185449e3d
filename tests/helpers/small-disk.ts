// A small disk of its own for a test: a tmpfs mounted on a temporary folder (needs root, or CAP_SYS_ADMIN, as CI
// and the developer machines have). It can be filled up to the last byte and remounted read-only, so the notebook
// meets the real ENOSPC and EROFS from the kernel, not a simulation of them.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { open, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export interface SmallDisk {
  dir: string;
  /** Fills the disk with a filler file until the kernel says ENOSPC. */
  fill(): Promise<void>;
  /** Removes the filler. */
  free(): Promise<void>;
  readOnly(on: boolean): void;
  unmount(): void;
}

/** Mounts a tmpfs of `sizeKb`, or returns null (with the reason) where mounting is not allowed. */
export function mountSmallDisk(sizeKb: number): SmallDisk | string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sourcebook-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k`, 'tmpfs', dir], { stdio: 'pipe' });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    return `cannot mount a tmpfs here (${String((error as { stderr?: Buffer }).stderr ?? error).trim().split('\n')[0]})`;
  }
  const filler = path.join(dir, 'filler');
  return {
    dir,
    async fill() {
      const handle = await open(filler, 'a');
      const chunk = Buffer.alloc(64 * 1024, 1);
      try {
        for (let size = chunk.length; size >= 1; size = Math.floor(size / 2)) {
          for (;;) {
            try {
              await handle.write(chunk.subarray(0, size));
            } catch (error) {
              if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
              break;
            }
          }
        }
      } finally {
        await handle.close();
      }
    },
    async free() {
      await rm(filler, { force: true });
    },
    readOnly(on) {
      execFileSync('mount', ['-o', `remount,${on ? 'ro' : 'rw'}`, dir], { stdio: 'pipe' });
    },
    unmount() {
      execFileSync('umount', ['-l', dir], { stdio: 'pipe' });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
