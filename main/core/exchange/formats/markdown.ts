// Markdown, one file per article: YAML front matter, a citation line, then the highlights as block quotes grouped
// by kind, each with its tags, note, fields, author and, when the article has a URL, a link to the passage.
import { stringify } from 'yaml';
import { evidenceLines } from './evidence-lines';
import type { Highlight, Kind } from '../../../../shared/model';
import { KINDS } from '../../../../shared/model';
import type { ArticleSnapshot } from '../snapshot';
import { citationLine, textFragmentLink } from './citation';
import { FIELD_NAMES } from './w3c/export';
import type { Exporter } from './types';

const HEADINGS: Record<Kind, string> = { claim: 'Claims', figure: 'Figures', quote: 'Quotes' };

/** A file name from the title: letters, digits and dashes, with the id's start to keep names unique. */
export function fileNameFor(article: ArticleSnapshot): string {
  const slug = article.meta.title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'article'}-${article.meta.id.slice(0, 8)}.md`;
}

/** Text that Markdown would read as markup at the start of a line, made literal. */
const literal = (line: string): string => line.replace(/^(\s*)([#>*+\-=|]|\d+[.)])/, '$1\\$2').replace(/([\\`*_[\]<>])/g, '\\$1');

function highlightBlock(article: ArticleSnapshot, h: Highlight): string {
  const quote = h.target.quote.exact
    .split(/\r?\n/)
    .map((line) => (line.trim() ? `> ${literal(line)}` : '>'))
    .join('\n');
  const details = [
    h.tags.length ? `Tags: ${h.tags.map((t) => `#${t.replace(/\s+/g, '-')}`).join(' ')}` : '',
    ...FIELD_NAMES.filter((f) => h.fields[f]).map((f) => `${f}: ${literal(h.fields[f]!)}`),
    ...evidenceLines(h.evidence).map(literal),
    `— ${literal(h.author)}, ${h.createdAt.slice(0, 10)}${h.updatedBy !== h.author ? ` (edited by ${literal(h.updatedBy)}, ${h.updatedAt.slice(0, 10)})` : ''}`,
  ].filter(Boolean);
  const link = textFragmentLink(article.meta.url, h.target.quote.exact);
  const note = h.note ? `\n\n${h.note.split(/\r?\n/).map(literal).join('  \n')}` : '';
  return `${quote}\n\n${details.map((d) => `${d}  `).join('\n')}${link ? `\n[Source passage](<${link}>)` : ''}${note}`;
}

export function articleMarkdown(article: ArticleSnapshot): string {
  const { meta } = article;
  const front = stringify(
    {
      title: meta.title,
      author: meta.author,
      source: meta.source,
      date: meta.date,
      url: meta.url,
      lang: meta.lang,
      id: meta.id,
      imported: meta.importedAt,
      tags: [...new Set(article.highlights.flatMap((h) => h.tags))].sort(),
    },
    { lineWidth: 0 },
  );
  const sections = KINDS.map((kind) => {
    const of = article.highlights.filter((h) => h.kind === kind);
    return of.length ? `## ${HEADINGS[kind]}\n\n${of.map((h) => highlightBlock(article, h)).join('\n\n---\n\n')}` : '';
  }).filter(Boolean);
  return `---\n${front}---\n\n# ${literal(meta.title)}\n\n${literal(citationLine(meta))}\n${sections.length ? `\n${sections.join('\n\n')}\n` : ''}`;
}

export const markdownExporter: Exporter = {
  format: 'markdown',
  describe: 'Markdown: one file per article (front matter, highlights as block quotes by kind), into a folder or a .zip',
  extension: '',
  export(snapshot) {
    const files = snapshot.articles.map((a) => ({ name: fileNameFor(a), bytes: new TextEncoder().encode(articleMarkdown(a)) }));
    return { output: { kind: 'files', files }, warnings: [] };
  },
};
