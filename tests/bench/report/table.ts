import type { EngineFactory } from '../engines/engine';
import type { EngineName } from '../engines/index';
import { QUERY_LABELS } from '../corpus/queries';
import { figures } from './figures';
import { wasBusy } from '../measure/machine';
import { mb, num, sec } from './format';
import type { BenchResult, EngineResult } from './result';

/** The human-readable report: machine and corpus first, then figure | engine… | unit, then what the columns mean. */
export function renderTable(result: BenchResult, factories: Partial<Record<EngineName, EngineFactory>>): string {
  const { machine, corpus, params } = result;
  const names = params.engines;
  const run = (e: EngineName): EngineResult => result.engines[e]!;
  const label = (e: EngineName): string => factories[e]!.label;
  const header = ['figure', ...names.map(label), 'unit'];
  const rows = figures(result).map((f) => [f.label, ...names.map((e) => f.cell(run(e), result)), f.unit]);
  const widths = header.map((_, c) => Math.max(...[header, ...rows].map((row) => row[c]!.length)));
  // Labels and units read left to right; numbers line up on the right.
  const line = (row: string[]): string =>
    row.map((cell, c) => (c === 0 || c === row.length - 1 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join(' | ').trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('-|-');

  const sample = run(names[0]!);
  const queryCount = sample.queries.common?.n ?? 0;
  const problems = names.flatMap((e) => run(e).extractionProblems ?? []);
  return [
    `Sourcebook bench — ${corpus.articles} articles (seed ${params.seed}), ${num(corpus.bodyWords / corpus.articles)} body words each, ${mb(corpus.textBytes)} MB of text, ${corpus.highlights} highlights`,
    `machine: ${machine.cpu}, ${machine.cores} cores, ${mb(machine.memoryBytes)} MB RAM, Node ${machine.node}, ${machine.platform}`,
    `load average (1 min): ${machine.loadAverage.start} at start, ${machine.loadAverage.end} at end${wasBusy(machine) ? ' — WARNING: other processes competed for the CPU; figures are slower and noisier than this machine can do' : ''}`,
    '',
    line(header),
    rule,
    ...rows.map(line),
    '',
    ...renderTargets(result, names, label),
    '',
    `Queries: ${queryCount} timed runs per kind (${params.rounds} rounds × 10 distinct queries, after a warm-up pass). ${sameHits(names.map((e) => ({ label: label(e), queries: run(e).queries })))}`,
    `"One more …": ${params.samples === 1 ? 'one sample' : `mean of ${params.samples} samples`} (each costs the naive baseline a full rebuild); "→ searchable" = the change plus a search that finds a word only the change brought in.`,
    `Cold open: median of ${params.coldRuns} fresh processes on the notebook saved at the end of the run.`,
    ...names.map((e) => factories[e]!.note),
    problems.length === 0
      ? 'Extraction check: the core extracted exactly the generated title, date and body (25 articles checked), so both indexes hold the same text.'
      : `Extraction check FAILED (${problems.length}): ${problems.slice(0, 3).join('; ')}`,
    `Generated the corpus in ${sec(corpus.generateMs)} s; whole bench ${sec(result.wallMs)} s.`,
  ].join('\n');
}

/** The engines index the same text, so they should find the same number of documents for every query. */
function sameHits(engines: { label: string; queries: EngineResult['queries'] }[]): string {
  const [first, ...rest] = engines;
  const reference = first!.queries;
  const kinds = Object.keys(reference) as (keyof typeof reference)[];
  const differ = rest.flatMap((e) =>
    kinds
      .filter((k) => e.queries[k] && reference[k] && e.queries[k].meanHits !== reference[k].meanHits)
      .map((k) => `${e.label} ${QUERY_LABELS[k]} ${num(e.queries[k]!.meanHits)}`),
  );
  const hits = kinds.map((k) => `${QUERY_LABELS[k]} ${reference[k] ? num(reference[k].meanHits) : 'n/a'}`).join(', ');
  return differ.length === 0
    ? `Every engine found the same number of results for every query it offers; mean per query: ${hits}.`
    : `Result counts differ (${first!.label}: ${hits}; ${differ.join(', ')}).`;
}

/** The issue's targets: one row each, one cell per engine with the value and whether it is met. */
function renderTargets(result: BenchResult, names: EngineName[], label: (e: EngineName) => string): string[] {
  const checks = names.map((e) => result.targets[e] ?? []);
  const first = checks[0] ?? [];
  const verdict = (met: boolean | null): string => (met === null ? 'n/a' : met ? 'met' : 'MISSED');
  const header = ['target', ...names.map(label)];
  const rows = first.map((t, i) => [t.target, ...checks.map((c) => (c[i] && c[i].value !== null ? `${num(c[i].value)} ${c[i].unit} ${verdict(c[i].met)}` : c[i]?.met === false ? 'none MISSED' : 'n/a'))]);
  const widths = header.map((_, c) => Math.max(...[header, ...rows].map((row) => row[c]!.length)));
  const line = (row: string[]): string => row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join(' | ').trimEnd();
  const scale = result.params.articles === 10_000 ? '' : ` (stated for 10,000 articles; this run has ${result.params.articles}, so read the shape, not the verdict)`;
  return [`Targets${scale}:`, line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)];
}
