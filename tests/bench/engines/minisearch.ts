import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import MiniSearch from 'minisearch';
import type { Options, SearchOptions } from 'minisearch';
import { analyzerFor, runPipeline, searchPipeline, tokenize } from '../../../main/core/search/analysis';
import type { GeneratedArticle } from '../corpus/article';
import type { HighlightPlan } from '../corpus/corpus';
import type { QuerySpec } from '../corpus/queries';
import { dirBytes, fileBytes } from '../measure/disk';
import { articleDoc, BOOSTS, DocLog, FIELD_NAMES, highlightDoc, KindSets, parseQuery } from './documents';
import type { Doc } from './documents';
import type { Engine, EngineFactory, ImportDetail } from './engine';

const english = analyzerFor('en');
const queryPipeline = searchPipeline('en');

/**
 * Configured like the core's index: the same fields and boosts, and the same analysis (the core's tokenizer,
 * trimmer, English stop words and stemmer, main/core/search/analysis.ts), so all engines index the same terms and
 * find the same documents. Query terms go through the core's search pipeline (no stop-word filter, as lunr).
 */
const OPTIONS: Options<Doc> = {
  idField: 'ref',
  fields: FIELD_NAMES,
  storeFields: [],
  tokenize: (text) => tokenize(text),
  processTerm: (term) => {
    const terms = english.terms(term);
    return terms.length === 0 ? null : terms.length === 1 ? terms[0]! : terms;
  },
  searchOptions: { boost: BOOSTS, processTerm: (term) => runPipeline(queryPipeline, term)[0] ?? null },
};

/**
 * MiniSearch (an in-memory inverted index on a radix tree) as an app would keep it: documents added to the index
 * as they come (searchable at once, no rebuild) and appended to a JSON-lines log; the index serialised whole
 * (`JSON.stringify(miniSearch)`) when saved and on close, and loaded (`MiniSearch.loadJSON`) on open.
 *
 * Query kinds: every kind of the bench maps onto MiniSearch's own options — OR (`combineWith: 'OR'`), `+a +b`
 * (`combineWith: 'AND'`), `term~1` (`fuzzy: 1`, Levenshtein distance as lunr), `pre*` (`prefix: true`, the prefix
 * not stemmed, as lunr leaves wildcard terms alone), `title:x` (`fields: ['title']`), kind filter (`filter` with
 * the same kind sets as the baseline). Not available: lunr's per-term presence and boosts inside one query string
 * (`-a`, `a^10`), wildcards other than a trailing `*`, and field scoping per term (it is per query).
 */
class MiniSearchEngine implements Engine {
  private readonly refs: string[] = [];
  private nextHighlight: number;

  constructor(
    private readonly dir: string,
    private readonly index: MiniSearch<Doc>,
    private readonly log: DocLog,
    private readonly kinds: KindSets,
    highlights: number,
  ) {
    this.nextHighlight = highlights;
  }

  private get indexFile(): string {
    return path.join(this.dir, 'index.json');
  }

  async importAll(folder: string, articles: GeneratedArticle[]): Promise<ImportDetail> {
    const docs: Doc[] = [];
    for (const article of articles) {
      // The same disk reads as the core; title and body from the generator (a perfect extractor, as the baseline).
      await readFile(path.join(folder, article.fileName));
      const doc = articleDoc(article);
      this.index.add(doc);
      this.refs.push(doc.ref);
      docs.push(doc);
    }
    await this.log.append(docs);
    return { perArticleMs: null };
  }

  async firstSearch(query: QuerySpec): Promise<number> {
    return this.search(query); // indexed as imported: nothing is pending
  }

  async saveIndex(): Promise<void> {
    await writeFile(this.indexFile, JSON.stringify(this.index));
  }

  async addArticle(article: GeneratedArticle): Promise<void> {
    const doc = articleDoc(article);
    this.index.add(doc);
    await this.log.append([doc]);
  }

  async addHighlights(plans: HighlightPlan[]): Promise<number[]> {
    // One at a time, as a reader saves them (and as the core is measured).
    const times: number[] = [];
    for (const plan of plans) {
      const started = performance.now();
      await this.addHighlight(plan);
      times.push(performance.now() - started);
    }
    return times;
  }

  async addHighlight(plan: HighlightPlan): Promise<void> {
    const of = this.refs[plan.article];
    if (!of) throw new Error(`article ${plan.article} was not imported`);
    const doc = highlightDoc(plan, `h:${this.nextHighlight++}`, of);
    this.index.add(doc);
    this.kinds.add(doc);
    await this.log.append([doc]);
  }

  async search(query: QuerySpec): Promise<number> {
    const parsed = parseQuery(query.q);
    const options: SearchOptions = { combineWith: parsed.all ? 'AND' : 'OR' };
    if (parsed.fuzzy > 0) options.fuzzy = parsed.fuzzy;
    if (parsed.prefix) Object.assign(options, { prefix: true, processTerm: (term: string) => term.toLowerCase() });
    if (parsed.field) options.fields = [parsed.field];
    if (query.kind) {
      const keep = this.kinds.of(query.kind);
      options.filter = (result) => keep.has(result.id as string);
    }
    return this.index.search(parsed.terms.join(' '), options).length;
  }

  indexBytes(): Promise<number> {
    return fileBytes(this.indexFile);
  }

  storeBytes(): Promise<number> {
    return dirBytes(this.dir);
  }

  async close(): Promise<void> {
    await this.saveIndex();
  }
}

export const miniSearch: EngineFactory = {
  label: 'MiniSearch',
  note: 'MiniSearch 7: in-memory index updated per document (no rebuild), same fields, boosts and analysis as the core; documents appended to a JSON-lines log (no fsync), index serialised whole on save and close; search counts all hits (no snippets).',
  async open(dir) {
    await mkdir(dir, { recursive: true });
    const log = new DocLog(path.join(dir, 'docs.jsonl'));
    const docs = await log.readAll();
    const kinds = new KindSets();
    for (const doc of docs) kinds.add(doc);
    const indexFile = path.join(dir, 'index.json');
    const saved = await stat(indexFile).then(() => readFile(indexFile, 'utf8'), () => null);
    const index = saved ? MiniSearch.loadJSON<Doc>(saved, OPTIONS) : new MiniSearch<Doc>(OPTIONS);
    const highlights = docs.filter((d) => d.ref.startsWith('h:')).length;
    const engine = new MiniSearchEngine(dir, index, log, kinds, highlights);
    return engine;
  },
};
