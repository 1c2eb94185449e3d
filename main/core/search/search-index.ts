import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { ApiError } from '../../../shared/errors';
import type { ArticleMeta, Highlight, Kind, ReindexReport, SearchHit, SearchResult } from '../../../shared/model';
import { writeFileAtomic } from '../storage/atomic-file';
import { lunr } from './analysis';
import { buildIndex } from './build-index';
import { parseRef } from './documents';
import type { SearchDocument } from './documents';
import { makeSnippet } from './snippet';

/** What the index needs from the notebook. */
export interface SearchSource {
  /** Changes whenever the stored data changes. */
  fingerprint(): string;
  documents(): AsyncIterable<SearchDocument>;
  article(id: string): ArticleMeta | undefined;
  highlight(id: string): Highlight | undefined;
  highlightsOf(articleId: string): Highlight[];
  body(articleId: string): Promise<string>;
}

export interface SearchParams {
  q: string;
  kind?: Kind;
  tag?: string;
  limit: number;
  offset: number;
}

const FORMAT = 'sourcebook-lunr-index';
const VERSION = 1;
/** lunr expands `term~N` into every term within N edits; beyond 2 that can take minutes on a large vocabulary. */
const MAX_EDIT_DISTANCE = 2;

/**
 * The lunr index over articles and highlights, saved as JSON in the notebook and loaded on open. lunr indexes
 * are immutable, so a change marks the index stale and the next search (or flush) rebuilds it.
 */
export class SearchIndex {
  private index: lunr.Index | null = null;
  private indexedFingerprint = '';
  private saved = true;
  private building: Promise<void> | null = null;

  private constructor(
    private readonly file: string,
    private readonly source: SearchSource,
  ) {}

  static async open(dir: string, source: SearchSource): Promise<SearchIndex> {
    await mkdir(dir, { recursive: true });
    const search = new SearchIndex(path.join(dir, 'search.json'), source);
    await search.load();
    return search;
  }

  /** True when the index reflects the stored data as it is now. */
  get current(): boolean {
    return this.index !== null && this.indexedFingerprint === this.source.fingerprint();
  }

  async search(params: SearchParams): Promise<SearchResult> {
    const q = params.q.trim();
    if (q === '') return { total: 0, hits: [] };
    checkEditDistance(q);
    await this.ensureCurrent();
    let results: lunr.Index.Result[];
    try {
      results = this.index!.search(q);
    } catch (error) {
      if (error instanceof lunr.QueryParseError) {
        throw new ApiError('BAD_QUERY', `Bad search query: ${error.message} (at character ${Number(error.start) + 1})`);
      }
      throw error;
    }
    const matching = results.filter((r) => this.passesFilters(r.ref, params));
    const page = matching.slice(params.offset, params.offset + params.limit);
    const hits: SearchHit[] = [];
    for (const result of page) {
      const hit = await this.toHit(result);
      if (hit) hits.push(hit);
    }
    return { total: matching.length, hits };
  }

  /** Rebuilds from the stored data, and reports whether the saved index was already current. */
  async reindex(): Promise<ReindexReport> {
    const wasCurrent = this.current;
    const started = performance.now();
    await this.rebuild();
    await this.flush();
    return { wasCurrent, documents: this.countDocuments(), ms: Math.round(performance.now() - started) };
  }

  /** Rebuilds if stale and writes the index to disk if it changed since the last save. */
  async flush(): Promise<void> {
    await this.ensureCurrent();
    if (this.saved || !this.index) return;
    const json = JSON.stringify({ format: FORMAT, version: VERSION, fingerprint: this.indexedFingerprint, index: this.index });
    await writeFileAtomic(this.file, json);
    this.saved = true;
  }

  async fileBytes(): Promise<number> {
    try {
      return (await readFile(this.file)).byteLength;
    } catch {
      return 0;
    }
  }

  countDocuments(): number {
    if (!this.index) return 0;
    const refs = new Set<string>();
    for (const key of Object.keys((this.index as unknown as { fieldVectors: Record<string, unknown> }).fieldVectors)) {
      refs.add(key.slice(key.indexOf('/') + 1));
    }
    return refs.size;
  }

  async ensureCurrent(): Promise<void> {
    while (!this.current) {
      this.building ??= this.rebuild().finally(() => (this.building = null));
      await this.building;
    }
  }

  private async rebuild(): Promise<void> {
    const fingerprint = this.source.fingerprint();
    const documents: SearchDocument[] = [];
    for await (const doc of this.source.documents()) documents.push(doc);
    this.index = buildIndex(documents);
    this.indexedFingerprint = fingerprint;
    this.saved = false;
  }

  private async load(): Promise<void> {
    try {
      const saved = JSON.parse(await readFile(this.file, 'utf8')) as { format?: string; version?: number; fingerprint?: string; index?: object };
      if (saved.format !== FORMAT || saved.version !== VERSION || saved.fingerprint !== this.source.fingerprint() || !saved.index) return;
      this.index = lunr.Index.load(saved.index);
      this.indexedFingerprint = saved.fingerprint;
    } catch {
      // Missing, unreadable or from another version: the index is derived data, so it is rebuilt when needed.
      this.index = null;
    }
  }

  private passesFilters(ref: string, { kind, tag }: SearchParams): boolean {
    if (!kind && !tag) return true;
    const matches = (h: Highlight): boolean => (!kind || h.kind === kind) && (!tag || h.tags.includes(tag));
    const { type, id } = parseRef(ref);
    if (type === 'highlight') {
      const h = this.source.highlight(id);
      return h !== undefined && matches(h);
    }
    return this.source.highlightsOf(id).some(matches);
  }

  private async toHit(result: lunr.Index.Result): Promise<SearchHit | null> {
    const { type, id } = parseRef(result.ref);
    const fieldsHit = new Map<string, Set<string>>();
    for (const [term, fields] of Object.entries(result.matchData.metadata)) {
      for (const field of Object.keys(fields)) {
        if (!fieldsHit.has(field)) fieldsHit.set(field, new Set());
        fieldsHit.get(field)!.add(term);
      }
    }
    const score = Math.round(result.score * 1000) / 1000;
    if (type === 'article') {
      const meta = this.source.article(id);
      if (!meta) return null;
      const field = fieldsHit.has('body') ? 'body' : fieldsHit.has('title') ? 'title' : 'body';
      const text = field === 'title' ? meta.title : await this.source.body(id);
      return { type, articleId: id, title: meta.title, score, field, ...makeSnippet(text, fieldsHit.get(field) ?? new Set()) };
    }
    const h = this.source.highlight(id);
    const meta = h && this.source.article(h.articleId);
    if (!h || !meta) return null;
    const field = ['text', 'note', 'tags'].find((f) => fieldsHit.has(f)) ?? 'text';
    const text = field === 'note' ? h.note : field === 'tags' ? h.tags.join(' ') : h.target.quote.exact;
    const snippet = makeSnippet(text, fieldsHit.get(field) ?? new Set());
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

function checkEditDistance(q: string): void {
  for (const match of q.matchAll(/~(\d+)/g)) {
    if (Number(match[1]) > MAX_EDIT_DISTANCE) {
      throw new ApiError('BAD_QUERY', `Bad search query: fuzzy matching allows at most ~${MAX_EDIT_DISTANCE} edits (got ~${match[1]})`);
    }
  }
}
