import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * Bytes of every file under `dir` (apparent size), 0 when it does not exist. Hard links are counted once: the core
 * keeps each shard's previous version as a hard-linked `.bak`, which costs no space until the shard is rewritten.
 */
export async function dirBytes(dir: string, seen = new Set<number>()): Promise<number> {
  let total = 0;
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      total += await dirBytes(full, seen);
    } else if (entry.isFile()) {
      const info = await stat(full);
      if (seen.has(info.ino)) continue;
      seen.add(info.ino);
      total += info.size;
    }
  }
  return total;
}

export async function fileBytes(file: string): Promise<number> {
  try {
    return (await stat(file)).size;
  } catch {
    return 0;
  }
}
