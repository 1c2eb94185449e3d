import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../main/core/index';
import { restoreFromBackups } from '../../../main/core/storage/restore';
import { tempDir } from '../../helpers/temp-dir';

const TEXT = Buffer.from('Ferry report\n\nThe night ferry carried 1,200 extra passengers a week, officials said on Monday.\n').toString('base64');

describe('restore from .bak', () => {
  it('puts a shard back under a revision it never had, so the search index cannot mistake it for a state it saw', async () => {
    const dir = await tempDir();
    const core = await createCore({ dir });
    const imported = await core.dispatch('import.content', { name: 'ferry.txt', dataBase64: TEXT });
    const articleId = (imported as { value: { articleId: string } }).value.articleId;
    await core.dispatch('highlights.create', { articleId, kind: 'figure', quote: '1,200 extra passengers' });
    await core.close();
    const shard = path.join(dir, 'data', `${articleId.slice(0, 2)}.json`);
    const corruptRev = (JSON.parse(await readFile(shard, 'utf8')) as { rev: number }).rev;
    await writeFile(shard, '{ broken');
    expect((await restoreFromBackups(dir)).restored).toEqual([shard]);
    // The corrupt file was revision corruptRev, which the index may have recorded; its backup corruptRev - 1.
    // Put back as either, the next save would reach corruptRev again with other content.
    expect((JSON.parse(await readFile(shard, 'utf8')) as { rev: number }).rev).toBe(corruptRev + 1);
  });
});
