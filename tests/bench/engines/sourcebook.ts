import path from 'node:path';
import { createCore } from '../../../main/core/index';
import type { Core } from '../../../main/core/index';
import { WorkerEngine } from '../../../main/core/search/engine/worker-engine';
import type { Input, Method, Result } from '../../../shared/api';
import type { GeneratedArticle } from '../corpus/article';
import type { HighlightPlan } from '../corpus/corpus';
import type { QuerySpec } from '../corpus/queries';
import { dirBytes } from '../measure/disk';
import type { Engine, EngineFactory, ImportDetail, IndexStats } from './engine';

/** Everything goes through `dispatch`, as the CLI, HTTP server and Electron shell do, params validation included. */
async function call<M extends Method>(core: Core, method: M, params: Input<M>): Promise<Result<M>> {
  const envelope = await core.dispatch(method, params);
  if (!envelope.ok) throw new Error(`${method} failed: ${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value as Result<M>;
}

/** The real notebook core: lowdb shards, content store, segmented lunr index kept up to date as changes come in. */
class SourcebookEngine implements Engine {
  /** Article id by the article's index in the corpus, for creating highlights. */
  private readonly ids: string[] = [];

  constructor(
    private readonly core: Core,
    private readonly dir: string,
  ) {}

  async importAll(folder: string, articles: GeneratedArticle[]): Promise<ImportDetail> {
    // job.progress fires before each file and once at the end, so the gaps between events are per-file times.
    const perArticleMs: number[] = [];
    let last = performance.now();
    const stop = this.core.notebook.events.onAny((name) => {
      if (name !== 'job.progress') return;
      const now = performance.now();
      perArticleMs.push(now - last);
      last = now;
    });
    let results;
    try {
      results = await call(this.core, 'import.files', { paths: [folder], jobId: 'bench-import' });
    } finally {
      stop();
    }
    perArticleMs.shift(); // the gap before the first file is folder listing, not an article
    const byName = new Map(results.map((r) => [path.basename(r.file), r]));
    articles.forEach((article, i) => {
      const result = byName.get(article.fileName);
      if (result?.status !== 'imported' || !result.articleId) {
        throw new Error(`${article.fileName} was not imported: ${result ? `${result.status} ${result.error ?? ''}` : 'no result'}`);
      }
      this.ids[i] = result.articleId;
    });
    return { perArticleMs };
  }

  async firstSearch(query: QuerySpec): Promise<number> {
    return this.search(query);
  }

  /** Indexes what is pending, writes the segments that only memory holds and waits for background merges: after
   * it, the index on disk is complete (`flush` alone would leave up to 2,000 documents in memory segments). */
  saveIndex(): Promise<void> {
    return this.core.notebook.search.settle();
  }

  async addArticle(article: GeneratedArticle): Promise<void> {
    const result = await call(this.core, 'import.content', { name: article.fileName, text: article.text });
    if (result.status !== 'imported') throw new Error(`${article.fileName} was not imported: ${result.status} ${result.error ?? ''}`);
  }

  async addHighlights(plans: HighlightPlan[]): Promise<number[]> {
    // There is no batch method in the API, so a reader's highlights are saved one by one, as the UI would.
    const times: number[] = [];
    for (const plan of plans) {
      const started = performance.now();
      await this.addHighlight(plan);
      times.push(performance.now() - started);
    }
    return times;
  }

  async addHighlight(plan: HighlightPlan): Promise<void> {
    const articleId = this.ids[plan.article];
    if (!articleId) throw new Error(`article ${plan.article} was not imported`);
    await call(this.core, 'highlights.create', { articleId, kind: plan.kind, quote: plan.quote, tags: plan.tags, note: plan.note });
  }

  async search(query: QuerySpec): Promise<number> {
    const result = await call(this.core, 'search.query', { q: query.q, ...(query.kind ? { kind: query.kind } : {}), limit: 20 });
    return result.total;
  }

  /** Through the public `notebook.stats` rather than the search module, which is free to change its files. */
  async indexBytes(): Promise<number> {
    return (await call(this.core, 'notebook.stats', {})).index.bytes;
  }

  async indexStats(): Promise<IndexStats> {
    const { documents, segments } = (await call(this.core, 'notebook.stats', {})).index;
    return { documents, segments };
  }

  storeBytes(): Promise<number> {
    return dirBytes(this.dir);
  }

  close(): Promise<void> {
    return this.core.close();
  }

  async checkExtraction(articles: GeneratedArticle[]): Promise<string[]> {
    const problems: string[] = [];
    for (let i = 0; i < articles.length; i++) {
      const article = articles[i]!;
      const stored = await call(this.core, 'articles.get', { id: this.ids[i]! });
      if (stored.title !== article.title) problems.push(`${article.fileName}: title "${stored.title}"`);
      if (stored.body !== article.body) problems.push(`${article.fileName}: body differs (${stored.body.length} vs ${article.body.length} chars)`);
      if (stored.date !== article.date) problems.push(`${article.fileName}: date ${stored.date} vs ${article.date}`);
    }
    return problems;
  }
}

const NOTE = 'through dispatch (import.files, import.content, highlights.create, search.query with limit 20, which builds snippets for the page of hits)';

/** As `createCore` opens a notebook by default (CLI, HTTP server, tests): the search engine on the calling thread. */
export const sourcebook: EngineFactory = {
  label: 'Sourcebook',
  note: `Sourcebook: the real core as createCore opens it by default (CLI, tests; search engine on the main thread), ${NOTE}.`,
  async open(dir) {
    const core = await createCore({ dir, author: 'bench' });
    return new SourcebookEngine(core, dir);
  },
};

/**
 * As the desktop app opens a notebook (main/electron/main.ts): the search engine in a worker thread. The bench runs
 * it from the app bundle (tests/bench/app/build-app.ts: this file and the core bundled by esbuild, the workers
 * bundled beside it, as dist/electron ships them); loaded from source instead (a child started by hand), its
 * workers start through tsx, which is slower.
 */
export const sourcebookWorker: EngineFactory = {
  label: 'Sourcebook (app)',
  note: `Sourcebook (app): the real core as the desktop app runs it: bundled by esbuild with the Electron bundles' options, search engine in a worker thread (merges in a second one), ${NOTE}.`,
  async open(dir) {
    const core = await createCore({ dir, author: 'bench', searchEngine: (indexDir) => WorkerEngine.open(indexDir) });
    return new SourcebookEngine(core, dir);
  },
};
