import type { ExportFormat } from '../../../shared/exchange';
import type { FileFilter } from '../../api/host';

export interface FormatInfo {
  label: string;
  /** Who it is for, in one line. */
  description: string;
  /** Of the file written; '' for Markdown, which writes a folder (or a .zip when the path ends in .zip). */
  extension: string;
}

/** The export formats in the order the dialog offers them: our own first, then by how often people reach for them. */
export const FORMAT_INFO: Record<ExportFormat, FormatInfo> = {
  bundle: { label: 'Sourcebook bundle', description: 'Everything, for a teammate’s notebook to merge', extension: '.sourcebook' },
  markdown: { label: 'Markdown', description: 'One file per article with its highlights: a folder, or a .zip', extension: '' },
  csv: { label: 'CSV', description: 'One row per highlight, for a spreadsheet', extension: '.csv' },
  w3c: { label: 'W3C Web Annotations', description: 'JSON-LD for annotation tools', extension: '.jsonld' },
  qdpx: { label: 'REFI-QDA project', description: 'Articles and codings for ATLAS.ti, NVivo, MAXQDA, QualCoder', extension: '.qdpx' },
  qdc: { label: 'REFI-QDA codebook', description: 'The kinds and tags as codes, without the texts', extension: '.qdc' },
  csl: { label: 'CSL-JSON citations', description: 'The articles as references, for Zotero and Pandoc', extension: '.json' },
};

export const FORMAT_ORDER = Object.keys(FORMAT_INFO) as ExportFormat[];

const KNOWN_EXTENSIONS = [...new Set([...FORMAT_ORDER.map((f) => FORMAT_INFO[f].extension), '.zip'].filter(Boolean))];

/** The path's separator: a notebook on Windows has backslashes. */
const separatorOf = (path: string): string => (/^[a-zA-Z]:\\|\\\\/.test(path) || (path.includes('\\') && !path.includes('/')) ? '\\' : '/');

/** The folder that holds `path` (the notebook's folder → where exports go by default: beside it). */
export function parentFolder(path: string): string {
  const sep = separatorOf(path);
  const trimmed = path.endsWith(sep) && path.length > 1 ? path.slice(0, -1) : path;
  const at = trimmed.lastIndexOf(sep);
  return at <= 0 ? trimmed.slice(0, at + 1) || sep : trimmed.slice(0, at);
}

export function joinPath(folder: string, name: string): string {
  const sep = separatorOf(folder);
  return folder.endsWith(sep) ? `${folder}${name}` : `${folder}${sep}${name}`;
}

/** A file name that says what is in it and when: sourcebook-ferry-2026-03-14.csv. */
export function exportFileName(format: ExportFormat, scope: string, today: Date): string {
  const day = today.toISOString().slice(0, 10);
  const slug = scope
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  // A long title is cut after a whole word.
  const label = slug.length <= 40 ? slug : slug.slice(0, slug.lastIndexOf('-', 40) > 0 ? slug.lastIndexOf('-', 40) : 40);
  return `sourcebook${label ? `-${label}` : ''}-${day}${FORMAT_INFO[format].extension}`;
}

/**
 * The path with the extension of another format, when the user kept one of ours (or none): switching from CSV to
 * W3C turns export.csv into export.jsonld, but a name the user gave its own extension is left alone.
 */
export function withFormatExtension(path: string, format: ExportFormat): string {
  const sep = separatorOf(path);
  const name = path.slice(path.lastIndexOf(sep) + 1);
  const known = KNOWN_EXTENSIONS.find((ext) => name.toLowerCase().endsWith(ext));
  const dot = name.lastIndexOf('.');
  if (!known && dot > 0) return path;
  const stem = known ? path.slice(0, path.length - known.length) : path;
  // Markdown keeps a .zip the user asked for; otherwise it writes a folder, named without an extension.
  if (format === 'markdown' && known === '.zip') return path;
  return `${stem}${FORMAT_INFO[format].extension}`;
}

/** The save dialog's file types for a format (none for Markdown's folder). */
export function fileFilters(format: ExportFormat): FileFilter[] | undefined {
  const ext = FORMAT_INFO[format].extension;
  return ext ? [{ name: FORMAT_INFO[format].label, extensions: [ext.slice(1)] }] : undefined;
}
