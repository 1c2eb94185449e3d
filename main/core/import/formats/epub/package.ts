// Reading an EPUB's package: META-INF/container.xml names the package document (OPF), whose metadata describes
// the book, whose manifest lists its files and whose spine gives the reading order. The table of contents (EPUB 3
// nav document or EPUB 2 NCX) names the chapters.

import path from 'node:path/posix';
import { ApiError } from '../../../../../shared/errors';
import { parseXml } from '../html/dom';
import type { ParsedHtml } from '../html/dom';

export interface EpubPackage {
  title: string | null;
  authors: string[];
  lang: string | null;
  date: string | null;
  publisher: string | null;
  /** Paths inside the archive of the spine's content documents, in reading order. */
  spine: string[];
  /** Chapter names from the table of contents, by content-document path. */
  toc: Map<string, string>;
}

const CONTENT_TYPES = /^(?:application\/xhtml\+xml|text\/html|application\/x-dtbook\+xml)$/;

/** @throws ApiError BAD_REQUEST when the container or package document is missing or unreadable. */
export function readPackage(entries: Map<string, Uint8Array>): EpubPackage {
  const opened: ParsedHtml[] = [];
  try {
    return readWith(new XmlReader(entries, opened));
  } finally {
    for (const doc of opened) doc.close();
  }
}

/** Parses the book's XML files and keeps them open until the package has been read. */
class XmlReader {
  constructor(
    private readonly entries: Map<string, Uint8Array>,
    private readonly opened: ParsedHtml[],
  ) {}

  required(name: string, missing: string): Document {
    const doc = this.optional(name);
    if (!doc) throw new ApiError('BAD_REQUEST', missing);
    return doc;
  }

  optional(name: string): Document | null {
    const bytes = this.entries.get(name);
    const parsed = bytes ? parseXml(new TextDecoder().decode(bytes)) : null;
    if (parsed) this.opened.push(parsed);
    return parsed?.document ?? null;
  }
}

function readWith(reader: XmlReader): EpubPackage {
  const container = reader.required('META-INF/container.xml', 'the file is not an EPUB book (it has no META-INF/container.xml)');
  const opfPath = container.getElementsByTagName('rootfile')[0]?.getAttribute('full-path');
  if (!opfPath) throw new ApiError('BAD_REQUEST', 'the EPUB book names no package document in its container.xml');
  const opf = reader.required(opfPath, `the EPUB book's package document ${opfPath} is missing or not XML`);
  const base = path.dirname(opfPath);
  const resolve = (href: string): string => path.normalize(path.join(base, safeDecode(href.split('#')[0]!))).replace(/^(\.\.\/)+/, '');

  const manifest = new Map<string, { href: string; type: string; properties: string }>();
  for (const item of opf.getElementsByTagName('item')) {
    const id = item.getAttribute('id');
    const href = item.getAttribute('href');
    if (id && href) manifest.set(id, { href: resolve(href), type: item.getAttribute('media-type') ?? '', properties: item.getAttribute('properties') ?? '' });
  }
  const spine: string[] = [];
  for (const ref of opf.getElementsByTagName('itemref')) {
    const item = manifest.get(ref.getAttribute('idref') ?? '');
    if (item && CONTENT_TYPES.test(item.type) && !spine.includes(item.href)) spine.push(item.href);
  }
  const text = (tag: string): string[] => [...opf.getElementsByTagName(tag)].map((e) => e.textContent?.replace(/\s+/g, ' ').trim() ?? '').filter(Boolean);
  const nav = [...manifest.values()].find((i) => i.properties.split(/\s+/).includes('nav'));
  const ncxId = opf.getElementsByTagName('spine')[0]?.getAttribute('toc');
  const ncx = ncxId ? manifest.get(ncxId) : [...manifest.values()].find((i) => i.type === 'application/x-dtbncx+xml');
  return {
    title: text('dc:title')[0] ?? null,
    authors: text('dc:creator'),
    lang: text('dc:language')[0] ?? null,
    date: text('dc:date')[0] ?? null,
    publisher: text('dc:publisher')[0] ?? null,
    spine,
    toc: tableOfContents(reader, nav?.href, ncx?.href),
  };
}

/** Chapter names by content path: the nav document's links, else the NCX's navPoints; the first name of a file wins. */
function tableOfContents(reader: XmlReader, navPath: string | undefined, ncxPath: string | undefined): Map<string, string> {
  const toc = new Map<string, string>();
  const add = (from: string, href: string | null | undefined, label: string | null | undefined): void => {
    const name = label?.replace(/\s+/g, ' ').trim();
    if (!href || !name) return;
    const target = path.normalize(path.join(path.dirname(from), safeDecode(href.split('#')[0]!)));
    if (!toc.has(target)) toc.set(target, name);
  };
  const navDoc = navPath ? reader.optional(navPath) : null;
  if (navDoc && navPath) for (const a of navDoc.getElementsByTagName('a')) add(navPath, a.getAttribute('href'), a.textContent);
  const ncxDoc = toc.size === 0 && ncxPath ? reader.optional(ncxPath) : null;
  if (ncxDoc && ncxPath) {
    for (const point of ncxDoc.getElementsByTagName('navPoint')) {
      add(ncxPath, point.getElementsByTagName('content')[0]?.getAttribute('src'), point.getElementsByTagName('text')[0]?.textContent);
    }
  }
  return toc;
}

function safeDecode(href: string): string {
  try {
    return decodeURIComponent(href);
  } catch {
    return href;
  }
}
