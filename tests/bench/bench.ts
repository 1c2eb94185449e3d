// `npm run bench`: generates a seeded news corpus, runs the same notebook life (import, first search, highlights,
// queries, one more article, reopen) against the real core and against a naive lunr baseline, each in a fresh
// process, and prints the figures side by side. A report, not a test: nothing here fails on a slow figure.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { APP_FILES } from './app/app-files';
import { buildAppBundle } from './app/build-app';
import { parseBenchArgs, USAGE } from './args';
import { forRun, generateCorpus, writeCorpus } from './corpus/corpus';
import type { EngineFactory } from './engines/engine';
import { BUNDLED_ENGINES, loadEngine } from './engines/index';
import type { EngineName } from './engines/index';
import { loadAverage, machine } from './measure/machine';
import { median, round } from './measure/stats';
import type { BenchResult, ColdOpenSummary } from './report/result';
import { renderTable } from './report/table';
import { checkTargets } from './report/targets';
import { runBundle, runChild } from './scenarios/child';
import type { ColdOpen } from './scenarios/cold-open';
import type { EngineRun } from './scenarios/engine-run';

const log = (message: string): void => void process.stderr.write(`[bench] ${message}\n`);

async function main(): Promise<void> {
  const args = parseBenchArgs(process.argv.slice(2));
  if (args.help) {
    process.stdout.write(USAGE);
    return;
  }
  const started = performance.now();
  const loadAtStart = loadAverage();
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'sourcebook-bench-'));
  try {
    const generating = performance.now();
    const corpus = generateCorpus(args.articles, args.seed);
    const folder = await writeCorpus(corpus, path.join(tmp, 'corpus'));
    const corpusFile = path.join(tmp, 'corpus.json');
    await writeFile(corpusFile, JSON.stringify(forRun(corpus)));
    const generateMs = round(performance.now() - generating);
    log(`corpus: ${args.articles} articles, ${corpus.highlights.length} highlights, seed ${args.seed} → ${folder}`);

    // The app engine runs the core as the desktop app ships it: bundled by esbuild, workers beside it.
    let appBundle: BenchResult['appBundle'] = null;
    const bundleDir = path.join(tmp, 'app');
    if (args.engines.some((e) => BUNDLED_ENGINES.has(e))) {
      const built = await buildAppBundle(bundleDir);
      appBundle = { buildMs: built.ms, bytes: built.bytes };
      log(`app bundle: ${(built.bytes / 1024 / 1024).toFixed(1)} MB in ${built.ms} ms → ${bundleDir}`);
    }

    const factories: Partial<Record<EngineName, EngineFactory>> = {};
    const engines: BenchResult['engines'] = {};
    for (const name of args.engines) {
      const factory = (factories[name] = await loadEngine(name));
      const work = path.join(tmp, name);
      const runArgs = ['--engine', name, '--corpus', corpusFile, '--folder', folder, '--work', work, '--samples', String(args.samples), '--rounds', String(args.rounds)];
      const runOut = path.join(tmp, `${name}.run.json`);
      const run = BUNDLED_ENGINES.has(name)
        ? await runBundle<EngineRun>(path.join(bundleDir, APP_FILES.runEngine), runArgs, runOut)
        : await runChild<EngineRun>('run-engine.ts', runArgs, runOut);
      const colds: ColdOpen[] = [];
      const q = corpus.queries.common[1]!.q;
      for (let i = 0; i < args.coldRuns; i++) {
        const out = path.join(tmp, `${name}.cold.json`);
        colds.push(
          BUNDLED_ENGINES.has(name)
            ? await runBundle<ColdOpen>(path.join(bundleDir, APP_FILES.coldOpen), ['--dir', work, '--q', q], out)
            : await runChild<ColdOpen>('cold-open.ts', ['--engine', name, '--dir', work, '--q', q], out),
        );
      }
      const coldOpen = medianOf(colds);
      engines[name] = { ...run, coldOpen };
      log(`${factory.label}: done in ${(run.wallMs / 1000).toFixed(1)} s, cold open ${coldOpen.processToFirstResultMs} ms from process start`);
    }

    const partial: Omit<BenchResult, 'targets'> = {
      schema: 'sourcebook-bench/2',
      machine: machine(loadAtStart),
      params: { articles: args.articles, seed: args.seed, samples: args.samples, rounds: args.rounds, coldRuns: args.coldRuns, engines: args.engines },
      corpus: {
        articles: corpus.articles.length,
        highlights: corpus.highlights.length,
        textBytes: corpus.textBytes,
        bodyWords: corpus.articles.reduce((sum, a) => sum + a.body.split(/\s+/).length, 0),
        generateMs,
      },
      engines,
      appBundle,
      wallMs: round(performance.now() - started),
    };
    const result: BenchResult = { ...partial, targets: {} };
    for (const name of args.engines) result.targets[name] = checkTargets(engines[name]!, result);
    if (args.out) await writeFile(args.out, `${JSON.stringify(result, null, 2)}\n`);
    process.stdout.write(args.json ? `${JSON.stringify(result, null, 2)}\n` : `${renderTable(result, factories)}\n`);
  } finally {
    if (args.keep) log(`kept ${tmp}`);
    else await rm(tmp, { recursive: true, force: true });
  }
}

function medianOf(runs: ColdOpen[]): ColdOpenSummary {
  const field = (key: keyof ColdOpen): number => median(runs.map((r) => r[key]));
  return {
    runs: runs.length,
    bootMs: field('bootMs'),
    processToFirstResultMs: field('processToFirstResultMs'),
    moduleLoadMs: field('moduleLoadMs'),
    openMs: field('openMs'),
    firstResultMs: field('firstResultMs'),
    openToFirstResultMs: field('openToFirstResultMs'),
    hits: field('hits'),
    startRssBytes: field('startRssBytes'),
    loadedPeakRssBytes: field('loadedPeakRssBytes'),
    peakRssBytes: field('peakRssBytes'),
  };
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
