import { appendFile, readFile } from 'node:fs/promises';
import type { Kind } from '../../../shared/model';
import type { GeneratedArticle } from '../corpus/article';
import type { HighlightPlan } from '../corpus/corpus';

/**
 * The document shape the core indexes (main/core/search/documents.ts), for the engines that take title and body
 * from the generator: articles and highlights as flat records of text fields.
 */
export interface Doc {
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

export type FieldName = Exclude<keyof Doc, 'ref' | 'of'>;

/** The core's fields and boosts. */
export const FIELDS: [FieldName, number][] = [
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
export const FIELD_NAMES: FieldName[] = FIELDS.map(([name]) => name);
export const BOOSTS: Record<FieldName, number> = Object.fromEntries(FIELDS) as Record<FieldName, number>;

export const articleDoc = (article: GeneratedArticle): Doc => ({
  ref: `a:${article.fileName}`,
  title: article.title,
  body: article.body,
  source: article.outlet,
  date: article.date,
  author: article.author,
});

export const highlightDoc = (plan: HighlightPlan, ref: string, of: string): Doc => ({
  ref,
  text: plan.quote,
  note: plan.note,
  tags: plan.tags.join(' '),
  kind: plan.kind,
  author: 'bench',
  of,
});

/**
 * The kind filter with the core's meaning: highlights of that kind, and the articles that have one. Kept up to
 * date as highlights come in, as the core keeps its catalogue maps.
 */
export class KindSets {
  private readonly sets = new Map<Kind, Set<string>>();

  add(doc: Doc): void {
    if (!doc.kind) return;
    let set = this.sets.get(doc.kind);
    if (!set) this.sets.set(doc.kind, (set = new Set()));
    set.add(doc.ref);
    if (doc.of) set.add(doc.of);
  }

  of(kind: Kind): ReadonlySet<string> {
    return this.sets.get(kind) ?? new Set();
  }
}

/**
 * The peers' document store: every document as one JSON line, appended (plain appendFile, no fsync) when it is
 * added, so a change costs one small write rather than a rewrite of everything (the naive baseline's way).
 */
export class DocLog {
  constructor(readonly file: string) {}

  append(docs: Doc[]): Promise<void> {
    return appendFile(this.file, docs.map((d) => `${JSON.stringify(d)}\n`).join(''));
  }

  async readAll(): Promise<Doc[]> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch {
      return []; // a fresh store
    }
    return text.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Doc);
  }
}

/**
 * The bench's query kinds as a peer library sees them: the peers do not parse lunr's syntax, so the bench
 * translates each kind it generates (tests/bench/corpus/queries.ts) into the library's own options.
 */
export interface PlainQuery {
  terms: string[];
  /** `+a +b`: every term must match; otherwise any term may. */
  all: boolean;
  /** `term~N` */
  fuzzy: number;
  /** `pre*` */
  prefix: boolean;
  /** `title:x` */
  field: FieldName | null;
}

export function parseQuery(q: string): PlainQuery {
  const parts = q.trim().split(/\s+/);
  const all = parts.every((p) => p.startsWith('+'));
  let fuzzy = 0;
  let prefix = false;
  let field: FieldName | null = null;
  const terms = parts.map((raw) => {
    let term = raw.replace(/^\+/, '');
    const scoped = /^([a-z]+):(.+)$/.exec(term);
    if (scoped && (FIELD_NAMES as string[]).includes(scoped[1]!)) {
      field = scoped[1] as FieldName;
      term = scoped[2]!;
    }
    const edits = /~(\d+)$/.exec(term);
    if (edits) {
      fuzzy = Number(edits[1]);
      term = term.slice(0, edits.index);
    }
    if (term.endsWith('*')) {
      prefix = true;
      term = term.slice(0, -1);
    }
    return term.toLowerCase();
  });
  return { terms, all: all && parts.length > 1, fuzzy, prefix, field };
}
