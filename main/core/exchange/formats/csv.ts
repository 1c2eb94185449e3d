// CSV, one row per highlight (RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold a quote,
// comma or line end, quotes doubled). UTF-8 with a byte-order mark, without which spreadsheet apps read the accents
// wrong. A cell that starts like a formula (= + - @) is prefixed with ' so that opening the file runs nothing.
import type { Highlight } from '../../../../shared/model';
import { CodePoints } from '../positions';
import type { ArticleSnapshot } from '../snapshot';
import { textFragmentLink } from './citation';
import type { Exporter } from './types';

export const CSV_COLUMNS = [
  'article_id', 'article_title', 'source', 'date', 'url', 'highlight_id', 'kind', 'tags', 'text', 'note',
  'speaker', 'speaker_role', 'measures', 'claimant', 'subject', 'value', 'value_max', 'unit', 'as_of', 'status',
  'author', 'created', 'updated_by', 'updated', 'start', 'end', 'link',
] as const;

export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function row(article: ArticleSnapshot, h: Highlight, codePoints: CodePoints): string {
  const { meta } = article;
  const anchored = article.body.slice(h.target.position.start, h.target.position.end) === h.target.quote.exact;
  return [
    meta.id, meta.title, meta.source, meta.date, meta.url, h.id, h.kind, h.tags.join('; '), h.target.quote.exact, h.note,
    h.fields.speaker, h.fields.speakerRole, h.fields.measures, h.fields.claimant, h.fields.subject,
    // A figure's main number (the first quantity), as a plain number a spreadsheet can sum and chart.
    h.evidence?.quantities?.[0]?.value, h.evidence?.quantities?.[0]?.valueMax, h.evidence?.quantities?.[0]?.unit, h.evidence?.asOf, h.evidence?.status,
    h.author, h.createdAt, h.updatedBy, h.updatedAt,
    // Positions in code points of the article's text, as the open formats count; empty for one awaiting review.
    anchored ? codePoints.fromUnits(h.target.position.start) : null,
    anchored ? codePoints.fromUnits(h.target.position.end) : null,
    textFragmentLink(meta.url, h.target.quote.exact),
  ].map(csvCell).join(',');
}

export const csvExporter: Exporter = {
  format: 'csv',
  describe: 'CSV: one row per highlight, for spreadsheets (UTF-8 with BOM, RFC 4180)',
  extension: '.csv',
  export(snapshot) {
    const lines = [CSV_COLUMNS.join(',')];
    for (const article of snapshot.articles) {
      const codePoints = new CodePoints(article.body);
      for (const h of article.highlights) lines.push(row(article, h, codePoints));
    }
    return { output: { kind: 'file', bytes: new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`) }, warnings: [] };
  },
};
