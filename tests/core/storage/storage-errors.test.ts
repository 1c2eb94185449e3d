import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { storageError } from '../../../main/core/storage/atomic-file';
import { ContentStore } from '../../../main/core/storage/content-store';
import { mountSmallDisk } from '../../helpers/small-disk';
import type { SmallDisk } from '../../helpers/small-disk';

const errno = (code: string): NodeJS.ErrnoException => Object.assign(new Error(`${code}: something, open '/a/b.tmp'\n    at stack`), { code });

describe('storageError', () => {
  it.each([
    ['ENOSPC', 'Could not save the notebook: the disk is full. Nothing was changed.'],
    ['EDQUOT', 'Could not save the notebook: the disk is full. Nothing was changed.'],
    ['EROFS', 'Could not save the notebook: the notebook folder is not writable. Nothing was changed.'],
    ['EACCES', 'Could not save the notebook: the notebook folder is not writable. Nothing was changed.'],
    ['EIO', "Could not save the notebook: EIO: something, open '/a/b.tmp'. Nothing was changed."],
  ])('says %s in one line', (code, message) => {
    expect(storageError(errno(code)).message).toBe(message);
  });
});

const disk = mountSmallDisk(1024);
if (typeof disk === 'string') console.warn(`[skipped] content store on a full or read-only disk: ${disk}`);

(typeof disk === 'string' ? describe.skip : describe)('article texts on a full or read-only disk', () => {
  const small = disk as SmallDisk;
  afterAll(() => small.unmount());
  const content = { blocks: [{ role: 'body' as const, text: 'The night ferry carried 1,200 extra passengers a week.' }] };

  it('says the disk is full, in one line', async () => {
    const store = new ContentStore(path.join(small.dir, 'full', 'content'));
    await small.fill();
    try {
      await expect(store.put(content)).rejects.toThrow(/^Could not save the notebook: the disk is full\. Nothing was changed\.$/);
    } finally {
      await small.free();
    }
    expect(await store.put(content)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('says the folder is not writable, where Node reports a read-only mkdir as ENOENT', async () => {
    const store = new ContentStore(path.join(small.dir, 'content'));
    await store.put({ blocks: [] }); // the folder exists; the text's fan-out folder does not
    small.readOnly(true);
    try {
      await expect(store.put(content)).rejects.toThrow(/^Could not save the notebook: the notebook folder is not writable\. Nothing was changed\.$/);
    } finally {
      small.readOnly(false);
    }
  });
});
