// A highlight in a PDF can be cited by the page its passage begins on: the reader's side list and `sourcebook
// show` give it, from the page each block of the body came from.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../main/cli/main';
import { pageAt } from '../../shared/pages';
import { buildPdf, column } from '../core/import/formats/fixtures/pdf';
import { tempDir } from '../helpers/temp-dir';

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env: {} });
  return { code, stdout, stderr };
}

const para = (n: number, topic: string) => `Paragraph ${n} reports that the ${topic} was discussed at length by the harbour trust, which will decide before the end of the month.`;

describe('pageAt', () => {
  const blocks = [
    { start: 0, page: 1 },
    { start: 120, page: 1 },
    { start: 260, page: 2 },
  ];
  it('gives the page of the block a passage begins in', () => {
    expect(pageAt(blocks, 0)).toBe(1);
    expect(pageAt(blocks, 200)).toBe(1);
    expect(pageAt(blocks, 260)).toBe(2);
    expect(pageAt(blocks, 9_999)).toBe(2);
  });
  it('gives null for a source without pages', () => {
    expect(pageAt([{ start: 0 }, { start: 50 }], 60)).toBeNull();
    expect(pageAt([], 0)).toBeNull();
  });
});

describe('sourcebook show, for a PDF', () => {
  it('cites each highlight by the page its passage begins on', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'trust.pdf');
    const pdf = buildPdf(
      [
        { lines: column([para(1, 'dredging budget'), para(2, 'mooring fee')], { x: 72, top: 700, width: 460 }) },
        { lines: column([para(3, 'lighthouse repair')], { x: 72, top: 700, width: 460 }) },
      ],
      { title: 'Harbour Trust Minutes' },
    );
    await writeFile(file, pdf);
    const nb = path.join(dir, 'nb');
    const [imported] = JSON.parse((await cli(['--notebook', nb, '--json', 'import', file])).stdout) as { status: string; articleId: string }[];
    expect(imported?.status).toBe('imported');
    const id = imported!.articleId;
    expect((await cli(['--notebook', nb, 'highlight', id, '--quote', 'the lighthouse repair was discussed', '--kind', 'claim'])).code).toBe(0);
    expect((await cli(['--notebook', nb, 'highlight', id, '--quote', 'the mooring fee was discussed', '--kind', 'claim'])).code).toBe(0);

    const shown = await cli(['--notebook', nb, 'show', id]);
    expect(shown.code).toBe(0);
    const lines = shown.stdout.split('\n').filter((l) => /^CLAIM /.test(l));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/\] p\. 1 in /);
    expect(lines[1]).toMatch(/\] p\. 2 in /);
  });
});
