import { mkdir, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { Notebook } from '../../../../main/core/notebook';
import { importPaths, MAX_FILE_BYTES } from '../../../../main/core/import/import-service';
import { tempDir } from '../../../helpers/temp-dir';
import { buildDocx, buildEpub, buildZipBomb } from './fixtures/office';
import { buildPdf, column } from './fixtures/pdf';
import { prose } from '../../../helpers/prose';

/** One file of every kind, good and bad, each with what the batch should make of it. */
function fixtures(): Record<string, { bytes: Uint8Array; expect: { status: 'imported'; title: string } | { status: 'error'; error: RegExp } }> {
  const page = `<html lang="en"><head><title>Night Buses Return to the Valley</title></head><body><article><h1>Night Buses Return to the Valley</h1>${`<p>${prose('night bus timetable')}</p>`.repeat(5)}<script>alert(1)</script><img src=x onerror="alert(2)"></article></body></html>`;
  return {
    'plain.txt': { bytes: Buffer.from(`Council Delays Harbour Vote\n\n${prose('harbour budget')}`), expect: { status: 'imported', title: 'Council Delays Harbour Vote' } },
    'cp1251.txt': { bytes: iconv.encode(`Совет отложил голосование\n\nСовет отложил голосование по бюджету гавани до конца месяца, сообщили в четверг.`, 'windows-1251'), expect: { status: 'imported', title: 'Совет отложил голосование' } },
    'koi8.txt': { bytes: iconv.encode(`Паром отменён\n\nПаром до острова отменён на неделю из-за шторма, сообщила в среду администрация порта.`, 'koi8-r'), expect: { status: 'imported', title: 'Паром отменён' } },
    'utf16le.txt': { bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`Café Owners Protest\n\n${prose('café terrace rule')}`, 'utf16le')]), expect: { status: 'imported', title: 'Café Owners Protest' } },
    'utf16be.txt': { bytes: iconv.encode(`Bakers Win Appeal\n\n${prose('bakery licence')}`, 'utf-16be'), expect: { status: 'imported', title: 'Bakers Win Appeal' } },
    'page.html': { bytes: Buffer.from(page), expect: { status: 'imported', title: 'Night Buses Return to the Valley' } },
    'report.docx': { bytes: buildDocx([{ text: 'Quay Inspection Report', style: 'Heading1' }, { text: prose('quay inspection') }]), expect: { status: 'imported', title: 'Quay Inspection Report' } },
    'book.epub': {
      bytes: buildEpub([{ file: 'one.xhtml', title: 'One', body: `<p>${prose('lighthouse')}</p>` }, { file: 'two.xhtml', title: 'Two', body: `<p>${prose('breakwater')}</p>` }], [1, 0], { title: 'Harbour Tales', creator: 'A. Writer', lang: 'en' }),
      expect: { status: 'imported', title: 'Harbour Tales' },
    },
    'paper.pdf': { bytes: buildPdf([{ lines: column([prose('tidal turbine'), prose('fish ladder')], { x: 72, top: 700, width: 460 }) }], { title: 'Tidal Turbines and Fish' }), expect: { status: 'imported', title: 'Tidal Turbines and Fish' } },
    'scan.pdf': { bytes: buildPdf([{ image: true }]), expect: { status: 'error', error: /^the PDF has no text layer \(a scan\?\); run OCR first$/ } },
    'locked.pdf': { bytes: buildPdf([{ lines: column([prose('secret')], { x: 72, top: 700, width: 460 }) }], {}, { encrypted: true }), expect: { status: 'error', error: /^the PDF is password-protected/ } },
    'broken.pdf': { bytes: Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog'), expect: { status: 'error', error: /^the file is not a valid PDF/ } },
    'bomb.docx': { bytes: buildZipBomb(21, 10 * 1024 * 1024), expect: { status: 'error', error: /^the Word document inflates to more than 200 MB \(a zip bomb\?\); refused$/ } },
    'fake.epub': { bytes: Buffer.from('PK not really a zip'), expect: { status: 'error', error: /^the EPUB book is damaged|^the file is not an EPUB book/ } },
    'empty.txt': { bytes: new Uint8Array(), expect: { status: 'error', error: /^the file is empty$/ } },
    'image.txt': { bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]), expect: { status: 'error', error: /^the file is binary, not text$/ } },
  };
}

describe('a batch of every format, good and bad', () => {
  it('imports each good file as it would alone and gives each bad one a one-line reason', async () => {
    const dir = await tempDir();
    const files = fixtures();
    await mkdir(path.join(dir, 'batch'));
    for (const [name, { bytes }] of Object.entries(files)) await writeFile(path.join(dir, 'batch', name), bytes);

    // Everything in one batch…
    const nb = await Notebook.open({ dir: path.join(dir, 'nb') });
    const results = await importPaths(nb, [path.join(dir, 'batch')]);
    const byName = new Map(results.map((r) => [path.basename(r.file), r]));
    for (const [name, { expect: wanted }] of Object.entries(files)) {
      const result = byName.get(name);
      if (wanted.status === 'imported') expect(result, name).toMatchObject({ status: 'imported', title: wanted.title });
      else {
        expect(result?.status, name).toBe('error');
        expect(result?.error, name).toMatch(wanted.error);
        expect(result?.error, name).not.toMatch(/\n|\s{2}|at .*\.ts:\d+/); // one line, no stack
      }
    }
    const good = Object.entries(files).filter(([, f]) => f.expect.status === 'imported');
    expect(nb.catalog.articleCount).toBe(good.length);

    // …gives the good files exactly the articles they get when imported on their own.
    for (const [name] of good) {
      const alone = await Notebook.open({ dir: await tempDir() });
      const [own] = await importPaths(alone, [path.join(dir, 'batch', name)]);
      const inBatch = await nb.articleText(byName.get(name)!.articleId!);
      const single = await alone.articleText(own!.articleId!);
      expect(inBatch.meta.id, name).toBe(single.meta.id);
      expect(inBatch.body.text, name).toBe(single.body.text);
      expect(inBatch.body.text, name).not.toMatch(/alert|<script|onerror/);
    }
  }, 120_000);

  it('refuses a file over the size limit before reading it, in one line, and imports the rest', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'plain.txt'), `Council Delays Harbour Vote\n\n${prose('harbour budget')}`);
    // Sparse: 101 MB on paper, nothing on disk; reading it would take the memory the limit is there to spare.
    await writeFile(path.join(dir, 'huge.txt'), '');
    await truncate(path.join(dir, 'huge.txt'), MAX_FILE_BYTES + 1024 * 1024);
    const nb = await Notebook.open({ dir: path.join(dir, 'nb') });
    const results = await importPaths(nb, [dir]);
    const byName = new Map(results.map((r) => [path.basename(r.file), r]));
    expect(byName.get('huge.txt')).toMatchObject({ status: 'error', error: 'the file is 101.0 MB; the limit is 100.0 MB' });
    expect(byName.get('plain.txt')).toMatchObject({ status: 'imported', title: 'Council Delays Harbour Vote' });
    expect(nb.catalog.articleCount).toBe(1);
  });
});
