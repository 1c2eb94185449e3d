import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitWrites, prepareWrite, writeFileAtomic } from '../../../main/core/storage/atomic-file';
import { tempDir } from '../../helpers/temp-dir';

describe('writeFileAtomic', () => {
  it('replaces the content and keeps the previous version as .bak when asked', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'a.json');
    await writeFileAtomic(file, 'one', { backup: true });
    await writeFileAtomic(file, 'two', { backup: true });
    expect(await readFile(file, 'utf8')).toBe('two');
    expect(await readFile(`${file}.bak`, 'utf8')).toBe('one');
    // No temporary files are left behind.
    expect((await readdir(dir)).sort()).toEqual(['a.json', 'a.json.bak']);
  });

  it('leaves the live file untouched until the prepared write is committed', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'a.json');
    await writeFile(file, 'old');
    const prepared = await prepareWrite(file, 'new');
    expect(await readFile(file, 'utf8')).toBe('old');
    await commitWrites([prepared]);
    expect(await readFile(file, 'utf8')).toBe('new');
    // Committing again (as crash recovery does) is harmless.
    await commitWrites([prepared]);
    expect(await readFile(file, 'utf8')).toBe('new');
  });

  it('fails cleanly when the folder does not exist, creating nothing', async () => {
    const dir = await tempDir();
    await expect(writeFileAtomic(path.join(dir, 'missing', 'a.json'), 'x')).rejects.toThrow(/ENOENT/);
    expect(await readdir(dir)).toEqual([]);
  });
});
