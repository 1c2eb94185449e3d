import path from 'node:path';
import type { ExportFormat, MergeReport, PlacementReport } from '../../../shared/exchange';
import { EXPORT_FORMATS } from '../../../shared/exchange';
import { UsageError } from '../types';
import { exactly, kind, list, str } from './args';
import type { Command } from './types';

const exportCommand: Command = {
  name: 'export',
  usage: `export --format ${EXPORT_FORMATS.join('|')} --out PATH [--tag T] [--kind K] [--article ID]...`,
  summary: 'Export the notebook, or the highlights with a tag or kind, or some articles: a bundle for a teammate or an open format.',
  help: [
    'bundle    .sourcebook file that another notebook merges (sourcebook merge FILE)',
    'w3c       W3C Web Annotation JSON-LD (an AnnotationCollection)',
    'qdpx      REFI-QDA project for ATLAS.ti, NVivo, MAXQDA, QualCoder…; qdc: its codebook only',
    'markdown  one .md file per article, into the folder PATH (or a .zip when PATH ends in .zip)',
    'csv       one row per highlight, for spreadsheets',
    'csl       CSL-JSON citations of the articles (Zotero, Pandoc)',
    'Written only when complete; Ctrl-C stops and writes nothing.',
  ].join('\n'),
  options: { format: { type: 'string' }, out: { type: 'string' }, tag: { type: 'string' }, kind: { type: 'string' }, article: { type: 'string', multiple: true } },
  check(positionals, values) {
    exactly(0, 'no arguments besides the options')(positionals);
    if (!EXPORT_FORMATS.includes(values.format as ExportFormat)) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
    if (!str(values.out)) throw new UsageError('--out PATH is required');
    kind(values.kind, false);
  },
  async run({ values, call, print, io, core }) {
    const jobId = `cli-export-${process.pid}`;
    const stopInterrupt = io.onInterrupt?.(() => void core.dispatch('jobs.cancel', { jobId })) ?? (() => undefined);
    try {
      const articleIds = list(values.article);
      const report = await call('exchange.export', {
        format: values.format as ExportFormat,
        path: path.resolve(str(values.out)!),
        tag: str(values.tag),
        kind: kind(values.kind, false),
        articleIds: articleIds.length ? articleIds : undefined,
        jobId,
      });
      print(report, () =>
        `Exported ${report.articles} article(s) and ${report.highlights} highlight(s) as ${report.format} to ${report.path} (${report.files} file(s), ${report.bytes} bytes)\n${report.warnings.map((w) => `note: ${w}\n`).join('')}`,
      );
    } finally {
      stopInterrupt();
    }
  },
};

const mergeCommand: Command = {
  name: 'merge',
  usage: 'merge BUNDLE [--dry-run]',
  summary: "Merge a teammate's .sourcebook bundle: new and updated articles and highlights, deletions; conflicts are reported.",
  help: 'With --dry-run nothing is written: the report says what merging would do. Merging the same bundle twice changes nothing.\nA bundle that fails any check is refused whole, with the reason, and the notebook is left as it was.',
  options: { 'dry-run': { type: 'boolean' } },
  check: exactly(1, 'one bundle file'),
  async run({ positionals, values, call, print }) {
    const file = path.resolve(positionals[0]!);
    const report = values['dry-run'] ? await call('exchange.mergePreview', { path: file }) : await call('exchange.merge', { path: file });
    print(report, () => mergeReport(report));
  },
};

const importAnnotationsCommand: Command = {
  name: 'import-annotations',
  usage: 'import-annotations FILE [--dry-run] [--kind K]',
  summary: 'Import W3C Web Annotations (JSON) onto the articles here, or a REFI-QDA project (.qdpx) with its sources.',
  help: '--kind sets the kind of annotations that name none (default: quote); their labels or code names become tags.\nAnnotations that cannot be placed are listed with the reason.',
  options: { 'dry-run': { type: 'boolean' }, kind: { type: 'string' } },
  check(positionals, values) {
    exactly(1, 'one file')(positionals);
    kind(values.kind, false);
  },
  async run({ positionals, values, call, print }) {
    const report = await call('exchange.importAnnotations', { path: path.resolve(positionals[0]!), dryRun: Boolean(values['dry-run']), defaultKind: kind(values.kind, false) });
    print(report, () => placementReport(report));
  },
};

const counts = (c: { new: number; updated: number; unchanged: number; conflicts: number }): string =>
  `${c.new} new, ${c.updated} updated, ${c.unchanged} unchanged, ${c.conflicts} conflict(s)`;

export function mergeReport(r: MergeReport): string {
  const lines = [
    `${r.applied ? 'Merged' : 'Dry run — nothing written. Merging would bring'} the bundle of ${r.bundle.createdBy} (${r.bundle.createdAt}, ${r.bundle.articles} article(s), ${r.bundle.highlights} highlight(s))`,
    `articles    ${counts(r.articles)}; ${r.articles.versionsAdded} new version(s)`,
    `highlights  ${counts(r.highlights)}; ${r.highlights.deleted} deleted, ${r.highlights.carried} carried to a newer text`,
    ...r.conflicts.map(
      (c) =>
        `conflict    ${c.type === 'edited' ? 'edited on both sides' : 'deleted on one side, edited on the other'}: ${c.highlightId.slice(0, 8)} “${c.text}” — kept ${c.kept === 'here' ? 'the one here' : 'the incoming one'}${c.type === 'edited' ? ' (the later edit; the other is in its history)' : ''}`,
    ),
    ...r.deletions.map((d) => `deleted     ${d.highlightId.slice(0, 8)} “${d.text}”`),
    ...r.warnings.map((w) => `note        ${w}`),
  ];
  return `${lines.join('\n')}\n`;
}

export function placementReport(r: PlacementReport): string {
  const lines = [
    `${r.applied ? 'Imported' : 'Dry run — nothing written. Would import'} ${r.format === 'qdpx' ? 'a REFI-QDA project' : 'W3C annotations'}`,
    `articles    ${r.articles.new} new, ${r.articles.existing} already here`,
    `highlights  ${counts(r.highlights)}; ${r.notPlaced.length} not placed`,
    ...r.notPlaced.map((n) => `not placed  ${n.id}: ${n.reason}`),
    ...r.warnings.map((w) => `note        ${w}`),
  ];
  return `${lines.join('\n')}\n`;
}

export const exchangeCommands: Command[] = [exportCommand, mergeCommand, importAnnotationsCommand];
