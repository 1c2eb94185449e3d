import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { docxImporter } from '../../../main/core/import/formats/docx';
import { epubImporter } from '../../../main/core/import/formats/epub';
import { buildDocx, buildEpub } from './formats/fixtures/office';

const PROSE = 'The river authority said the flood barrier would be tested twice a year, after the storm in March.';

/** The archive with one entry's first closing tag followed by `extra`. */
function stuffed(bytes: Uint8Array, entry: string, extra: string): Uint8Array {
  const entries = unzipSync(bytes);
  entries[entry] = new TextEncoder().encode(new TextDecoder().decode(entries[entry]!).replace(/(<\/[A-Za-z:]+>)/, `$1${extra}`));
  return zipSync(entries);
}

describe('zip-based documents stuffed with elements', () => {
  it('refuses a Word document whose relationships list 20,000 entries at once, in one line (it took over 45 s)', async () => {
    const docx = stuffed(buildDocx([{ text: PROSE }]), 'word/_rels/document.xml.rels', '<Relationship Id="x" Type="y" Target="z"/>'.repeat(20_000));
    const started = Date.now();
    await expect((async () => docxImporter.parse({ name: 'report.docx', bytes: docx }))()).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringMatching(/^the Word document's word\/_rels\/document\.xml\.rels lists 2000\d entries, far more than a document has; refused$/),
    });
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('refuses an EPUB whose table of contents nests 14,000 deep, in one line (it took over 45 s)', async () => {
    const epub = stuffed(buildEpub([{ file: 'one.xhtml', title: 'One', body: `<p>${PROSE}</p>` }], [0], { title: 'T', creator: 'A', lang: 'en' }), 'OEBPS/nav.xhtml', `${'<div>'.repeat(14_000)}${'</div>'.repeat(14_000)}`);
    const started = Date.now();
    await expect((async () => epubImporter.parse({ name: 'book.epub', bytes: epub }))()).rejects.toMatchObject({ message: expect.stringMatching(/nests its elements more than 1000 deep/) });
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
