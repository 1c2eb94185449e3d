import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Notebook } from '../../../main/core/notebook';
import { importContent, importPaths } from '../../../main/core/import/import-service';
import { closeAtEnd, tempDir } from '../../helpers/temp-dir';

const openNotebook = async (options: { dir: string }) => closeAtEnd(await Notebook.open(options));

const ARTICLE = `City Library Extends Opening Hours\n\nThe city library will open until 10 pm on weekdays from next month, the council said on Tuesday, after a petition signed by 3,400 residents.\n\nThe change costs about 180,000 euros a year and will be paid from the culture budget, according to the council's spokesperson.`;

async function fixtureFolder(): Promise<string> {
  const dir = await tempDir();
  await mkdir(path.join(dir, 'batch', 'nested'), { recursive: true });
  await mkdir(path.join(dir, 'batch', '.hidden'), { recursive: true });
  await writeFile(path.join(dir, 'batch', 'good.txt'), ARTICLE);
  await writeFile(path.join(dir, 'batch', 'nested', 'notes.md'), '---\ntitle: Field notes\nauthor: A. Researcher\ndate: 2024-05-02\n---\n\n# Ignored heading\n\nInterviews with **three** ferry workers on the north quay took most of the morning.\n');
  await writeFile(path.join(dir, 'batch', 'empty.txt'), '');
  await writeFile(path.join(dir, 'batch', 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  await writeFile(path.join(dir, 'batch', 'slides.pptx'), 'not supported');
  await writeFile(path.join(dir, 'batch', 'only-furniture.txt'), 'Share.\nLeave A Reply\nRead more');
  await writeFile(path.join(dir, 'batch', '.hidden', 'secret.txt'), ARTICLE);
  return dir;
}

describe('importing a batch', () => {
  it('imports what it can and gives every other file a one-line reason', async () => {
    const dir = await fixtureFolder();
    const nb = await openNotebook({ dir: path.join(dir, 'nb') });
    const results = await importPaths(nb, [path.join(dir, 'batch'), path.join(dir, 'missing.txt')]);
    const byName = Object.fromEntries(results.map((r) => [path.basename(r.file), r]));

    expect(byName['good.txt']).toMatchObject({ status: 'imported', title: 'City Library Extends Opening Hours' });
    expect(byName['notes.md']).toMatchObject({ status: 'imported', title: 'Field notes' });
    expect(byName['empty.txt']).toMatchObject({ status: 'error', error: 'the file is empty' });
    expect(byName['image.txt']).toMatchObject({ status: 'error', error: 'the file is binary, not text' });
    expect(byName['slides.pptx']?.error).toMatch(/^unsupported file type \.pptx; Sourcebook imports /);
    expect(byName['only-furniture.txt']).toMatchObject({ status: 'error', error: 'no article text found (only site boilerplate)' });
    expect(byName['missing.txt']).toMatchObject({ status: 'error', error: 'no such file or folder' });
    expect(byName['secret.txt']).toBeUndefined(); // hidden folders are skipped
    for (const r of results) if (r.error) expect(r.error).not.toContain('\n');
    expect(nb.catalog.articleCount).toBe(2);
  });

  it('reports progress and stops when cancelled', async () => {
    const dir = await fixtureFolder();
    const nb = await openNotebook({ dir: path.join(dir, 'nb') });
    const controller = new AbortController();
    const progress: number[] = [];
    const results = await importPaths(nb, [path.join(dir, 'batch')], {
      signal: controller.signal,
      onProgress: (done) => {
        progress.push(done);
        if (done === 2) controller.abort();
      },
    });
    expect(progress.slice(0, 3)).toEqual([0, 1, 2]);
    expect(results.filter((r) => r.error === 'cancelled').length).toBeGreaterThan(0);
    expect(results.filter((r) => r.status !== 'error' || r.error !== 'cancelled')).toHaveLength(2);
  });

  it('recognises the same article from another file as a duplicate', async () => {
    const dir = await tempDir();
    const nb = await openNotebook({ dir });
    const first = await importContent(nb, 'a.txt', new TextEncoder().encode(ARTICLE));
    const reformatted = await importContent(nb, 'b.txt', new TextEncoder().encode(`${ARTICLE.replace(/\n\n/g, '\r\n\r\n')}\r\n\r\nShare.\r\n`));
    expect(first.status).toBe('imported');
    expect(reformatted).toMatchObject({ status: 'duplicate', articleId: first.articleId });
  });

  it('gives the same article the same id in every notebook', async () => {
    const a = await importContent(await openNotebook({ dir: await tempDir() }), 'a.txt', new TextEncoder().encode(ARTICLE));
    const b = await importContent(await openNotebook({ dir: await tempDir() }), 'other-name.txt', new TextEncoder().encode(ARTICLE));
    expect(a.articleId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(b.articleId).toBe(a.articleId);
  });

  it('decodes UTF-16 with a byte-order mark and Windows-1252 without one', async () => {
    const nb = await openNotebook({ dir: await tempDir() });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Café owners in Lyon said prices rose by a fifth this spring, citing energy costs.', 'utf16le')]);
    const cp1252 = Buffer.from('Na\xefve estimates put the cost at \x8030 million, officials said on Monday evening.', 'latin1');
    const r1 = await importContent(nb, 'u16.txt', utf16);
    const r2 = await importContent(nb, 'cp.txt', cp1252);
    expect((await nb.articleText(r1.articleId!)).body.text).toContain('Café owners in Lyon');
    expect((await nb.articleText(r2.articleId!)).body.text).toContain('Naïve estimates put the cost at €30 million');
  });
});
