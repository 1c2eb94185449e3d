import { setTimeout as delay } from 'node:timers/promises';
import type { SearchQueryResult } from '../../../shared/api/search';
import { ApiError } from '../../../shared/errors';
import { storageError } from '../storage/atomic-file';
import type { ArticleMeta, Highlight, Kind, ReindexReport, SearchHit } from '../../../shared/model';
import { lunr } from './analysis';
import { parseRef } from './documents';
import type { IndexDocument } from './engine/build-segment';
import type { QueryResult } from './engine/execute-query';
import type { RefFilter } from './engine/ref-filter';
import type { SearchEngine } from './engine/search-engine';
import { allowedRefs, dateOf, filterKey } from './filter-hits';
import type { HitFilters } from './filter-hits';
import { articleIndexDocument, articleVersion, highlightIndexDocument, highlightVersion, languageOf } from './index-documents';
import { normaliseLanguage } from './languages';
import type { Language } from './languages';
import { makeSnippet } from './snippet';

/** What the search service needs from the notebook. */
export interface SearchSource {
  fingerprint(): string;
  article(id: string): ArticleMeta | undefined;
  highlight(id: string): Highlight | undefined;
  highlightsOf(articleId: string): Highlight[];
  allArticles(): Iterable<ArticleMeta>;
  allHighlights(): Iterable<Highlight>;
  body(articleId: string): Promise<string>;
}

/** What `verify` found: documents to (re)index and documents the data no longer has. */
export interface IndexCheck {
  missingOrOutdated: number;
  extra: number;
  repaired: boolean;
}

export interface SearchParams extends HitFilters {
  q: string;
  kind?: Kind;
  sort: 'relevance' | 'date';
  limit: number;
  offset: number;
}

/** lunr expands `term~N` into every term within N edits; beyond 2 that can take minutes on a large vocabulary. */
const MAX_EDIT_DISTANCE = 2;
/** Documents sent to the engine per segment build while catching up (bounded memory for big rebuilds). */
const BATCH = 500;
/** Sets of filtered refs kept between changes to the notebook (each may hold tens of thousands of refs). */
const KEPT_FILTER_SETS = 8;
/** A search waits for every change made before it, unless that means this many documents (a bulk import's batch)… */
const BULK_DOCUMENTS = 100;
/** …and indexing them takes longer than this: it then answers from the index as it is, and says what is pending. */
const BULK_WAIT_MS = 100;
/** How long changes wait to be indexed together when nobody is searching. */
const DEBOUNCE_MS = 25;

/**
 * Keeps the segmented index in step with the notebook and answers queries. Changes mark documents dirty and are
 * indexed together a moment later, or at once when a search comes in, so a search always sees every change made
 * before it. On open, what the index holds is compared with the data and the difference is indexed.
 */
export class SearchService {
  /** Documents to index, each with the number of the earliest change to it not yet indexed (see `changes`). */
  private readonly dirtyArticles = new DirtySet();
  private readonly dirtyHighlights = new DirtySet();
  /** Changes are numbered as they come, so a search can wait for those made before it and no later ones: during
   * a bulk import new articles keep arriving, and "wait until nothing is pending" would wait for the import. */
  private changes = 0;
  /** Every change numbered up to this one is in the index. */
  private indexedThrough = 0;
  private flushing: Promise<void> | null = null;
  /** Documents of the batch being indexed. */
  private indexing = 0;
  private timer: NodeJS.Timeout | null = null;
  private ready: Promise<void>;
  /** The catalogue state the index reflected after the last complete flush. */
  private indexedFingerprint = '';
  /** The refs each recent set of filters lets through, valid until the notebook changes (`changed` clears it). */
  private readonly filterSets = new Map<string, RefFilter>();
  private filterSetsMade = 0;

  constructor(
    private readonly engine: SearchEngine,
    private readonly source: SearchSource,
  ) {
    this.ready = this.reconcile();
  }

  /** Marks documents as changed; they are indexed shortly, or before the next search. */
  changed(ids: { articles: Iterable<string>; highlights: Iterable<string> }): void {
    const change = ++this.changes;
    this.filterSets.clear();
    for (const id of ids.articles) {
      this.dirtyArticles.add(id, change);
      // An article's language decides its highlights' analysis: re-index them with it.
      for (const h of this.source.highlightsOf(id)) this.dirtyHighlights.add(h.id, change);
    }
    for (const id of ids.highlights) this.dirtyHighlights.add(id, change);
    if (!this.timer) {
      this.timer = setTimeout(() => {
        this.timer = null;
        void this.flush().catch(() => undefined); // retried by the next flush
      }, DEBOUNCE_MS);
      this.timer.unref(); // pending work is flushed on close, not by keeping the process alive
    }
  }

  get current(): boolean {
    return this.dirtyArticles.size === 0 && this.dirtyHighlights.size === 0 && this.indexedFingerprint === this.source.fingerprint();
  }

  async search(params: SearchParams): Promise<SearchQueryResult> {
    const q = params.q.trim();
    if (q === '') return { total: 0, hits: [] };
    checkEditDistance(q);
    const pendingDocuments = await this.catchUp();
    let result: QueryResult;
    try {
      // Filtered and cut to the page's hits in the engine: only those cross from a worker. Sorting by date needs
      // every hit.
      const top = params.sort === 'date' ? undefined : params.offset + params.limit;
      result = await this.engine.query(q, { top, only: this.filterSet(params) });
    } catch (error) {
      throw toBadQuery(error);
    }
    const order = result.refs.map((_, i) => i);
    if (params.sort === 'date') {
      const dates = new Map(order.map((i) => [i, dateOf(result.refs[i]!, this.source)]));
      order.sort((a, b) => (dates.get(b)! < dates.get(a)! ? -1 : dates.get(b)! > dates.get(a)! ? 1 : result.scores[b]! - result.scores[a]!));
    }
    const terms = new Set(result.terms);
    const hits: SearchHit[] = [];
    for (const i of order.slice(params.offset, params.offset + params.limit)) {
      const hit = await this.toHit(result.refs[i]!, result.scores[i]!, terms);
      if (hit) hits.push(hit);
    }
    return { total: result.total, hits, ...(pendingDocuments > 0 ? { pendingDocuments } : {}) };
  }

  /**
   * Waits until the index has every change made before the search (not later ones), and when they cannot be
   * indexed (a full disk) says why. During a bulk import that can take seconds: after BULK_WAIT_MS the search goes
   * ahead with what is indexed. Returns how many documents it did not wait for.
   */
  private async catchUp(): Promise<number> {
    const caughtUp = this.flush(this.changes).catch((error: unknown) => Promise.reject(storageError(error, 'update the search index')));
    if (this.pendingDocuments() < BULK_DOCUMENTS) return caughtUp.then(() => 0);
    const timeout = new AbortController();
    const inTime = await Promise.race([
      caughtUp.then(() => true),
      delay(BULK_WAIT_MS, false, { signal: timeout.signal }).catch(() => true),
    ]).finally(() => timeout.abort());
    if (inTime) return 0;
    caughtUp.catch(() => undefined); // retried by the next flush
    return this.pendingDocuments();
  }

  private pendingDocuments(): number {
    return this.dirtyArticles.size + this.dirtyHighlights.size + this.indexing;
  }

  /** The refs the search's filters let through (made once per state of the notebook); undefined without filters. */
  private filterSet(filters: HitFilters): RefFilter | undefined {
    const key = filterKey(filters);
    if (key === null) return undefined;
    let set = this.filterSets.get(key);
    if (!set) {
      set = { key: `${++this.filterSetsMade}`, refs: allowedRefs(filters, this.source) };
      this.filterSets.set(key, set);
      if (this.filterSets.size > KEPT_FILTER_SETS) this.filterSets.delete(this.filterSets.keys().next().value!);
    }
    return set;
  }

  /** Indexes every pending change, or those numbered up to `through`. Concurrent callers share one run. */
  async flush(through = Number.POSITIVE_INFINITY): Promise<void> {
    await this.ready;
    while ((this.dirtyArticles.size > 0 || this.dirtyHighlights.size > 0 || this.flushing) && this.indexedThrough < through) {
      this.flushing ??= this.flushPending().finally(() => (this.flushing = null));
      await this.flushing;
    }
  }

  /** Throws the index away and builds it again from the stored data. */
  async reindex(): Promise<ReindexReport> {
    const started = performance.now();
    await this.ready;
    await this.flushing;
    // Before catching up: anything still queued (from open, or a change a moment ago) means it was not current.
    const wasCurrent = this.dirtyArticles.size === 0 && this.dirtyHighlights.size === 0 && (await this.matchesData());
    await this.engine.rebuild();
    this.ready = this.reconcile();
    await this.flush();
    await this.engine.settle();
    return { wasCurrent, documents: (await this.engine.stats()).documents, ms: Math.round(performance.now() - started) };
  }

  /**
   * Compares every document the index holds with the data, whatever the saved fingerprint says (the check
   * behind `sourcebook check`). With `repair`, indexes the difference and waits until it is on disk.
   */
  async verify(repair: boolean): Promise<IndexCheck> {
    await this.ready;
    await this.flushing;
    await this.engine.settle();
    const { articles, highlights, removed } = this.difference(await this.engine.versions());
    const found: IndexCheck = { missingOrOutdated: articles.length + highlights.length, extra: removed.length, repaired: false };
    if (!repair || found.missingOrOutdated + found.extra === 0) return found;
    this.markOutdated(articles, highlights);
    if (removed.length > 0) await this.engine.update([], removed, '');
    if (this.dirtyArticles.size + this.dirtyHighlights.size === 0) await this.engine.update([], [], this.source.fingerprint());
    await this.flush();
    await this.engine.settle();
    return { ...found, repaired: true };
  }

  /** Resolves when pending changes are indexed and no merge is running (what is on disk is then complete). */
  async settle(): Promise<void> {
    await this.flush();
    await this.engine.settle();
  }

  async stats(): Promise<{ documents: number; bytes: number; segments: number }> {
    await this.ready;
    return this.engine.stats();
  }

  private closing: Promise<void> | null = null;

  /** Indexes what is pending, writes it, and stops the engine (a background merge is abandoned). Safe to call twice. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      if (this.timer) clearTimeout(this.timer);
      this.timer = null;
      await this.flush();
      await this.engine.close();
    })();
    return this.closing;
  }

  /** Compares what the index holds with the data, and queues the difference. */
  private async reconcile(): Promise<void> {
    const fingerprint = this.source.fingerprint();
    if ((await this.engine.fingerprint()) === fingerprint && fingerprint !== '') {
      this.indexedFingerprint = fingerprint;
      return;
    }
    const indexed = await this.engine.versions();
    const { articles, highlights, removed } = this.difference(indexed);
    this.markOutdated(articles, highlights);
    if (articles.length + highlights.length + removed.length === 0) {
      await this.engine.update([], [], fingerprint);
      this.indexedFingerprint = fingerprint;
    } else if (removed.length > 0) {
      await this.engine.update([], removed, this.dirtyArticles.size + this.dirtyHighlights.size ? '' : fingerprint);
    }
  }

  private async matchesData(): Promise<boolean> {
    const { articles, highlights, removed } = this.difference(await this.engine.versions());
    return articles.length + highlights.length + removed.length === 0;
  }

  private difference(indexed: Map<string, string>) {
    const articles: string[] = [];
    const highlights: string[] = [];
    const wanted = new Set<string>();
    for (const meta of this.source.allArticles()) {
      wanted.add(`a:${meta.id}`);
      if (indexed.get(`a:${meta.id}`) !== articleVersion(meta)) articles.push(meta.id);
    }
    for (const h of this.source.allHighlights()) {
      wanted.add(`h:${h.id}`);
      const language = normaliseLanguage(this.source.article(h.articleId)?.lang) ?? 'und';
      if (indexed.get(`h:${h.id}`) !== highlightVersion(h, language)) highlights.push(h.id);
    }
    const removed = [...indexed.keys()].filter((ref) => !wanted.has(ref));
    return { articles, highlights, removed };
  }

  /** Documents the index lacks or holds in an older version (found by comparing versions), as one change. */
  private markOutdated(articles: string[], highlights: string[]): void {
    const change = ++this.changes;
    for (const id of articles) this.dirtyArticles.add(id, change);
    for (const id of highlights) this.dirtyHighlights.add(id, change);
  }

  /** Indexes one batch of pending documents (flush calls it until what it waits for is indexed). */
  private async flushPending(): Promise<void> {
    if (this.dirtyArticles.size > 0 || this.dirtyHighlights.size > 0) {
      const fingerprint = this.source.fingerprint();
      const through = this.changes;
      const takenArticles = this.dirtyArticles.take(BATCH);
      const takenHighlights = this.dirtyHighlights.take(Math.max(0, BATCH - takenArticles.size));
      const articleIds = [...takenArticles.keys()];
      const highlightIds = [...takenHighlights.keys()];
      // What this batch brings the index up to: every change before the earliest one still pending.
      const covered = Math.min(through, this.dirtyArticles.earliest() - 1, this.dirtyHighlights.earliest() - 1);
      const documents: IndexDocument[] = [];
      const removed: string[] = [];
      this.indexing = articleIds.length + highlightIds.length;
      try {
        for (const id of articleIds) {
          const meta = this.source.article(id);
          if (!meta) removed.push(`a:${id}`);
          else {
            const body = await this.source.body(id);
            documents.push(articleIndexDocument(meta, body, languageOf(meta, body)));
          }
        }
        for (const id of highlightIds) {
          const h = this.source.highlight(id);
          if (!h) removed.push(`h:${id}`);
          else documents.push(highlightIndexDocument(h, this.highlightLanguage(h)));
        }
        const done = this.dirtyArticles.size === 0 && this.dirtyHighlights.size === 0;
        await this.engine.update(documents, removed, done ? fingerprint : '');
        if (done) this.indexedFingerprint = fingerprint;
        this.indexedThrough = Math.max(this.indexedThrough, covered);
      } catch (error) {
        // Put the batch back: it is retried by the next flush.
        for (const [id, change] of takenArticles) this.dirtyArticles.add(id, change);
        for (const [id, change] of takenHighlights) this.dirtyHighlights.add(id, change);
        throw error;
      } finally {
        this.indexing = 0;
      }
    }
  }

  private highlightLanguage(h: Highlight): Language {
    return normaliseLanguage(this.source.article(h.articleId)?.lang) ?? 'und';
  }

  private async toHit(ref: string, rawScore: number, terms: Set<string>): Promise<SearchHit | null> {
    const { type, id } = parseRef(ref);
    const score = Math.round(rawScore * 1000) / 1000;
    if (type === 'article') {
      const meta = this.source.article(id);
      if (!meta) return null;
      const language = normaliseLanguage(meta.lang) ?? 'und';
      const body = await this.source.body(id);
      const inBody = makeSnippet(body, terms, 180, language);
      const snippet = inBody.matches.length > 0 ? inBody : makeSnippet(meta.title, terms, 180, language);
      const field = inBody.matches.length > 0 || snippet.matches.length === 0 ? 'body' : 'title';
      return { type, articleId: id, title: meta.title, score, field, ...(field === 'body' ? inBody : snippet) };
    }
    const h = this.source.highlight(id);
    const meta = h && this.source.article(h.articleId);
    if (!h || !meta) return null;
    const language = this.highlightLanguage(h);
    const candidates: [string, string][] = [
      ['text', h.target.quote.exact],
      ['note', h.note],
      ['tags', h.tags.join(' ')],
    ];
    const [field, text] = candidates.find(([, t]) => makeSnippet(t, terms, 180, language).matches.length > 0) ?? candidates[0]!;
    const snippet = makeSnippet(text, terms, 180, language);
    return {
      type,
      articleId: h.articleId,
      highlightId: h.id,
      kind: h.kind,
      title: meta.title,
      score,
      field,
      ...snippet,
      // Scroll to the highlight itself, whichever of its fields matched.
      position: { start: h.target.position.start, end: h.target.position.end },
    };
  }
}

/** Ids waiting to be indexed, each with the number of the earliest change to it that the index does not have. */
class DirtySet {
  private readonly ids = new Map<string, number>();

  get size(): number {
    return this.ids.size;
  }

  /** A later change to a waiting id keeps the earlier number: the index lacks the id since then. */
  add(id: string, change: number): void {
    const earlier = this.ids.get(id);
    if (earlier === undefined || change < earlier) this.ids.set(id, change);
  }

  /** Removes and returns up to n ids (oldest first) with their change numbers. */
  take(n: number): Map<string, number> {
    const out = new Map<string, number>();
    for (const [id, change] of this.ids) {
      if (out.size >= n) break;
      out.set(id, change);
    }
    for (const id of out.keys()) this.ids.delete(id);
    return out;
  }

  /** The earliest change still waiting here; +∞ when none. */
  earliest(): number {
    let min = Number.POSITIVE_INFINITY;
    for (const change of this.ids.values()) if (change < min) min = change;
    return min;
  }
}

function checkEditDistance(q: string): void {
  for (const match of q.matchAll(/~(\d+)/g)) {
    if (Number(match[1]) > MAX_EDIT_DISTANCE) {
      throw new ApiError('BAD_QUERY', `Bad search query: fuzzy matching allows at most ~${MAX_EDIT_DISTANCE} edits (got ~${match[1]})`);
    }
  }
}

function toBadQuery(error: unknown): unknown {
  const e = error as { name?: string; message?: string; start?: number };
  if (error instanceof lunr.QueryParseError || e?.name === 'QueryParseError') {
    return new ApiError('BAD_QUERY', `Bad search query: ${e.message} (at character ${Number(e.start ?? 0) + 1})`);
  }
  return error;
}
