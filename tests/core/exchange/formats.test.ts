import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { textFragmentLink } from '../../../main/core/exchange/formats/citation';
import { csvCell } from '../../../main/core/exchange/formats/csv';
import { cslItem } from '../../../main/core/exchange/formats/csl';
import type { ArticleMeta } from '../../../shared/model';
import { tempDir } from '../../helpers/temp-dir';
import { ARTICLE_ONE, ARTICLE_THREE, openNotebook } from './helpers';

async function notebook() {
  const nb = await openNotebook('ana');
  const tram = await nb.importText('tram.txt', ARTICLE_THREE);
  const ferry = await nb.importText('ferry.txt', ARTICLE_ONE);
  await nb.call('highlights.create', { articleId: tram, kind: 'figure', quote: '310 million euros', tags: ['cost'], note: 'was "250", then =300', fields: { measures: 'total cost' } });
  await nb.call('highlights.create', { articleId: tram, kind: 'quote', quote: '"Nobody is surprised,"', fields: { speaker: 'Lea Brandt' } });
  await nb.call('highlights.create', { articleId: ferry, kind: 'claim', quote: 'approved a ferry route' });
  return { nb, tram, ferry };
}

describe('Markdown export', () => {
  it('writes one file per article with front matter, highlights grouped by kind, and a citation line', async () => {
    const { nb, tram } = await notebook();
    const dir = path.join(await tempDir(), 'notes');
    const report = await nb.call('exchange.export', { format: 'markdown', path: dir });
    expect(report).toMatchObject({ articles: 2, highlights: 3, files: 2 });
    const files = readdirSync(dir).sort();
    expect(files).toEqual([expect.stringMatching(/^harbour-ferry-route-approved-[0-9a-f]{8}\.md$/), expect.stringMatching(/^tram-line-delayed-again-[0-9a-f]{8}\.md$/)]);
    const text = readFileSync(path.join(dir, files[1]!), 'utf8');
    const front = parse(text.split('---\n')[1]!);
    expect(front).toMatchObject({ title: 'Tram Line Delayed Again 🚋', id: tram, tags: ['cost'] });
    expect(text).toContain('## Figures\n\n> 310 million euros\n\nTags: #cost  \nmeasures: total cost  \n— ana, ');
    expect(text).toContain('## Quotes\n\n> "Nobody is surprised,"');
    expect(text.indexOf('## Figures')).toBeLessThan(text.indexOf('## Quotes'));
    expect(text).toContain('was "250", then =300');
  });

  it('writes a .zip when the path ends in .zip', async () => {
    const { nb } = await notebook();
    const file = path.join(await tempDir(), 'notes.zip');
    await nb.call('exchange.export', { format: 'markdown', path: file, kind: 'claim' });
    expect(Object.keys(unzipSync(new Uint8Array(readFileSync(file))))).toEqual([expect.stringMatching(/^harbour-ferry-route-approved-.*\.md$/)]);
  });
});

describe('CSV export', () => {
  it('is UTF-8 with a BOM, CRLF, RFC 4180 quoting, one row per highlight, positions in code points', async () => {
    const { nb } = await notebook();
    const file = path.join(await tempDir(), 'highlights.csv');
    await nb.call('exchange.export', { format: 'csv', path: file });
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('article_id,article_title,source,date,url,highlight_id,kind,tags,text,note,speaker,speaker_role,measures,claimant,subject,value,value_max,unit,as_of,status,author,created,updated_by,updated,start,end,link');
    expect(lines).toHaveLength(5); // header, three rows, and the final line end
    expect(text).toContain(',"""Nobody is surprised,""",');
    expect(text).toContain(',"was ""250"", then =300",');
  });

  it('quotes what needs quoting and defuses formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-5%')).toBe("'-5%");
    expect(csvCell(12)).toBe('12');
    expect(csvCell(null)).toBe('');
  });
});

describe('CSL-JSON and text-fragment links', () => {
  const meta = (over: Partial<ArticleMeta>): ArticleMeta => ({ id: 'id-1', title: 'T', source: null, author: null, date: null, url: null, lang: null, excerpt: null, importedAt: '2026-03-01T09:00:00.000Z', ...over }) as ArticleMeta;

  it('makes newspaper articles of sourced articles and web pages of the rest', async () => {
    expect(cslItem(meta({ source: 'The Herald', author: 'Maria Oduya and Li Wei', date: '2024-05-01', url: 'https://h.example/a', lang: 'en' }))).toEqual({
      id: 'id-1',
      type: 'article-newspaper',
      title: 'T',
      author: [{ literal: 'Maria Oduya' }, { literal: 'Li Wei' }],
      'container-title': 'The Herald',
      issued: { 'date-parts': [[2024, 5, 1]] },
      URL: 'https://h.example/a',
      accessed: { 'date-parts': [[2026, 3, 1]] },
      language: 'en',
    });
    expect(cslItem(meta({})).type).toBe('webpage');
    const { nb } = await notebook();
    const file = path.join(await tempDir(), 'refs.json');
    await nb.call('exchange.export', { format: 'csl', path: file });
    expect(JSON.parse(readFileSync(file, 'utf8')).map((i: { type: string }) => i.type)).toEqual(['webpage', 'webpage']);
  });

  it('encodes text fragments: the syntax characters, long passages by their ends, no link without a web URL', () => {
    expect(textFragmentLink('https://n.example/a#top', 'rose 12%, up-to-date & more')).toBe('https://n.example/a#:~:text=rose%2012%25%2C%20up%2Dto%2Ddate%20%26%20more');
    expect(textFragmentLink('https://n.example/a', 'one two three four five six seven eight nine ten eleven twelve')).toBe(
      'https://n.example/a#:~:text=one%20two%20three%20four%20five,eight%20nine%20ten%20eleven%20twelve',
    );
    expect(textFragmentLink(null, 'x')).toBeUndefined();
    expect(textFragmentLink('file:///tmp/a.txt', 'x')).toBeUndefined();
  });
});

describe('export jobs', () => {
  it('reports progress and can be cancelled, writing nothing', async () => {
    const { nb } = await notebook();
    const events: number[] = [];
    nb.core.notebook.events.onAny((name, payload) => name === 'job.progress' && 'done' in payload && events.push(payload.done));
    const file = path.join(await tempDir(), 'a.sourcebook');
    await nb.call('exchange.export', { format: 'bundle', path: file, jobId: 'export-1' });
    expect(events.length).toBeGreaterThan(1);
    const stop = nb.core.notebook.events.onAny((name) => name === 'job.progress' && void nb.core.dispatch('jobs.cancel', { jobId: 'export-2' }));
    const cancelled = await nb.core.dispatch('exchange.export', { format: 'bundle', path: `${file}.2`, jobId: 'export-2' });
    stop();
    expect(cancelled).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(readdirSync(path.dirname(file))).toEqual(['a.sourcebook']);
  });
});
