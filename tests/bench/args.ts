import { parseArgs } from 'node:util';
import { EXTRA_ARTICLES } from './corpus/corpus';
import { DEFAULT_ENGINES, ENGINE_NAMES, isEngineName } from './engines/index';
import type { EngineName } from './engines/index';

export interface BenchArgs {
  articles: number;
  seed: number;
  json: boolean;
  /** Report columns, in order. */
  engines: EngineName[];
  /** Samples of the scenarios that rebuild the whole index each time (one more article, one more highlight). */
  samples: number;
  rounds: number;
  coldRuns: number;
  keep: boolean;
  /** Also write the JSON result to this file (a CI artifact next to the printed table). */
  out: string | null;
  help: boolean;
}

export const USAGE = `npm run bench -- [options]

  --articles N   articles in the generated corpus (default 1000)
  --seed S       corpus seed (default 1); the same seed and N give the same corpus, byte for byte
  --engines LIST comma-separated, in column order (default ${DEFAULT_ENGINES.join(',')}; all: ${ENGINE_NAMES.join(',')})
  --json         print one JSON object with every figure instead of the table (keys: tests/bench/README.md)
  --samples K    samples of "one more article/highlight → searchable" (default 3 up to 100 articles, 2 up to
                 250, then 1: every sample costs the naive baseline a full rebuild, most of its wall time)
  --rounds R     passes over the query set (default 5; 10 queries per kind each)
  --cold-runs C  fresh processes per engine for the cold-open figure (default 3; the median is reported)
  --out FILE     also write the JSON object to FILE, whichever of table or JSON is printed
  --keep         keep the temporary folder (corpus and notebooks) and print where it is
`;

const positiveInt = (name: string, value: string | undefined, fallback: number, min = 1): number => {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be an integer ≥ ${min} (got ${value})`);
  return n;
};

/**
 * Each sample costs an engine that rebuilds per change (the naive baseline) a full index build, and those builds are
 * most of its wall time: one sample above 250 articles keeps N=300 (CI) under a minute on two cores. A rebuild is
 * deterministic work, so one sample varies little; --samples asks for more.
 */
const defaultSamples = (articles: number): number => (articles <= 100 ? 3 : articles <= 250 ? 2 : 1);

export function parseBenchArgs(argv: string[]): BenchArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      articles: { type: 'string' },
      seed: { type: 'string' },
      json: { type: 'boolean', default: false },
      engines: { type: 'string' },
      samples: { type: 'string' },
      rounds: { type: 'string' },
      'cold-runs': { type: 'string' },
      keep: { type: 'boolean', default: false },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  const articles = positiveInt('articles', values.articles, 1000, 10);
  return {
    articles,
    seed: positiveInt('seed', values.seed, 1, 0),
    json: values.json ?? false,
    engines: parseEngines(values.engines),
    samples: Math.min(positiveInt('samples', values.samples, defaultSamples(articles)), EXTRA_ARTICLES),
    rounds: positiveInt('rounds', values.rounds, 5),
    coldRuns: positiveInt('cold-runs', values['cold-runs'], 3),
    keep: values.keep ?? false,
    out: values.out ?? null,
    help: values.help ?? false,
  };
}

function parseEngines(list: string | undefined): EngineName[] {
  if (list === undefined) return DEFAULT_ENGINES;
  const names = [...new Set(list.split(',').map((s) => s.trim()).filter(Boolean))];
  const unknown = names.filter((n) => !isEngineName(n));
  if (unknown.length > 0 || names.length === 0) throw new Error(`--engines: unknown ${unknown.join(', ') || '(empty)'}; known: ${ENGINE_NAMES.join(', ')}`);
  return names as EngineName[];
}
