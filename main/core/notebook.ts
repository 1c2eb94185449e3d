import { mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ApiError } from '../../shared/errors';
import type { ArticleMeta, Block } from '../../shared/model';
import { composeBody } from './articles/body';
import type { ComposedBody } from './articles/body';
import { demoArticlesDir } from './demo/seed-demo';
import { EventHub } from './events';
import { LAZY_DOCX, LAZY_EPUB, LAZY_HTML, LAZY_PDF } from './import/formats/lazy';
import { markdownImporter } from './import/formats/markdown';
import { plainTextImporter } from './import/formats/plain-text';
import { ImporterRegistry } from './import/registry';
import type { Importer } from './import/registry';
import { Jobs } from './jobs';
import { InProcessEngine } from './search/engine/search-engine';
import type { SearchEngine } from './search/engine/search-engine';
import { SearchService } from './search/search-service';
import type { SearchSource } from './search/search-service';
import { Catalog } from './storage/catalog';
import { ContentStore } from './storage/content-store';
import { storageError } from './storage/atomic-file';
import { snapshotIfDue } from './storage/backups';
import type { SnapshotPolicy } from './storage/backups';
import { NotebookLock } from './storage/lock';
import { openNotebookFile } from './storage/notebook-file';
import type { NotebookFile } from './storage/notebook-file';

export interface NotebookOptions {
  /** The notebook folder; created when missing. */
  dir: string;
  /** Who new highlights are attributed to. Defaults to $SOURCEBOOK_AUTHOR, then the login name. */
  author?: string;
  /** The clock, for tests. */
  now?: () => Date;
  importers?: Importer[];
  /** Where the demo articles are (the app's bundle passes its copy); defaults to the source tree's. */
  demoDir?: string;
  /** How to run the search index; in this thread by default (the app and server pass a worker). */
  searchEngine?: (indexDir: string) => Promise<SearchEngine>;
  /** How a second process trying to open this notebook is told who has it open ("sourcebook serve"). */
  holder?: string;
  /** Rotating snapshots of the catalogue taken at open (default: daily, the last 7 kept); false for none. */
  snapshots?: SnapshotPolicy | false;
}

export const DEFAULT_IMPORTERS: Importer[] = [plainTextImporter, markdownImporter, LAZY_HTML, LAZY_DOCX, LAZY_EPUB, LAZY_PDF];

/** An article's stored text, composed into the body that highlights anchor to. */
export interface ArticleText {
  meta: ArticleMeta;
  blocks: Block[];
  body: ComposedBody;
}

/**
 * An open notebook: the catalogue, the article texts, the search index and the event hub, shared by the
 * per-domain services (articles, import, highlights). Open one per folder; `close` flushes the search index.
 */
export class Notebook {
  readonly events = new EventHub();
  readonly jobs = new Jobs();

  private constructor(
    readonly dir: string,
    readonly file: NotebookFile,
    readonly catalog: Catalog,
    readonly content: ContentStore,
    readonly search: SearchService,
    readonly importers: ImporterRegistry,
    readonly author: string,
    readonly now: () => Date,
    readonly demoDir: string,
    private readonly lock: NotebookLock,
  ) {}

  /**
   * Opens the notebook in `options.dir` for this process alone: nothing is read or repaired before its lock is
   * held, and the lock is released by `close` (or when the process exits).
   * @throws ApiError LOCKED when another process has it open; CORRUPT for a file that does not parse
   */
  static async open(options: NotebookOptions): Promise<Notebook> {
    const dir = path.resolve(options.dir);
    await mkdir(dir, { recursive: true });
    const lock = await NotebookLock.acquire(dir, options.holder ?? defaultHolder());
    try {
      const file = await openNotebookFile(dir);
      // The index needs nothing from the catalogue: a worker loads it while this thread reads the catalogue.
      const opening = (options.searchEngine ?? ((indexDir) => InProcessEngine.open(indexDir)))(path.join(dir, 'index'));
      opening.catch(() => undefined); // its failure is reported where it is awaited, not as an unhandled rejection
      let catalog: Catalog;
      try {
        catalog = await Catalog.open(path.join(dir, 'data'));
      } catch (error) {
        await opening.then((engine) => engine.close()).catch(() => undefined); // a worker would keep the process alive
        throw error;
      }
      // A failed snapshot (a full disk) must not keep the user from their notebook: the next open tries again.
      if (options.snapshots !== false) await snapshotIfDue(dir, (options.now ?? (() => new Date()))(), options.snapshots).catch(() => null);
      const content = new ContentStore(path.join(dir, 'content'));
      const engine = await opening;
      const search = new SearchService(engine, notebookSource(catalog, content));
      catalog.onCommit((changed) => search.changed(changed));
      const author = options.author ?? (process.env.SOURCEBOOK_AUTHOR || safeUserName());
      const importers = new ImporterRegistry(options.importers ?? DEFAULT_IMPORTERS);
      const demoDir = options.demoDir ?? demoArticlesDir();
      return new Notebook(dir, file, catalog, content, search, importers, author, options.now ?? (() => new Date()), demoDir, lock);
    } catch (error) {
      await lock.release();
      throw error;
    }
  }

  /** @throws ApiError NOT_FOUND, or BAD_REQUEST when a prefix matches several articles */
  articleMeta(idOrPrefix: string): ArticleMeta {
    const exact = this.catalog.article(idOrPrefix);
    if (exact) return exact;
    const matches = [...this.catalog.allArticles()].filter((a) => a.id.startsWith(idOrPrefix));
    if (matches.length === 1) return matches[0]!;
    if (matches.length === 0) throw new ApiError('NOT_FOUND', `no article with id ${idOrPrefix}`);
    throw new ApiError('BAD_REQUEST', `${idOrPrefix} matches ${matches.length} articles; give more of the id`);
  }

  async articleText(idOrPrefix: string): Promise<ArticleText> {
    const meta = this.articleMeta(idOrPrefix);
    const blocks = await this.content.blocks(meta.contentHash);
    return { meta, blocks, body: composeBody(blocks, meta.includeRemoved) };
  }

  /** Tells listeners what changed; the search index goes stale and catches up before the next search. */
  changed(what: { articles?: boolean; highlights?: boolean }): void {
    this.events.emit('notebook.changed', { articles: what.articles ?? false, highlights: what.highlights ?? false });
  }

  nowIso(): string {
    return this.now().toISOString();
  }

  /** Flushes the search index and releases the notebook for other processes. Safe to call twice. */
  async close(): Promise<void> {
    try {
      await this.search.close();
    } catch (error) {
      // The index is derived data: the next open brings it up to date. Say so in a line rather than a stack.
      throw storageError(error, 'save the search index (it is brought up to date when the notebook next opens)');
    } finally {
      await this.lock.release();
    }
  }
}

function notebookSource(catalog: Catalog, content: ContentStore): SearchSource {
  return {
    fingerprint: () => catalog.fingerprint(),
    article: (id) => catalog.article(id),
    highlight: (id) => catalog.highlight(id),
    highlightsOf: (id) => catalog.highlightsOf(id),
    allArticles: () => catalog.allArticles(),
    allHighlights: () => catalog.allHighlights(),
    async body(articleId) {
      const meta = catalog.article(articleId);
      if (!meta) return '';
      return composeBody(await content.blocks(meta.contentHash), meta.includeRemoved).text;
    },
  };
}

/** What a second process is told has the notebook open, when the host does not say. */
function defaultHolder(): string {
  if (process.versions.electron) return 'the Sourcebook app';
  return `another Sourcebook process (${path.basename(process.argv[1] ?? process.argv0)})`;
}

function safeUserName(): string {
  try {
    return os.userInfo().username || 'unknown';
  } catch {
    return 'unknown';
  }
}
