import { describe, expect, it } from 'vitest';
import { htmlImporter } from '../../../main/core/import/formats/html';
import { refuseDeepNesting } from '../../../main/core/import/formats/html/dom';

const PROSE = '<p>The river authority said the flood barrier would be tested twice a year, after the storm in March.</p>';
const parse = async (html: string) => htmlImporter.parse({ name: 'page.html', bytes: new TextEncoder().encode(html) });

describe('HTML nested or repeated beyond reason', () => {
  it('refuses 4,000 levels of nesting at once, in one line (jsdom overflowed its stack after 10 s)', async () => {
    const started = Date.now();
    await expect(parse(`${'<div><span>'.repeat(2_000)}${PROSE}${'</span></div>'.repeat(2_000)}`)).rejects.toMatchObject({
      code: 'UNSUPPORTED',
      message: expect.stringMatching(/^the page nests its elements more than 1000 deep/),
    });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('reads ordinary deep pages, and does not count elements that cannot nest', () => {
    expect(() => refuseDeepNesting(`${'<div>'.repeat(300)}x${'</div>'.repeat(300)}`)).not.toThrow();
    expect(() => refuseDeepNesting(`<ul>${'<li><p>item<br><img src=x>'.repeat(5_000)}</ul>`)).not.toThrow();
    expect(() => refuseDeepNesting(`<table>${'<tr><td>cell'.repeat(50_000)}</table>`)).not.toThrow();
  });

  it('refuses a page of more than 20,000 elements at once, in one line (40,000 took 14 s and 800 MB)', async () => {
    const started = Date.now();
    await expect(parse(`<html><body>${PROSE}${'<p>x<b>y</b></p>'.repeat(20_000)}</body></html>`)).rejects.toMatchObject({
      code: 'UNSUPPORTED',
      message: expect.stringMatching(/^the page has more than 20,000 elements/),
    });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('imports a page of 18,000 paragraphs in seconds (DOMPurify’s return of top-level nodes took over a minute)', async () => {
    const started = Date.now();
    const doc = await parse(`<html><body>${PROSE}${'<p>x</p>'.repeat(18_000)}</body></html>`);
    expect(doc.blocks.length).toBeGreaterThan(1);
    expect(Date.now() - started).toBeLessThan(30_000);
  }, 60_000);
});

describe('converted markup with very many paragraphs', () => {
  it('imports an EPUB-sized chapter of 20,000 paragraphs in seconds (it took 100 s)', async () => {
    const { blocksFromMarkup } = await import('../../../main/core/import/formats/html/from-markup');
    const started = Date.now();
    const { blocks } = blocksFromMarkup(`${PROSE}${'<p>x</p>'.repeat(20_000)}`);
    expect(blocks.length).toBeGreaterThan(1);
    expect(Date.now() - started).toBeLessThan(30_000);
  }, 60_000);
});
