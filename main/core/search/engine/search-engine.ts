import type { IndexDocument } from './build-segment';
import type { QueryResult } from './execute-query';
import type { RefFilter } from './ref-filter';
import { SegmentStore } from './segment-store';
import type { MergeRunner, StoreStats } from './segment-store';

/** The index behind the search service: in this thread, or in a worker thread (same interface, async). */
export interface SearchEngine {
  fingerprint(): Promise<string>;
  versions(): Promise<Map<string, string>>;
  update(documents: IndexDocument[], removed: string[], fingerprint: string): Promise<void>;
  /** @throws lunr.QueryParseError (or an error named QueryParseError from a worker) on bad syntax */
  query(q: string, options?: EngineQueryOptions): Promise<QueryResult>;
  stats(): Promise<StoreStats>;
  /** Writes what only memory holds and resolves when no background merge is running. */
  settle(): Promise<void>;
  /** Deletes the index and starts an empty one. */
  rebuild(): Promise<void>;
  /** Writes what only memory holds; does not wait for a background merge (it is abandoned). */
  close(): Promise<void>;
}

export interface EngineQueryOptions {
  /** Return only the best `top` hits; the total still counts every hit. */
  top?: number;
  /** Only these refs count, in the hits and the total. */
  only?: RefFilter;
}

/** The engine in the calling thread: for the CLI and tests, where a worker's start-up would cost more than it saves. */
export class InProcessEngine implements SearchEngine {
  private constructor(
    private readonly dir: string,
    private store: SegmentStore,
    private readonly runMerge?: MergeRunner,
  ) {}

  static async open(dir: string, runMerge?: MergeRunner): Promise<InProcessEngine> {
    return new InProcessEngine(dir, await SegmentStore.open(dir, runMerge), runMerge);
  }

  fingerprint = async (): Promise<string> => this.store.fingerprint;
  versions = async (): Promise<Map<string, string>> => this.store.versions();
  update = (documents: IndexDocument[], removed: string[], fingerprint: string): Promise<void> => this.store.update(documents, removed, fingerprint);
  query = async (q: string, { top, only }: EngineQueryOptions = {}): Promise<QueryResult> => this.store.search(q, { top, only: only?.refs });
  stats = (): Promise<StoreStats> => this.store.stats();
  settle = (): Promise<void> => this.store.settle();

  async rebuild(): Promise<void> {
    await this.store.settle();
    this.store = await SegmentStore.reset(this.dir, this.runMerge);
  }

  close(): Promise<void> {
    return this.store.close();
  }
}
