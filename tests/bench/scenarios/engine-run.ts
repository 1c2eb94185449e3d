import { monitorEventLoopDelay } from 'node:perf_hooks';
import v8 from 'node:v8';
import type { Corpus, HighlightPlan } from '../corpus/corpus';
import { QUERY_KINDS } from '../corpus/queries';
import type { QueryKind, QuerySpec } from '../corpus/queries';
import type { Engine, IndexStats } from '../engines/engine';
import type { EngineName } from '../engines/index';
import { peakRssBytes } from '../measure/memory';
import type { MemoryLog } from '../measure/memory';
import { round, summarise, timed } from '../measure/stats';
import type { Summary } from '../measure/stats';

export interface ScenarioOptions {
  /** Samples of the scenarios that need a full index rebuild each (one more article, one more highlight). */
  samples: number;
  /** Passes over the query set; each pass runs every query of every kind once. */
  rounds: number;
}

/** Everything one engine's run measured. Keys are part of the --json output: see tests/bench/README.md. */
export interface EngineRun {
  engine: EngineName;
  articles: number;
  bulkImport: {
    ms: number;
    articlesPerSecond: number;
    perArticle: Summary | null;
    /** Searches made while the import runs (one every SEARCH_PROBE_MS, one at a time): is the app usable meanwhile?
     * null when none could be answered (an engine that cannot search before its index is built). */
    searchDuring: (Summary & { failed: number }) | null;
    /** Delay of this process' event loop during the import (perf_hooks, 10 ms resolution): how long the thread that
     * serves the UI's requests was held up at worst. */
    eventLoopDelay: { p50: number; p99: number; max: number };
  };
  /** First search after the bulk import, which builds the index. */
  firstSearchMs: number;
  /** Bulk import plus first search: from "import these files" to the first result. */
  importToFirstResultMs: number;
  indexSaveMs: number;
  /** After the bulk import, before highlights: the index of the articles alone. */
  indexBytes: number;
  storeBytes: number;
  highlights: {
    count: number;
    bulkMs: number;
    save: Summary | null;
    /** The last 10% of those saves, made with ~90–100% of the highlights already in the notebook. */
    saveAtEnd: Summary | null;
    nextSearchMs: number;
  };
  /** null for a kind the engine does not offer (Engine.unsupported). */
  queries: Record<QueryKind, (Summary & { meanHits: number }) | null>;
  /** Every timed query of every kind the engine offers, pooled: its p50 is the median over all kinds. */
  queryAll: Summary;
  oneMoreArticle: { stored: Summary; searchable: Summary };
  oneMoreHighlight: { stored: Summary; searchable: Summary };
  /** Closing; Sourcebook finishes pending indexing and waits for background merges here. */
  closeMs: number;
  /** The index's shape at three moments, for engines that report it (null otherwise). */
  indexStats: { afterImport: IndexStats; beforeQueries: IndexStats; beforeClose: IndexStats } | null;
  final: { indexBytes: number; storeBytes: number };
  extractionProblems: string[] | null;
  memory: {
    /** maxRSS of the whole child process, corpus generation included. */
    peakRssBytes: number;
    /** maxRSS before the engine started: generating the corpus (most of it garbage, collected before the run). */
    harnessPeakRssBytes: number;
    /** RSS the harness keeps once its garbage is collected (the corpus the run reads), before the engine loads. */
    harnessRssBytes: number;
    /** Peak RSS from the engine's load to its close, harness included (MemoryLog). */
    runPeakRssBytes: number;
    /** V8's heap limit in the engine's process (started with no heap flags: the default heap). */
    heapLimitBytes: number;
    phases: Record<string, number>;
  };
  wallMs: number;
  /** CPU time (user + system, all threads) of the engine's process over its run. Unlike wall times it barely moves
   * when other processes compete for the cores, so it tells a slow machine from a busy one. */
  cpuMs: number;
}

type Log = (message: string) => void;

/** The whole life of a notebook, in the order a user lives it, each step timed the same way for every engine. */
export async function runScenario(
  name: EngineName,
  engine: Engine,
  corpus: Corpus,
  folder: string,
  options: ScenarioOptions,
  log: Log,
  /** Started (MemoryLog.start) before the engine's modules were loaded. */
  memory: MemoryLog,
): Promise<EngineRun> {
  const started = performance.now();
  const cpuAtStart = process.cpuUsage();
  const n = corpus.articles.length;
  const probe = corpus.queries.common[0]!;

  const stats = async (): Promise<IndexStats | null> => (engine.indexStats ? engine.indexStats() : null);
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const probing = probeSearches(engine, probe);
  const bulk = await timed(() => engine.importAll(folder, corpus.articles));
  const searchDuring = await probing.stop();
  loop.disable();
  const eventLoopDelay = { p50: nsToMs(loop.percentile(50)), p99: nsToMs(loop.percentile(99)), max: nsToMs(loop.max) };
  memory.mark('import');
  // Before the first search, which would index whatever the import left pending.
  const afterImport = await stats();
  log(`imported ${n} articles in ${seconds(bulk.ms)}`);
  const first = await timed(() => engine.firstSearch(probe));
  memory.mark('firstSearch');
  log(`first search after import ${seconds(first.ms)}`);
  const save = await timed(() => engine.saveIndex());
  const indexBytes = await engine.indexBytes();
  const storeBytes = await engine.storeBytes();
  const extractionProblems = engine.checkExtraction ? await engine.checkExtraction(corpus.articles.slice(0, 25)) : null;

  const bulkHighlights = await timed(() => engine.addHighlights(corpus.highlights));
  const afterHighlights = await timed(() => engine.search(probe));
  memory.mark('highlights');
  log(`${corpus.highlights.length} highlights in ${seconds(bulkHighlights.ms)}, next search ${seconds(afterHighlights.ms)}`);

  const beforeQueries = await stats();
  const queries = await measureQueries(engine, corpus.queries, options.rounds);
  memory.mark('queries');
  log(`queries measured (${options.rounds} rounds)`);

  const oneMoreArticle = await changeThenFind(
    corpus.extras.slice(0, options.samples).map(({ article, marker }) => ({ change: () => engine.addArticle(article), marker })),
    engine,
  );
  const oneMoreHighlight = await changeThenFind(
    corpus.markedNotes.slice(0, options.samples).map(({ note, marker }, i) => ({ change: () => engine.addHighlight(markedHighlight(corpus, i, note)), marker })),
    engine,
  );
  memory.mark('changes');
  log(`one more article → searchable ${seconds(oneMoreArticle.searchable.mean)}; one more highlight → searchable ${seconds(oneMoreHighlight.searchable.mean)} (means)`);

  // Asked before closing: an engine may only answer while open (Sourcebook asks its search worker).
  const finalIndexBytes = await engine.indexBytes();
  const beforeClose = await stats();
  const close = await timed(() => engine.close());
  memory.mark('close');
  return {
    engine: name,
    articles: n,
    bulkImport: {
      ms: bulk.ms,
      articlesPerSecond: round(n / (bulk.ms / 1000)),
      perArticle: bulk.value.perArticleMs ? summarise(bulk.value.perArticleMs) : null,
      searchDuring,
      eventLoopDelay,
    },
    firstSearchMs: first.ms,
    importToFirstResultMs: round(bulk.ms + first.ms),
    indexSaveMs: save.ms,
    indexBytes,
    storeBytes,
    highlights: {
      count: corpus.highlights.length,
      bulkMs: bulkHighlights.ms,
      save: bulkHighlights.value.length > 0 ? summarise(bulkHighlights.value) : null,
      saveAtEnd: bulkHighlights.value.length > 0 ? summarise(bulkHighlights.value.slice(Math.floor(bulkHighlights.value.length * 0.9))) : null,
      nextSearchMs: afterHighlights.ms,
    },
    queries: queries.byKind,
    queryAll: queries.all,
    oneMoreArticle,
    oneMoreHighlight,
    closeMs: close.ms,
    indexStats: afterImport && beforeQueries && beforeClose ? { afterImport, beforeQueries, beforeClose } : null,
    final: { indexBytes: finalIndexBytes, storeBytes: await engine.storeBytes() },
    extractionProblems,
    memory: {
      peakRssBytes: peakRssBytes(),
      harnessPeakRssBytes: memory.harnessPeakRssBytes,
      harnessRssBytes: memory.harnessRssBytes,
      runPeakRssBytes: memory.peakSinceStart(),
      heapLimitBytes: v8.getHeapStatistics().heap_size_limit,
      phases: memory.phases,
    },
    wallMs: round(performance.now() - started),
    cpuMs: cpuSince(cpuAtStart),
  };
}

/** Queries interleaved by kind, after one untimed warm-up pass, so no kind is favoured by running first or last. */
async function measureQueries(engine: Engine, set: Record<QueryKind, QuerySpec[]>, rounds: number): Promise<{ byKind: EngineRun['queries']; all: Summary }> {
  const kinds = QUERY_KINDS.filter((k) => !engine.unsupported?.includes(k));
  for (const kind of kinds) for (const query of set[kind]) await engine.search(query);
  const times = Object.fromEntries(QUERY_KINDS.map((k) => [k, [] as number[]])) as Record<QueryKind, number[]>;
  const hits = Object.fromEntries(QUERY_KINDS.map((k) => [k, 0])) as Record<QueryKind, number>;
  for (let r = 0; r < rounds; r++) {
    for (const kind of kinds) {
      for (const query of set[kind]) {
        const { ms, value } = await timed(() => engine.search(query));
        times[kind].push(ms);
        hits[kind] += value;
      }
    }
  }
  const byKind = Object.fromEntries(
    QUERY_KINDS.map((k) => [k, kinds.includes(k) ? { ...summarise(times[k]), meanHits: round(hits[k] / Math.max(1, times[k].length)) } : null]),
  ) as EngineRun['queries'];
  return { byKind, all: summarise(kinds.flatMap((k) => times[k])) };
}

/**
 * Makes a change, then searches for a word only that change brought in: the time until the user can find what they
 * just added. Both parts are reported, since engines split the work between them differently (Sourcebook saves
 * fast and rebuilds on the next search; the baseline rebuilds on save).
 */
async function changeThenFind(steps: { change: () => Promise<void>; marker: string }[], engine: Engine): Promise<{ stored: Summary; searchable: Summary }> {
  const stored: number[] = [];
  const searchable: number[] = [];
  for (const step of steps) {
    const change = await timed(step.change);
    const search = await timed(() => engine.search({ q: step.marker }));
    if (search.value < 1) throw new Error(`"${step.marker}" was not found after the change that added it`);
    stored.push(change.ms);
    searchable.push(change.ms + search.ms);
  }
  return { stored: summarise(stored), searchable: summarise(searchable) };
}

/** How often a search is made while the bulk import runs. */
const SEARCH_PROBE_MS = 500;

/**
 * Searches every SEARCH_PROBE_MS, one at a time, until stopped: a user searching while a big import runs. A search
 * that fails (an engine with no index yet) counts as failed, not timed.
 */
function probeSearches(engine: Engine, query: QuerySpec): { stop(): Promise<(Summary & { failed: number }) | null> } {
  const times: number[] = [];
  let failed = 0;
  let stopped = false;
  const timer: { wake: (() => void) | null } = { wake: null };
  const run = (async () => {
    while (!stopped) {
      await new Promise<void>((resolve) => {
        timer.wake = resolve;
        setTimeout(resolve, SEARCH_PROBE_MS);
      });
      if (stopped) break;
      const started = performance.now();
      try {
        await engine.search(query);
        times.push(performance.now() - started);
      } catch {
        failed++;
      }
    }
  })();
  return {
    async stop() {
      stopped = true;
      timer.wake?.();
      await run;
      return times.length > 0 ? { ...summarise(times), failed } : null;
    },
  };
}

const nsToMs = (ns: number): number => round(ns / 1e6);

function markedHighlight(corpus: Corpus, i: number, note: string): HighlightPlan {
  const article = corpus.articles[i % corpus.articles.length]!;
  return { article: i % corpus.articles.length, kind: 'claim', quote: article.sentences[0]!, tags: ['bench'], note };
}

function cpuSince(start: NodeJS.CpuUsage): number {
  const { user, system } = process.cpuUsage(start);
  return round((user + system) / 1000);
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
