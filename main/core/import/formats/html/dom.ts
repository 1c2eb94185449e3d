// A DOM for Node. jsdom, not linkedom: measured over the 28 corpus pages, linkedom parses about ten times faster
// and Readability finds the same text in it, but DOMPurify does not support linkedom (isSupported is false and it
// hands the input back unsanitised), and the sanitiser is not negotiable. The cost of jsdom is mostly building a
// window with a live page: parsing through DOMParser in a bare window takes ~60 ms a page instead of ~400 ms.

import { JSDOM, VirtualConsole } from 'jsdom';
import type { DOMWindow } from 'jsdom';
import { ApiError } from '../../../../../shared/errors';

/** A parsed document and the window it lives in; call `close` when done with both. */
export interface ParsedHtml {
  document: Document;
  window: DOMWindow;
  close(): void;
}

/**
 * Parses HTML without running scripts or loading anything; a web page (not a converted document, which can be
 * book-length) passes MAX_ELEMENTS as `maxElements`. `url` becomes the document's URL (relative links
 * resolve against it, or against the page's own `<base>`); without one the document stays at about:blank.
 */
export function parseHtml(html: string, url?: string, maxElements = Infinity): ParsedHtml {
  refuseDeepNesting(html, maxElements);
  const window = bareWindow(url);
  const document = new window.DOMParser().parseFromString(html, 'text/html');
  return { document, window, close: () => window.close() };
}

/**
 * Parses XML (EPUB's container, package and XHTML files). XML parse errors do not throw in a DOM: they yield a
 * `parsererror` document, so this returns null for those.
 */
export function parseXml(xml: string, type: 'application/xml' | 'application/xhtml+xml' = 'application/xml'): ParsedHtml | null {
  refuseDeepNesting(xml);
  const window = bareWindow();
  const document = new window.DOMParser().parseFromString(xml, type);
  if (document.getElementsByTagName('parsererror').length > 0) {
    window.close();
    return null;
  }
  return { document, window, close: () => window.close() };
}

function bareWindow(url?: string): DOMWindow {
  // A silent console: pages are full of CSS jsdom cannot parse, and those complaints are not the user's concern.
  const options = { virtualConsole: new VirtualConsole(), ...(url ? { url } : {}) };
  return new JSDOM('<!doctype html><html><head></head><body></body></html>', options).window;
}

/** Far deeper than any page nests (browsers themselves flatten past 512). */
export const MAX_NESTING = 1000;
/**
 * More elements than an article page has (news pages run to a few thousand, furniture included). jsdom needs
 * about 20 KB and half a millisecond per element through parsing, Readability and sanitising: at this cap an
 * import takes ~10 s and ~400 MB; past it, a page could take minutes and gigabytes.
 */
export const MAX_ELEMENTS = 20_000;
/** Elements that never hold others, or that the parser closes by itself: they do not deepen the tree. */
const FLAT = new Set(
  'area base br col embed hr img input link meta source track wbr p li dt dd td th tr option optgroup rt rp thead tbody tfoot colgroup caption'.split(' '),
);

/**
 * Refuses markup that jsdom cannot handle in reasonable time and memory, before it sees it: nested deeper than
 * {@link MAX_NESTING} (its parser slows with the square of the depth, 8,000 levels: 12 s, and cloning the tree
 * recurses until the stack overflows), or with more than `maxElements` elements (for web pages, MAX_ELEMENTS). Counted from the tags,
 * without parsing: opening tags of elements that can nest, less their closing tags.
 * @throws ApiError UNSUPPORTED
 */
export function refuseDeepNesting(html: string, maxElements = Infinity): void {
  let depth = 0;
  let elements = 0;
  for (const match of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)/g)) {
    if (!match[1] && ++elements > maxElements) {
      throw new ApiError('UNSUPPORTED', `the page has more than ${maxElements.toLocaleString('en')} elements, far more than an article; save just the article (a browser's reader view) and import that`);
    }
    if (FLAT.has(match[2]!.toLowerCase())) continue;
    depth = match[1] ? Math.max(0, depth - 1) : depth + 1;
    if (depth > MAX_NESTING) throw new ApiError('UNSUPPORTED', `the page nests its elements more than ${MAX_NESTING} deep, which no real page does; it cannot be read`);
  }
}
