import type { Block, BlockStyle, Mark } from '../../../../../shared/model';
import { TextRun } from './text-run';

/** Elements that end the running paragraph and start their own. */
const CONTAINERS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'MAIN', 'ASIDE', 'NAV', 'ADDRESS', 'FIGURE', 'DL', 'DT', 'DD',
  'UL', 'OL', 'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'HR', 'DETAILS', 'SUMMARY', 'FORM', 'FIELDSET', 'BODY', 'HTML', 'CENTER',
]);
const STYLED: Record<string, BlockStyle> = { LI: 'list-item', BLOCKQUOTE: 'quote', PRE: 'code', FIGCAPTION: 'caption', CAPTION: 'caption' };
const HEADING = /^H([1-6])$/;
const INLINE_MARKS: Record<string, Mark['type']> = { STRONG: 'strong', B: 'strong', EM: 'em', I: 'em', CODE: 'code', KBD: 'code', SAMP: 'code' };
/** Never text, even where a sanitiser has not been (whole-page fallback reads an unsanitised copy of the body). */
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'MATH', 'SELECT', 'TEXTAREA', 'BUTTON', 'IMG', 'HEAD', 'TITLE', 'META', 'LINK', 'VIDEO', 'AUDIO', 'CANVAS']);
const SAFE_HREF = /^(?:https?:|mailto:)/i;

interface Context {
  style?: BlockStyle;
  pre: boolean;
}

/**
 * Builds blocks from a (sanitised) DOM: one per paragraph, heading, list item, table row, caption, code block;
 * quotes and captions keep their style, and bold, italic, code and links become marks on the block's text.
 * White space is collapsed as a browser shows it; `<br>` stays a line break (the reader keeps those).
 */
export function blocksFromDom(root: Node): Block[] {
  const builder = new BlockBuilder();
  builder.walkChildren(root, { pre: false });
  builder.flush({ pre: false });
  return builder.blocks;
}

class BlockBuilder {
  readonly blocks: Block[] = [];
  private run = new TextRun();

  walkChildren(node: Node, context: Context): void {
    for (let child = node.firstChild; child; child = child.nextSibling) this.walk(child, context);
  }

  /** Ends the running paragraph as a block. */
  flush(context: Context, heading?: number): void {
    const { text, marks } = this.run.finish(context.pre);
    this.run = new TextRun();
    if (text === '') return;
    const block: Block = { role: heading ? 'heading' : 'body', text };
    if (heading) block.level = heading;
    else if (context.style) block.style = context.style;
    if (marks.length > 0) block.marks = marks;
    this.blocks.push(block);
  }

  private walk(node: Node, context: Context): void {
    if (node.nodeType === 3 /* TEXT_NODE */) return this.run.append(node.nodeValue ?? '', context.pre);
    if (node.nodeType !== 1 /* ELEMENT_NODE */) return;
    const element = node as Element;
    const tag = element.tagName.toUpperCase();
    if (SKIP.has(tag) || element.hasAttribute('hidden')) return;
    if (tag === 'BR') return this.run.lineBreak();
    if (tag === 'TR') return this.row(element, context);

    const heading = HEADING.exec(tag);
    if (heading) {
      this.flush(context);
      this.walkChildren(element, context);
      return this.flush(context, Number(heading[1]));
    }
    const style = STYLED[tag];
    if (style) {
      this.flush(context);
      // A list item inside a quote is still a list item; a paragraph inside a quote is a quote.
      const inner: Context = { style: context.style === 'list-item' && style === 'quote' ? 'quote' : style, pre: context.pre || tag === 'PRE' };
      this.walkChildren(element, inner);
      return this.flush(inner);
    }
    if (CONTAINERS.has(tag)) {
      this.flush(context);
      this.walkChildren(element, context);
      return this.flush(context);
    }
    this.inline(element, tag, context);
  }

  private inline(element: Element, tag: string, context: Context): void {
    let type = INLINE_MARKS[tag];
    // Inside <pre> the whole block is code already.
    if (type === 'code' && context.pre) type = undefined;
    const href = tag === 'A' ? element.getAttribute('href')?.trim() : undefined;
    const link = href && SAFE_HREF.test(href) ? href : undefined;
    const start = this.run.markStart();
    this.walkChildren(element, context);
    if (type) this.run.mark(type, start);
    if (link) this.run.mark('link', start, link);
  }

  /** A table row is one block, its cells separated by " | " (as the Markdown importer does). */
  private row(row: Element, context: Context): void {
    this.flush(context);
    let first = true;
    for (let cell = row.firstElementChild; cell; cell = cell.nextElementSibling) {
      if (cell.tagName !== 'TD' && cell.tagName !== 'TH') continue;
      if (!first) this.run.separator(' | ');
      first = false;
      this.cellContents(cell, context);
    }
    this.flush(context);
  }

  /** Cell contents stay on the row: paragraphs inside a cell are separated by spaces instead of becoming blocks. */
  private cellContents(cell: Element, context: Context): void {
    for (let child = cell.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 1 && !SKIP.has((child as Element).tagName.toUpperCase())) {
        const tag = (child as Element).tagName.toUpperCase();
        if (CONTAINERS.has(tag) || HEADING.test(tag) || STYLED[tag]) {
          this.run.space();
          this.cellContents(child as Element, context);
          this.run.space();
          continue;
        }
        if (tag === 'BR') {
          this.run.space();
          continue;
        }
        this.inline(child as Element, tag, context);
      } else if (child.nodeType === 3) this.run.append(child.nodeValue ?? '', false);
    }
  }
}
