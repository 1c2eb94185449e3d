import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../shared/errors';
import { docxImporter } from '../../../../main/core/import/formats/docx';
import { epubImporter } from '../../../../main/core/import/formats/epub';
import { htmlImporter } from '../../../../main/core/import/formats/html';
import { pdfImporter } from '../../../../main/core/import/formats/pdf';
import type { Importer } from '../../../../main/core/import/registry';
import { buildDocx, buildEpub } from './fixtures/office';
import { buildPdf, column } from './fixtures/pdf';

const PROSE = 'The river authority said the flood barrier would be tested twice a year from now on, after the storm in March.';

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

/** Cut short at several places, and with bytes overwritten at random. */
function damaged(bytes: Uint8Array, seed: number): Uint8Array[] {
  const next = random(seed);
  const out: Uint8Array[] = [];
  for (let i = 0; i < 6; i++) out.push(bytes.subarray(0, Math.floor(next() * bytes.length)));
  for (let i = 0; i < 6; i++) {
    const copy = new Uint8Array(bytes);
    for (let k = 0; k < 8; k++) copy[Math.floor(next() * copy.length)] = Math.floor(next() * 256);
    out.push(copy);
  }
  return out;
}

const CASES: [string, Importer, Uint8Array][] = [
  ['pdf', pdfImporter, buildPdf([{ lines: column([PROSE, PROSE], { x: 72, top: 700, width: 460 }) }], { title: 'Flood Barrier' })],
  ['docx', docxImporter, buildDocx([{ text: 'Flood Barrier', style: 'Heading1' }, { text: PROSE, bold: ' Twice.' }])],
  ['epub', epubImporter, buildEpub([{ file: 'a.xhtml', title: 'One', body: `<p>${PROSE}</p>` }], [0], { title: 'Floods', creator: 'R. Iver', lang: 'en' })],
  ['html', htmlImporter, Buffer.from(`<html><head><title>Flood Barrier</title></head><body><article>${`<p>${PROSE}</p>`.repeat(6)}</article></body></html>`)],
];

describe('damaged files', () => {
  it.each(CASES)('%s: each damaged copy imports or fails with a one-line reason', async (format, importer, bytes) => {
    for (const [i, copy] of damaged(bytes, format.length * 7919).entries()) {
      try {
        const doc = await importer.parse({ name: `damaged.${format}`, bytes: copy });
        expect(doc.blocks.length, `${format} #${i}`).toBeGreaterThan(0);
      } catch (error) {
        expect(error, `${format} #${i}: ${String(error)}`).toBeInstanceOf(ApiError);
        expect((error as Error).message, `${format} #${i}`).not.toContain('\n');
      }
    }
  }, 60_000);
});
