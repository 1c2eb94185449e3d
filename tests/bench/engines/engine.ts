import type { GeneratedArticle } from '../corpus/article';
import type { HighlightPlan } from '../corpus/corpus';
import type { QueryKind, QuerySpec } from '../corpus/queries';

/**
 * A search engine under test, seen through the operations the notebook needs. Every scenario talks to engines only
 * through this, so a new peer (MiniSearch, FlexSearch, …) is one more file in engines/ and one line in index.ts.
 *
 * Operations are timed by the scenario, not by the engine, so all engines are measured the same way.
 */
export interface Engine {
  /** Query kinds the engine does not offer: reported "n/a" rather than faked with another kind of query. */
  readonly unsupported?: readonly QueryKind[];
  /** Stores every article of the corpus folder. It need not be searchable yet. */
  importAll(folder: string, articles: GeneratedArticle[]): Promise<ImportDetail>;
  /** Makes what was imported searchable and answers the first query: the cost a user pays after a bulk import. */
  firstSearch(query: QuerySpec): Promise<number>;
  /** Writes the index to disk, if the engine keeps one there. */
  saveIndex(): Promise<void>;
  /** Stores one more article, durably. */
  addArticle(article: GeneratedArticle): Promise<void>;
  /** Creates highlights in bulk, as a reader working through the notebook would (one save each where the engine
   * has no batch operation). Returns the time of each save when it can be observed, for the save latency figure. */
  addHighlights(plans: HighlightPlan[]): Promise<number[]>;
  /** Saves one highlight, durably. */
  addHighlight(plan: HighlightPlan): Promise<void>;
  /** Runs a query; returns how many results matched (all pages). */
  search(query: QuerySpec): Promise<number>;
  /** Bytes of the saved search index alone. Only asked while the engine is open. */
  indexBytes(): Promise<number>;
  /** Bytes of everything the engine keeps on disk (catalogue, texts, index). Also asked after close. */
  storeBytes(): Promise<number>;
  close(): Promise<void>;
  /** What the index holds now, for engines whose index has a shape worth seeing (Sourcebook's segments: a query
   * visits every segment, so their number explains query times). Only asked while the engine is open. */
  indexStats?(): Promise<IndexStats>;
  /** Compares what the engine extracted from the files with what the generator wrote; returns the differences. Only
   * engines that extract text themselves implement it: it backs the claim that every engine indexes the same text. */
  checkExtraction?(articles: GeneratedArticle[]): Promise<string[]>;
}

export interface IndexStats {
  documents: number;
  segments: number;
}

export interface ImportDetail {
  /** Time of each article within the batch, when the engine reports progress per article. */
  perArticleMs: number[] | null;
}

/** How to start an engine: fresh in an empty folder, or on a folder an earlier run saved (cold open). */
export interface EngineFactory {
  /** Report column heading. */
  label: string;
  /** One line on what this engine is and how it is measured, printed under the table. */
  note: string;
  open(dir: string): Promise<Engine>;
}
