import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Input, Method, Result } from '../../../shared/api';
import { createCore } from '../../../main/core/index';
import type { Core } from '../../../main/core/index';
import { closeAtEnd, tempDir } from '../../helpers/temp-dir';

function caller(core: Core) {
  return async <M extends Method>(method: M, params: Input<M>): Promise<Result<M>> => {
    const envelope = await core.dispatch(method, params);
    if (!envelope.ok) throw Object.assign(new Error(envelope.error.message), { code: envelope.error.code });
    return envelope.value as Result<M>;
  };
}

describe('exchange without a shared disk (the browser mode)', () => {
  it('exports to bytes for a download, and merges a bundle sent as bytes', async () => {
    const a = caller(closeAtEnd(await createCore({ dir: await tempDir(), author: 'ann' })));
    const { articleId } = await a('import.content', { name: 'f.txt', text: 'Ferry Report\n\nThe ferry carried 2,310 passengers in its first month, the operator said on Friday.' });
    await a('highlights.create', { articleId: articleId!, quote: '2,310 passengers', kind: 'figure' });

    const bundle = await a('exchange.exportData', { format: 'bundle' });
    expect(bundle).toMatchObject({ format: 'bundle', articles: 1, highlights: 1, name: expect.stringMatching(/\.sourcebook$/) });
    const markdown = await a('exchange.exportData', { format: 'markdown' });
    expect(markdown.name).toMatch(/\.zip$/);
    expect(Object.keys(unzipSync(Buffer.from(markdown.dataBase64, 'base64')))).toHaveLength(1);

    const b = caller(closeAtEnd(await createCore({ dir: await tempDir(), author: 'bob' })));
    const preview = await b('exchange.mergePreview', { name: bundle.name, dataBase64: bundle.dataBase64 });
    expect(preview.applied).toBe(false);
    await b('exchange.merge', { name: bundle.name, dataBase64: bundle.dataBase64 });
    expect((await b('highlights.list', {})).map((h) => h.author)).toEqual(['ann']);
  });

  it('refuses to replace a file when asked not to', async () => {
    const a = caller(closeAtEnd(await createCore({ dir: await tempDir() })));
    const target = path.join(await tempDir(), 'out.csv');
    await writeFile(target, 'mine');
    await expect(a('exchange.export', { format: 'csv', path: target, overwrite: false })).rejects.toMatchObject({ code: 'CONFLICT' });
    await a('exchange.export', { format: 'csv', path: target });
  });
});
