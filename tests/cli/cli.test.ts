import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../main/cli/commands/index';
import { runCli } from '../../main/cli/main';
import { startLoopbackServer } from '../helpers/loopback-server';
import { PROJECT_ROOT } from '../helpers/shared-corpus';
import { tempDir } from '../helpers/temp-dir';

const ARTICLE = 'Harbour Ferry Route Approved\n\nBy Maria Oduya\n\nThe harbour council approved a ferry route on Monday. "This is a good day," said councillor Ana Ruiz. The trial costs 2.4 million euros a year.\n\nSign up for our newsletter';

async function cli(args: string[], env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env: { ...env } });
  return { code, stdout, stderr };
}

async function notebookWithArticle() {
  const dir = await tempDir();
  const file = path.join(dir, 'ferry.txt');
  await writeFile(file, ARTICLE);
  const nb = path.join(dir, 'nb');
  const imported = await cli(['--notebook', nb, '--json', 'import', file]);
  const [result] = JSON.parse(imported.stdout) as { articleId: string }[];
  return { dir, nb, file, id: result!.articleId };
}

describe('sourcebook CLI', () => {
  it('imports, lists and shows an article, as JSON and as text', async () => {
    const { nb, id } = await notebookWithArticle();
    const list = await cli(['--notebook', nb, 'list', '--json']);
    expect(JSON.parse(list.stdout)).toEqual([
      { id, title: 'Harbour Ferry Route Approved', source: null, date: null, words: expect.any(Number), highlights: 0, counts: { claim: 0, figure: 0, quote: 0 } },
    ]);
    const show = await cli(['--notebook', nb, 'show', id.slice(0, 6)]);
    expect(show.code).toBe(0);
    expect(show.stdout).toContain('Harbour Ferry Route Approved\n====');
    expect(show.stdout).toContain('author  Maria Oduya');
    expect(show.stdout).not.toContain('newsletter');
    const shown = JSON.parse((await cli(['--notebook', nb, '--json', 'show', id])).stdout);
    expect(Object.keys(shown)).toEqual(expect.arrayContaining(['id', 'title', 'source', 'date', 'body', 'highlights']));
  });

  it('highlights by quote and by offsets, then finds the highlight by a word of its note', async () => {
    const { nb, id } = await notebookWithArticle();
    const byQuote = await cli(['--notebook', nb, '--json', 'highlight', id, '--quote', '"This is a good day,"', '--kind', 'quote', '--tag', 'reaction', '--note', 'ask the mayor too', '--speaker', 'Ana Ruiz']);
    expect(byQuote.code).toBe(0);
    const h = JSON.parse(byQuote.stdout);
    expect(h).toMatchObject({ kind: 'quote', tags: ['reaction'], fields: { speaker: 'Ana Ruiz' } });
    const byOffsets = await cli(['--notebook', nb, '--json', 'highlight', id, '--start', String(h.target.position.start), '--end', String(h.target.position.end), '--kind', 'claim']);
    expect(JSON.parse(byOffsets.stdout).target.quote.exact).toBe(h.target.quote.exact);

    const search = JSON.parse((await cli(['--notebook', nb, '--json', 'search', 'mayor'])).stdout);
    expect(search).toMatchObject({ total: 1, hits: [{ type: 'highlight', articleId: id, highlightId: h.id, title: 'Harbour Ferry Route Approved' }] });
    expect(Object.keys(search.hits[0])).toEqual(expect.arrayContaining(['type', 'articleId', 'highlightId', 'title', 'score', 'snippet']));
    const text = await cli(['--notebook', nb, 'search', 'mayor']);
    expect(text.stdout).toContain('«mayor»');
    const filtered = JSON.parse((await cli(['--notebook', nb, '--json', 'search', 'ferry', '--kind', 'figure'])).stdout);
    expect(filtered.total).toBe(0);
  });

  it('exits 1 with a one-line message for user errors', async () => {
    const { nb, id } = await notebookWithArticle();
    for (const args of [
      ['show', 'ffffffff'],
      ['highlight', id, '--quote', 'not in the text', '--kind', 'claim'],
      ['search', 'title:'],
    ]) {
      const result = await cli(['--notebook', nb, ...args]);
      expect(result.code, args.join(' ')).toBe(1);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(/^sourcebook: /);
    }
  });

  it('exits 2 with the usage for usage errors', async () => {
    const { nb, id } = await notebookWithArticle();
    for (const args of [['frobnicate'], ['highlight', id, '--kind', 'claim'], ['highlight', id, '--quote', 'x', '--kind', 'nonsense'], ['search'], ['list', '--bogus'], []]) {
      const result = await cli(['--notebook', nb, ...args]);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toContain('Usage: sourcebook');
    }
  });

  it('prints help for every command with exit 0', async () => {
    const top = await cli(['--help']);
    expect(top.code).toBe(0);
    expect(Object.keys(COMMANDS).length).toBeGreaterThan(20);
    for (const command of Object.keys(COMMANDS)) {
      expect(top.stdout).toContain(`  ${command} `);
      for (const args of [[command, '--help'], [command, '-h'], ['help', command]]) {
        const help = await cli(args);
        expect(help.code, args.join(' ')).toBe(0);
        expect(help.stdout, args.join(' ')).toContain(`Usage: sourcebook [--notebook DIR] [--json] ${command}`);
      }
    }
    expect(await cli(['help'])).toMatchObject({ code: 0, stdout: top.stdout });
    expect(await cli(['help', 'frobnicate'])).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown command "frobnicate"') });
  });

  it('reports import results per file and exits 1 when one failed, importing the rest', async () => {
    const { dir, nb, file } = await notebookWithArticle();
    const empty = path.join(dir, 'empty.txt');
    await writeFile(empty, '');
    const result = await cli(['--notebook', nb, '--json', 'import', file, empty]);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).map((r: { status: string }) => r.status)).toEqual(['duplicate', 'error']);
  });

  it('stats and reindex describe the notebook and its index', async () => {
    const { nb } = await notebookWithArticle();
    const stats = JSON.parse((await cli(['--notebook', nb, '--json', 'stats'])).stdout);
    expect(stats).toMatchObject({ articles: 1, highlights: 0, index: { current: true, documents: 1 } });
    expect(stats.index.bytes).toBeGreaterThan(0);
    const reindex = JSON.parse((await cli(['--notebook', nb, '--json', 'reindex'])).stdout);
    expect(reindex).toMatchObject({ wasCurrent: true, documents: 1 });
  });

  it('uses $SOURCEBOOK_NOTEBOOK when no --notebook is given', async () => {
    const { nb } = await notebookWithArticle();
    const list = await cli(['list', '--json'], { SOURCEBOOK_NOTEBOOK: nb });
    expect(JSON.parse(list.stdout)).toHaveLength(1);
  });

  it('restores a corrupt catalogue file from its last good copy', async () => {
    const { nb, id } = await notebookWithArticle();
    await cli(['--notebook', nb, 'highlight', id, '--quote', 'ferry route', '--kind', 'claim']);
    const shard = path.join(nb, 'data', `${id.slice(0, 2)}.json`);
    await writeFile(shard, '{ broken');
    const broken = await cli(['--notebook', nb, 'list']);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain(`${shard} is corrupt`);
    const restore = await cli(['--notebook', nb, 'restore']);
    expect(restore.code).toBe(0);
    expect(restore.stdout).toContain(`restored      ${shard}`);
    // The backup is the state before the last write: the article is back, the highlight written last is not.
    expect(JSON.parse((await cli(['--notebook', nb, '--json', 'list'])).stdout)).toHaveLength(1);
  });
});

describe('the sourcebook executable', () => {
  it('runs through npx after npm ci, with no build step', async () => {
    const { nb } = await notebookWithArticle();
    const { stdout } = await promisify(execFile)('npx', ['--no-install', 'sourcebook', '--notebook', nb, '--json', 'stats'], { cwd: PROJECT_ROOT });
    expect(JSON.parse(stdout)).toMatchObject({ articles: 1 });
  });
});

describe('importing from the web', () => {
  it('fetches an http address and keeps it as the article URL', async () => {
    const server = await startLoopbackServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Harbour Report\n\nThe harbour authority said on Friday that the new quay would open in the spring, a year late.');
    });
    const address = `${server.base}/report.txt`;
    try {
      const nb = path.join(await tempDir(), 'nb');
      const imported = await cli(['--notebook', nb, '--json', 'import', address]);
      expect(imported.code).toBe(0);
      const [result] = JSON.parse(imported.stdout);
      expect(result).toMatchObject({ status: 'imported', title: 'Harbour Report', file: address });
      const shown = JSON.parse((await cli(['--notebook', nb, '--json', 'show', result.articleId])).stdout);
      expect(shown.url).toBe(address);
      expect((await cli(['--notebook', nb, 'import', 'ftp://example.org/x.txt'])).code).toBe(1);
    } finally {
      await server.close();
    }
  });
});

describe('search filters on the command line', () => {
  it('filters by type and sorts, and refuses a bad --sort with the usage', async () => {
    const { nb, id } = await notebookWithArticle();
    await cli(['--notebook', nb, 'highlight', id, '--quote', 'ferry route', '--kind', 'claim']);
    const highlights = JSON.parse((await cli(['--notebook', nb, '--json', 'search', 'ferry', '--type', 'highlight', '--sort', 'date'])).stdout);
    expect(highlights.hits.map((h: { type: string }) => h.type)).toEqual(['highlight']);
    const bad = await cli(['--notebook', nb, 'search', 'ferry', '--sort', 'newest']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--sort must be one of relevance, date');
  });
});
