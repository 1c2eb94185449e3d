import { QUERY_KINDS, QUERY_LABELS } from '../corpus/queries';
import type { Summary } from '../measure/stats';
import { int, mb, num, pair, sec } from './format';
import type { BenchResult, EngineResult } from './result';


/** One row of the table: a label, a unit, and how to read the cell from one engine's run. */
export interface Figure {
  label: string;
  unit: string;
  cell(run: EngineResult, result: BenchResult): string;
}

const p50p95 = (s: Summary | null): string => (s ? pair(s.p50, s.p95) : '–');
/** Rebuild-bound figures have 1–3 samples: their mean says more than a nearest-rank median of two. */
const mean = (s: Summary): string => (s.n === 1 ? num(s.mean) : `${num(s.mean)} (n=${s.n})`);

/** The rows, in the order a user meets them: import, first search, annotate, query, reopen, memory. */
export function figures(result: BenchResult): Figure[] {
  const n = result.params.articles;
  const h = result.corpus.highlights;
  return [
    { label: `bulk import, ${n} articles`, unit: 's', cell: (r) => sec(r.bulkImport.ms) },
    { label: 'import throughput', unit: 'articles/s', cell: (r) => num(r.bulkImport.articlesPerSecond) },
    { label: 'per article within the batch p50 / p95', unit: 'ms', cell: (r) => p50p95(r.bulkImport.perArticle) },
    { label: 'search during the import p50 / p95', unit: 'ms', cell: (r) => p50p95(r.bulkImport.searchDuring) },
    { label: 'event-loop delay during the import p99 / max', unit: 'ms', cell: (r) => pair(r.bulkImport.eventLoopDelay.p99, r.bulkImport.eventLoopDelay.max) },
    { label: 'first search after import (indexes what is left)', unit: 's', cell: (r) => sec(r.firstSearchMs) },
    { label: 'import → first result', unit: 's', cell: (r) => sec(r.importToFirstResultMs) },
    { label: 'index save after that search', unit: 'ms', cell: (r) => num(r.indexSaveMs) },
    { label: 'index on disk', unit: 'MB', cell: (r) => mb(r.indexBytes) },
    { label: 'index bytes / article text bytes', unit: '×', cell: (r, res) => num(r.indexBytes / res.corpus.textBytes) },
    { label: 'everything on disk', unit: 'MB', cell: (r) => mb(r.storeBytes) },
    { label: `${h} highlights (~3 per article)`, unit: 's', cell: (r) => sec(r.highlights.bulkMs) },
    { label: 'highlight save p50 / p95', unit: 'ms', cell: (r) => p50p95(r.highlights.save) },
    { label: `  the last 10% (${int(Math.floor(h * 0.9))}+ highlights held) p50 / p95`, unit: 'ms', cell: (r) => p50p95(r.highlights.saveAtEnd) },
    { label: 'first search after the highlights', unit: 's', cell: (r) => sec(r.highlights.nextSearchMs) },
    { label: 'one more article: import', unit: 'ms', cell: (r) => mean(r.oneMoreArticle.stored) },
    { label: 'one more article → searchable', unit: 'ms', cell: (r) => mean(r.oneMoreArticle.searchable) },
    { label: 'one more highlight: save', unit: 'ms', cell: (r) => mean(r.oneMoreHighlight.stored) },
    { label: 'one more highlight → searchable', unit: 'ms', cell: (r) => mean(r.oneMoreHighlight.searchable) },
    { label: 'index segments before the queries', unit: '', cell: (r) => int(r.indexStats?.beforeQueries.segments) },
    ...QUERY_KINDS.map(
      (kind): Figure => ({ label: `query p50 / p95: ${QUERY_LABELS[kind]}`, unit: 'ms', cell: (r) => (r.queries[kind] ? p50p95(r.queries[kind]) : 'n/a') }),
    ),
    { label: 'query p50 / p95: all kinds pooled', unit: 'ms', cell: (r) => p50p95(r.queryAll) },
    { label: 'close (finishes pending index work)', unit: 'ms', cell: (r) => num(r.closeMs) },
    { label: 'cold open: process start → first result (median)', unit: 'ms', cell: (r) => num(r.coldOpen.processToFirstResultMs) },
    { label: '  Node start (+ tsx loader for source runs)', unit: 'ms', cell: (r) => num(r.coldOpen.bootMs) },
    { label: '  module load (bundle for the app, else tsx)', unit: 'ms', cell: (r) => num(r.coldOpen.moduleLoadMs) },
    { label: '  open → first result', unit: 'ms', cell: (r) => num(r.coldOpen.openToFirstResultMs) },
    { label: '    of which the first query', unit: 'ms', cell: (r) => num(r.coldOpen.firstResultMs) },
    { label: 'cold open process peak RSS', unit: 'MB', cell: (r) => mb(r.coldOpen.peakRssBytes) },
    { label: '  of which after module load, before open', unit: 'MB', cell: (r) => mb(r.coldOpen.loadedPeakRssBytes) },
    { label: 'engine run: wall time', unit: 's', cell: (r) => sec(r.wallMs) },
    { label: 'engine run: CPU time (user + sys)', unit: 's', cell: (r) => sec(r.cpuMs) },
    { label: 'peak RSS from engine load to close', unit: 'MB', cell: (r) => mb(r.memory.runPeakRssBytes) },
    { label: '  of which the harness keeps (corpus)', unit: 'MB', cell: (r) => mb(r.memory.harnessRssBytes) },
    { label: '  → the engine\'s share (peak − harness)', unit: 'MB', cell: (r) => mb(r.memory.runPeakRssBytes - r.memory.harnessRssBytes) },
    { label: 'maxRSS of the process, corpus generation included', unit: 'MB', cell: (r) => mb(r.memory.peakRssBytes) },
  ];
}
