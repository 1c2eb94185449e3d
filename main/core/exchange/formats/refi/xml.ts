// A small XML writer: the REFI-QDA documents are a fixed tree of elements and attributes, so building them as data
// and escaping in one place is simpler and safer than a template per element or a dependency.

export interface XmlElement {
  name: string;
  attrs?: Record<string, string | number | boolean | undefined>;
  children?: (XmlElement | undefined)[];
  /** Text content; an element has either text or children. */
  text?: string;
}

/** Characters XML 1.0 does not allow at all (controls other than tab and line ends, lone surrogates, U+FFFE/FFFF). */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export const stripNonXml = (text: string): string => text.replace(NOT_XML, '');

/** Text content. A carriage return is written as &#13;, or a parser would turn CR LF into LF. */
export const escapeText = (text: string): string =>
  stripNonXml(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');

/** Attribute values: line ends and tabs as references, or a parser would turn them into spaces. */
export const escapeAttr = (text: string): string =>
  escapeText(text).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');

export function renderXml(root: XmlElement): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${render(root, '')}\n`;
}

function render(el: XmlElement, indent: string): string {
  const attrs = Object.entries(el.attrs ?? {})
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeAttr(String(v))}"`)
    .join('');
  const children = (el.children ?? []).filter((c): c is XmlElement => c !== undefined);
  if (el.text !== undefined) return `${indent}<${el.name}${attrs}>${escapeText(el.text)}</${el.name}>`;
  if (children.length === 0) return `${indent}<${el.name}${attrs}/>`;
  return `${indent}<${el.name}${attrs}>\n${children.map((c) => render(c, `${indent}  `)).join('\n')}\n${indent}</${el.name}>`;
}
