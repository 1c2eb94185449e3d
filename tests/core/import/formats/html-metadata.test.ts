import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../../main/core/import/formats/html/dom';
import { pageMetadata } from '../../../../main/core/import/formats/html/metadata';
import type { PageMetadata } from '../../../../main/core/import/formats/html/metadata';
import { splitSiteFromTitle } from '../../../../main/core/import/formats/html/page-title';

function metadataOf(head: string, url?: string, before = ''): PageMetadata {
  const html = `${before}<html><head>${head}</head><body><p>Text.</p></body></html>`;
  const page = parseHtml(html, url);
  try {
    return pageMetadata(page.document, html);
  } finally {
    page.close();
  }
}

const ld = (data: unknown): string => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

describe('page metadata fallbacks', () => {
  it.each<[string, string, Partial<PageMetadata>, string?]>([
    ['Open Graph', '<meta property="og:title" content="OG title"><meta property="og:site_name" content="The Post"><meta property="og:locale" content="pt_BR"><meta property="og:description" content="  An  excerpt. ">', { title: 'OG title', siteName: 'The Post', lang: 'pt-BR', excerpt: 'An excerpt.' }],
    ['JSON-LD in a @graph, authors as a list', ld({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', name: 'x' }, { '@type': 'NewsArticle', headline: 'LD headline', author: [{ name: 'Ana Lopes' }, 'Ben Ode', { name: 'https://x.example/ben' }], datePublished: '2024-02-01', publisher: { name: 'LD Times' }, inLanguage: 'de' }] }), { title: 'LD headline', byline: 'Ana Lopes, Ben Ode', publishedTime: '2024-02-01', siteName: 'LD Times', lang: 'de' }],
    ['broken JSON-LD is ignored', '<script type="application/ld+json">{ not json</script><title>Plain title</title><meta name="author" content="Cy Dee">', { title: 'Plain title', byline: 'Cy Dee' }],
    ['article meta tags', '<meta property="article:published_time" content="2023-05-06T07:08:09Z"><meta name="twitter:site" content="@harbourpost">', { publishedTime: '2023-05-06T07:08:09Z', siteName: 'harbourpost' }],
    ['canonical resolved against the page', '<link rel="canonical" href="/story/1">', { url: 'https://news.example.org/story/1' }, 'https://news.example.org/x?y'],
    ['a non-http canonical is ignored', '<link rel="canonical" href="javascript:alert(1)">', { url: null }],
  ])('%s', (_name, head, expected, url) => {
    expect(metadataOf(head, url)).toMatchObject(expected);
  });

  it('reads the address a browser wrote into a saved page', () => {
    expect(metadataOf('', undefined, '<!-- saved from url=(0036)https://news.example.org/a/saved -->\n').url).toBe('https://news.example.org/a/saved');
  });

  it('reads the direction and language of the document', () => {
    const page = parseHtml('<html lang="ar" dir="RTL"><head></head><body></body></html>');
    expect(pageMetadata(page.document, '')).toMatchObject({ lang: 'ar', dir: 'rtl' });
    page.close();
  });
});

describe('site names after en and em dashes in titles', () => {
  it.each([
    ['Lorem ipsum dolor sit amet – My website', 'Lorem ipsum dolor sit amet'],
    ['A five word long headline — The Site', 'A five word long headline'],
    ['Short one – Site', 'Short one – Site'], // four words or fewer: more likely a slogan
    ['No dash here at all today', 'No dash here at all today'],
  ])('%s → %s', (title, expected) => {
    expect(splitSiteFromTitle(title, title)).toBe(expected);
  });

  it('leaves a title Readability chose from metadata alone', () => {
    expect(splitSiteFromTitle('Lorem ipsum dolor sit amet – My website', 'Another title')).toBe('Lorem ipsum dolor sit amet – My website');
  });
});
