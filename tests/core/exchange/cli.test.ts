import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/main';
import { tempDir } from '../../helpers/temp-dir';
import { ARTICLE_ONE, ARTICLE_TWO, folderState, writeTemp } from './helpers';

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env: {} });
  return { code, stdout, stderr };
}

async function notebookWith(author: string, name: string, text: string, quote: string) {
  const dir = await tempDir();
  const nb = path.join(dir, 'nb');
  const file = path.join(dir, name);
  await writeFile(file, text);
  const [imported] = JSON.parse((await cli(['--notebook', nb, '--json', 'import', file])).stdout) as { articleId: string }[];
  await cli(['--notebook', nb, '--author', author, 'highlight', imported!.articleId, '--quote', quote, '--kind', 'claim', '--tag', 'transport']);
  return { dir, nb, id: imported!.articleId };
}

describe('sourcebook export / merge / import-annotations', () => {
  it('exports a bundle, previews and merges it, and a second merge changes nothing', async () => {
    const ana = await notebookWith('ana', 'ferry.txt', ARTICLE_ONE, 'approved a ferry route');
    const ben = await notebookWith('ben', 'library.txt', ARTICLE_TWO, 'open until midnight');
    const bundle = path.join(ana.dir, 'ana.sourcebook');
    const exported = await cli(['--notebook', ana.nb, 'export', '--format', 'bundle', '--out', bundle]);
    expect(exported).toMatchObject({ code: 0, stderr: '' });
    expect(exported.stdout).toMatch(/^Exported 1 article\(s\) and 1 highlight\(s\) as bundle to .*ana\.sourcebook/);

    const before = await folderState(ben.nb);
    const dry = await cli(['--notebook', ben.nb, 'merge', bundle, '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('Dry run — nothing written');
    expect(dry.stdout).toContain('articles    1 new, 0 updated, 0 unchanged, 0 conflict(s)');
    expect(await folderState(ben.nb)).toEqual(before);

    const merged = await cli(['--notebook', ben.nb, '--json', 'merge', bundle]);
    expect(JSON.parse(merged.stdout)).toMatchObject({ applied: true, articles: { new: 1 }, highlights: { new: 1 } });
    const again = JSON.parse((await cli(['--notebook', ben.nb, '--json', 'merge', bundle])).stdout);
    expect(again).toMatchObject({ articles: { new: 0, updated: 0, unchanged: 1 }, highlights: { new: 0, updated: 0, unchanged: 1 } });

    const list = JSON.parse((await cli(['--notebook', ben.nb, '--json', 'highlights'])).stdout) as { author: string }[];
    expect(list.map((h) => h.author).sort()).toEqual(['ana', 'ben']);
  });

  it('exports each open format, filtered by tag or kind', async () => {
    const ana = await notebookWith('ana', 'ferry.txt', ARTICLE_ONE, 'approved a ferry route');
    for (const [format, out] of [['w3c', 'a.jsonld'], ['qdpx', 'a.qdpx'], ['qdc', 'a.qdc'], ['markdown', 'md'], ['csv', 'a.csv'], ['csl', 'a.json']]) {
      const result = await cli(['--notebook', ana.nb, '--json', 'export', '--format', format!, '--out', path.join(ana.dir, out!), '--tag', 'transport', '--kind', 'claim']);
      expect(result.code, result.stderr).toBe(0);
      expect(JSON.parse(result.stdout)).toMatchObject({ format, articles: 1, highlights: 1 });
      expect(existsSync(path.join(ana.dir, out!))).toBe(true);
    }
    const none = JSON.parse((await cli(['--notebook', ana.nb, '--json', 'export', '--format', 'csv', '--out', path.join(ana.dir, 'b.csv'), '--kind', 'quote'])).stdout);
    expect(none).toMatchObject({ articles: 0, highlights: 0 });
  });

  it('imports annotations exported elsewhere', async () => {
    const ana = await notebookWith('ana', 'ferry.txt', ARTICLE_ONE, 'approved a ferry route');
    const file = path.join(ana.dir, 'a.jsonld');
    await cli(['--notebook', ana.nb, 'export', '--format', 'w3c', '--out', file]);
    const ben = await notebookWith('ben', 'ferry.txt', ARTICLE_ONE, 'route on Monday');
    const result = await cli(['--notebook', ben.nb, 'import-annotations', file]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('highlights  1 new, 0 updated, 0 unchanged, 0 conflict(s); 0 not placed');
  });

  it('says what is wrong in one line, with exit status 1 for a bad bundle and 2 for bad usage', async () => {
    const ben = await notebookWith('ben', 'library.txt', ARTICLE_TWO, 'open until midnight');
    const bad = await cli(['--notebook', ben.nb, 'merge', await writeTemp('bad.sourcebook', 'not a zip')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^sourcebook: the bundle: .*zip.*\n$/);
    const missing = await cli(['--notebook', ben.nb, 'merge', path.join(ben.dir, 'nothing.sourcebook')]);
    expect(missing).toMatchObject({ code: 1, stderr: expect.stringMatching(/no such file/) });
    expect((await cli(['--notebook', ben.nb, 'export', '--format', 'pdf', '--out', 'x'])).code).toBe(2);
    expect((await cli(['--notebook', ben.nb, 'export', '--format', 'csv'])).stderr).toContain('--out PATH is required');
    expect((await cli(['--notebook', ben.nb, 'merge'])).code).toBe(2);
  });
});
