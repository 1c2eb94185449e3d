import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Document } from 'flexsearch';
import { analyzerFor } from '../../../main/core/search/analysis';
import type { GeneratedArticle } from '../corpus/article';
import type { HighlightPlan } from '../corpus/corpus';
import type { QueryKind, QuerySpec } from '../corpus/queries';
import { dirBytes, fileBytes } from '../measure/disk';
import { articleDoc, DocLog, FIELD_NAMES, highlightDoc, KindSets, parseQuery } from './documents';
import type { Doc, FieldName } from './documents';
import type { Engine, EngineFactory, ImportDetail } from './engine';

const english = analyzerFor('en');

/**
 * The slice of FlexSearch's Document API the bench uses. Its published types are generic over a dozen
 * parameters (worker, storage, highlight, pluck, resolve, enrich, merge…) that resolve poorly against a plain
 * options object; this is what the calls below return with the options they pass.
 */
interface FlexDocument {
  add(doc: Doc): unknown;
  search(options: { query: string; index: FieldName[]; limit: number }): { field: FieldName; result: string[] }[];
  export(handler: (key: string, data: string) => void): Promise<void> | void;
  import(key: string, data: string): void;
}

/** FlexSearch returns 100 results unless told otherwise; the bench counts every hit, as for the other engines. */
const LIMIT = 10_000_000;

/**
 * One FlexSearch field index per core field, each with exact-word tokenization (`tokenize: 'strict'`) and the
 * core's analysis as the encoder (its tokenizer, trimmer, English stop words and stemmer, applied to the documents
 * and to the queries), so it indexes the same terms as the other engines.
 */
const newDocument = (): FlexDocument =>
  new Document({
    document: {
      id: 'ref',
      index: FIELD_NAMES.map((field) => ({ field, tokenize: 'strict', encode: (text: string) => english.terms(text) })),
    },
  } as ConstructorParameters<typeof Document>[0]) as unknown as FlexDocument;

/**
 * FlexSearch 0.8 (Document index, in memory) kept as an app would: documents added as they come (searchable at
 * once) and appended to a JSON-lines log; the index exported whole (`export`, all keys into one JSON file) when
 * saved and on close, and imported on open.
 *
 * Query kinds: a FlexSearch query string is a conjunction inside one field, and the results come back per field,
 * so each term is searched in every field (or the one of `title:x`) and the documents are combined by the bench:
 * union for a term and for OR, intersection for `+a +b`, which is lunr's meaning. Not available, reported "n/a":
 * `term~1` (no edit-distance matching; FlexSearch's tolerance is phonetic encoders such as LatinSoundex applied to
 * every query of the index, which is another feature) and `pre*` (prefix search means indexing every prefix of
 * every word, `tokenize: 'forward'`, which then makes every query of that field a prefix query and multiplies the
 * index). No relevance across fields: results are per field in FlexSearch's own order, so the core's field boosts
 * have no counterpart; the bench only counts hits.
 */
class FlexSearchEngine implements Engine {
  readonly unsupported: readonly QueryKind[] = ['fuzzy', 'prefix'];
  private readonly refs: string[] = [];
  private nextHighlight: number;

  constructor(
    private readonly dir: string,
    private readonly index: FlexDocument,
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
    const parts: Record<string, string> = {};
    await this.index.export((key, data) => {
      parts[key] = data;
    });
    await writeFile(this.indexFile, JSON.stringify(parts));
  }

  async addArticle(article: GeneratedArticle): Promise<void> {
    const doc = articleDoc(article);
    this.index.add(doc);
    await this.log.append([doc]);
  }

  async addHighlights(plans: HighlightPlan[]): Promise<number[]> {
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
    if (parsed.fuzzy > 0 || parsed.prefix) throw new Error(`FlexSearch engine: "${query.q}" is a query kind it does not offer`);
    const fields = parsed.field ? [parsed.field] : FIELD_NAMES;
    const perTerm = parsed.terms.map((term) => {
      const docs = new Set<string>();
      for (const { result } of this.index.search({ query: term, index: fields, limit: LIMIT })) for (const id of result) docs.add(id);
      return docs;
    });
    let hits = perTerm[0] ?? new Set<string>();
    for (const docs of perTerm.slice(1)) hits = parsed.all ? new Set([...hits].filter((id) => docs.has(id))) : new Set([...hits, ...docs]);
    if (!query.kind) return hits.size;
    const keep = this.kinds.of(query.kind);
    let n = 0;
    for (const id of hits) if (keep.has(id)) n++;
    return n;
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

export const flexSearch: EngineFactory = {
  label: 'FlexSearch',
  note: 'FlexSearch 0.8: Document index in memory, one strict (whole-word) index per core field with the core\'s analysis as encoder, updated per document; no field boosts, fuzzy or prefix (n/a); documents appended to a JSON-lines log (no fsync), index exported whole on save and close; search counts all hits (no snippets).',
  async open(dir) {
    await mkdir(dir, { recursive: true });
    const log = new DocLog(path.join(dir, 'docs.jsonl'));
    const docs = await log.readAll();
    const kinds = new KindSets();
    for (const doc of docs) kinds.add(doc);
    const index = newDocument();
    const indexFile = path.join(dir, 'index.json');
    const saved = await stat(indexFile).then(() => readFile(indexFile, 'utf8'), () => null);
    if (saved) for (const [key, data] of Object.entries(JSON.parse(saved) as Record<string, string>)) index.import(key, data);
    const highlights = docs.filter((d) => d.ref.startsWith('h:')).length;
    return new FlexSearchEngine(dir, index, log, kinds, highlights);
  },
};
