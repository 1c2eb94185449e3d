import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { openTestCore } from '../../helpers/core';
import { tempDir } from '../../helpers/temp-dir';

describe('exchange without a shared disk (the browser mode)', () => {
  it('exports to bytes for a download, and merges a bundle sent as bytes', async () => {
    const a = (await openTestCore({ author: 'ann' })).call;
    const { articleId } = await a('import.content', { name: 'f.txt', text: 'Ferry Report\n\nThe ferry carried 2,310 passengers in its first month, the operator said on Friday.' });
    await a('highlights.create', { articleId: articleId!, quote: '2,310 passengers', kind: 'figure' });

    const bundle = await a('exchange.exportData', { format: 'bundle' });
    expect(bundle).toMatchObject({ format: 'bundle', articles: 1, highlights: 1, name: expect.stringMatching(/\.sourcebook$/) });
    const markdown = await a('exchange.exportData', { format: 'markdown' });
    expect(markdown.name).toMatch(/\.zip$/);
    expect(Object.keys(unzipSync(Buffer.from(markdown.dataBase64, 'base64')))).toHaveLength(1);

    const b = (await openTestCore({ author: 'bob' })).call;
    const preview = await b('exchange.mergePreview', { name: bundle.name, dataBase64: bundle.dataBase64 });
    expect(preview.applied).toBe(false);
    await b('exchange.merge', { name: bundle.name, dataBase64: bundle.dataBase64 });
    expect((await b('highlights.list', {})).map((h) => h.author)).toEqual(['ann']);
  });

  it('refuses to replace a file when asked not to', async () => {
    const a = (await openTestCore()).call;
    const target = path.join(await tempDir(), 'out.csv');
    await writeFile(target, 'mine');
    await expect(a('exchange.export', { format: 'csv', path: target, overwrite: false })).rejects.toMatchObject({ code: 'CONFLICT' });
    await a('exchange.export', { format: 'csv', path: target });
  });
});
