import { marked } from 'marked';
import type { Token, Tokens } from 'marked';
import { parse as parseYaml } from 'yaml';
import { ApiError } from '../../../../shared/errors';
import { decodeText } from '../decode-text';
import { defineImporter } from '../registry';
import type { ParsedDocument } from '../registry';
import { analyseParagraphs, chooseTitle } from '../structure/analyse-text';
import { toIsoDate } from '../structure/dates';

export const markdownImporter = defineImporter({
  format: 'markdown',
  extensions: ['.md', '.markdown', '.mdown', '.mkd'],
  description: 'Markdown, with optional YAML front matter (title, author, date, source, url, lang)',
  parse({ name, bytes }) {
    return documentFromMarkdown(decodeText(bytes), name);
  },
});

interface Paragraph {
  text: string;
  headingDepth?: number;
}

export function documentFromMarkdown(source: string, name: string): ParsedDocument {
  const { meta, content } = splitFrontMatter(source);
  const paragraphs = toParagraphs(marked.lexer(capNesting(content)));
  if (paragraphs.length === 0) throw new ApiError('BAD_REQUEST', 'the file has no text');

  const analysed = analyseParagraphs(paragraphs.map((p) => p.text));
  // Markdown says what is a heading; trust it over the guesses made for plain text.
  const firstBody = analysed.blocks.findIndex((b) => b.role === 'body');
  analysed.blocks.forEach((block, i) => {
    const depth = paragraphs[i]!.headingDepth;
    if (block.role === 'boilerplate' || block.role === 'dateline' || block.role === 'byline') return;
    if (depth === undefined) {
      if (block.role === 'title' || block.role === 'heading') block.role = 'body';
    } else if (depth === 1 && !meta.title && (firstBody === -1 || i < firstBody) && !analysed.blocks.some((b) => b.role === 'title' && b !== block)) {
      block.role = 'title';
      analysed.headline = block.text;
    } else {
      block.role = 'heading';
    }
  });
  if (analysed.headline && !analysed.blocks.some((b) => b.role === 'title')) analysed.headline = null;
  if (!analysed.blocks.some((b) => b.role === 'body' || b.role === 'heading')) throw new ApiError('BAD_REQUEST', 'the file has no text');

  return {
    format: 'markdown',
    blocks: analysed.blocks,
    title: text(meta.title) ?? chooseTitle(analysed, name),
    source: text(meta.source ?? meta.site ?? meta.publisher ?? meta.outlet) ?? analysed.source,
    author: text(meta.author ?? meta.authors ?? meta.byline) ?? analysed.author,
    date: toIsoDate(meta.date ?? meta.published) ?? analysed.date,
    dateText: analysed.dateText,
    url: text(meta.url ?? meta.link ?? meta.source_url),
    lang: text(meta.lang ?? meta.language),
    warnings: analysed.warnings,
  };
}

/** Deeper than any article nests its quotes and lists; marked's time grows with the square of the depth. */
const MAX_NESTING = 32;
/** Quote markers at the start of a line ("> > >"), and the indentation that nests lists. */
// Unambiguous on purpose: spaces only ever before a '>', so a line one level short fails at once (no backtracking).
const QUOTE_RUN = new RegExp(`^([ \\t]*(?:>[ \\t]*){${MAX_NESTING}})(?:>[ \\t]*)+`, 'gm');
const DEEP_INDENT = new RegExp(`^[ \\t]{${MAX_NESTING * 4},}`, 'gm');

/**
 * Flattens nesting deeper than {@link MAX_NESTING}: thousands of "> " or of indentation levels made marked
 * recurse until the stack overflowed, or work for minutes first. The text stays; only the extra levels go.
 */
export function capNesting(content: string): string {
  return content.replace(QUOTE_RUN, '$1').replace(DEEP_INDENT, ' '.repeat(MAX_NESTING * 4));
}

function splitFrontMatter(source: string): { meta: Record<string, unknown>; content: string } {
  const match = /^\ufeff?---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)\r?\n?/.exec(source);
  if (!match) return { meta: {}, content: source };
  try {
    const meta: unknown = parseYaml(match[1]!);
    return { meta: meta && typeof meta === 'object' ? (meta as Record<string, unknown>) : {}, content: source.slice(match[0].length) };
  } catch {
    return { meta: {}, content: source }; // not front matter after all: keep it as text
  }
}

/** Front-matter values as one line of text (lists are joined). */
function text(value: unknown): string | null {
  if (Array.isArray(value)) value = value.filter((v) => typeof v === 'string').join(', ');
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : typeof value === 'number' ? String(value) : null;
}

function toParagraphs(tokens: Token[]): Paragraph[] {
  const out: Paragraph[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case 'heading':
        out.push({ text: inline((token as Tokens.Heading).tokens), headingDepth: (token as Tokens.Heading).depth });
        break;
      case 'paragraph':
        out.push({ text: inline((token as Tokens.Paragraph).tokens) });
        break;
      case 'list':
        for (const item of (token as Tokens.List).items) out.push({ text: `• ${flatten(item.tokens)}` });
        break;
      case 'blockquote':
        out.push(...toParagraphs((token as Tokens.Blockquote).tokens));
        break;
      case 'code':
        out.push({ text: (token as Tokens.Code).text });
        break;
      case 'table': {
        const table = token as Tokens.Table;
        for (const row of [table.header, ...table.rows]) out.push({ text: row.map((cell) => inline(cell.tokens)).join(' | ') });
        break;
      }
      case 'html':
        break; // raw HTML blocks are layout, not prose
      default:
        if ('text' in token && typeof token.text === 'string' && token.type === 'text') out.push({ text: token.text });
    }
  }
  return out.map((p) => ({ ...p, text: p.text.replace(/[ \t]*\n[ \t]*/g, ' ').trim() })).filter((p) => p.text !== '');
}

function flatten(tokens: Token[]): string {
  return tokens
    .map((t) => ('tokens' in t && t.tokens ? (t.type === 'list' ? '' : inline(t.tokens)) : 'text' in t ? String(t.text) : ''))
    .join(' ')
    .trim();
}

/** The text a reader sees: emphasis, links and code marks removed; images by their alt text. */
function inline(tokens: Token[] | undefined): string {
  if (!tokens) return '';
  return tokens
    .map((t) => {
      switch (t.type) {
        case 'text':
          return 'tokens' in t && t.tokens ? inline(t.tokens) : decodeEntities((t as Tokens.Text).text);
        case 'escape':
          return (t as Tokens.Escape).text;
        case 'codespan':
          return decodeEntities((t as Tokens.Codespan).text);
        case 'br':
          return '\n';
        case 'image':
          return (t as Tokens.Image).text;
        case 'html':
          return '';
        default:
          return 'tokens' in t ? inline(t.tokens) : 'text' in t ? String(t.text) : '';
      }
    })
    .join('');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", nbsp: '\u00a0' };
const decodeEntities = (s: string): string => s.replace(/&(amp|lt|gt|quot|#39|apos|nbsp);/g, (_, e: string) => ENTITIES[e] ?? _);
