import type { ArticleMeta, ImportResult } from '../../../shared/model';
import type { Notebook } from '../notebook';
import type { StoredContent } from '../storage/schema';
import { describe } from './describe';

interface Pending {
  result: ImportResult;
  meta: ArticleMeta;
  content: StoredContent;
}

/** New articles wait here until this many bytes of text, or this many articles, are ready to store together. */
const MAX_BATCH_BYTES = 8 * 1024 * 1024;
const MAX_BATCH_ARTICLES = 200;

/**
 * New articles of a bulk import, stored together: their content files are written in parallel and the catalogue
 * takes them in one all-or-nothing commit, so a folder of thousands of files costs a few hundred disk flushes
 * rather than two per file. Results are filled in when the batch is stored.
 */
export class ImportBatch {
  private pending: Pending[] = [];
  private readonly hashes = new Map<string, ArticleMeta>();
  private bytes = 0;

  constructor(private readonly nb: Notebook) {}

  /** A pending article with this source or body hash (the same document twice in one batch). */
  withHash(hash: string): ArticleMeta | undefined {
    return this.hashes.get(hash);
  }

  /** Whether an article pending here could be an earlier version of `title` (store first, then compare). */
  holdsTitle(title: string): boolean {
    const wanted = title.toLowerCase().trim();
    return this.pending.some((p) => p.meta.title.toLowerCase().trim() === wanted);
  }

  get full(): boolean {
    return this.bytes >= MAX_BATCH_BYTES || this.pending.length >= MAX_BATCH_ARTICLES;
  }

  add(result: ImportResult, meta: ArticleMeta, content: StoredContent, bytes: number): void {
    this.pending.push({ result, meta, content });
    this.hashes.set(meta.sourceHash, meta);
    this.hashes.set(meta.bodyHash, meta);
    this.bytes += bytes;
  }

  /** Stores every pending article. On failure each of them reports the error; nothing half-stored remains listed. */
  async store(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    this.hashes.clear();
    this.bytes = 0;
    if (batch.length === 0) return;
    try {
      await Promise.all(batch.map((p) => this.nb.content.put(p.content)));
      await this.nb.catalog.commit(batch.map((p) => ({ type: 'putArticle', article: p.meta })));
    } catch (error) {
      for (const p of batch) Object.assign(p.result, { status: 'error', error: describe(error), articleId: undefined, title: undefined });
    }
  }
}
