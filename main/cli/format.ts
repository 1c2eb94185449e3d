// Human-readable renderings for the terminal. --json bypasses all of this.
import type { Article, ArticleSummary, Highlight, ImportResult, NotebookStats, SearchResult, VersionDiff } from '../../shared/model';
import type { CheckReport } from '../../shared/check';
import type { RestoreReport } from '../core/storage/restore';
import { pageAt } from '../../shared/pages';

const short = (id: string): string => id.slice(0, 8);
const clip = (text: string, width: number): string => (text.length > width ? `${text.slice(0, width - 1)}…` : text);

export function importResults(results: ImportResult[]): string {
  const lines = results.map((r) => {
    const what = r.status === 'error' ? r.error : `${short(r.articleId ?? '')}  ${r.title ?? ''}`;
    const warn = r.warnings?.length ? `\n            note: ${r.warnings.join('; ')}` : '';
    const carried = r.carried
      ? `\n            highlights carried: ${Object.entries(r.carried).map(([k, n]) => `${n} ${k}`).join(', ')}${r.carried.fuzzy + r.carried.orphaned ? ' (see: sourcebook review)' : ''}`
      : '';
    return `${r.status.padEnd(10)}  ${r.file}\n            ${what}${warn}${carried}`;
  });
  const count = (s: string) => results.filter((r) => r.status === s).length;
  return `${lines.join('\n')}\n\n${count('imported')} imported, ${count('updated')} new version(s), ${count('duplicate')} duplicate, ${count('error')} error(s)\n`;
}

export function articleTable(articles: ArticleSummary[]): string {
  if (articles.length === 0) return 'The notebook is empty. Import articles with: sourcebook import PATH...\n';
  const rows = articles.map(
    (a) =>
      `${short(a.id)}  ${(a.date ?? '').padEnd(10)}  ${clip(a.source ?? '', 18).padEnd(18)}  ${String(a.words).padStart(6)}  ${String(a.highlights).padStart(4)}  ${clip(a.title, 70)}`,
  );
  return `${'id'.padEnd(8)}  ${'date'.padEnd(10)}  ${'source'.padEnd(18)}  ${'words'.padStart(6)}  ${'hl'.padStart(4)}  title\n${rows.join('\n')}\n`;
}

export function article(a: Article, withRemoved: boolean): string {
  const meta = [
    ['id', a.id],
    ['source', a.source],
    ['author', a.author],
    ['date', a.date ? `${a.date}${a.dateText ? ` (printed "${a.dateText}")` : ''}` : null],
    ['file', a.fileName],
    ['words', String(a.words)],
  ]
    .filter(([, v]) => v)
    .map(([k, v]) => `${k!.padEnd(7)} ${v}`)
    .join('\n');
  const removed = withRemoved
    ? `\n\nRemoved at import (${a.removed.length} parts):\n${a.removed.map((p) => `  [${p.role}] ${p.text}`).join('\n')}`
    : a.removed.length
      ? `\n\n(${a.removed.length} parts removed at import: show them with --removed)`
      : '';
  const highlights = a.highlights.length ? `\n\nHighlights:\n${a.highlights.map((h) => highlight(h, pageAt(a.blocks, h.target.position.start))).join('')}` : '';
  return `${a.title}\n${'='.repeat(Math.min(a.title.length, 80))}\n${meta}\n\n${a.body}${removed}${highlights}\n`;
}

/** A highlight; `page`, where known, is the source's page the passage begins on (PDFs), to cite it by. */
export function highlight(h: Highlight, page: number | null = null): string {
  const { start, end, exact } = { ...h.target.position, exact: h.target.quote.exact };
  const extra = [
    h.tags.length ? `tags: ${h.tags.join(', ')}` : '',
    h.note ? `note: ${h.note}` : '',
    ...Object.entries(h.fields).map(([k, v]) => `${k}: ${v}`),
    ...evidenceLines(h),
  ].filter(Boolean);
  if (h.carried && !h.carried.reviewed) extra.push(`needs review: ${h.carried.confidence} (score ${h.carried.score})`);
  return `${h.kind.toUpperCase().padEnd(6)} ${h.id}  [${start}–${end}]${page === null ? '' : ` p. ${page}`} in ${short(h.articleId)}\n       “${clip(exact, 300)}”\n${extra.map((e) => `       ${e}\n`).join('')}`;
}

/** The typed evidence data, one "name: value" line each (numbers as printed by the parser or the user). */
function evidenceLines(h: Highlight): string[] {
  const e = h.evidence;
  if (!e) return [];
  const quantity = (q: NonNullable<typeof e.quantities>[number]): string =>
    `${q.bound ? `${q.bound} ` : ''}${q.value}${q.valueMax !== undefined ? `–${q.valueMax}` : ''}${q.unit ? ` ${q.unit}` : ''}${q.per ? ` per ${q.per}` : ''}`;
  return [
    e.quantities?.length ? `value: ${e.quantities.map(quantity).join(' = ')}` : '',
    e.asOf ? `as of: ${e.asOf}${e.asOfText ? ` ("${e.asOfText}")` : ''}` : '',
    e.series ? `series: ${e.series}` : '',
    e.quoteType ? `quote: ${e.quoteType}` : '',
    e.status ? `status: ${e.status}` : '',
    ...(e.links ?? []).map((l) => `${l.relation}: ${l.highlightId}`),
  ];
}

export function searchResult(result: SearchResult): string {
  if (result.total === 0) return 'No matches.\n';
  const hits = result.hits.map((hit) => {
    let marked = '';
    let at = 0;
    for (const m of hit.matches) {
      marked += `${hit.snippet.slice(at, m.start)}«${hit.snippet.slice(m.start, m.end)}»`;
      at = m.end;
    }
    marked += hit.snippet.slice(at);
    const label = hit.type === 'article' ? 'article' : hit.kind ?? 'highlight';
    return `${label.padEnd(8)} ${short(hit.articleId)}  ${clip(hit.title, 70)}  (score ${hit.score})\n         ${marked}\n`;
  });
  return `${result.total} match(es)${result.total > result.hits.length ? `, showing ${result.hits.length}` : ''}\n\n${hits.join('\n')}`;
}

export function stats(s: NotebookStats): string {
  return [
    `notebook    ${s.path}`,
    `articles    ${s.articles} (${s.words} words)`,
    `highlights  ${s.highlights} (claims ${s.counts.claim}, figures ${s.counts.figure}, quotes ${s.counts.quote})`,
    `tags        ${s.tags}`,
    `index       ${s.index.documents} documents, ${(s.index.bytes / 1024).toFixed(1)} KiB, ${s.index.current ? 'current' : 'out of date (rebuilt on next search)'}`,
  ].join('\n').concat('\n');
}

export function restoreReport(r: RestoreReport): string {
  if (r.restored.length === 0 && r.unrecoverable.length === 0) return 'Every notebook file is readable; nothing to restore.\n';
  return [
    ...r.restored.map((f, i) => `restored      ${f} (the corrupt file is kept as ${r.keptAside[i]})`),
    ...r.unrecoverable.map((f) => `unrecoverable ${f} (no readable backup)`),
  ].join('\n').concat('\n');
}

export function checkReport(r: CheckReport): string {
  const lines = r.problems.map((p) => `${p.repaired ? 'repaired' : p.severity.padEnd(8)}  ${p.message}`);
  const { articles, highlights, contentFiles, segments } = r.checked;
  const summary = `checked ${articles} article(s), ${highlights} highlight(s), ${contentFiles} text file(s), ${segments} index segment(s) in ${r.ms} ms`;
  const verdict = r.ok
    ? 'The notebook is sound.'
    : r.repair
      ? 'Some problems could not be repaired (see above).'
      : 'Run "sourcebook check --repair" to fix what can be fixed.';
  return [...lines, summary, verdict].join('\n').concat('\n');
}

export function snapshotList(snapshots: { name: string; at: Date }[]): string {
  if (snapshots.length === 0) return 'No snapshots yet (one is taken when the notebook opens, once a day).\n';
  return snapshots.map((s) => s.name).join('\n').concat('\n');
}

export function versionDiff(diff: VersionDiff): string {
  const marked = diff.changes.map((c) => (c.type === 'added' ? `{+${c.text}+}` : c.type === 'removed' ? `[-${c.text}-]` : c.text)).join('');
  return `Changes from version ${diff.from} to version ${diff.to} ([-removed-] {+added+}):\n\n${marked}\n`;
}
