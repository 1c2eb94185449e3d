import type { IndexDocument } from './build-segment';

/** Requests the main thread sends the search worker; each carries an id and gets one reply with that id. */
export type WorkerRequest =
  | { op: 'open'; dir: string }
  | { op: 'fingerprint' }
  | { op: 'versions' }
  | { op: 'update'; documents: IndexDocument[]; removed: string[]; fingerprint: string }
  /** `filter.refs` comes with a key the worker has not been sent yet (see RefFilter). */
  | { op: 'query'; q: string; top?: number; filter?: { key: string; refs?: ReadonlySet<string> } }
  | { op: 'stats' }
  | { op: 'settle' }
  | { op: 'rebuild' }
  | { op: 'close' };

export type WorkerReply =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: { name: string; message: string; start?: number } };
