import type { RequestListener } from 'node:http';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Notebook } from '../../../../main/core/notebook';
import { importUrl } from '../../../../main/core/import/fetch-url';
import { startLoopbackServer } from '../../../helpers/loopback-server';
import type { LoopbackServer } from '../../../helpers/loopback-server';
import { tempDir } from '../../../helpers/temp-dir';
import { buildPdf, column } from './fixtures/pdf';

const PROSE = 'The ferry company said on Monday that it would add two crossings a day from June, after complaints from commuters about crowded boats.';
const PAGE = `<!doctype html><html lang="en"><head><meta charset="windows-1251"><title>Ferries Add Two Crossings a Day | Harbour Post</title></head>
<body><article><h1>Ferries Add Two Crossings a Day</h1>${Array.from({ length: 6 }, (_, i) => `<p>${PROSE} Passengers in survey ${i + 1} welcomed it. <a href="/fares">Fares</a> stay the same.</p>`).join('')}</article></body></html>`;

let base = '';
/** The page at /live: the outlet updates it (headline reworded, a paragraph added) between two fetches. */
let liveVersion = 1;
const livePage = () =>
  liveVersion === 1
    ? PAGE.replace('windows-1251', 'utf-8')
    : PAGE.replace('windows-1251', 'utf-8').replaceAll('Ferries Add Two Crossings a Day', 'Ferry Company Adds Two Daily Crossings From June').replace('<article><h1>', '<article><p>Updated on Tuesday with the fares.</p><h1>');
const serve: RequestListener = (req, res) => {
  const route = req.url ?? '/';
  const redirect = (to: string): void => {
    res.writeHead(302, { location: to });
    res.end();
  };
  if (route === '/article') {
    res.writeHead(200, { 'content-type': 'text/html; charset=windows-1251' });
    res.end(iconv.encode(PAGE, 'windows-1251'));
  } else if (route === '/live') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(livePage());
  } else if (route === '/moved') redirect('/article');
  else if (route === '/loop') redirect('/loop');
  else if (route === '/to-ftp') redirect('ftp://127.0.0.1/file.txt');
  else if (route === '/to-file') redirect('file:///etc/passwd');
  else if (route === '/big') {
    // No Content-Length: the size is only found out while reading, 64 KB at a time, for up to 50 MB.
    res.writeHead(200, { 'content-type': 'text/html' });
    let sent = 0;
    const more = (): void => {
      while (sent < 50 * 1024 * 1024 && !res.destroyed) {
        sent += 65536;
        if (!res.write(Buffer.alloc(65536, 0x61))) return void res.once('drain', more);
      }
      res.end();
    };
    more();
  } else if (route === '/big-declared') {
    res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(1024 * 1024 * 1024) });
    res.write('<html>');
  } else if (route === '/slow') {
    const timer = setTimeout(() => res.end(PAGE), 5_000);
    res.on('close', () => clearTimeout(timer));
  } else if (route === '/picture.png') {
    res.writeHead(200, { 'content-type': 'image/png' });
    res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  } else if (route === '/report.pdf') {
    res.writeHead(200, { 'content-type': 'application/pdf' });
    res.end(buildPdf([{ lines: column([`${PROSE} The report was published in full.`], { x: 72, top: 700, width: 460 }) }], { title: 'Ferry Report' }));
  } else if (route === '/download/notes.md') {
    res.writeHead(200, { 'content-type': 'application/octet-stream' });
    res.end('# Crossing notes\n\nThe skipper counted 212 passengers on the 8:15 crossing, twice the licensed number.\n');
  } else {
    res.writeHead(404, 'Not Found');
    res.end();
  }
};

let server: LoopbackServer;
beforeAll(async () => {
  server = await startLoopbackServer(serve);
  base = server.base;
});
afterAll(() => server.close());

async function notebook(): Promise<Notebook> {
  return Notebook.open({ dir: await tempDir() });
}

describe('importing from a URL', () => {
  it('imports a page in its declared charset and keeps its address', async () => {
    const nb = await notebook();
    const result = await importUrl(nb, `${base}/article`);
    expect(result).toMatchObject({ status: 'imported', title: 'Ferries Add Two Crossings a Day', file: `${base}/article` });
    const { meta, body } = await nb.articleText(result.articleId!);
    expect(meta).toMatchObject({ url: `${base}/article`, format: 'html', lang: 'en' });
    expect(body.text).toContain(PROSE);
    // Relative links resolve against the page's address.
    const blocks = await nb.content.blocks(meta.contentHash);
    expect(blocks.flatMap((b) => b.marks ?? []).find((m) => m.type === 'link')?.href).toBe(`${base}/fares`);
  });

  it('follows a redirect and keeps the final address', async () => {
    const nb = await notebook();
    const result = await importUrl(nb, `${base}/moved`);
    expect(result).toMatchObject({ status: 'imported', file: `${base}/article` });
    expect((await nb.articleText(result.articleId!)).meta.url).toBe(`${base}/article`);
  });

  it('takes the page fetched again from the same address, changed, as a new version of its article, whatever its title', async () => {
    const nb = await notebook();
    liveVersion = 1;
    const first = await importUrl(nb, `${base}/live`);
    expect(first).toMatchObject({ status: 'imported', title: 'Ferries Add Two Crossings a Day' });
    expect(await importUrl(nb, `${base}/live`)).toMatchObject({ status: 'duplicate', articleId: first.articleId });
    liveVersion = 2;
    const second = await importUrl(nb, `${base}/live`);
    expect(second).toMatchObject({ status: 'updated', articleId: first.articleId, title: 'Ferry Company Adds Two Daily Crossings From June' });
    const { meta } = await nb.articleText(first.articleId!);
    expect(meta.versions).toHaveLength(2);
    expect(nb.catalog.articleCount).toBe(1);
  });

  it('imports other formats it knows by their type, or by the extension when the type says nothing', async () => {
    const nb = await notebook();
    expect(await importUrl(nb, `${base}/report.pdf`)).toMatchObject({ status: 'imported', title: 'Ferry Report' });
    expect(await importUrl(nb, `${base}/download/notes.md`)).toMatchObject({ status: 'imported', title: 'Crossing notes' });
  });

  it.each([
    ['file:///etc/passwd', 'only http and https addresses can be imported'],
    ['javascript:alert(1)', 'only http and https addresses can be imported'],
    ['not a url', 'not a web address: not a url'],
    ['/loop', 'too many redirects (more than 3)'],
    ['/to-ftp', 'the address redirected to a non-http(s) address; only http and https are followed'],
    ['/to-file', 'the address redirected to a non-http(s) address; only http and https are followed'],
    ['/big', 'the download is larger than 1 MB; refused'],
    ['/big-declared', 'the download is larger than 1 MB; refused'],
    ['/slow', 'the server did not answer within 0.5 s'],
    ['/picture.png', 'the address returns image/png, not a page or document Sourcebook imports'],
    ['/missing', 'the server answered 404 Not Found'],
  ])('refuses %s in one line', async (address, reason) => {
    const nb = await notebook();
    const started = Date.now();
    const result = await importUrl(nb, address.startsWith('/') ? `${base}${address}` : address, { timeoutMs: 500, maxBytes: 1024 * 1024, maxRedirects: 3 });
    expect(result).toMatchObject({ status: 'error', error: reason });
    expect(Date.now() - started).toBeLessThan(3_000); // a slow or endless server does not hold the import up
    expect(nb.catalog.articleCount).toBe(0);
  });
});
