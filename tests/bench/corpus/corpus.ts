import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Kind } from '../../../shared/model';
import { generateArticle } from './article';
import type { GeneratedArticle, WordSource } from './article';
import { Prng, Zipf } from './prng';
import { chooseQueries } from './queries';
import type { QuerySet } from './queries';
import { buildVocabulary } from './vocabulary';

/** A highlight to create: the passage by its exact text, as `highlights.create` takes it. */
export interface HighlightPlan {
  article: number;
  kind: Kind;
  quote: string;
  tags: string[];
  note: string;
}

export interface Corpus {
  seed: number;
  articles: GeneratedArticle[];
  /** Articles imported one at a time after the bulk import, each findable by its own marker word. */
  extras: { article: GeneratedArticle; marker: string }[];
  /** About three per article, created after the import like a reader working through the notebook. */
  highlights: HighlightPlan[];
  /** Notes with a word found nowhere else, for timing "save a highlight, then find it". */
  markedNotes: { note: string; marker: string }[];
  queries: QuerySet;
  /** Bytes of the article files as imported (UTF-8). */
  textBytes: number;
}

/** Distinct terms of a real news archive of this size run to tens of thousands; 40k keeps lunr's token set realistic. */
const VOCABULARY_SIZE = 40_000;
export const EXTRA_ARTICLES = 12;
const TAGS = `sanctions telecom censorship privacy energy courts elections economy security surveillance health
protest media military trade climate data migration corruption budget banking transport education labour
housing agriculture diplomacy technology infrastructure`.split(/\s+/);

/** The same seed and size always give the same corpus, byte for byte. */
export function generateCorpus(size: number, seed: number): Corpus {
  const root = new Prng(seed);
  const vocabularyRng = root.fork(1);
  const { words, functionWords } = buildVocabulary(VOCABULARY_SIZE, vocabularyRng);
  const source: WordSource = { words, functionWords, zipf: new Zipf(words.length, root.fork(2), 1.0) };
  const articleRng = root.fork(3);
  const articles = Array.from({ length: size }, (_, i) => generateArticle(i, articleRng, source));
  const extras = Array.from({ length: EXTRA_ARTICLES }, (_, i) => {
    const marker = `sbmarker${seed.toString(36)}x${i}`;
    return { article: generateArticle(size + i, articleRng, source, marker), marker };
  });
  const highlightRng = root.fork(4);
  const tagZipf = new Zipf(TAGS.length, highlightRng, 1.0);
  const highlights = articles.flatMap((article, i) => planHighlights(article, i, highlightRng, () => TAGS[tagZipf.next()]!));
  const markedNotes = Array.from({ length: EXTRA_ARTICLES }, (_, i) => {
    const marker = `sbnote${seed.toString(36)}x${i}`;
    return { note: `Check against ${marker} before publishing`, marker };
  });
  return {
    seed,
    articles,
    extras,
    highlights,
    markedNotes,
    queries: chooseQueries(articles, root.fork(5)),
    textBytes: articles.reduce((sum, a) => sum + Buffer.byteLength(a.text), 0),
  };
}

function planHighlights(article: GeneratedArticle, index: number, rng: Prng, tag: () => string): HighlightPlan[] {
  const used = new Set<string>();
  const plans: HighlightPlan[] = [];
  for (let n = 0; n < 3; n++) {
    const kind = rng.pick(['claim', 'figure', 'quote'] as const);
    // Figures are sentences with a number and quotes are sentences in quotation marks, as a reader would pick them.
    const fitting = article.sentences.filter((s) => !used.has(s) && (kind === 'figure' ? /\d/.test(s) : kind === 'quote' ? s.startsWith('“') : true));
    const pool = fitting.length > 0 ? fitting : article.sentences.filter((s) => !used.has(s));
    if (pool.length === 0) break;
    const quote = rng.pick(pool);
    used.add(quote);
    const tags = [...new Set(Array.from({ length: rng.int(0, 2) }, tag))];
    plans.push({ article: index, kind, quote, tags, note: rng.chance(0.4) ? `Follow up: ${quote.split(' ').slice(2, 6).join(' ')}` : '' });
  }
  return plans;
}

/** Writes the bulk articles as .txt files into `dir` (created when missing) and returns that folder. */
export async function writeCorpus(corpus: Corpus, dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  for (const article of corpus.articles) await writeFile(path.join(dir, article.fileName), article.text);
  return dir;
}

/**
 * The corpus as an engine's run reads it (written once by the parent, read by each child): without the bulk
 * articles' file text (the engines read the files written by writeCorpus) and their sentences past the first
 * (highlight plans hold their own quotes). The one-more articles keep everything.
 */
export function forRun(corpus: Corpus): Corpus {
  return { ...corpus, articles: corpus.articles.map((a) => ({ ...a, text: '', sentences: a.sentences.slice(0, 1) })) };
}
