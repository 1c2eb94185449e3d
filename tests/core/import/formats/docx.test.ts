import { describe, expect, it } from 'vitest';
import { docxImporter } from '../../../../main/core/import/formats/docx';
import { buildDocx, buildZipBomb } from './fixtures/office';

const BODY = 'The committee heard evidence from eleven witnesses over three days, and its report is due in the autumn.';

describe('DOCX import', () => {
  it('keeps headings, emphasis and links, and takes the title from the core properties', async () => {
    const bytes = buildDocx(
      [
        { text: 'Inquiry into the Ferry Contract', style: 'Title' },
        { text: 'Background', style: 'Heading1' },
        { text: BODY, bold: ' Nobody disputed the figures.' },
        { text: 'Details', style: 'Heading2' },
        { text: 'The contract is published ', link: { text: 'online', url: 'https://example.org/contract' } },
        { text: 'We were never told.', style: 'Quote' },
      ],
      { title: 'Inquiry into the Ferry Contract', creator: 'Mira Novak' },
    );
    const doc = await docxImporter.parse({ name: 'inquiry.docx', bytes });
    expect(doc).toMatchObject({ format: 'docx', title: 'Inquiry into the Ferry Contract', author: 'Mira Novak' });
    expect(doc.blocks.map((b) => [b.role, b.level ?? b.style ?? '', b.text])).toEqual([
      ['title', '', 'Inquiry into the Ferry Contract'],
      ['heading', 1, 'Background'],
      ['body', '', `${BODY} Nobody disputed the figures.`],
      ['heading', 2, 'Details'],
      ['body', '', 'The contract is published online'],
      ['body', 'quote', 'We were never told.'],
    ]);
    expect(doc.blocks[2]!.marks).toEqual([{ type: 'strong', start: BODY.length + 1, end: BODY.length + 29 }]);
    expect(doc.blocks[4]!.marks).toEqual([{ type: 'link', start: 26, end: 32, href: 'https://example.org/contract' }]);
    expect(doc.html).toContain('<h1>Background</h1>');
  });

  it('falls back to the first heading for the title', async () => {
    const doc = await docxImporter.parse({ name: 'notes.docx', bytes: buildDocx([{ text: 'Field Notes', style: 'Heading1' }, { text: BODY }]) });
    expect(doc.title).toBe('Field Notes');
    expect(doc.blocks[0]).toMatchObject({ role: 'title', text: 'Field Notes' });
  });

  it('keeps footnotes as a list after the text, without their back-link arrows', async () => {
    const doc = await docxImporter.parse({ name: 'notes.docx', bytes: buildDocx([{ text: 'Ferry Costs', style: 'Heading1' }, { text: 'Costs doubled.', footnote: 'Harbour trust accounts, 2023.' }]) });
    expect(doc.blocks.slice(1).map((b) => [b.style ?? '', b.text])).toEqual([
      ['', 'Costs doubled.[1]'],
      ['list-item', 'Harbour trust accounts, 2023.'],
    ]);
  });

  it('refuses a zip bomb by its inflated size and by its number of entries, in one line', async () => {
    // 21 entries of 10 MB of zeros: about 20 KB on disk, 210 MB inflated.
    await expect(docxImporter.parse({ name: 'bomb.docx', bytes: buildZipBomb(21, 10 * 1024 * 1024) })).rejects.toThrow(/^the Word document inflates to more than 200 MB \(a zip bomb\?\); refused$/);
    await expect(docxImporter.parse({ name: 'many.docx', bytes: buildZipBomb(10_001, 1) })).rejects.toThrow(/^the Word document holds more than 10000 files \(a zip bomb\?\); refused$/);
  });

  it('refuses what is not a Word document in one line', async () => {
    await expect(docxImporter.parse({ name: 'fake.docx', bytes: new TextEncoder().encode('just text') })).rejects.toThrow(/^the file is not a Word document \(not a ZIP archive\)$/);
    const truncated = buildDocx([{ text: BODY }]).subarray(0, 200);
    await expect(docxImporter.parse({ name: 'cut.docx', bytes: truncated })).rejects.toThrow(/^the file is not a Word document \(it has no word\/document.xml\)$|^the Word document is damaged/);
  });
});
