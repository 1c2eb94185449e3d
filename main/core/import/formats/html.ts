import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { ApiError } from '../../../../shared/errors';
import type { Block } from '../../../../shared/model';
import { defineImporter } from '../registry';
import type { ParsedDocument } from '../registry';
import { toIsoDate } from '../structure/dates';
import { titleFromText } from '../structure/title';
import { blocksFromDom } from './html/blocks';
import { decodeHtml } from './html/decode-html';
import { MAX_ELEMENTS, parseHtml } from './html/dom';
import type { ParsedHtml } from './html/dom';
import { direction, pageMetadata } from './html/metadata';
import type { PageMetadata } from './html/metadata';
import { splitSiteFromTitle } from './html/page-title';
import { sanitize, serialize } from './html/sanitize';
import { markTitle } from './html/title-block';
import { HTML_FORMAT } from './lazy';

export const htmlImporter = defineImporter({
  ...HTML_FORMAT,
  parse({ name, bytes }) {
    return documentFromHtml(decodeHtml(bytes), { name });
  },
});

export interface HtmlOptions {
  /** The page's address, when known (a fetched or pasted page): relative links resolve against it. */
  url?: string;
  /** A file name, the title of last resort. */
  name?: string;
}

export const NOT_READERABLE = 'the page does not look like an article, so all of its text was imported';

/**
 * Imports a web page: the article Readability finds (or, for a page it does not think is an article, the whole
 * body, with a warning), sanitised, as blocks with inline marks, and its metadata (Readability's first, then meta
 * tags and JSON-LD). Pasted HTML comes through here too.
 * @throws ApiError BAD_REQUEST when the page has no text.
 */
export function documentFromHtml(html: string, options: HtmlOptions = {}): ParsedDocument {
  const page = parseHtml(html, httpUrl(options.url), MAX_ELEMENTS);
  try {
    const metadata = pageMetadata(page.document, html);
    if (!options.url && metadata.url) setBase(page.document, metadata.url);
    const readerable = isProbablyReaderable(page.document);
    const documentTitle = page.document.title;
    const article = readerable ? new Readability<Node>(page.document, { classesToPreserve: ['caption'], serializer: (el) => el }).parse() : null;
    if (article?.title) article.title = splitSiteFromTitle(article.title, documentTitle);
    const found = article?.content ? extract(page, article.content) : null;
    const { blocks, html: clean } = found && found.blocks.length > 0 ? found : wholePage(html, options.url ?? metadata.url);
    if (blocks.length === 0) throw new ApiError('BAD_REQUEST', 'the page has no text');
    const warnings = found && found.blocks.length > 0 ? [] : [NOT_READERABLE];
    return assemble(blocks, clean, metadata, article, options, warnings);
  } finally {
    page.close();
  }
}

type Article = NonNullable<ReturnType<Readability<Node>['parse']>>;

function assemble(blocks: Block[], html: string, metadata: PageMetadata, article: Article | null, options: HtmlOptions, warnings: string[]): ParsedDocument {
  const title = line(article?.title) ?? metadata.title ?? blocks.find((b) => b.role === 'heading')?.text ?? (titleFromText(blocks[0]!.text) || options.name || 'Untitled page');
  markTitle(blocks, title);
  return {
    format: 'html',
    blocks,
    html,
    title,
    source: line(article?.siteName) ?? metadata.siteName,
    author: line(article?.byline) ?? metadata.byline,
    date: toIsoDate(article?.publishedTime ?? metadata.publishedTime),
    dateText: null,
    url: metadata.url ?? httpUrl(options.url) ?? null,
    lang: line(article?.lang) ?? metadata.lang,
    dir: direction(article?.dir) ?? metadata.dir,
    excerpt: line(article?.excerpt) ?? metadata.excerpt,
    warnings,
  };
}

function extract(page: ParsedHtml, content: Node | string): { blocks: Block[]; html: string } {
  const fragment = sanitize(page.window, content);
  return { blocks: blocksFromDom(fragment), html: serialize(page.window, fragment) };
}

/** The fallback: every bit of text in the page's body, sanitised like an article. Parsed afresh, as Readability changed the first copy. */
function wholePage(html: string, url: string | null | undefined): { blocks: Block[]; html: string } {
  const page = parseHtml(html, httpUrl(url));
  try {
    // As markup: DOMPurify cannot take a <body> node itself (it would have to remove the element it returns).
    return page.document.body ? extract(page, page.document.body.innerHTML) : { blocks: [], html: '' };
  } finally {
    page.close();
  }
}

const line = (value: string | null | undefined): string | null => value?.replace(/\s+/g, ' ').trim() || null;

/** Without an address of its own, a saved page's links resolve against the address it declares. */
function setBase(document: Document, url: string): void {
  if (document.querySelector('base[href]') || !document.head) return;
  const base = document.createElement('base');
  base.setAttribute('href', url);
  document.head.prepend(base);
}

function httpUrl(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
