import { afterAll, describe, expect, it } from 'vitest';
import { readPdf, stopPdfWorker } from '../../../../main/core/import/formats/pdf/read-pdf';
import { buildPdf, column } from './fixtures/pdf';

const pdf = buildPdf([{ lines: column(['A short paragraph of text about tidal turbines on the northern coast.'], { x: 72, top: 700, width: 460 }) }], { title: 'Tidal' });

afterAll(() => stopPdfWorker());

describe('reading PDFs in their own worker thread', () => {
  it('reads the text layer, and stops a PDF that runs past the time limit without harm to the next', async () => {
    const content = await readPdf(pdf);
    expect(content.title).toBe('Tidal');
    expect(content.pages[0]!.map((f) => f.text).join(' ')).toContain('tidal turbines');
    await expect(readPdf(pdf, 1)).rejects.toThrow(/took longer than 0 s to read; it may be damaged/);
    expect((await readPdf(pdf)).title).toBe('Tidal'); // a fresh worker takes over
  });

  it('turns a damaged PDF into a one-line error', async () => {
    await expect(readPdf(new TextEncoder().encode('%PDF-1.7\nnot really a pdf'))).rejects.toThrow(/^the (file is not a valid PDF|PDF could not be read)/);
  });
});
