import mammoth from 'mammoth';
import { ApiError } from '../../../../shared/errors';
import { defineImporter } from '../registry';
import type { ParsedDocument } from '../registry';
import { titleFromText } from '../structure/title';
import { parseXml } from './html/dom';
import { blocksFromMarkup } from './html/from-markup';
import { markTitle } from './html/title-block';
import { readZip } from './zip';
import { DOCX_FORMAT } from './lazy';

/**
 * Word's own paragraph styles that mammoth's default map leaves as plain paragraphs, by name and by style id (a
 * document without styles.xml has only the ids).
 */
const STYLE_MAP = [
  ['Title', 'Title', 'h1:fresh'],
  ['Subtitle', 'Subtitle', 'h2:fresh'],
  ['Quote', 'Quote', 'blockquote > p:fresh'],
  ['Intense Quote', 'IntenseQuote', 'blockquote > p:fresh'],
  ['Caption', 'Caption', 'figcaption:fresh'],
].flatMap(([name, id, html]) => [`p[style-name='${name}'] => ${html}`, `p.${id} => ${html}`]);

export const docxImporter = defineImporter({
  ...DOCX_FORMAT,
  async parse({ name, bytes }) {
    // Inflates (and so measures) every entry first: mammoth's own unzipping has no size limit.
    const entries = readZip(bytes, 'Word document', (entry) => entry === 'docProps/core.xml' || entry === 'word/document.xml' || isPackagePart(entry));
    if (!entries.has('word/document.xml')) throw new ApiError('BAD_REQUEST', 'the file is not a Word document (it has no word/document.xml)');
    refuseOversizedParts(entries);
    let images = 0;
    const result = await mammoth
      .convertToHtml(
        { buffer: Buffer.from(bytes) },
        {
          styleMap: STYLE_MAP,
          // Pictures would be inlined as base64 and bloat every stored copy; their alt text is kept.
          convertImage: mammoth.images.imgElement(async () => {
            images++;
            return { src: '' };
          }),
        },
      )
      .catch((error: unknown) => {
        throw new ApiError('BAD_REQUEST', `the Word document could not be read (${String((error as Error).message ?? error).split('\n')[0]})`);
      });
    // Mammoth ends each footnote with a "↑" link back to its marker; in plain text it is only a stray arrow.
    const html = result.value.replace(/\s*<a href="#(?:footnote|endnote)-ref-[\w-]+">↑<\/a>/g, '');
    return documentFromDocxHtml(html, coreProperties(entries.get('docProps/core.xml')), name, warningsFrom(result.messages, images));
  },
});

/** The package's bookkeeping: the content-type list and the relationship files. */
const isPackagePart = (entry: string): boolean => entry === '[Content_Types].xml' || entry.endsWith('.rels');
/**
 * Far more entries than Word writes (one per part, and one relationship per link or picture), and the most the
 * XML parser mammoth uses gets through quickly: it slows with the square of their number (7,000 stray elements
 * in [Content_Types].xml took 21 s, 20,000 in a .rels file over 45 s).
 */
const MAX_PACKAGE_ELEMENTS = 5_000;

function refuseOversizedParts(entries: Map<string, Uint8Array>): void {
  for (const [entry, bytes] of entries) {
    if (!isPackagePart(entry)) continue;
    const elements = new TextDecoder().decode(bytes).match(/<[A-Za-z]/g)?.length ?? 0;
    if (elements > MAX_PACKAGE_ELEMENTS) throw new ApiError('BAD_REQUEST', `the Word document's ${entry} lists ${elements} entries, far more than a document has; refused`);
  }
}

interface CoreProperties {
  title: string | null;
  author: string | null;
  lang: string | null;
}

function documentFromDocxHtml(html: string, core: CoreProperties, name: string, warnings: string[]): ParsedDocument {
  const { blocks, html: clean } = blocksFromMarkup(html);
  if (blocks.length === 0) throw new ApiError('BAD_REQUEST', 'the Word document has no text');
  const firstHeading = blocks.find((b) => b.role === 'heading');
  const title = core.title ?? firstHeading?.text ?? titleFromText(blocks[0]!.text);
  markTitle(blocks, title);
  if (!blocks.some((b) => b.role === 'body' || b.role === 'heading')) throw new ApiError('BAD_REQUEST', 'the Word document has no text');
  return { format: 'docx', blocks, html: clean, title: title || name, source: null, author: core.author, date: null, dateText: null, url: null, lang: core.lang, warnings };
}

/** Title, author and language from docProps/core.xml; Word's placeholder titles are ignored. */
export function coreProperties(xml: Uint8Array | undefined): CoreProperties {
  const none = { title: null, author: null, lang: null };
  if (!xml) return none;
  const parsed = parseXml(new TextDecoder().decode(xml));
  if (!parsed) return none;
  try {
    const text = (tag: string): string | null => parsed.document.getElementsByTagName(tag)[0]?.textContent?.replace(/\s+/g, ' ').trim() || null;
    const title = text('dc:title');
    return { title: title && !/^(?:document\d*|untitled|microsoft word - .*)$/i.test(title) ? title : null, author: text('dc:creator'), lang: text('dc:language') };
  } finally {
    parsed.close();
  }
}

/** Mammoth reports each unknown style or feature; a few of them, once each, are enough. */
function warningsFrom(messages: { type: string; message: string }[], images: number): string[] {
  const distinct = [...new Set(messages.map((m) => m.message.split('\n')[0]!))];
  const warnings = distinct.slice(0, 3);
  if (distinct.length > 3) warnings.push(`and ${distinct.length - 3} more conversion warnings`);
  if (images > 0) warnings.push(`${images} picture${images === 1 ? ' was' : 's were'} left out (their alt text is kept)`);
  return warnings;
}
