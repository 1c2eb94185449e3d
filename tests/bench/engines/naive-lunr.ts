import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import lunr from 'lunr';
import type { Kind } from '../../../shared/model';
import type { GeneratedArticle } from '../corpus/article';
import type { HighlightPlan } from '../corpus/corpus';
import type { QuerySpec } from '../corpus/queries';
import { dirBytes, fileBytes } from '../measure/disk';
import type { Engine, EngineFactory, ImportDetail } from './engine';

/** The same document shape and field boosts as the core indexes, so both indexes hold the same text. */
interface Doc {
  ref: string;
  title?: string;
  body?: string;
  source?: string;
  date?: string;
  author?: string;
  text?: string;
  note?: string;
  tags?: string;
  kind?: Kind;
  /** For highlights: the article they belong to (not indexed). */
  of?: string;
}

const FIELDS: [keyof Doc, number][] = [
  ['title', 10],
  ['body', 1],
  ['source', 3],
  ['date', 1],
  ['text', 2],
  ['note', 2],
  ['tags', 5],
  ['kind', 1],
  ['author', 1],
];

/**
 * The baseline: what an app gets from lunr with no architecture around it. All documents in memory and in one JSON
 * file, one `lunr()` index over them with lunr's default pipeline, rebuilt and rewritten after every change.
 */
class NaiveLunrEngine implements Engine {
  private index: lunr.Index | null = null;
  /** Article ref by the article's index in the corpus. */
  private readonly refs: string[] = [];

  constructor(
    private readonly dir: string,
    private readonly docs: Doc[],
    index: lunr.Index | null,
  ) {
    this.index = index;
  }

  private get docsFile(): string {
    return path.join(this.dir, 'docs.json');
  }

  private get indexFile(): string {
    return path.join(this.dir, 'index.json');
  }

  async importAll(folder: string, articles: GeneratedArticle[]): Promise<ImportDetail> {
    for (const article of articles) {
      // Read the file so the baseline pays the same disk reads; its title and body come from the generator, a
      // perfect extractor at no cost (the core extracts exactly these from the file, as the bench checks).
      await readFile(path.join(folder, article.fileName));
      this.refs.push(this.pushArticle(article));
    }
    await writeFile(this.docsFile, JSON.stringify(this.docs));
    return { perArticleMs: null };
  }

  async firstSearch(query: QuerySpec): Promise<number> {
    this.rebuild();
    return this.search(query);
  }

  async saveIndex(): Promise<void> {
    await writeFile(this.indexFile, JSON.stringify(this.index));
  }

  async addArticle(article: GeneratedArticle): Promise<void> {
    this.pushArticle(article);
    await this.changed();
  }

  async addHighlights(plans: HighlightPlan[]): Promise<number[]> {
    // Rebuilding after each of thousands of highlights would take hours: the baseline gets a batch for free.
    for (const plan of plans) this.pushHighlight(plan);
    await this.changed();
    return [];
  }

  async addHighlight(plan: HighlightPlan): Promise<void> {
    this.pushHighlight(plan);
    await this.changed();
  }

  async search(query: QuerySpec): Promise<number> {
    if (!this.index) throw new Error('search before the index was built');
    const results = this.index.search(query.q);
    if (!query.kind) return results.length;
    const withKind = this.withKind(query.kind);
    return results.filter((r) => withKind.has(r.ref)).length;
  }

  indexBytes(): Promise<number> {
    return fileBytes(this.indexFile);
  }

  storeBytes(): Promise<number> {
    return dirBytes(this.dir);
  }

  async close(): Promise<void> {}

  private kindCache = { docs: -1, sets: new Map<Kind, Set<string>>() };

  /** Same meaning as the core's kind filter: highlights of that kind, and the articles that have one. Kept between
   * queries (as the core keeps its catalogue maps) and dropped when documents are added. */
  private withKind(kind: Kind): Set<string> {
    if (this.kindCache.docs !== this.docs.length) this.kindCache = { docs: this.docs.length, sets: new Map() };
    let set = this.kindCache.sets.get(kind);
    if (!set) {
      set = new Set(this.docs.filter((d) => d.kind === kind).flatMap((d) => [d.ref, d.of!]));
      this.kindCache.sets.set(kind, set);
    }
    return set;
  }

  private pushArticle(article: GeneratedArticle): string {
    const ref = `a:${article.fileName}`;
    this.docs.push({ ref, title: article.title, body: article.body, source: article.outlet, date: article.date, author: article.author });
    return ref;
  }

  private pushHighlight(plan: HighlightPlan): void {
    const of = this.refs[plan.article];
    if (!of) throw new Error(`article ${plan.article} was not imported`);
    this.docs.push({ ref: `h:${this.docs.length}`, text: plan.quote, note: plan.note, tags: plan.tags.join(' '), kind: plan.kind, author: 'bench', of });
  }

  /** "Rebuilt per change": lunr indexes are immutable, so the naive way is a full rebuild and a full rewrite. */
  private async changed(): Promise<void> {
    this.rebuild();
    await writeFile(this.docsFile, JSON.stringify(this.docs));
    await this.saveIndex();
  }

  private rebuild(): void {
    const docs = this.docs;
    this.index = lunr(function () {
      this.ref('ref');
      for (const [name, boost] of FIELDS) this.field(name, { boost });
      for (const doc of docs) this.add(doc);
    });
  }
}

export const naiveLunr: EngineFactory = {
  label: 'naive lunr',
  note: 'naive lunr: one lunr() index (default pipeline, same fields and boosts) over all documents held in memory, rebuilt and rewritten (plain writeFile, no fsync) on every change; search returns refs only (no snippets).',
  async open(dir) {
    await mkdir(dir, { recursive: true });
    const read = async (file: string): Promise<unknown> => {
      try {
        return JSON.parse(await readFile(path.join(dir, file), 'utf8'));
      } catch {
        return null; // a fresh store
      }
    };
    const docs = ((await read('docs.json')) as Doc[] | null) ?? [];
    const saved = await read('index.json');
    return new NaiveLunrEngine(dir, docs, saved ? lunr.Index.load(saved as object) : null);
  },
};
