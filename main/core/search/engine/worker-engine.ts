import type { Worker } from 'node:worker_threads';
import type { IndexDocument } from './build-segment';
import type { QueryResult } from './execute-query';
import type { EngineQueryOptions, SearchEngine } from './search-engine';
import { RecentFilters, UNKNOWN_FILTER } from './ref-filter';
import type { StoreStats } from './segment-store';
import { spawnWorker } from '../../workers/spawn-worker';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

/**
 * The search engine in a worker thread, for the app and the browser-mode server: indexing, merging and searching
 * never block the thread that serves the UI.
 */
export class WorkerEngine implements SearchEngine {
  private next = 0;
  private closed = false;
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  /** The filter sets the worker was sent (it keeps as many, dropping the oldest the same way). */
  private readonly sentFilters = new RecentFilters();

  private constructor(private readonly worker: Worker) {
    worker.on('message', (reply: WorkerReply) => {
      const waiting = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if (!waiting) return;
      if (reply.ok) waiting.resolve(reply.value);
      else waiting.reject(Object.assign(new Error(reply.error.message), { name: reply.error.name, start: reply.error.start }));
    });
    const failAll = (error: Error): void => {
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    };
    worker.on('error', failAll);
    worker.on('exit', () => failAll(new Error('the search worker stopped')));
  }

  static async open(dir: string): Promise<WorkerEngine> {
    const engine = new WorkerEngine(spawnWorker('search-worker'));
    await engine.send({ op: 'open', dir });
    return engine;
  }

  fingerprint = () => this.send({ op: 'fingerprint' }) as Promise<string>;
  versions = () => this.send({ op: 'versions' }) as Promise<Map<string, string>>;
  update = (documents: IndexDocument[], removed: string[], fingerprint: string) => this.send({ op: 'update', documents, removed, fingerprint }) as Promise<void>;
  /** A filter set crosses to the worker once; later queries name it by its key. */
  query = async (q: string, { top, only }: EngineQueryOptions = {}): Promise<QueryResult> => {
    if (!only) return this.send({ op: 'query', q, top }) as Promise<QueryResult>;
    const send = (withRefs: boolean) => this.send({ op: 'query', q, top, filter: { key: only.key, ...(withRefs ? { refs: only.refs } : {}) } });
    const known = this.sentFilters.has(only.key);
    this.sentFilters.add(only.key, only.refs);
    try {
      return (await send(!known)) as QueryResult;
    } catch (error) {
      if ((error as Error).name !== UNKNOWN_FILTER) throw error;
      return (await send(true)) as QueryResult;
    }
  };
  stats = () => this.send({ op: 'stats' }) as Promise<StoreStats>;
  settle = () => this.send({ op: 'settle' }) as Promise<void>;
  rebuild = () => this.send({ op: 'rebuild' }) as Promise<void>;

  async close(): Promise<void> {
    if (this.closed) return;
    await this.send({ op: 'close' }).catch(() => undefined);
    this.closed = true;
    await this.worker.terminate();
  }

  private send(request: WorkerRequest): Promise<unknown> {
    if (this.closed) return Promise.reject(new Error('the search index is closed'));
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...request, id });
    });
  }
}
