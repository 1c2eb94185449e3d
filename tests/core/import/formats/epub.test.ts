import { describe, expect, it } from 'vitest';
import { epubImporter } from '../../../../main/core/import/formats/epub';
import { buildEpub } from './fixtures/office';

const para = (n: number): string => `<p>Paragraph ${n} of the chapter tells how the <em>harbour</em> was rebuilt after the storm of 1953.</p>`;

describe('EPUB import', () => {
  it('reads chapters in spine order, each under its title, with the book’s metadata', async () => {
    const bytes = buildEpub(
      [
        { file: 'text/b-second.xhtml', title: 'Chapter Two: The Quay', body: `${para(3)}${para(4)}` },
        { file: 'text/a-first.xhtml', title: 'Chapter One: The Storm', body: `<h1>Chapter One: The Storm</h1>${para(1)}${para(2)}` },
        { file: 'text/c-notes.xhtml', title: 'Notes', body: `<p class="chapter-title">Notes</p><ol><li>See the 1954 report.</li></ol>` },
      ],
      [1, 0, 2],
      { title: 'A Harbour History', creator: 'Jan de Vries', lang: 'en-GB', date: '2019-05-01' },
    );
    const doc = await epubImporter.parse({ name: 'harbour.epub', bytes });
    expect(doc).toMatchObject({ format: 'epub', title: 'A Harbour History', author: 'Jan de Vries', lang: 'en-GB', date: '2019-05-01' });
    expect(doc.blocks.map((b) => [b.role, b.level ?? b.style ?? '', b.text.slice(0, 22)])).toEqual([
      ['heading', 1, 'Chapter One: The Storm'],
      ['body', '', 'Paragraph 1 of the cha'],
      ['body', '', 'Paragraph 2 of the cha'],
      ['heading', 1, 'Chapter Two: The Quay'],
      ['body', '', 'Paragraph 3 of the cha'],
      ['body', '', 'Paragraph 4 of the cha'],
      ['heading', 1, 'Notes'],
      ['body', 'list-item', 'See the 1954 report.'],
    ]);
    expect(doc.blocks[1]!.marks).toEqual([{ type: 'em', start: 41, end: 48 }]);
    expect(doc.html).toMatch(/Chapter One[\s\S]*Chapter Two[\s\S]*Notes/);
  });

  it('sanitises chapters like web pages', async () => {
    const body = `<script>alert(1)</script><p onclick="alert(2)">Safe <a href="javascript:alert(3)">text</a><img src="https://tracker.example/p.gif" onerror="alert(4)"><iframe src="https://evil.example"></iframe></p>`;
    const doc = await epubImporter.parse({ name: 'x.epub', bytes: buildEpub([{ file: 'a.xhtml', title: 'A', body }], [0], { title: 'T', creator: 'C', lang: 'en' }) });
    expect(doc.blocks.map((b) => b.text)).toEqual(['A', 'Safe text']);
    expect(doc.blocks.flatMap((b) => b.marks ?? [])).toEqual([]);
    expect(doc.html).not.toMatch(/script|onclick|onerror|javascript:|iframe|tracker|evil/);
  });

  it('refuses what is not an EPUB in one line', async () => {
    const { zipSync, strToU8 } = await import('fflate');
    const parse = async (bytes: Uint8Array) => epubImporter.parse({ name: 'x.epub', bytes });
    await expect(parse(zipSync({ 'readme.txt': strToU8('hello') }))).rejects.toThrow(/^the file is not an EPUB book \(it has no META-INF\/container.xml\)$/);
    await expect(parse(strToU8('not a zip'))).rejects.toThrow(/^the file is not an EPUB book \(not a ZIP archive\)$/);
  });
});
