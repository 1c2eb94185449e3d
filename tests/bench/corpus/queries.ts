import lunr from 'lunr';
import type { Kind } from '../../../shared/model';
import type { GeneratedArticle } from './article';
import type { Prng } from './prng';

export const QUERY_KINDS = ['common', 'rare', 'or3', 'must2', 'fuzzy', 'prefix', 'title', 'kindFilter'] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

export interface QuerySpec {
  q: string;
  /** Only for `kindFilter`: the `kind` param of `search.query`. */
  kind?: Kind;
}

export type QuerySet = Record<QueryKind, QuerySpec[]>;

/** How each kind reads in the report. */
export const QUERY_LABELS: Record<QueryKind, string> = {
  common: 'single common term',
  rare: 'rare term',
  or3: '3-term OR',
  must2: '+a +b',
  fuzzy: 'term~1',
  prefix: 'pre*',
  title: 'title:x',
  kindFilter: 'common term, kind filter',
};

const QUERIES_PER_KIND = 10;
const WORD = /[a-z]+/g;

/**
 * Picks queries from the corpus' own statistics rather than hard-coding words, so every query finds something at
 * any corpus size and seed: terms are chosen by how many documents they occur in (document frequency).
 */
export function chooseQueries(articles: GeneratedArticle[], rng: Prng): QuerySet {
  const bodyTerms = articles.map((a) => new Set(a.body.toLowerCase().match(WORD) ?? []));
  const df = countDocuments(bodyTerms);
  const titleDf = countDocuments(articles.map((a) => new Set(a.title.toLowerCase().match(WORD) ?? [])));
  const n = articles.length;
  const indexed = (w: string): boolean => w.length >= 4 && lunr.stopWordFilter(new lunr.Token(w, {})) !== undefined;
  /** `count` words whose document frequency is nearest `target`, sampled from the nearest few so queries vary. */
  const near = (counts: Map<string, number>, target: number, count: number, ok: (w: string) => boolean = indexed): string[] => {
    // Shuffled first so that ties (thousands of words occur in exactly one article) are broken by the seed, not
    // by spelling; the sort is stable.
    const ranked = shuffle([...counts].filter(([w]) => ok(w)), rng)
      .map(([w, c]) => ({ w, distance: Math.abs(Math.log(c / target)) }))
      .sort((a, b) => a.distance - b.distance);
    const pool = ranked.slice(0, count * 3).map(({ w }) => w);
    return Array.from({ length: count }, () => rng.pick(pool));
  };
  /** or3 draws from the same neighbourhood ten times: rank the whole vocabulary once. */
  const midTerms = near(df, Math.max(2, n * 0.05), QUERIES_PER_KIND * 3);
  const long = (w: string): boolean => indexed(w) && w.length >= 6;
  const kinds: Kind[] = ['claim', 'figure', 'quote'];

  return {
    common: near(df, n * 0.5, QUERIES_PER_KIND).map((q) => ({ q })),
    rare: near(df, 1, QUERIES_PER_KIND, long).map((q) => ({ q })),
    or3: Array.from({ length: QUERIES_PER_KIND }, (_, i) => ({ q: midTerms.slice(i * 3, i * 3 + 3).join(' ') })),
    must2: Array.from({ length: QUERIES_PER_KIND }, () => {
      // Two terms from the same article, so the conjunction is never empty by construction.
      const own = new Map([...rng.pick(bodyTerms)].map((w) => [w, df.get(w)!] as const));
      return { q: near(own, Math.max(2, n * 0.05), 2).map((w) => `+${w}`).join(' ') };
    }),
    fuzzy: near(df, Math.max(2, n * 0.02), QUERIES_PER_KIND, long).map((w) => ({ q: `${w}~1` })),
    prefix: near(df, Math.max(2, n * 0.02), QUERIES_PER_KIND, long).map((w) => ({ q: `${w.slice(0, 4)}*` })),
    title: near(titleDf, 3, QUERIES_PER_KIND).map((w) => ({ q: `title:${w}` })),
    kindFilter: near(df, n * 0.5, QUERIES_PER_KIND).map((q, i) => ({ q, kind: kinds[i % kinds.length]! })),
  };
}

function shuffle<T>(items: T[], rng: Prng): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

function countDocuments(docs: Set<string>[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const terms of docs) for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}
