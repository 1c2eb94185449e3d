import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import type { ArticleMeta, Highlight } from '../../../shared/model';
import { commitWrites, discardWrites, isMissing, storageError, writeFileAtomic } from './atomic-file';
import type { PreparedWrite } from './atomic-file';
import { JsonFile, parseJsonFile } from './json-file';
import { emptyShard, journalSchema, shardSchema } from './schema';
import type { Shard, Tombstone } from './schema';

export type { Tombstone };

/**
 * Deleting a highlight leaves a tombstone (putting a highlight with that id back removes it), so that exchanges
 * can pass deletions on; `putTombstone` records one received from another notebook.
 */
/** The ids a commit touched (put or deleted). */
export interface ChangedIds {
  articles: Set<string>;
  highlights: Set<string>;
}

export type Change =
  | { type: 'putArticle'; article: ArticleMeta }
  | { type: 'deleteArticle'; id: string }
  | { type: 'putHighlight'; highlight: Highlight }
  | { type: 'deleteHighlight'; id: string; deletedAt?: string }
  | { type: 'putTombstone'; tombstone: Tombstone };

const SHARD_KEY = /^[0-9a-f]{2}$/;
/** Articles and their highlights are spread over up to 256 files by the first two hex digits of the article id,
 * so saving one highlight rewrites one small file, whatever the size of the notebook. */
export const shardKeyOf = (articleId: string): string => articleId.slice(0, 2);

interface ShardHandle {
  low: Low<Shard>;
  file: JsonFile<Shard>;
}

/**
 * The notebook's catalogue: article metadata and highlights, held in memory and persisted as lowdb shards in
 * `data/`. Commits are all-or-nothing: new shard files are flushed beside the old ones, then renamed into place;
 * when several shards change, the renames are journalled first so an interrupted commit is finished on open.
 */
export class Catalog {
  private readonly articles = new Map<string, ArticleMeta>();
  private readonly highlights = new Map<string, Highlight>();
  private readonly highlightsByArticle = new Map<string, Set<string>>();
  private readonly tombstones = new Map<string, Tombstone>();
  /** sourceHash and bodyHash → article id, to recognise a document imported before. */
  private readonly byHash = new Map<string, string>();
  /** Normalised title and URL → article ids, to find the earlier version of a re-imported article. */
  private readonly byTitle = new Map<string, Set<string>>();
  private readonly byUrl = new Map<string, Set<string>>();
  private queue: Promise<unknown> = Promise.resolve();
  private readonly listeners = new Set<(changed: ChangedIds) => void>();

  private constructor(
    private readonly dataDir: string,
    private readonly shards: Map<string, ShardHandle>,
  ) {
    for (const handle of shards.values()) this.index(handle.low.data);
  }

  static async open(dataDir: string): Promise<Catalog> {
    await mkdir(dataDir, { recursive: true });
    await finishInterruptedCommit(dataDir);
    const shards = new Map<string, ShardHandle>();
    for (const name of (await readdir(dataDir)).sort()) {
      if (name.endsWith('.tmp')) await rm(path.join(dataDir, name), { force: true }); // a commit that never got decided
      const key = name.replace(/\.json$/, '');
      if (name.endsWith('.json') && SHARD_KEY.test(key)) shards.set(key, shardHandle(dataDir, key));
    }
    // All at once, so that one file is parsed while the next are read; a corrupt one is reported in name order.
    const reads = await Promise.allSettled([...shards.values()].map((handle) => handle.low.read()));
    const failed = reads.find((read) => read.status === 'rejected');
    if (failed) throw failed.reason;
    return new Catalog(dataDir, shards);
  }

  article(id: string): ArticleMeta | undefined {
    return this.articles.get(id);
  }

  allArticles(): IterableIterator<ArticleMeta> {
    return this.articles.values();
  }

  highlight(id: string): Highlight | undefined {
    return this.highlights.get(id);
  }

  /** The article imported from the same bytes, or with the same body text. */
  articleWithHash(hash: string): ArticleMeta | undefined {
    const id = this.byHash.get(hash);
    return id === undefined ? undefined : this.articles.get(id);
  }

  /** Articles whose title is the same, ignoring case and spacing. */
  articlesTitled(title: string): ArticleMeta[] {
    return [...(this.byTitle.get(titleKey(title)) ?? [])].map((id) => this.articles.get(id)!);
  }

  articlesWithUrl(url: string): ArticleMeta[] {
    return [...(this.byUrl.get(url) ?? [])].map((id) => this.articles.get(id)!);
  }

  allHighlights(): IterableIterator<Highlight> {
    return this.highlights.values();
  }

  /** The tombstone of a deleted highlight, if it was deleted here or a deletion was received. */
  tombstone(id: string): Tombstone | undefined {
    return this.tombstones.get(id);
  }

  allTombstones(): IterableIterator<Tombstone> {
    return this.tombstones.values();
  }

  highlightsOf(articleId: string): Highlight[] {
    const ids = this.highlightsByArticle.get(articleId) ?? new Set<string>();
    return [...ids].map((id) => this.highlights.get(id)).filter((h): h is Highlight => h !== undefined);
  }

  get articleCount(): number {
    return this.articles.size;
  }

  get highlightCount(): number {
    return this.highlights.size;
  }

  /** Identifies the stored state; changes whenever any shard is written. The search index records it. */
  fingerprint(): string {
    return [...this.shards.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([key, handle]) => `${key}:${handle.low.data.rev}`)
      .join(',');
  }

  /** Applies changes all-or-nothing. Commits run one at a time, in call order. */
  commit(changes: Change[]): Promise<void> {
    const run = this.queue.then(() => this.commitNow(changes));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Tells `listener` which articles and highlights each successful commit touched; returns its remover. */
  onCommit(listener: (changed: ChangedIds) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private async commitNow(changes: Change[]): Promise<void> {
    if (changes.length === 0) return;
    const changed = this.changedIds(changes);
    const next = this.draft(changes);
    const handles = [...next.keys()].map((key) => [key, this.shards.get(key) ?? shardHandle(this.dataDir, key)] as const);
    const prepared: PreparedWrite[] = [];
    try {
      // In parallel: each prepare waits for a disk flush, and a bulk import touches many shards at once.
      const settled = await Promise.allSettled(handles.map(([key, handle]) => handle.file.prepare(next.get(key)!)));
      for (const outcome of settled) if (outcome.status === 'fulfilled') prepared.push(outcome.value);
      const failed = settled.find((outcome) => outcome.status === 'rejected');
      if (failed) throw failed.reason;
      if (prepared.length > 1) {
        const renames = prepared.map((w) => ({ file: path.basename(w.file), tmp: path.basename(w.tmp) }));
        await writeFileAtomic(journalPath(this.dataDir), JSON.stringify({ renames }));
      }
    } catch (error) {
      await discardWrites(prepared);
      throw storageError(error);
    }
    await commitWrites(prepared);
    if (prepared.length > 1) await rm(journalPath(this.dataDir), { force: true });
    for (const [key, handle] of handles) {
      const before = this.shards.has(key) ? handle.low.data : undefined;
      handle.low.data = next.get(key)!;
      this.shards.set(key, handle);
      this.reindexShard(handle.low.data, before);
    }
    for (const listener of this.listeners) listener(changed);
  }

  private changedIds(changes: Change[]): ChangedIds {
    const changed: ChangedIds = { articles: new Set(), highlights: new Set() };
    for (const change of changes) {
      if (change.type === 'putArticle') changed.articles.add(change.article.id);
      else if (change.type === 'putHighlight') changed.highlights.add(change.highlight.id);
      else if (change.type === 'deleteHighlight') changed.highlights.add(change.id);
      else if (change.type === 'deleteArticle') {
        changed.articles.add(change.id);
        for (const h of this.highlightsOf(change.id)) changed.highlights.add(h.id);
      }
    }
    return changed;
  }

  /** Copies of the shards the changes touch, with the changes applied; the live shards stay as they are. */
  private draft(changes: Change[]): Map<string, Shard> {
    const next = new Map<string, Shard>();
    const shard = (key: string): Shard => {
      let draft = next.get(key);
      if (!draft) {
        const current = this.shards.get(key)?.low.data ?? emptyShard();
        draft = {
          ...current,
          rev: current.rev + 1,
          articles: { ...current.articles },
          highlights: { ...current.highlights },
          ...(current.tombstones ? { tombstones: { ...current.tombstones } } : {}),
        };
        next.set(key, draft);
      }
      return draft;
    };
    for (const change of changes) {
      switch (change.type) {
        case 'putArticle':
          shard(shardKeyOf(change.article.id)).articles[change.article.id] = change.article;
          break;
        case 'deleteArticle': {
          const draft = shard(shardKeyOf(change.id));
          delete draft.articles[change.id];
          for (const [id, h] of Object.entries(draft.highlights)) if (h.articleId === change.id) delete draft.highlights[id];
          break;
        }
        case 'putHighlight': {
          const { highlight } = change;
          const draft = shard(shardKeyOf(highlight.articleId));
          draft.highlights[highlight.id] = highlight;
          // A highlight put back (undo, or a later edit received in an exchange) is no longer deleted.
          const buried = this.tombstones.get(highlight.id);
          if (buried) delete shard(shardKeyOf(buried.articleId)).tombstones?.[highlight.id];
          delete draft.tombstones?.[highlight.id];
          break;
        }
        case 'deleteHighlight': {
          const existing = this.highlights.get(change.id);
          if (!existing) break;
          const draft = shard(shardKeyOf(existing.articleId));
          delete draft.highlights[change.id];
          const deletedAt = change.deletedAt ?? new Date().toISOString();
          (draft.tombstones ??= {})[change.id] = { id: change.id, articleId: existing.articleId, revision: existing.updatedAt, deletedAt };
          break;
        }
        case 'putTombstone':
          (shard(shardKeyOf(change.tombstone.articleId)).tombstones ??= {})[change.tombstone.id] = change.tombstone;
          break;
      }
    }
    return next;
  }

  /** Brings the in-memory maps in line with a shard that was just replaced. */
  private reindexShard(after: Shard, before: Shard | undefined): void {
    if (before) {
      for (const [id, article] of Object.entries(before.articles)) {
        this.articles.delete(id);
        this.byHash.delete(article.sourceHash);
        this.byHash.delete(article.bodyHash);
        for (const version of article.versions) {
          this.byHash.delete(version.sourceHash);
          this.byHash.delete(version.bodyHash);
        }
        this.byTitle.get(titleKey(article.title))?.delete(id);
        if (article.url) this.byUrl.get(article.url)?.delete(id);
      }
      for (const [id, h] of Object.entries(before.highlights)) {
        this.highlights.delete(id);
        this.highlightsByArticle.get(h.articleId)?.delete(id);
      }
      for (const id of Object.keys(before.tombstones ?? {})) this.tombstones.delete(id);
    }
    this.index(after);
  }

  private index(shard: Shard): void {
    for (const article of Object.values(shard.articles)) {
      this.articles.set(article.id, article);
      this.byHash.set(article.sourceHash, article.id);
      this.byHash.set(article.bodyHash, article.id);
      // Earlier versions too: re-importing an old version is a duplicate, not a change.
      for (const version of article.versions) {
        this.byHash.set(version.sourceHash, article.id);
        this.byHash.set(version.bodyHash, article.id);
      }
      addTo(this.byTitle, titleKey(article.title), article.id);
      if (article.url) addTo(this.byUrl, article.url, article.id);
    }
    for (const h of Object.values(shard.highlights)) {
      this.highlights.set(h.id, h);
      let ids = this.highlightsByArticle.get(h.articleId);
      if (!ids) this.highlightsByArticle.set(h.articleId, (ids = new Set()));
      ids.add(h.id);
    }
    for (const t of Object.values(shard.tombstones ?? {})) this.tombstones.set(t.id, t);
  }
}

export const titleKey = (title: string): string => title.toLowerCase().replace(/\s+/g, ' ').trim();

function addTo(map: Map<string, Set<string>>, key: string, id: string): void {
  let ids = map.get(key);
  if (!ids) map.set(key, (ids = new Set()));
  ids.add(id);
}

function shardHandle(dataDir: string, key: string): ShardHandle {
  const file = new JsonFile(path.join(dataDir, `${key}.json`), shardSchema, { sealed: true });
  return { file, low: new Low<Shard>(file, emptyShard()) };
}

const journalPath = (dataDir: string): string => path.join(dataDir, 'journal.json');

/** A journal on disk means a multi-shard commit was decided but its renames may not all have happened: finish them. */
async function finishInterruptedCommit(dataDir: string): Promise<void> {
  const file = journalPath(dataDir);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (isMissing(error)) return;
    throw error;
  }
  const journal = parseJsonFile(file, text, journalSchema);
  await commitWrites(
    journal.renames.map((r) => ({ file: path.join(dataDir, r.file), tmp: path.join(dataDir, r.tmp), backup: true })),
  );
  await rm(file, { force: true });
}
