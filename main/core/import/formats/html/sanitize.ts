import createDOMPurify from 'dompurify';
import type { Config, WindowLike } from 'dompurify';
import type { DOMWindow } from 'jsdom';

/**
 * What an article keeps: text structure and inline emphasis, links, tables and images. No scripts, event
 * handlers, styles, frames, forms, media or SVG/MathML (which can carry script), and nothing that loads from the
 * network when the HTML is shown: an image keeps its alt text and a `src` only when it is an inline raster
 * `data:` URL. Remote image addresses are dropped on purpose — reading an article offline must not tell a tracker
 * that it is being read — so a stored article shows its pictures only when the page embedded them.
 */
const CONFIG: Config = {
  ALLOWED_TAGS: [
    'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'code', 'kbd', 'samp',
    'var', 'em', 'i', 'strong', 'b', 'u', 's', 'del', 'ins', 'mark', 'small', 'sub', 'sup', 'q', 'cite', 'abbr', 'time', 'a',
    'br', 'hr', 'img', 'figure', 'figcaption', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'span', 'div',
    'section', 'article', 'header', 'footer', 'main', 'aside', 'address', 'details', 'summary', 'wbr',
  ],
  ALLOWED_ATTR: ['href', 'src', 'alt', 'title', 'colspan', 'rowspan', 'lang', 'dir', 'cite', 'datetime', 'start'],
  // Links only to the web and to e-mail; javascript:, data:, file: and relative addresses are removed.
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  KEEP_CONTENT: true,
  // Content of these is never article text: dropped whole, not unwrapped.
  FORBID_CONTENTS: ['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math', 'select', 'textarea', 'button', 'video', 'audio'],
  RETURN_DOM_FRAGMENT: true,
};

const DATA_IMAGE = /^data:image\/(?:png|jpe?g|gif|webp);base64,[a-z0-9+/=\s]+$/i;

/**
 * Sanitises a node (a Readability article, a DOCX or EPUB body) into a fragment owned by `window`'s document.
 * The input is not changed.
 */
export function sanitize(window: DOMWindow, dirty: Node | string): DocumentFragment {
  const purify = createDOMPurify(window as unknown as WindowLike);
  purify.addHook('afterSanitizeAttributes', (node) => {
    // DOMPurify lets data: URLs through on <img> whatever ALLOWED_URI_REGEXP says; keep only inline rasters.
    if (node.nodeName === 'IMG') {
      const src = node.getAttribute('src');
      if (src !== null && !DATA_IMAGE.test(src)) node.removeAttribute('src');
    }
  });
  // Markup goes in one wrapper: DOMPurify moves the top-level nodes it returns one by one, which jsdom does in
  // time quadratic in their number (20,000 paragraphs of a page or an EPUB chapter took 100 s; wrapped, 5 s).
  return purify.sanitize(typeof dirty === 'string' ? `<div>${dirty}</div>` : dirty, { ...CONFIG, RETURN_DOM_FRAGMENT: true });
}

/** The fragment as HTML. */
export function serialize(window: DOMWindow, fragment: DocumentFragment): string {
  const holder = window.document.createElement('div');
  holder.append(fragment.cloneNode(true));
  return holder.innerHTML;
}
